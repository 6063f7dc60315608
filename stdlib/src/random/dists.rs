//! The real-valued distributions of `random.Random`, transcribed from
//! CPython 3.11's `random.py` so each draws the same `random()` values in
//! the same order and combines them with the same float operations.

use super::{this, Gen};
use crate::args::{or_none, Signature};
use garter_interp::code::{BINOP_ADD, BINOP_MUL, BINOP_SUB};
use garter_interp::errors::{PyErr, PyResult};
use garter_interp::objects::function::Args;
use garter_interp::objects::number;
use garter_interp::value::Value;
use garter_interp::vm::Vm;
use std::f64::consts::{E, PI, TAU};

/// `4 * exp(-0.5) / sqrt(2.0)`.
pub const NV_MAGICCONST: f64 = 1.715_527_769_921_413_5;

fn log4() -> f64 {
    4.0f64.ln()
}
fn sg_magicconst() -> f64 {
    1.0 + 4.5f64.ln()
}

/// A float parameter (an int, a float, or anything with `__float__`).
fn real(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(r) = number::to_f64(v) {
        return r;
    }
    if let Some(r) = vm.call_dunder(v, "__float__", &[])? {
        if let Some(f) = number::to_f64(&r) {
            return f;
        }
    }
    Err(PyErr::type_error(format!("must be real number, not {}", vm.type_name(v))))
}

/// Binds `args` by `sig`; missing optional parameters take `defaults`
/// (aligned with the end of `sig.names`).
fn floats(vm: &mut Vm, args: &Args<'_>, sig: &Signature, defaults: &[f64]) -> PyResult<(Gen, Vec<f64>)> {
    let g = this(vm, args, sig.qualname.trim_start_matches("Random."))?;
    let s = sig.bind(args)?;
    let first_default = sig.names.len() - defaults.len();
    let mut out = Vec::with_capacity(s.len());
    for (i, v) in s.iter().enumerate() {
        out.push(match v {
            Some(v) => real(vm, v)?,
            None => defaults[i - first_default],
        });
    }
    Ok((g, out))
}

fn division_by_zero() -> PyErr {
    PyErr::zero_division("float division by zero")
}

const UNIFORM: Signature = Signature { qualname: "Random.uniform", names: &["a", "b"], positional: 2, required: 2, method: true };

/// `Random.uniform(a, b)`: `a + (b - a) * self.random()`, with Python's
/// arithmetic (ints stay exact until mixed with the float).
pub fn uniform(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this(vm, &args, "uniform")?;
    let s = UNIFORM.bind(&args)?;
    let (a, b) = (or_none(s[0]), or_none(s[1]));
    if let (Some(af), Some(bf)) = (exact_f64(&a), exact_f64(&b)) {
        // `b - a` of two ints is exact before it meets the float.
        let width = match (&a, &b) {
            (Value::Int(x), Value::Int(y)) => (*y as i128 - *x as i128) as f64,
            _ => bf - af,
        };
        let r = g.random(vm)?;
        return Ok(Value::Float(af + width * r));
    }
    let d = vm.binary_op(b, a.clone(), BINOP_SUB)?;
    let r = g.random(vm)?;
    let p = vm.binary_op(d, Value::Float(r), BINOP_MUL)?;
    vm.binary_op(a, p, BINOP_ADD)
}

/// The value as a float when Python's mixed arithmetic would convert it
/// exactly (floats, and ints of at most 53 bits).
fn exact_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Int(i) if i.unsigned_abs() <= 1 << 53 => Some(*i as f64),
        _ => None,
    }
}

const TRIANGULAR: Signature =
    Signature { qualname: "Random.triangular", names: &["low", "high", "mode"], positional: 3, required: 0, method: true };

