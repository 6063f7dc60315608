//! garter-stdlib: the native modules and the frozen (Python) ones. `register_all` is the one list of
//! modules, alphabetical, so an embedder can see and choose what goes in.

pub mod builtins_module;
pub mod deque_ring;
pub mod frozen;
pub mod heapq;
pub mod math;
pub mod os;
pub mod sys;
pub mod time;
pub mod weakref;

use garter_interp::vm::Vm;

/// Registers every native module with `vm`.
pub fn register_all(vm: &mut Vm) {
    vm.register_module("_collections_ring", deque_ring::init);
    vm.register_module("_heapq", heapq::init);
    vm.register_module("builtins", builtins_module::init);
    vm.register_module("_weakref", weakref::init);
    // `_io` and `io` live in the interp crate: the builtin `open` needs them.
    vm.register_module("_io", garter_interp::objects::file::io_module);
    vm.register_module("io", garter_interp::objects::file::io_init);
    vm.register_module("math", math::init);
    vm.register_module("os", os::init);
    vm.register_module("sys", sys::init);
    vm.register_module("time", time::init);
    // Modules written in Python (`py/`), compiled on first import.
    frozen::register(vm);
}
