//! `math`: the common functions and constants.

use garter_interp::errors::{PyErr, PyResult};
use garter_interp::objects::function::{Args, NativeFn};
use garter_interp::objects::number;
use garter_interp::value::Value;
use garter_interp::vm::Vm;

fn arg_f64(vm: &mut Vm, a: &Args<'_>, i: usize, name: &str) -> PyResult<f64> {
    let v = a.pos().get(i).ok_or_else(|| PyErr::type_error(format!("{name}() missing required argument")))?;
    match number::to_f64(v) {
        Some(r) => r,
        None => match vm.call_dunder(v, "__float__", &[])? {
            Some(Value::Float(f)) => Ok(f),
            _ => Err(PyErr::type_error(format!("must be real number, not {}", vm.type_name(v)))),
        },
    }
}

fn domain() -> PyErr {
    PyErr::value_error("math domain error")
}

macro_rules! unary {
    ($fname:ident, $name:expr, $f:expr, $check:expr) => {
        fn $fname(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
            let x = arg_f64(vm, &a, 0, $name)?;
            let ok: fn(f64) -> bool = $check;
            if !ok(x) {
                return Err(domain());
            }
            let f: fn(f64) -> f64 = $f;
            let r = f(x);
            if r.is_infinite() && x.is_finite() && !matches!($name, "degrees" | "radians" | "fabs") {
                return Err(PyErr::overflow_error("math range error"));
            }
            Ok(Value::Float(r))
        }
    };
}

unary!(m_sqrt, "sqrt", f64::sqrt, |x| x >= 0.0 || x.is_nan());
unary!(m_exp, "exp", f64::exp, |_| true);
unary!(m_sin, "sin", f64::sin, |x| !x.is_infinite());
unary!(m_cos, "cos", f64::cos, |x| !x.is_infinite());
unary!(m_tan, "tan", f64::tan, |x| !x.is_infinite());
unary!(m_asin, "asin", f64::asin, |x| (-1.0..=1.0).contains(&x) || x.is_nan());
unary!(m_acos, "acos", f64::acos, |x| (-1.0..=1.0).contains(&x) || x.is_nan());
unary!(m_atan, "atan", f64::atan, |_| true);
unary!(m_fabs, "fabs", f64::abs, |_| true);
unary!(m_log10, "log10", f64::log10, |x| x > 0.0 || x.is_nan());
unary!(m_log2, "log2", f64::log2, |x| x > 0.0 || x.is_nan());
unary!(m_sinh, "sinh", f64::sinh, |_| true);
unary!(m_cosh, "cosh", f64::cosh, |_| true);
unary!(m_tanh, "tanh", f64::tanh, |_| true);
unary!(m_degrees, "degrees", f64::to_degrees, |_| true);
unary!(m_radians, "radians", f64::to_radians, |_| true);

fn m_log(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = arg_f64(vm, &a, 0, "log")?;
    if x <= 0.0 {
        return Err(domain());
    }
    if a.pos().len() > 1 {
        let b = arg_f64(vm, &a, 1, "log")?;
        if b <= 0.0 {
            return Err(domain());
        }
        return Ok(Value::Float(x.ln() / b.ln()));
    }
    Ok(Value::Float(x.ln()))
}

fn to_int_result(vm: &mut Vm, a: &Args<'_>, name: &str, f: fn(f64) -> f64, dunder: &str) -> PyResult<Value> {
    let v = a.pos().first().ok_or_else(|| PyErr::type_error(format!("{name}() takes exactly one argument (0 given)")))?;
    if number::is_int(v) {
        return Ok(v.clone());
    }
    if let Value::Float(x) = v {
        return number::float_to_int(f(*x));
    }
    if let Some(r) = vm.call_dunder(v, dunder, &[])? {
        return Ok(r);
    }
    let x = arg_f64(vm, a, 0, name)?;
    number::float_to_int(f(x))
}

fn m_floor(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    to_int_result(vm, &a, "floor", f64::floor, "__floor__")
}
fn m_ceil(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    to_int_result(vm, &a, "ceil", f64::ceil, "__ceil__")
}
fn m_trunc(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    to_int_result(vm, &a, "trunc", f64::trunc, "__trunc__")
}

