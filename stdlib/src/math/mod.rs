//! `math`: every function and constant of CPython 3.11's `math` module.
//!
//! Float functions call the C library as CPython does (`libm`), with
//! CPython's error rules (`math_1`): a NaN result from a non-NaN argument is
//! `ValueError: math domain error`; an infinite result from a finite
//! argument is `OverflowError: math range error` for functions that can
//! overflow (`exp`, `cosh`...) and a domain error for the others.
//! Logarithms of ints too large for a float are computed from their bits.
//!
//! Files: `mod.rs` (argument conversion, float functions, the module),
//! `integer.rs` (`gcd`, `lcm`, `isqrt`, `comb`, `perm`, `factorial`,
//! `prod`), `special.rs` (`gamma`, `lgamma`, `fsum`, the norm behind
//! `hypot` and `dist`).

mod integer;
mod special;

use garter_interp::errors::{PyErr, PyResult};
use garter_interp::objects::function::{Args, NativeFn};
use garter_interp::objects::number;
use garter_interp::value::{Payload, Value};
use garter_interp::vm::Vm;

/// The C library's libm, looked up at run time: a plain `extern` block may
/// bind to the Rust fallbacks of compiler-builtins (whose `cbrt`, for one,
/// rounds differently from glibc's, which CPython calls).
mod libm {
    use std::sync::OnceLock;

    type F1 = unsafe extern "C" fn(f64) -> f64;
    type F2 = unsafe extern "C" fn(f64, f64) -> f64;

    fn handle() -> usize {
        static HANDLE: OnceLock<usize> = OnceLock::new();
        *HANDLE.get_or_init(|| {
            // SAFETY: dlopen with a constant NUL-terminated name.
            unsafe { libc::dlopen(b"libm.so.6\0".as_ptr() as *const libc::c_char, libc::RTLD_NOW) as usize }
        })
    }

    fn symbol(name: &'static [u8]) -> usize {
        let h = handle();
        if h == 0 {
            return 0;
        }
        // SAFETY: h is a live dlopen handle (never closed); name is NUL-terminated.
        unsafe { libc::dlsym(h as *mut libc::c_void, name.as_ptr() as *const libc::c_char) as usize }
    }

    macro_rules! f1 {
        ($name:ident, $sym:expr, $fallback:expr) => {
            pub fn $name(x: f64) -> f64 {
                static F: OnceLock<usize> = OnceLock::new();
                let p = *F.get_or_init(|| symbol($sym));
                if p == 0 {
                    let f: fn(f64) -> f64 = $fallback;
                    return f(x);
                }
                // SAFETY: p is libm's function of this name and signature.
                unsafe { std::mem::transmute::<usize, F1>(p)(x) }
            }
        };
    }
    macro_rules! f2 {
        ($name:ident, $sym:expr, $fallback:expr) => {
            pub fn $name(x: f64, y: f64) -> f64 {
                static F: OnceLock<usize> = OnceLock::new();
                let p = *F.get_or_init(|| symbol($sym));
                if p == 0 {
                    let f: fn(f64, f64) -> f64 = $fallback;
                    return f(x, y);
                }
                // SAFETY: p is libm's function of this name and signature.
                unsafe { std::mem::transmute::<usize, F2>(p)(x, y) }
            }
        };
    }

    f1!(acosh, b"acosh\0", f64::acosh);
    f1!(asinh, b"asinh\0", f64::asinh);
    f1!(atanh, b"atanh\0", f64::atanh);
    f1!(erf, b"erf\0", |_| f64::NAN);
    f1!(erfc, b"erfc\0", |_| f64::NAN);
    f1!(exp2, b"exp2\0", f64::exp2);
    f1!(expm1, b"expm1\0", f64::exp_m1);
    f1!(log1p, b"log1p\0", f64::ln_1p);
    f1!(cbrt, b"cbrt\0", f64::cbrt);
    f1!(sin, b"sin\0", f64::sin);
    f1!(cos, b"cos\0", f64::cos);
    f1!(tan, b"tan\0", f64::tan);
    f1!(asin, b"asin\0", f64::asin);
    f1!(acos, b"acos\0", f64::acos);
    f1!(atan, b"atan\0", f64::atan);
    f1!(sinh, b"sinh\0", f64::sinh);
    f1!(cosh, b"cosh\0", f64::cosh);
    f1!(tanh, b"tanh\0", f64::tanh);
    f1!(exp, b"exp\0", f64::exp);
    f2!(nextafter, b"nextafter\0", |x, _| x);
    f2!(remainder, b"remainder\0", |x, y| x - (x / y).round() * y);
    f2!(atan2, b"atan2\0", f64::atan2);

