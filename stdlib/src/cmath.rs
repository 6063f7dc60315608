//! `cmath`: complex math, as CPython 3.11's `cmath` module.
//!
//! The formulas are the ones CPython uses (Kahan's branch cuts, scaling
//! near overflow and underflow, `log1p` near |z| = 1), so ordinary inputs
//! give CPython's bits; the real functions come from the C library, as in
//! CPython (Rust's own `asinh` differs in the last bit, so libm's is used).
//! Domain errors raise `ValueError: math domain error`, overflow
//! `OverflowError: math range error`. Arguments with an infinite or NaN
//! part take their results from the special-value tables in
//! `cmath_special.rs`, as CPython's do.

use garter_interp::errors::{PyErr, PyResult};
use garter_interp::objects::function::{Args, NativeFn};
use garter_interp::objects::number;
use garter_interp::value::{Payload, Value};
use garter_interp::vm::Vm;
use crate::cmath_special::{self as sv, Cell, Table};
use std::f64::consts::{LN_10, LN_2, PI};

extern "C" {
    fn asinh(x: f64) -> f64;
}

fn c_asinh_real(x: f64) -> f64 {
    // SAFETY: `asinh` is the C library's pure function of one double.
    unsafe { asinh(x) }
}

const LARGE_DOUBLE: f64 = f64::MAX / 4.0;

fn sqrt_large_double() -> f64 {
    LARGE_DOUBLE.sqrt()
}
fn log_large_double() -> f64 {
    LARGE_DOUBLE.ln()
}
fn sqrt_dbl_min() -> f64 {
    f64::MIN_POSITIVE.sqrt()
}

#[derive(Clone, Copy)]
struct C {
    re: f64,
    im: f64,
}

fn c(re: f64, im: f64) -> C {
    C { re, im }
}

/// How a computation failed, as CPython's errno.
enum Fail {
    Domain,
    Range,
}

type CResult = Result<C, Fail>;

fn domain() -> PyErr {
    PyErr::value_error("math domain error")
}
fn range() -> PyErr {
    PyErr::overflow_error("math range error")
}

/// A number argument as a complex (`__complex__`, then `__float__`).
fn arg_complex(vm: &mut Vm, v: &Value) -> PyResult<C> {
    if let Some(Payload::Complex(re, im)) = v.payload() {
        return Ok(c(*re, *im));
    }
    if let Some(r) = number::to_f64(v) {
        return Ok(c(r?, 0.0));
    }
    if let Some(r) = vm.call_dunder(v, "__complex__", &[])? {
        if let Some(Payload::Complex(re, im)) = r.payload() {
            return Ok(c(*re, *im));
        }
        return Err(PyErr::type_error(format!("__complex__ returned non-complex (type {})", vm.type_name(&r))));
    }
    if let Some(Value::Float(f)) = vm.call_dunder(v, "__float__", &[])? {
        return Ok(c(f, 0.0));
    }
    if let Some(r) = vm.call_dunder(v, "__index__", &[])? {
        if let Some(f) = number::to_f64(&r) {
            return Ok(c(f?, 0.0));
        }
    }
    Err(PyErr::type_error(format!("must be real number, not {}", vm.type_name(v))))
}

fn arg(vm: &mut Vm, a: &Args<'_>, i: usize, name: &str) -> PyResult<C> {
    let n = a.pos().len();
    let v = a.pos().get(i).ok_or_else(|| PyErr::type_error(format!("{name}() takes exactly one argument ({n} given)")))?;
    arg_complex(vm, v)
}

fn one_arg(a: &Args<'_>, name: &str) -> PyResult<()> {
    let n = a.pos().len();
    if n != 1 || a.has_kw() {
        return Err(PyErr::type_error(format!("{name}() takes exactly one argument ({n} given)")));
    }
    Ok(())
}

fn value(z: C) -> Value {
    Value::new_complex(z.re, z.im)
}

/// The special-value result for `z` from `table`, if `z` has an infinite
/// or NaN part.
fn special(table: &Table, z: C) -> Option<CResult> {
    match sv::lookup(table, z.re, z.im)? {
        Cell::V(re, im) => Some(Ok(c(re, im))),
        Cell::E => Some(Err(Fail::Domain)),
        Cell::F => None,
    }
}

