//! garter-stdlib: the native modules. `register_all` is the one list of
//! modules, alphabetical, so an embedder can see and choose what goes in.

pub mod math;
pub mod sys;
pub mod time;

use garter_interp::vm::Vm;

/// Registers every native module with `vm`.
pub fn register_all(vm: &mut Vm) {
    vm.register_module("math", math::init);
    vm.register_module("sys", sys::init);
    vm.register_module("time", time::init);
}