/// `Random.triangular(low=0.0, high=1.0, mode=None)`.
pub fn triangular(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this(vm, &args, "triangular")?;
    let s = TRIANGULAR.bind(&args)?;
    let low_v = s[0].cloned().unwrap_or(Value::Float(0.0));
    let mut low = real(vm, &low_v)?;
    let mut high = match s[1] {
        Some(v) => real(vm, v)?,
        None => 1.0,
    };
    let mode = match s[2] {
        Some(v) if !v.is_none() => Some(real(vm, v)?),
        _ => None,
    };
    let mut u = g.random(vm)?;
    let mut c = match mode {
        None => 0.5,
        Some(m) => {
            if high - low == 0.0 {
                return Ok(low_v);
            }
            (m - low) / (high - low)
        }
    };
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        std::mem::swap(&mut low, &mut high);
    }
    Ok(Value::Float(low + (high - low) * (u * c).sqrt()))
}

const NORMAL: Signature = Signature { qualname: "Random.normalvariate", names: &["mu", "sigma"], positional: 2, required: 0, method: true };

fn normal(vm: &mut Vm, g: &Gen, mu: f64, sigma: f64) -> PyResult<f64> {
    loop {
        let u1 = g.random(vm)?;
        let u2 = 1.0 - g.random(vm)?;
        let z = NV_MAGICCONST * (u1 - 0.5) / u2;
        let zz = z * z / 4.0;
        if zz <= -u2.ln() {
            return Ok(mu + z * sigma);
        }
    }
}

/// `Random.normalvariate(mu=0.0, sigma=1.0)`: Kinderman and Monahan.
pub fn normalvariate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (g, p) = floats(vm, &args, &NORMAL, &[0.0, 1.0])?;
    Ok(Value::Float(normal(vm, &g, p[0], p[1])?))
}

const LOGNORMAL: Signature = Signature { qualname: "Random.lognormvariate", names: &["mu", "sigma"], positional: 2, required: 2, method: true };

/// `Random.lognormvariate(mu, sigma)`: `exp(normalvariate(mu, sigma))`.
pub fn lognormvariate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (g, p) = floats(vm, &args, &LOGNORMAL, &[])?;
    let n = normal(vm, &g, p[0], p[1])?;
    let r = n.exp();
    if r.is_infinite() {
        return Err(PyErr::overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}

const GAUSS: Signature = Signature { qualname: "Random.gauss", names: &["mu", "sigma"], positional: 2, required: 0, method: true };

/// `Random.gauss(mu=0.0, sigma=1.0)`: Box-Muller, keeping the second value
/// for the next call.
pub fn gauss(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (g, p) = floats(vm, &args, &GAUSS, &[0.0, 1.0])?;
    let z = match g.obj().gauss_next.take() {
        Some(z) => z,
        None => {
            let x2pi = g.random(vm)? * TAU;
            let g2rad = (-2.0 * (1.0 - g.random(vm)?).ln()).sqrt();
            g.obj().gauss_next.set(Some(x2pi.sin() * g2rad));
            x2pi.cos() * g2rad
        }
    };
    Ok(Value::Float(p[0] + z * p[1]))
}

const EXPO: Signature = Signature { qualname: "Random.expovariate", names: &["lambd"], positional: 1, required: 1, method: true };

/// `Random.expovariate(lambd)`.
pub fn expovariate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (g, p) = floats(vm, &args, &EXPO, &[])?;
    let r = g.random(vm)?;
    if p[0] == 0.0 {
        return Err(division_by_zero());
    }
    Ok(Value::Float(-(1.0 - r).ln() / p[0]))
}

const VONMISES: Signature = Signature { qualname: "Random.vonmisesvariate", names: &["mu", "kappa"], positional: 2, required: 2, method: true };