/// `exp`, `cosh`, `sinh` and `tanh` at an infinite real part and a finite,
/// non-zero imaginary part: the result's signs follow cos and sin of the
/// imaginary part. `make` builds it from (sign of re, cos y, sin y).
fn special_growing(table: &Table, z: C, make: fn(f64, f64, f64) -> C) -> Option<CResult> {
    if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
        if let Some(Cell::E) = sv::lookup(table, z.re, z.im) {
            return Some(Err(Fail::Domain));
        }
        return Some(Ok(make(z.re.signum(), z.im.cos(), z.im.sin())));
    }
    special(table, z)
}

fn c_sqrt(z: C) -> C {
    if let Some(Ok(r)) = special(&sv::SQRT, z) {
        return r;
    }
    if z.re == 0.0 && z.im == 0.0 {
        return c(0.0, z.im);
    }
    let ax = z.re.abs();
    let ay = z.im.abs();
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // Scale up to avoid underflow.
        let (ax, ay) = (ax * 2f64.powi(53), ay * 2f64.powi(53));
        2f64.powi(-27) * (ax + ax.hypot(ay)).sqrt()
    } else {
        let ax = ax / 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.re >= 0.0 {
        c(s, d.copysign(z.im))
    } else {
        c(d, s.copysign(z.im))
    }
}

fn c_exp(z: C) -> CResult {
    let growing = |s: f64, cos: f64, sin: f64| if s > 0.0 { c(f64::INFINITY.copysign(cos), f64::INFINITY.copysign(sin)) } else { c(0.0f64.copysign(cos), 0.0f64.copysign(sin)) };
    if let Some(r) = special_growing(&sv::EXP, z, growing) {
        return r;
    }
    let r = if z.re > log_large_double() {
        let l = (z.re - 1.0).exp();
        c(l * z.im.cos() * std::f64::consts::E, l * z.im.sin() * std::f64::consts::E)
    } else {
        let l = z.re.exp();
        c(l * z.im.cos(), l * z.im.sin())
    };
    if z.re.is_finite() && z.im.is_finite() && (r.re.is_infinite() || r.im.is_infinite()) {
        return Err(Fail::Range);
    }
    Ok(r)
}

fn c_log(z: C) -> CResult {
    if let Some(r) = special(&sv::LOG, z) {
        return r;
    }
    let ax = z.re.abs();
    let ay = z.im.abs();
    let re = if ax > LARGE_DOUBLE || ay > LARGE_DOUBLE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            let k = 2f64.powi(53);
            (ax * k).hypot(ay * k).ln() - 53.0 * LN_2
        } else {
            return Err(Fail::Domain);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    Ok(c(re, z.im.atan2(z.re)))
}

