//! garter-stdlib: the native modules and the frozen (Python) ones. `register_all` is the one list of
//! modules, alphabetical, so an embedder can see and choose what goes in.

pub mod args;
pub mod atexit;
pub mod builtins_module;
pub mod cmath;
mod cmath_special;
pub mod deque_ring;
pub mod frozen;
pub mod garter_mod;
pub mod heapq;
pub mod introspect;
pub mod json;
pub mod math;
pub mod native_class;
pub mod os;
pub mod queue;
pub mod random;
pub mod re;
pub mod signal;
pub mod stdio;
#[path = "struct.rs"]
pub mod struct_;
pub mod structseq;
pub mod sys;
pub mod thread;
pub mod time;
pub mod weakref;

use garter_interp::vm::Vm;

/// Registers every native module with `vm`.
pub fn register_all(vm: &mut Vm) {
    vm.register_module("_collections_ring", deque_ring::init);
    vm.register_module("_heapq", heapq::init);
    // `_io` and `io` live in the interp crate: the builtin `open` needs them.
    vm.register_module("_io", garter_interp::objects::file::io_module);
    vm.register_module("_garter_introspect", introspect::init);
    vm.register_module("_thread", thread::init);
    vm.register_module("_weakref", weakref::init);
    vm.register_module("builtins", builtins_module::init);
    vm.register_module("atexit", atexit::init);
    vm.register_module("cmath", cmath::init);
    vm.register_module("garter", garter_mod::init);
    vm.register_module("io", garter_interp::objects::file::io_init);
    vm.register_module("json", json::init);
    vm.register_module("math", math::init);
    vm.register_module("os", os::init);
    vm.register_module("queue", queue::init);
    vm.register_module("random", random::init);
    vm.register_module("re", re::init);
    vm.register_module("signal", signal::init);
    vm.register_module("struct", struct_::init);
    vm.register_module("sys", sys::init);
    vm.register_module("time", time::init);
    // Modules written in Python (`py/`), compiled on first import.
    frozen::register(vm);
}
