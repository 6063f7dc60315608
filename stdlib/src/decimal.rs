//! `decimal`: decimal floating point with context precision, rounding
//! modes and signals, written in Python (`py/decimal.py`, see
//! `embedded.rs`) over Python's exact integers.

use garter_interp::errors::PyResult;
use garter_interp::value::Value;
use garter_interp::vm::Vm;

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    crate::embedded::init_from_source(vm, "decimal", include_str!("py/decimal.py"))
}