    /// `ldexp(x, e)`.
    pub fn ldexp(x: f64, e: i32) -> f64 {
        type FI = unsafe extern "C" fn(f64, libc::c_int) -> f64;
        static F: OnceLock<usize> = OnceLock::new();
        let p = *F.get_or_init(|| symbol(b"ldexp\0"));
        if p == 0 {
            return x * 2f64.powi(e);
        }
        // SAFETY: p is libm's ldexp(double, int).
        unsafe { std::mem::transmute::<usize, FI>(p)(x, e) }
    }
}

/// `PyFloat_AsDouble`: a float, an int, or an object with `__float__` or
/// `__index__`; `TypeError: must be real number, not str`.
pub fn to_float(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(r) = number::to_f64(v) {
        return r;
    }
    if let Some(r) = vm.call_dunder(v, "__float__", &[])? {
        if let Value::Float(f) = r {
            return Ok(f);
        }
        let t = vm.type_name(v);
        let rt = vm.type_name(&r);
        return Err(PyErr::type_error(format!("{t}.__float__ returned non-float (type {rt})")));
    }
    if let Some(r) = vm.call_dunder(v, "__index__", &[])? {
        if let Some(f) = number::to_f64(&r) {
            return f;
        }
    }
    Err(PyErr::type_error(format!("must be real number, not {}", vm.type_name(v))))
}

fn exactly<'a>(a: &Args<'a>, fname: &str, n: usize) -> PyResult<&'a [Value]> {
    if a.has_kw() {
        return Err(PyErr::type_error(format!("math.{fname}() takes no keyword arguments")));
    }
    let p = a.pos();
    if p.len() != n {
        if n == 1 {
            return Err(PyErr::type_error(format!("math.{fname}() takes exactly one argument ({} given)", p.len())));
        }
        return Err(PyErr::type_error(format!("{fname} expected {n} arguments, got {}", p.len())));
    }
    Ok(p)
}

fn arg1(vm: &mut Vm, a: &Args<'_>, fname: &str) -> PyResult<f64> {
    let p = exactly(a, fname, 1)?;
    to_float(vm, &p[0])
}

fn domain() -> PyErr {
    PyErr::value_error("math domain error")
}
fn range() -> PyErr {
    PyErr::overflow_error("math range error")
}

/// CPython's `math_1` checks on `r = f(x)`.
fn checked(x: f64, r: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range() } else { domain() });
    }
    Ok(Value::Float(r))
}

macro_rules! unary {
    ($fname:ident, $name:expr, $f:expr, $can_overflow:expr) => {
        fn $fname(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
            let x = arg1(vm, &a, $name)?;
            let f: fn(f64) -> f64 = $f;
            checked(x, f(x), $can_overflow)
        }
    };
}

