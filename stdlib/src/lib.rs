//! garter-stdlib: the native modules. `register_all` is the one list of
//! modules, alphabetical, so an embedder can see and choose what goes in.

pub mod cmath;
mod cmath_special;
pub mod datetime;
pub mod decimal;
mod embedded;
pub mod math;
pub mod os;
pub mod re;
pub mod sys;
pub mod time;

use garter_interp::vm::Vm;

/// Registers every native module with `vm`.
pub fn register_all(vm: &mut Vm) {
    // `_io` and `io` live in the interp crate: the builtin `open` needs them.
    vm.register_module("_io", garter_interp::objects::file::io_module);
    vm.register_module("cmath", cmath::init);
    vm.register_module("datetime", datetime::init);
    vm.register_module("decimal", decimal::init);
    vm.register_module("io", garter_interp::objects::file::io_init);
    vm.register_module("math", math::init);
    vm.register_module("os", os::init);
    vm.register_module("re", re::init);
    vm.register_module("sys", sys::init);
    vm.register_module("time", time::init);
}
