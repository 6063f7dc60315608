//! The integer functions of `math`: `gcd`, `lcm`, `isqrt`, `comb`, `perm`,
//! `factorial`, and `prod` (which multiplies anything with `*`).

use garter_interp::code::BINOP_MUL;
use garter_interp::errors::{PyErr, PyResult};
use garter_interp::objects::function::Args;
use garter_interp::objects::number;
use garter_interp::value::Value;
use garter_interp::vm::Vm;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

/// An integer argument through `__index__`; floats are refused with
/// `'float' object cannot be interpreted as an integer`.
pub fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = number::to_bigint(v) {
        return Ok(b);
    }
    if !matches!(v, Value::Float(_)) {
        if let Some(r) = vm.call_dunder(v, "__index__", &[])? {
            if let Some(b) = number::to_bigint(&r) {
                return Ok(b);
            }
        }
    }
    Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))))
}

/// `math.gcd(*integers)`.
pub fn m_gcd(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let mut acc = BigInt::zero();
    for v in a.pos() {
        let b = int_arg(vm, v)?;
        acc = acc.gcd(&b);
    }
    Ok(Value::from_bigint(acc))
}

/// `math.lcm(*integers)`.
pub fn m_lcm(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let mut acc = BigInt::one();
    for v in a.pos() {
        let b = int_arg(vm, v)?;
        if acc.is_zero() || b.is_zero() {
            acc = BigInt::zero();
            continue;
        }
        acc = acc.lcm(&b).abs();
    }
    Ok(Value::from_bigint(acc))
}

/// `math.isqrt(n)`.
pub fn m_isqrt(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let v = one_arg(&a, "isqrt")?;
    let n = int_arg(vm, &v)?;
    if n.is_negative() {
        return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

fn one_arg(a: &Args<'_>, fname: &str) -> PyResult<Value> {
    if a.has_kw() {
        return Err(PyErr::type_error(format!("math.{fname}() takes no keyword arguments")));
    }
    match a.pos() {
        [v] => Ok(v.clone()),
        p => Err(PyErr::type_error(format!("math.{fname}() takes exactly one argument ({} given)", p.len()))),
    }
}

/// The product `lo * (lo+1) * ... * hi` (empty: 1), by halves.
fn range_product(lo: &BigInt, hi: &BigInt) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    let span = hi - lo;
    if span < BigInt::from(16) {
        let mut acc = lo.clone();
        let mut i = lo + 1;
        while &i <= hi {
            acc *= &i;
            i += 1;
        }
        return acc;
    }
    let mid: BigInt = (lo + hi) >> 1;
    range_product(lo, &mid) * range_product(&(mid + 1), hi)
}

fn non_negative(vm: &mut Vm, v: &Value, what: &str) -> PyResult<BigInt> {
    let n = int_arg(vm, v)?;
    if n.is_negative() {
        return Err(PyErr::value_error(format!("{what} must be a non-negative integer")));
    }
    Ok(n)
}

/// `math.comb(n, k)`.
pub fn m_comb(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() != 2 || a.has_kw() {
        return Err(PyErr::type_error(format!("comb expected 2 arguments, got {}", a.values.len())));
    }
    let n = non_negative(vm, &p[0], "n")?;
    let k = non_negative(vm, &p[1], "k")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let num = range_product(&(&n - &k + 1), &n);
    let den = range_product(&BigInt::one(), &k);
    Ok(Value::from_bigint(num / den))
}

/// `math.perm(n, k=None)`.
pub fn m_perm(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.is_empty() || p.len() > 2 || a.has_kw() {
        return Err(PyErr::type_error(format!("perm expected at most 2 arguments, got {}", a.values.len())));
    }
    let n = non_negative(vm, &p[0], "n")?;
    let k = match p.get(1) {
        None | Some(Value::None) => n.clone(),
        Some(v) => non_negative(vm, v, "k")?,
    };
    if k > n {
        return Ok(Value::Int(0));
    }
    Ok(Value::from_bigint(range_product(&(&n - &k + 1), &n)))
}

/// `math.factorial(n)`.
pub fn m_factorial(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let v = one_arg(&a, "factorial")?;
    let n = int_arg(vm, &v)?;
    if n.is_negative() {
        return Err(PyErr::value_error("factorial() not defined for negative values"));
    }
    if n.bits() > 63 {
        return Err(PyErr::overflow_error("factorial() argument should not exceed 9223372036854775807"));
    }
    Ok(Value::from_bigint(range_product(&BigInt::one(), &n)))
}

/// `math.prod(iterable, *, start=1)`.
pub fn m_prod(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() != 1 {
        return Err(PyErr::type_error(format!("prod() takes exactly 1 positional argument ({} given)", p.len())));
    }
    let mut start = Value::Int(1);
    for (k, v) in a.kw() {
        if k != "start" {
            return Err(PyErr::type_error(format!("prod() got an unexpected keyword argument '{k}'")));
        }
        start = v.clone();
    }
    let items = vm.collect(&p[0])?;
    let mut acc = start;
    for it in items {
        acc = vm.binary_op(acc, it, BINOP_MUL)?;
    }
    Ok(acc)
}
