//! `datetime`: dates, times, datetimes, timedeltas and fixed-offset
//! timezones, written in Python (`py/datetime.py`, embedded with
//! `include_str!`) since no speed is at stake.
//!
//! The source is compiled on first `import datetime` and run in the new
//! module's namespace; its code's file name is `<frozen datetime>`, as for
//! CPython's frozen modules. (When the frozen-module registry lands, this
//! initialiser is one more entry there.)

use garter_interp::errors::PyResult;
use garter_interp::value::{Payload, Value};
use garter_interp::vm::Vm;
use garter_interp::CompileMode;

const SOURCE: &str = include_str!("py/datetime.py");

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let m = crate::sys::make_module(vm, "datetime", &[], &[])?;
    if let Some(Payload::Module(md)) = m.payload() {
        let code = vm.compile_source(SOURCE, "<frozen datetime>", CompileMode::Exec)?;
        let globals = md.dict.clone();
        vm.run_code_with_locals(code, globals.clone(), globals)?;
    }
    Ok(m)
}
