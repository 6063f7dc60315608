//! `datetime`: dates, times, datetimes, timedeltas and fixed-offset
//! timezones, written in Python (`py/datetime.py`, see `embedded.rs`) since
//! no speed is at stake.

use garter_interp::errors::PyResult;
use garter_interp::value::Value;
use garter_interp::vm::Vm;

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    crate::embedded::init_from_source(vm, "datetime", include_str!("py/datetime.py"))
}