fn m_pow(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = arg_f64(vm, &a, 0, "pow")?;
    let y = arg_f64(vm, &a, 1, "pow")?;
    if x == 0.0 && y < 0.0 {
        return Err(domain());
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(domain());
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(PyErr::overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}

fn m_atan2(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let y = arg_f64(vm, &a, 0, "atan2")?;
    let x = arg_f64(vm, &a, 1, "atan2")?;
    Ok(Value::Float(y.atan2(x)))
}

fn m_hypot(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let mut acc = 0.0f64;
    for i in 0..a.pos().len() {
        let x = arg_f64(vm, &a, i, "hypot")?;
        acc = acc.hypot(x);
    }
    Ok(Value::Float(acc))
}

fn m_copysign(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = arg_f64(vm, &a, 0, "copysign")?;
    let y = arg_f64(vm, &a, 1, "copysign")?;
    Ok(Value::Float(x.copysign(y)))
}

fn m_isnan(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(arg_f64(vm, &a, 0, "isnan")?.is_nan()))
}
fn m_isinf(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(arg_f64(vm, &a, 0, "isinf")?.is_infinite()))
}
fn m_isfinite(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(arg_f64(vm, &a, 0, "isfinite")?.is_finite()))
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<num_like::Big> {
    match number::to_bigint(v) {
        Some(b) => Ok(b),
        None => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
    }
}

mod num_like {
    pub type Big = num_bigint::BigInt;
}

fn m_gcd(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    use num_integer::Integer;
    let mut acc = num_like::Big::from(0);
    for v in a.pos() {
        let b = int_arg(vm, v)?;
        acc = acc.gcd(&b);
    }
    Ok(Value::from_bigint(acc))
}

fn m_factorial(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let v = a.pos().first().cloned().unwrap_or(Value::None);
    if let Value::Float(_) = v {
        return Err(PyErr::type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = vm.index_value(&v)?;
    if n < 0 {
        return Err(PyErr::value_error("factorial() not defined for negative values"));
    }
    let mut acc = num_like::Big::from(1);
    for i in 2..=n {
        acc *= i;
    }
    Ok(Value::from_bigint(acc))
}

fn m_isclose(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = arg_f64(vm, &a, 0, "isclose")?;
    let y = arg_f64(vm, &a, 1, "isclose")?;
    let rel = match a.kw_get("rel_tol") { Some(v) => number::to_f64(v).transpose()?.unwrap_or(1e-9), None => 1e-9 };
    let abs = match a.kw_get("abs_tol") { Some(v) => number::to_f64(v).transpose()?.unwrap_or(0.0), None => 0.0 };
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let d = (x - y).abs();
    Ok(Value::Bool(d <= (rel * y.abs()).max(rel * x.abs()) || d <= abs))
}

fn m_fsum(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let items = vm.collect(a.pos().first().unwrap_or(&Value::None))?;
    // Neumaier summation (exact for the common cases).
    let mut sum = 0.0f64;
    let mut c = 0.0f64;
    for v in items {
        let x = match number::to_f64(&v) {
            Some(r) => r?,
            None => return Err(PyErr::type_error("must be real number")),
        };
        let t = sum + x;
        if sum.abs() >= x.abs() {
            c += (sum - t) + x;
        } else {
            c += (x - t) + sum;
        }
        sum = t;
    }
    Ok(Value::Float(sum + c))
}

fn m_modf(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = arg_f64(vm, &a, 0, "modf")?;
    Ok(Value::new_tuple(vec![Value::Float(x.fract()), Value::Float(x.trunc())]))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("acos", m_acos),
    ("asin", m_asin),
    ("atan", m_atan),
    ("atan2", m_atan2),
    ("ceil", m_ceil),
    ("copysign", m_copysign),
    ("cos", m_cos),
    ("cosh", m_cosh),
    ("degrees", m_degrees),
    ("exp", m_exp),
    ("fabs", m_fabs),
    ("factorial", m_factorial),
    ("floor", m_floor),
    ("fsum", m_fsum),
    ("gcd", m_gcd),
    ("hypot", m_hypot),
    ("isclose", m_isclose),
    ("isfinite", m_isfinite),
    ("isinf", m_isinf),
    ("isnan", m_isnan),
    ("log", m_log),
    ("log10", m_log10),
    ("log2", m_log2),
    ("modf", m_modf),
    ("pow", m_pow),
    ("radians", m_radians),
    ("sin", m_sin),
    ("sinh", m_sinh),
    ("sqrt", m_sqrt),
    ("tan", m_tan),
    ("tanh", m_tanh),
    ("trunc", m_trunc),
];

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let consts = [
        ("pi", Value::Float(std::f64::consts::PI)),
        ("e", Value::Float(std::f64::consts::E)),
        ("tau", Value::Float(std::f64::consts::TAU)),
        ("inf", Value::Float(f64::INFINITY)),
        ("nan", Value::Float(f64::NAN)),
    ];
    crate::sys::make_module(vm, "math", FUNCTIONS, &consts)
}
