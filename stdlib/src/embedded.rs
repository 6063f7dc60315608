//! Modules written in Python and embedded in the binary (`py/NAME.py`,
//! pulled in with `include_str!`): the source is compiled the first time
//! `import NAME` runs and executed in the new module's namespace. Its code's
//! file name is `<frozen NAME>`, as for CPython's frozen modules.
//!
//! (A stopgap shared by `datetime` and `decimal`: when the frozen-module
//! registry lands, these become entries there.)

use garter_interp::errors::PyResult;
use garter_interp::value::{Payload, Value};
use garter_interp::vm::Vm;
use garter_interp::CompileMode;

/// Makes module `name` by running `source` in its namespace.
pub fn init_from_source(vm: &mut Vm, name: &str, source: &str) -> PyResult<Value> {
    let m = crate::sys::make_module(vm, name, &[], &[])?;
    if let Some(Payload::Module(md)) = m.payload() {
        let code = vm.compile_source(source, &format!("<frozen {name}>"), CompileMode::Exec)?;
        let globals = md.dict.clone();
        vm.run_code_with_locals(code, globals.clone(), globals)?;
    }
    Ok(m)
}