/// CPython's complex division (`_Py_c_quot`).
fn c_quot(a: C, b: C) -> CResult {
    let (abs_br, abs_bi) = (b.re.abs(), b.im.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return Err(Fail::Domain);
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Ok(c((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Ok(c((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom))
    } else {
        Ok(c(f64::NAN, f64::NAN))
    }
}

fn c_acos(z: C) -> C {
    if let Some(Ok(r)) = special(&sv::ACOS, z) {
        return r;
    }
    if z.re.abs() > LARGE_DOUBLE || z.im.abs() > LARGE_DOUBLE {
        let re = z.im.abs().atan2(z.re);
        let im = if z.re < 0.0 {
            -((z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0).copysign(z.im)
        } else {
            ((z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0).copysign(-z.im)
        };
        return c(re, im);
    }
    let s1 = c_sqrt(c(1.0 - z.re, -z.im));
    let s2 = c_sqrt(c(1.0 + z.re, z.im));
    c(2.0 * s1.re.atan2(s2.re), c_asinh_real(s2.re * s1.im - s2.im * s1.re))
}

fn c_acosh(z: C) -> C {
    if let Some(Ok(r)) = special(&sv::ACOSH, z) {
        return r;
    }
    if z.re.abs() > LARGE_DOUBLE || z.im.abs() > LARGE_DOUBLE {
        return c((z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0, z.im.atan2(z.re));
    }
    let s1 = c_sqrt(c(z.re - 1.0, z.im));
    let s2 = c_sqrt(c(z.re + 1.0, z.im));
    c(c_asinh_real(s1.re * s2.re + s1.im * s2.im), 2.0 * s1.im.atan2(s2.re))
}

fn c_asinh(z: C) -> C {
    if let Some(Ok(r)) = special(&sv::ASINH, z) {
        return r;
    }
    if z.re.abs() > LARGE_DOUBLE || z.im.abs() > LARGE_DOUBLE {
        let l = (z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0;
        let re = if z.im >= 0.0 { l.copysign(z.re) } else { -l.copysign(-z.re) };
        return c(re, z.im.atan2(z.re.abs()));
    }
    let s1 = c_sqrt(c(1.0 + z.im, -z.re));
    let s2 = c_sqrt(c(1.0 - z.im, z.re));
    c(c_asinh_real(s1.re * s2.im - s2.re * s1.im), z.im.atan2(s1.re * s2.re - s1.im * s2.im))
}

fn c_asin(z: C) -> C {
    let s = c_asinh(c(-z.im, z.re));
    c(s.im, -s.re)
}

fn c_atanh(z: C) -> CResult {
    if let Some(r) = special(&sv::ATANH, z) {
        return r;
    }
    if z.re < 0.0 {
        let r = c_atanh(c(-z.re, -z.im))?;
        return Ok(c(-r.re, -r.im));
    }
    let ay = z.im.abs();
    if z.re > sqrt_large_double() || ay > sqrt_large_double() {
        let h = (z.re / 2.0).hypot(z.im / 2.0);
        return Ok(c(z.re / 4.0 / h / h, -(PI / 2.0).copysign(-z.im)));
    }
    if z.re == 1.0 && ay < sqrt_dbl_min() {
        if ay == 0.0 {
            return Err(Fail::Domain);
        }
        return Ok(c(-(ay.sqrt() / ay.hypot(2.0).sqrt()).ln(), (2.0f64.atan2(-ay) / 2.0).copysign(z.im)));
    }
    let re = (4.0 * z.re / ((1.0 - z.re) * (1.0 - z.re) + ay * ay)).ln_1p() / 4.0;
    let im = -(-2.0 * z.im).atan2((1.0 - z.re) * (1.0 + z.re) - ay * ay) / 2.0;
    Ok(c(re, im))
}

fn c_atan(z: C) -> CResult {
    let s = c_atanh(c(-z.im, z.re))?;
    Ok(c(s.im, -s.re))
}

fn overflowed(z: C, r: C) -> CResult {
    if z.re.is_finite() && z.im.is_finite() && (r.re.is_infinite() || r.im.is_infinite()) {
        Err(Fail::Range)
    } else {
        Ok(r)
    }
}

fn c_cosh(z: C) -> CResult {
    let growing = |s: f64, cos: f64, sin: f64| c(f64::INFINITY.copysign(cos), f64::INFINITY.copysign(sin) * s);
    if let Some(r) = special_growing(&sv::COSH, z, growing) {
        return r;
    }
    let r = if z.re.abs() > log_large_double() {
        let x = z.re - 1.0f64.copysign(z.re);
        c(z.im.cos() * x.cosh() * std::f64::consts::E, z.im.sin() * x.sinh() * std::f64::consts::E)
    } else {
        c(z.im.cos() * z.re.cosh(), z.im.sin() * z.re.sinh())
    };
    overflowed(z, r)
}

fn c_sinh(z: C) -> CResult {
    let growing = |s: f64, cos: f64, sin: f64| c(f64::INFINITY.copysign(cos) * s, f64::INFINITY.copysign(sin));
    if let Some(r) = special_growing(&sv::SINH, z, growing) {
        return r;
    }
    let r = if z.re.abs() > log_large_double() {
        let x = z.re - 1.0f64.copysign(z.re);
        c(z.im.cos() * x.sinh() * std::f64::consts::E, z.im.sin() * x.cosh() * std::f64::consts::E)
    } else {
        c(z.im.cos() * z.re.sinh(), z.im.sin() * z.re.cosh())
    };
    overflowed(z, r)
}

fn c_tanh(z: C) -> CResult {
    let growing = |s: f64, cos: f64, sin: f64| c(s, 0.0f64.copysign(2.0 * sin * cos));
    if let Some(r) = special_growing(&sv::TANH, z, growing) {
        return r;
    }
    Ok(c_tanh_finite(z))
}

fn c_tanh_finite(z: C) -> C {
    if z.re.abs() > log_large_double() {
        return c(1.0f64.copysign(z.re), 4.0 * z.im.sin() * z.im.cos() * (-2.0 * z.re.abs()).exp());
    }
    let tx = z.re.tanh();
    let ty = z.im.tan();
    let cx = 1.0 / z.re.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    c(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
}

fn c_cos(z: C) -> CResult {
    c_cosh(c(-z.im, z.re))
}
fn c_sin(z: C) -> CResult {
    let s = c_sinh(c(-z.im, z.re))?;
    Ok(c(s.im, -s.re))
}
fn c_tan(z: C) -> CResult {
    let s = c_tanh(c(-z.im, z.re))?;
    Ok(c(s.im, -s.re))
}

fn finish(r: CResult) -> PyResult<Value> {
    match r {
        Ok(z) => Ok(value(z)),
        Err(Fail::Domain) => Err(domain()),
        Err(Fail::Range) => Err(range()),
    }
}

macro_rules! unary {
    ($fname:ident, $name:expr, $body:expr) => {
        fn $fname(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
            one_arg(&a, $name)?;
            let z = arg(vm, &a, 0, $name)?;
            let f: fn(C) -> CResult = $body;
            finish(f(z))
        }
    };
}

unary!(cm_sqrt, "sqrt", |z| Ok(c_sqrt(z)));
unary!(cm_exp, "exp", c_exp);
unary!(cm_log10, "log10", |z| c_log(z).map(|r| c(r.re / LN_10, r.im / LN_10)));
unary!(cm_acos, "acos", |z| Ok(c_acos(z)));
unary!(cm_acosh, "acosh", |z| Ok(c_acosh(z)));
unary!(cm_asin, "asin", |z| Ok(c_asin(z)));
unary!(cm_asinh, "asinh", |z| Ok(c_asinh(z)));
unary!(cm_atan, "atan", c_atan);
unary!(cm_atanh, "atanh", c_atanh);
unary!(cm_cos, "cos", c_cos);
unary!(cm_cosh, "cosh", c_cosh);
unary!(cm_sin, "sin", c_sin);
unary!(cm_sinh, "sinh", c_sinh);
unary!(cm_tan, "tan", c_tan);
unary!(cm_tanh, "tanh", c_tanh);

/// `cmath.log(x[, base])`.
fn cm_log(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let n = a.pos().len();
    if !(1..=2).contains(&n) {
        return Err(PyErr::type_error(format!("log expected at most 2 arguments, got {n}")));
    }
    let x = arg(vm, &a, 0, "log")?;
    let r = c_log(x);
    if n == 2 {
        let base = arg(vm, &a, 1, "log")?;
        let rb = c_log(base);
        return finish(r.and_then(|r| rb.and_then(|b| c_quot(r, b))));
    }
    finish(r)
}

/// `cmath.phase(z)`: `atan2(z.imag, z.real)`.
fn cm_phase(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    one_arg(&a, "phase")?;
    let z = arg(vm, &a, 0, "phase")?;
    Ok(Value::Float(z.im.atan2(z.re)))
}

/// `cmath.polar(z)`: `(abs(z), phase(z))`.
fn cm_polar(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    one_arg(&a, "polar")?;
    let z = arg(vm, &a, 0, "polar")?;
    let r = z.re.hypot(z.im);
    if r.is_infinite() && z.re.is_finite() && z.im.is_finite() {
        return Err(range());
    }
    Ok(Value::new_tuple(vec![Value::Float(r), Value::Float(z.im.atan2(z.re))]))
}

fn real_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(r) = number::to_f64(v) {
        return r;
    }
    match vm.call_dunder(v, "__float__", &[])? {
        Some(Value::Float(f)) => Ok(f),
        _ => Err(PyErr::type_error(format!("must be real number, not {}", vm.type_name(v)))),
    }
}

/// `cmath.rect(r, phi)`.
fn cm_rect(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let n = a.pos().len();
    if n != 2 {
        return Err(PyErr::type_error(format!("rect expected 2 arguments, got {n}")));
    }
    let r = real_arg(vm, &a.pos()[0])?;
    let phi = real_arg(vm, &a.pos()[1])?;
    if r.is_finite() && phi.is_infinite() {
        return Err(domain());
    }
    let z = if phi == 0.0 { c(r, r * phi) } else { c(r * phi.cos(), r * phi.sin()) };
    Ok(value(z))
}

fn predicate(vm: &mut Vm, a: &Args<'_>, name: &str, f: fn(C) -> bool) -> PyResult<Value> {
    one_arg(a, name)?;
    let z = arg(vm, a, 0, name)?;
    Ok(Value::Bool(f(z)))
}
fn cm_isfinite(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    predicate(vm, &a, "isfinite", |z| z.re.is_finite() && z.im.is_finite())
}
fn cm_isinf(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    predicate(vm, &a, "isinf", |z| z.re.is_infinite() || z.im.is_infinite())
}
fn cm_isnan(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    predicate(vm, &a, "isnan", |z| z.re.is_nan() || z.im.is_nan())
}

/// `cmath.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn cm_isclose(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let pos = a.pos();
    if pos.len() != 2 {
        return Err(PyErr::type_error(format!("isclose() takes exactly 2 positional arguments ({} given)", pos.len())));
    }
    let x = arg_complex(vm, &pos[0])?;
    let y = arg_complex(vm, &pos[1])?;
    let mut rel = 1e-9;
    let mut abs = 0.0;
    for (k, v) in a.kw() {
        match k {
            "rel_tol" => rel = real_arg(vm, v)?,
            "abs_tol" => abs = real_arg(vm, v)?,
            _ => return Err(PyErr::type_error(format!("isclose() got an unexpected keyword argument '{k}'"))),
        }
    }
    if rel < 0.0 || abs < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if x.re == y.re && x.im == y.im {
        return Ok(Value::Bool(true));
    }
    if x.re.is_infinite() || x.im.is_infinite() || y.re.is_infinite() || y.im.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (x.re - y.re).hypot(x.im - y.im);
    let ok = diff <= rel * y.re.hypot(y.im) || diff <= rel * x.re.hypot(x.im) || diff <= abs;
    Ok(Value::Bool(ok))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("acos", cm_acos),
    ("acosh", cm_acosh),
    ("asin", cm_asin),
    ("asinh", cm_asinh),
    ("atan", cm_atan),
    ("atanh", cm_atanh),
    ("cos", cm_cos),
    ("cosh", cm_cosh),
    ("exp", cm_exp),
    ("isclose", cm_isclose),
    ("isfinite", cm_isfinite),
    ("isinf", cm_isinf),
    ("isnan", cm_isnan),
    ("log", cm_log),
    ("log10", cm_log10),
    ("phase", cm_phase),
    ("polar", cm_polar),
    ("rect", cm_rect),
    ("sin", cm_sin),
    ("sinh", cm_sinh),
    ("sqrt", cm_sqrt),
    ("tan", cm_tan),
    ("tanh", cm_tanh),
];

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let consts = [
        ("pi", Value::Float(PI)),
        ("e", Value::Float(std::f64::consts::E)),
        ("tau", Value::Float(std::f64::consts::TAU)),
        ("inf", Value::Float(f64::INFINITY)),
        ("nan", Value::Float(f64::NAN)),
        ("infj", Value::new_complex(0.0, f64::INFINITY)),
        ("nanj", Value::new_complex(0.0, f64::NAN)),
    ];
    crate::sys::make_module(vm, "cmath", FUNCTIONS, &consts)
}