unary!(m_acos, "acos", libm::acos, false);
unary!(m_acosh, "acosh", libm::acosh, false);
unary!(m_asin, "asin", libm::asin, false);
unary!(m_asinh, "asinh", libm::asinh, false);
unary!(m_atan, "atan", libm::atan, false);
unary!(m_atanh, "atanh", libm::atanh, false);
unary!(m_cbrt, "cbrt", libm::cbrt, false);
unary!(m_cos, "cos", libm::cos, false);
unary!(m_cosh, "cosh", libm::cosh, true);
unary!(m_degrees, "degrees", |x| x * (180.0 / std::f64::consts::PI), false);
unary!(m_erf, "erf", libm::erf, false);
unary!(m_erfc, "erfc", libm::erfc, false);
unary!(m_exp, "exp", libm::exp, true);
unary!(m_exp2, "exp2", libm::exp2, true);
unary!(m_expm1, "expm1", libm::expm1, true);
unary!(m_fabs, "fabs", f64::abs, false);
unary!(m_log1p, "log1p", libm::log1p, false);
unary!(m_radians, "radians", |x| x * (std::f64::consts::PI / 180.0), false);
unary!(m_sin, "sin", libm::sin, false);
unary!(m_sinh, "sinh", libm::sinh, true);
unary!(m_sqrt, "sqrt", f64::sqrt, false);
unary!(m_tan, "tan", libm::tan, false);
unary!(m_tanh, "tanh", libm::tanh, false);

fn m_gamma(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = arg1(vm, &a, "gamma")?;
    Ok(Value::Float(special::gamma(x)?))
}

fn m_lgamma(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = arg1(vm, &a, "lgamma")?;
    Ok(Value::Float(special::lgamma(x)?))
}

// ---- logarithms ---------------------------------------------------------------

/// CPython's `loghelper`: `func` of a number, with ints of any size (as
/// `func(m) + func(2) * e` for `n = m * 2**e`) and non-positive ints
/// refused.
fn loghelper(vm: &mut Vm, v: &Value, func: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = number::as_int(v) {
        if i.is_negative() || i.is_zero() {
            return Err(domain());
        }
        if let number::IntRef::Big(b) = i {
            if number::bigint_to_f64(b).is_err() {
                // n = m * 2**e with 0.5 <= m < 1 (`_PyLong_Frexp`).
                let mut e = b.bits() as i64;
                let top = number::bigint_to_f64(&(b >> (e - 60) as usize)).unwrap_or(1.0);
                let mut m = top * 2f64.powi(-60);
                if m >= 1.0 {
                    m = 0.5;
                    e += 1;
                }
                return Ok(func(m) + func(2.0) * e as f64);
            }
        }
    }
    let x = to_float(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(func(x))
}

/// `math.log(x[, base])`.
fn m_log(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if a.has_kw() {
        return Err(PyErr::type_error("math.log() takes no keyword arguments"));
    }
    let p = a.pos();
    if p.is_empty() || p.len() > 2 {
        return Err(PyErr::type_error(format!("log expected at least 1 argument, got {}", p.len())));
    }
    let num = loghelper(vm, &p[0], f64::ln)?;
    if let Some(base) = p.get(1) {
        let den = loghelper(vm, base, f64::ln)?;
        if den == 0.0 {
            return Err(PyErr::zero_division("float division by zero"));
        }
        return Ok(Value::Float(num / den));
    }
    Ok(Value::Float(num))
}

fn m_log2(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = exactly(&a, "log2", 1)?;
    Ok(Value::Float(loghelper(vm, &p[0], f64::log2)?))
}

fn m_log10(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = exactly(&a, "log10", 1)?;
    Ok(Value::Float(loghelper(vm, &p[0], f64::log10)?))
}

// ---- rounding -------------------------------------------------------------------

fn to_int_result(vm: &mut Vm, a: &Args<'_>, name: &str, f: fn(f64) -> f64, dunder: &str) -> PyResult<Value> {
    let p = exactly(a, name, 1)?;
    let v = &p[0];
    if number::is_int(v) {
        return Ok(match v {
            Value::Bool(b) => Value::Int(*b as i64),
            v => v.clone(),
        });
    }
    if let Value::Float(x) = v {
        return number::float_to_int(f(*x));
    }
    if let Some(r) = vm.call_dunder(v, dunder, &[])? {
        return Ok(r);
    }
    if dunder == "__trunc__" {
        return Err(PyErr::type_error(format!("type {} doesn't define __trunc__ method", vm.type_name(v))));
    }
    let x = to_float(vm, v)?;
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

// ---- two-argument functions -------------------------------------------------------

fn args2(vm: &mut Vm, a: &Args<'_>, fname: &str) -> PyResult<(f64, f64)> {
    let p = exactly(a, fname, 2)?;
    Ok((to_float(vm, &p[0])?, to_float(vm, &p[1])?))
}

/// `math.pow(x, y)` with C99's special cases and CPython's errors.
fn m_pow(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = args2(vm, &a, "pow")?;
    if x.is_finite() && y.is_finite() {
        if x == 0.0 && y < 0.0 {
            return Err(domain());
        }
        if x < 0.0 && y.fract() != 0.0 {
            return Err(domain());
        }
        let r = x.powf(y);
        if r.is_infinite() {
            return Err(range());
        }
        return Ok(Value::Float(r));
    }
    Ok(Value::Float(x.powf(y)))
}

fn m_atan2(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (y, x) = args2(vm, &a, "atan2")?;
    Ok(Value::Float(libm::atan2(y, x)))
}

fn m_copysign(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = args2(vm, &a, "copysign")?;
    Ok(Value::Float(x.copysign(y)))
}

/// `math.fmod(x, y)`.
fn m_fmod(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = args2(vm, &a, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    checked_2(x, y, r)
}

/// `math_2`'s checks: NaN from non-NaN arguments is a domain error.
fn checked_2(x: f64, y: f64, r: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range());
    }
    Ok(Value::Float(r))
}

/// `math.remainder(x, y)`: IEEE 754 remainder.
fn m_remainder(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = args2(vm, &a, "remainder")?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain());
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    Ok(Value::Float(libm::remainder(x, y)))
}

