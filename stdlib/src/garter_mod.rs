//! The `garter` module (garter's own, no CPython counterpart): the GIL's
//! switch policy and its counters; plus the GIL settings `sys` exposes
//! (`setswitchinterval`, and Python 2's `setcheckinterval`) and the `-X`
//! options that set them.

use garter_interp::errors::{PyErr, PyResult};
use garter_interp::gil::Policy;
use garter_interp::objects::dict::Dict;
use garter_interp::objects::function::{Args, NativeFn};
use garter_interp::value::Value;
use garter_interp::vm::Vm;
use std::sync::atomic::Ordering;
use std::time::Duration;

fn one_arg<'a>(a: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    match a.pos() {
        [v] if !a.has_kw() => Ok(v),
        pos => Err(PyErr::type_error(format!("{name}() takes exactly one argument ({} given)", pos.len()))),
    }
}

fn set_gil_policy(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let v = one_arg(&a, "set_gil_policy")?;
    let name = v.as_str().ok_or_else(|| PyErr::type_error(format!("policy must be a str, not {}", vm.type_name(v))))?;
    let p = Policy::from_name(name)
        .ok_or_else(|| PyErr::value_error(format!("unknown GIL policy '{name}' (expected 'legacy', 'timed' or 'fair')")))?;
    vm.gil.set_policy(p);
    Ok(Value::None)
}

fn get_gil_policy(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::new_str(vm.gil.policy().name()))
}

fn secs(ns: u64) -> Value {
    Value::Float(ns as f64 / 1e9)
}

/// `gil_stats()`: the GIL's counters, for the run and per thread.
fn gil_stats(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    let gil = vm.gil.clone();
    let mut threads = Vec::new();
    for t in gil.threads() {
        let mut d = Dict::new();
        let fields: [(&str, Value); 9] = [
            ("ident", Value::Int(t.ident as i64)),
            ("native_id", Value::Int(t.native_id as i64)),
            ("acquisitions", Value::Int(t.acquisitions.load(Ordering::Relaxed) as i64)),
            ("contended", Value::Int(t.contended.load(Ordering::Relaxed) as i64)),
            ("forced_drops", Value::Int(t.forced_drops.load(Ordering::Relaxed) as i64)),
            ("wait_time", secs(t.wait_ns.load(Ordering::Relaxed))),
            ("longest_wait", secs(t.longest_wait_ns.load(Ordering::Relaxed))),
            ("blocking_calls", Value::Int(t.blocking_calls.load(Ordering::Relaxed) as i64)),
            ("finished", Value::Bool(t.finished.load(Ordering::Relaxed))),
        ];
        for (k, v) in fields {
            d.set_str_key(Value::new_str(k), v);
        }
        threads.push(Value::new_dict(d));
    }
    let mut d = Dict::new();
    let fields: [(&str, Value); 7] = [
        ("policy", Value::new_str(gil.policy().name())),
        ("check_interval", Value::Int(vm.g.check_interval.get() as i64)),
        ("switch_interval", Value::Float(gil.switch_interval().as_secs_f64())),
        ("switches", Value::Int(gil.switches.load(Ordering::Relaxed) as i64)),
        ("forced_drops", Value::Int(gil.forced_drops.load(Ordering::Relaxed) as i64)),
        ("elapsed", Value::Float(gil.created.elapsed().as_secs_f64())),
        ("threads", Value::new_list(threads)),
    ];
    for (k, v) in fields {
        d.set_str_key(Value::new_str(k), v);
    }
    Ok(Value::new_dict(d))
}

const FUNCTIONS: &[(&str, NativeFn)] =
    &[("get_gil_policy", get_gil_policy), ("gil_stats", gil_stats), ("set_gil_policy", set_gil_policy)];

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    crate::sys::make_module(vm, "garter", FUNCTIONS, &[])
}

// ---- sys functions -------------------------------------------------------

fn number(vm: &Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Float(f) => Ok(*f),
        Value::Bool(b) => Ok(*b as i64 as f64),
        // CPython 3.11 words it without naming the argument.
        other => Err(PyErr::type_error(format!("must be real number, not {}", vm.type_name(other)))),
    }
}

pub fn sys_setswitchinterval(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let v = one_arg(&a, "setswitchinterval")?;
    let s = number(vm, v)?;
    if s <= 0.0 || s.is_nan() {
        return Err(PyErr::value_error("switch interval must be strictly positive"));
    }
    vm.gil.set_switch_interval(Duration::from_secs_f64(s.min(1e9)));
    Ok(Value::None)
}

pub fn sys_getswitchinterval(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Float(vm.gil.switch_interval().as_secs_f64()))
}

/// Python 2's `sys.setcheckinterval(n)`: the periodic check every `n`
/// ticks (values below 1 mean every tick).
pub fn sys_setcheckinterval(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let v = one_arg(&a, "setcheckinterval")?;
    let n = vm.index_value(v)?;
    let n = n.clamp(1, i64::from(u32::MAX)) as u32;
    vm.g.check_interval.set(n);
    vm.ticks_left = vm.ticks_left.min(n);
    Ok(Value::None)
}

pub fn sys_getcheckinterval(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(vm.g.check_interval.get() as i64))
}

/// Applies one `-X` option if it is a GIL setting: `gil=legacy|timed|fair`,
/// `checkinterval=N`, `switchinterval=SECONDS`. Ok(false) for other
/// options; Err with a message for a GIL option with a bad value.
pub fn apply_x_option(vm: &mut Vm, name: &str, value: Option<&str>) -> Result<bool, String> {
    match name {
        "gil" => {
            let v = value.unwrap_or("");
            let p = Policy::from_name(v).ok_or_else(|| format!("-X gil: unknown policy '{v}' (expected legacy, timed or fair)"))?;
            vm.gil.set_policy(p);
            Ok(true)
        }
        "checkinterval" => {
            let n: u32 = value
                .and_then(|v| v.parse().ok())
                .filter(|n| *n >= 1)
                .ok_or_else(|| "-X checkinterval: expected a positive integer".to_string())?;
            vm.g.check_interval.set(n);
            vm.ticks_left = n;
            Ok(true)
        }
        "switchinterval" => {
            let s: f64 = value
                .and_then(|v| v.parse().ok())
                .filter(|s: &f64| *s > 0.0 && s.is_finite())
                .ok_or_else(|| "-X switchinterval: expected a positive number of seconds".to_string())?;
            vm.gil.set_switch_interval(Duration::from_secs_f64(s.min(1e9)));
            Ok(true)
        }
        _ => Ok(false),
    }
}