/// `Random.vonmisesvariate(mu, kappa)`.
pub fn vonmisesvariate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (g, p) = floats(vm, &args, &VONMISES, &[])?;
    let (mu, kappa) = (p[0], p[1]);
    if kappa <= 1e-6 {
        return Ok(Value::Float(TAU * g.random(vm)?));
    }
    let s = 0.5 / kappa;
    let r = s + (1.0 + s * s).sqrt();
    let z = loop {
        let u1 = g.random(vm)?;
        let z = (PI * u1).cos();
        let d = z / (r + z);
        let u2 = g.random(vm)?;
        if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
            break z;
        }
    };
    let q = 1.0 / r;
    let f = (q + z) / (1.0 + q * z);
    let u3 = g.random(vm)?;
    let theta = if u3 > 0.5 { number::float_mod(mu + f.acos(), TAU) } else { number::float_mod(mu - f.acos(), TAU) };
    Ok(Value::Float(theta))
}

fn gamma(vm: &mut Vm, g: &Gen, alpha: f64, beta: f64) -> PyResult<f64> {
    if alpha <= 0.0 || beta <= 0.0 {
        return Err(PyErr::value_error("gammavariate: alpha and beta must be > 0.0"));
    }
    if alpha > 1.0 {
        let ainv = (2.0 * alpha - 1.0).sqrt();
        let bbb = alpha - log4();
        let ccc = alpha + ainv;
        loop {
            let u1 = g.random(vm)?;
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - g.random(vm)?;
            let v = (u1 / (1.0 - u1)).ln() / ainv;
            let x = alpha * v.exp();
            let z = u1 * u1 * u2;
            let r = bbb + ccc * v - x;
            if r + sg_magicconst() - 4.5 * z >= 0.0 || r >= z.ln() {
                return Ok(x * beta);
            }
        }
    } else if alpha == 1.0 {
        Ok(-(1.0 - g.random(vm)?).ln() * beta)
    } else {
        let x = loop {
            let u = g.random(vm)?;
            let b = (E + alpha) / E;
            let p = b * u;
            let x = if p <= 1.0 { p.powf(1.0 / alpha) } else { -((b - p) / alpha).ln() };
            let u1 = g.random(vm)?;
            if p > 1.0 {
                if u1 <= x.powf(alpha - 1.0) {
                    break x;
                }
            } else if u1 <= (-x).exp() {
                break x;
            }
        };
        Ok(x * beta)
    }
}

const GAMMA: Signature = Signature { qualname: "Random.gammavariate", names: &["alpha", "beta"], positional: 2, required: 2, method: true };

/// `Random.gammavariate(alpha, beta)`.
pub fn gammavariate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (g, p) = floats(vm, &args, &GAMMA, &[])?;
    Ok(Value::Float(gamma(vm, &g, p[0], p[1])?))
}

const BETA: Signature = Signature { qualname: "Random.betavariate", names: &["alpha", "beta"], positional: 2, required: 2, method: true };

/// `Random.betavariate(alpha, beta)`: from two gamma draws.
pub fn betavariate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (g, p) = floats(vm, &args, &BETA, &[])?;
    let y = gamma(vm, &g, p[0], 1.0)?;
    if y != 0.0 {
        let other = gamma(vm, &g, p[1], 1.0)?;
        return Ok(Value::Float(y / (y + other)));
    }
    Ok(Value::Float(0.0))
}

const PARETO: Signature = Signature { qualname: "Random.paretovariate", names: &["alpha"], positional: 1, required: 1, method: true };

/// `Random.paretovariate(alpha)`.
pub fn paretovariate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (g, p) = floats(vm, &args, &PARETO, &[])?;
    let u = 1.0 - g.random(vm)?;
    if p[0] == 0.0 {
        return Err(division_by_zero());
    }
    Ok(Value::Float(u.powf(-1.0 / p[0])))
}

const WEIBULL: Signature = Signature { qualname: "Random.weibullvariate", names: &["alpha", "beta"], positional: 2, required: 2, method: true };

/// `Random.weibullvariate(alpha, beta)`.
pub fn weibullvariate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (g, p) = floats(vm, &args, &WEIBULL, &[])?;
    let u = 1.0 - g.random(vm)?;
    if p[1] == 0.0 {
        return Err(division_by_zero());
    }
    Ok(Value::Float(p[0] * (-u.ln()).powf(1.0 / p[1])))
}
