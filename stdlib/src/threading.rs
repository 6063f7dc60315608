//! `threading`: written in Python (`py/threading.py`) over the native
//! `_thread`, compiled on first import.
//!
//! Stand-in loader until the frozen-module mechanism (`frozen.rs`) lands;
//! then `threading` becomes one line of its table.

use garter_interp::errors::PyResult;
use garter_interp::value::Value;
use garter_interp::vm::Vm;
use garter_interp::CompileMode;

const SOURCE: &str = include_str!("py/threading.py");

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let (module, dict) = vm.new_module("threading");
    vm.add_module("threading", module.clone());
    let code = vm.compile_source(SOURCE, "<frozen threading>", CompileMode::Exec)?;
    vm.run_code(code, dict)?;
    Ok(module)
}
