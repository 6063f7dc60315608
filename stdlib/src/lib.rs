//! garter-stdlib: the native modules. `register_all` is the one list of
//! modules, alphabetical, so an embedder can see and choose what goes in.

pub mod garter_mod;
pub mod math;
pub mod native_class;
pub mod os;
pub mod os_fd;
pub mod queue;
pub mod sys;
pub mod thread;
pub mod threading;
pub mod time;

use garter_interp::vm::Vm;

/// Registers every native module with `vm`.
pub fn register_all(vm: &mut Vm) {
    // `_io` and `io` live in the interp crate: the builtin `open` needs them.
    vm.register_module("_io", garter_interp::objects::file::io_module);
    vm.register_module("_thread", thread::init);
    vm.register_module("io", garter_interp::objects::file::io_init);
    vm.register_module("garter", garter_mod::init);
    vm.register_module("math", math::init);
    vm.register_module("os", os::init);
    vm.register_module("queue", queue::init);
    vm.register_module("sys", sys::init);
    vm.register_module("threading", threading::init);
    vm.register_module("time", time::init);
}
