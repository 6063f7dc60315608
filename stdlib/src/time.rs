//! `time`: clocks and `sleep` (which releases the GIL once threads exist).

use garter_interp::errors::{PyErr, PyResult};
use garter_interp::objects::function::{Args, Builtin, NativeFn};
use garter_interp::value::{Payload, Value};
use garter_interp::vm::Vm;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

fn epoch_secs() -> f64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs_f64()).unwrap_or(0.0)
}

fn monotonic_base() -> Instant {
    use std::sync::OnceLock;
    static BASE: OnceLock<Instant> = OnceLock::new();
    *BASE.get_or_init(Instant::now)
}

fn time_time(_vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Float(epoch_secs()))
}
fn time_time_ns(_vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    let ns = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos() as i64).unwrap_or(0);
    Ok(Value::Int(ns))
}
fn time_perf_counter(_vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Float(monotonic_base().elapsed().as_secs_f64()))
}
fn time_perf_counter_ns(_vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(monotonic_base().elapsed().as_nanos() as i64))
}

/// `time.sleep(secs)`.
fn time_sleep(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let secs = match a.pos().first() {
        Some(Value::Int(i)) => *i as f64,
        Some(Value::Float(f)) => *f,
        Some(Value::Bool(b)) => *b as i64 as f64,
        Some(v) => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )))
        }
        None => return Err(PyErr::type_error("time.sleep() takes exactly one argument (0 given)")),
    };
    if secs < 0.0 || secs.is_nan() {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    garter_interp::sync::sleep(vm, secs.min(1e9))?;
    Ok(Value::None)
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("monotonic", time_perf_counter),
    ("monotonic_ns", time_perf_counter_ns),
    ("perf_counter", time_perf_counter),
    ("perf_counter_ns", time_perf_counter_ns),
    ("process_time", time_perf_counter),
    ("sleep", time_sleep),
    ("time", time_time),
    ("time_ns", time_time_ns),
];

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    crate::sys::make_module(vm, "time", FUNCTIONS, &[])
}

#[allow(dead_code)]
fn _unused(_: Builtin, _: Payload) {}
