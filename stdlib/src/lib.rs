//! garter-stdlib: the native modules and the frozen (Python) ones. `register_all` is the one list of
//! modules, alphabetical, so an embedder can see and choose what goes in.

pub mod args;
pub mod atexit;
pub mod cmath;
pub mod datetime;
pub mod frozen;
pub mod garter_mod;
pub mod introspect;
pub mod json;
pub mod math;
pub mod native_class;
pub mod os;
pub mod os_fd;
pub mod queue;
pub mod random;
pub mod re;
#[path = "struct.rs"]
pub mod struct_;
pub mod sys;
pub mod thread;
pub mod time;

use garter_interp::vm::Vm;

/// Registers every native module with `vm`.
pub fn register_all(vm: &mut Vm) {
    // `_io` and `io` live in the interp crate: the builtin `open` needs them.
    vm.register_module("_io", garter_interp::objects::file::io_module);
    vm.register_module("_garter_introspect", introspect::init);
    vm.register_module("_thread", thread::init);
    vm.register_module("atexit", atexit::init);
    vm.register_module("cmath", cmath::init);
    vm.register_module("datetime", datetime::init);
    vm.register_module("garter", garter_mod::init);
    vm.register_module("io", garter_interp::objects::file::io_init);
    vm.register_module("json", json::init);
    vm.register_module("math", math::init);
    vm.register_module("os", os::init);
    vm.register_module("queue", queue::init);
    vm.register_module("random", random::init);
    vm.register_module("re", re::init);
    vm.register_module("struct", struct_::init);
    vm.register_module("sys", sys::init);
    vm.register_module("time", time::init);
    // Modules written in Python (`py/`), compiled on first import.
    frozen::register(vm);
}