/// `math.nextafter(x, y)`.
fn m_nextafter(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = args2(vm, &a, "nextafter")?;
    Ok(Value::Float(libm::nextafter(x, y)))
}

/// `math.ulp(x)`.
fn m_ulp(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = arg1(vm, &a, "ulp")?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let next = libm::nextafter(x, f64::INFINITY);
    if next.is_infinite() {
        // x is the largest finite float.
        let prev = libm::nextafter(x, -f64::INFINITY);
        return Ok(Value::Float(x - prev));
    }
    Ok(Value::Float(next - x))
}

/// `math.ldexp(x, i)`.
fn m_ldexp(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = exactly(&a, "ldexp", 2)?;
    let x = to_float(vm, &p[0])?;
    let Some(i) = number::as_int(&p[1]) else {
        return Err(PyErr::type_error("Expected an int as second argument to ldexp."));
    };
    let e: i64 = match i {
        number::IntRef::Small(e) => e,
        number::IntRef::Big(b) => {
            if b.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }
        }
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let e = e.clamp(-5000, 5000) as i32;
    let r = libm::ldexp(x, e);
    if r.is_infinite() {
        return Err(range());
    }
    Ok(Value::Float(r))
}

/// `math.frexp(x)`: `(m, e)` with `0.5 <= abs(m) < 1`.
fn m_frexp(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = arg1(vm, &a, "frexp")?;
    let (m, e) = number::frexp(x);
    Ok(Value::new_tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

/// `math.modf(x)`: `(fractional, integral)`, signs kept.
fn m_modf(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = arg1(vm, &a, "modf")?;
    if x.is_infinite() {
        return Ok(Value::new_tuple(vec![Value::Float(0.0f64.copysign(x)), Value::Float(x)]));
    }
    let int = x.trunc();
    Ok(Value::new_tuple(vec![Value::Float((x - int).copysign(x)), Value::Float(int)]))
}

fn m_isnan(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(arg1(vm, &a, "isnan")?.is_nan()))
}
fn m_isinf(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(arg1(vm, &a, "isinf")?.is_infinite()))
}
fn m_isfinite(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(arg1(vm, &a, "isfinite")?.is_finite()))
}

/// `math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn m_isclose(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() != 2 {
        return Err(PyErr::type_error(format!("isclose() takes exactly 2 positional arguments ({} given)", p.len())));
    }
    let x = to_float(vm, &p[0])?;
    let y = to_float(vm, &p[1])?;
    let (mut rel, mut abs) = (1e-9, 0.0);
    for (k, v) in a.kw() {
        match k {
            "rel_tol" => rel = to_float(vm, v)?,
            "abs_tol" => abs = to_float(vm, v)?,
            _ => return Err(PyErr::type_error(format!("isclose() got an unexpected keyword argument '{k}'"))),
        }
    }
    if rel < 0.0 || abs < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let d = (y - x).abs();
    Ok(Value::Bool((d <= (rel * y).abs()) || (d <= (rel * x).abs()) || d <= abs))
}

/// `math.fsum(iterable)`.
fn m_fsum(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = exactly(&a, "fsum", 1)?;
    let items = vm.collect(&p[0])?;
    let mut xs = Vec::with_capacity(items.len());
    for v in &items {
        xs.push(to_float(vm, v)?);
    }
    Ok(Value::Float(special::fsum(&xs)?))
}

/// `math.hypot(*coordinates)`.
fn m_hypot(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if a.has_kw() {
        return Err(PyErr::type_error("hypot() takes no keyword arguments"));
    }
    let mut xs = Vec::with_capacity(a.pos().len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for v in a.pos() {
        let x = to_float(vm, v)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        xs.push(x);
    }
    Ok(Value::Float(special::vector_norm(&mut xs, max, found_nan)))
}

/// The coordinates of a point argument of `dist` (a tuple or list).
fn point(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v.payload() {
        Some(Payload::Tuple(t)) => Ok(t.clone()),
        Some(Payload::List(l)) => Ok(l.borrow().clone()),
        _ => vm.collect(v),
    }
}

/// `math.dist(p, q)`.
fn m_dist(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = exactly(&a, "dist", 2)?;
    let (ps, qs) = (point(vm, &p[0])?, point(vm, &p[1])?);
    if ps.len() != qs.len() {
        return Err(PyErr::value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(ps.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for (x, y) in ps.iter().zip(&qs) {
        let d = (to_float(vm, x)? - to_float(vm, y)?).abs();
        found_nan |= d.is_nan();
        if d > max {
            max = d;
        }
        diffs.push(d);
    }
    Ok(Value::Float(special::vector_norm(&mut diffs, max, found_nan)))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("acos", m_acos),
    ("acosh", m_acosh),
    ("asin", m_asin),
    ("asinh", m_asinh),
    ("atan", m_atan),
    ("atan2", m_atan2),
    ("atanh", m_atanh),
    ("cbrt", m_cbrt),
    ("ceil", m_ceil),
    ("comb", integer::m_comb),
    ("copysign", m_copysign),
    ("cos", m_cos),
    ("cosh", m_cosh),
    ("degrees", m_degrees),
    ("dist", m_dist),
    ("erf", m_erf),
    ("erfc", m_erfc),
    ("exp", m_exp),
    ("exp2", m_exp2),
    ("expm1", m_expm1),
    ("fabs", m_fabs),
    ("factorial", integer::m_factorial),
    ("floor", m_floor),
    ("fmod", m_fmod),
    ("frexp", m_frexp),
    ("fsum", m_fsum),
    ("gamma", m_gamma),
    ("gcd", integer::m_gcd),
    ("hypot", m_hypot),
    ("isclose", m_isclose),
    ("isfinite", m_isfinite),
    ("isinf", m_isinf),
    ("isnan", m_isnan),
    ("isqrt", integer::m_isqrt),
    ("lcm", integer::m_lcm),
    ("ldexp", m_ldexp),
    ("lgamma", m_lgamma),
    ("log", m_log),
    ("log10", m_log10),
    ("log1p", m_log1p),
    ("log2", m_log2),
    ("modf", m_modf),
    ("nextafter", m_nextafter),
    ("perm", integer::m_perm),
    ("pow", m_pow),
    ("prod", integer::m_prod),
    ("radians", m_radians),
    ("remainder", m_remainder),
    ("sin", m_sin),
    ("sinh", m_sinh),
    ("sqrt", m_sqrt),
    ("tan", m_tan),
    ("tanh", m_tanh),
    ("trunc", m_trunc),
    ("ulp", m_ulp),
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
