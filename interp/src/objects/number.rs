//! Numbers: `int` (inline `i64` or `BigInt`), `bool` (an int subclass),
//! `float` and `complex` — arithmetic, comparison, hashing, rounding and
//! conversion from strings, as CPython 3.11's `longobject.c`,
//! `floatobject.c` and `complexobject.c` do them.
//!
//! Everything here is pure: no VM, no Python code called back. Functions
//! returning `Option` give `None` when an operand is not a number, so the
//! VM can go on to dunder methods and sequences; they give `Some(Err(..))`
//! for numbers that do not support the operation (`1.5 << 1`), with
//! CPython's `TypeError`.
//!
//! Invariants:
//! - an int that fits an `i64` is always `Value::Int` (results go through
//!   `Value::from_bigint`); a `Payload::BigInt` never fits an `i64`.
//! - the `i64` paths never panic: `i64::MIN / -1`, `abs(i64::MIN)`, shifts
//!   of 64 and more all overflow into `BigInt`.
//! - int → float conversion is correctly rounded (ties to even), and int
//!   `/` int is the correctly rounded quotient, as CPython's
//!   `long_true_divide`.
//! - hashes are CPython's: reduction modulo 2**61 - 1, so that
//!   `hash(1) == hash(1.0) == hash(True) == hash(1+0j)`.

use crate::code::*;
use crate::errors::{ExcKind, PyErr, PyResult};
use crate::value::{Payload, Value};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;
use std::sync::atomic::{AtomicUsize, Ordering as AtomicOrdering};

// ---------------------------------------------------------------------------
// Views of numeric values
// ---------------------------------------------------------------------------

/// A borrowed view of a numeric value (bool counts as an int).
#[derive(Clone, Copy, Debug)]
pub enum Num<'a> {
    Int(i64),
    Big(&'a BigInt),
    Float(f64),
    Complex(f64, f64),
}

/// A borrowed view of an integer value.
#[derive(Clone, Copy, Debug)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    pub fn to_bigint(self) -> BigInt {
        match self {
            IntRef::Small(i) => BigInt::from(i),
            IntRef::Big(b) => b.clone(),
        }
    }
    pub fn is_negative(self) -> bool {
        match self {
            IntRef::Small(i) => i < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }
    pub fn is_zero(self) -> bool {
        matches!(self, IntRef::Small(0))
    }
}

/// The numeric view of `v`, if it is a number.
#[inline]
pub fn as_num(v: &Value) -> Option<Num<'_>> {
    match v {
        Value::Int(i) => Some(Num::Int(*i)),
        Value::Bool(b) => Some(Num::Int(*b as i64)),
        Value::Float(f) => Some(Num::Float(*f)),
        Value::Obj(o) => match o.payload() {
            Payload::BigInt(b) => Some(Num::Big(b)),
            Payload::Complex(re, im) => Some(Num::Complex(*re, *im)),
            _ => None,
        },
        _ => None,
    }
}

/// The integer view of `v`, if it is an int or a bool.
#[inline]
pub fn as_int(v: &Value) -> Option<IntRef<'_>> {
    match v {
        Value::Int(i) => Some(IntRef::Small(*i)),
        Value::Bool(b) => Some(IntRef::Small(*b as i64)),
        Value::Obj(o) => match o.payload() {
            Payload::BigInt(b) => Some(IntRef::Big(b)),
            _ => None,
        },
        _ => None,
    }
}

/// Is `v` an int, bool, float or complex?
#[inline]
pub fn is_number(v: &Value) -> bool {
    as_num(v).is_some()
}

/// Is `v` an int or a bool?
#[inline]
pub fn is_int(v: &Value) -> bool {
    as_int(v).is_some()
}

/// The Python type name of a number (for messages).
pub fn num_type_name(v: &Value) -> &'static str {
    match v {
        Value::Bool(_) => "bool",
        Value::Int(_) => "int",
        Value::Float(_) => "float",
        Value::Obj(o) => match o.payload() {
            Payload::BigInt(_) => "int",
            Payload::Complex(..) => "complex",
            _ => "object",
        },
        _ => "object",
    }
}

/// The operator's symbol, for `unsupported operand type(s) for <<: ...`.
pub fn binop_symbol(op: u32) -> &'static str {
    match op & !INPLACE_FLAG {
        BINOP_ADD => "+",
        BINOP_SUB => "-",
        BINOP_MUL => "*",
        BINOP_MATMUL => "@",
        BINOP_TRUEDIV => "/",
        BINOP_MOD => "%",
        BINOP_POW => "** or pow()",
        BINOP_LSHIFT => "<<",
        BINOP_RSHIFT => ">>",
        BINOP_OR => "|",
        BINOP_XOR => "^",
        BINOP_AND => "&",
        BINOP_FLOORDIV => "//",
        _ => "?",
    }
}

fn unsupported(op: u32, a: &Value, b: &Value) -> PyErr {
    let mut symbol = binop_symbol(op).to_string();
    if op & INPLACE_FLAG != 0 {
        symbol.push('=');
    }
    crate::errors::unsupported_binop(&symbol, num_type_name(a), num_type_name(b))
}

// ---------------------------------------------------------------------------
// Limits and error messages
// ---------------------------------------------------------------------------

/// Results estimated above this many bits raise `MemoryError` instead of
/// trying to allocate (CPython would try, and fail the same way, later).
const MAX_RESULT_BITS: u64 = 1 << 34;

/// `sys.get_int_max_str_digits()`: 4300 by default, 0 for no limit.
static INT_MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(4300);

/// `sys.int_info.str_digits_check_threshold`.
pub const INT_STR_DIGITS_THRESHOLD: usize = 640;

pub fn int_max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.load(AtomicOrdering::Relaxed)
}

/// `sys.set_int_max_str_digits(n)`: `ValueError: maxdigits must be 0 or
/// larger than 640`.
pub fn set_int_max_str_digits(n: i64) -> PyResult<()> {
    if n != 0 && n < INT_STR_DIGITS_THRESHOLD as i64 {
        return Err(PyErr::value_error(format!("maxdigits must be 0 or larger than {INT_STR_DIGITS_THRESHOLD}")));
    }
    INT_MAX_STR_DIGITS.store(n as usize, AtomicOrdering::Relaxed);
    Ok(())
}

fn memory_error() -> PyErr {
    PyErr::new(ExcKind::MemoryError, "")
}

/// `OverflowError: int too large to convert to float`
pub fn int_too_large_for_float() -> PyErr {
    PyErr::overflow_error("int too large to convert to float")
}

/// `OverflowError: (34, 'Numerical result out of range')`, as libm's
/// ERANGE surfaces in CPython's float `**`.
fn erange() -> PyErr {
    PyErr::overflow_error("(34, 'Numerical result out of range')")
}

fn zero_pow_negative() -> PyErr {
    PyErr::zero_division("0.0 cannot be raised to a negative power")
}

// ---------------------------------------------------------------------------
// Conversions
// ---------------------------------------------------------------------------

/// A `BigInt` as the nearest float (ties to even); `OverflowError` when
/// too large.
pub fn bigint_to_f64(b: &BigInt) -> PyResult<f64> {
    let bits = b.bits();
    let mag = b.magnitude();
    let f = if bits <= 64 {
        mag.to_u64().unwrap_or(0) as f64
    } else {
        if bits > 1025 {
            return Err(int_too_large_for_float());
        }
        let shift = bits - 64;
        let mut top = (mag >> shift).to_u64().unwrap_or(u64::MAX);
        // A sticky bit for whatever was shifted out: 64 bits leave 11
        // guard bits below the 53 kept, so one sticky bit rounds right.
        if mag.trailing_zeros().unwrap_or(0) < shift {
            top |= 1;
        }
        scaled_to_f64(top, shift as i64)
    };
    if f.is_infinite() {
        return Err(int_too_large_for_float());
    }
    Ok(if b.is_negative() { -f } else { f })
}

/// An int as a float; `OverflowError` when too large.
#[inline]
pub fn int_to_f64(i: IntRef<'_>) -> PyResult<f64> {
    match i {
        IntRef::Small(x) => Ok(x as f64),
        IntRef::Big(b) => bigint_to_f64(b),
    }
}

/// `q * 2**shift` as the nearest float (ties to even; `q`'s lowest bit
/// may be a sticky bit standing for discarded lower bits, which is right
/// as long as at least two bits are dropped — the callers keep 55 or
/// more bits, or drop exactly two below the subnormal grid). Infinity on
/// overflow.
pub fn scaled_to_f64(q: u64, shift: i64) -> f64 {
    if q == 0 {
        return 0.0;
    }
    let nbits = 64 - q.leading_zeros() as i64;
    // Bits to drop: down to 53 significant bits, or to the 2**-1074 grid.
    let drop = (nbits - 53).max(-1074 - shift);
    let (mut m, mut e) = (q, shift);
    if drop > 0 {
        if drop >= 64 {
            return 0.0;
        }
        let rest = m & ((1u64 << drop) - 1);
        let half = 1u64 << (drop - 1);
        m >>= drop;
        e += drop;
        if rest > half || (rest == half && m & 1 == 1) {
            m += 1;
        }
        if m == 1 << 53 {
            m >>= 1;
            e += 1;
        }
    }
    // Normalise to 53 bits unless already at the bottom of the range.
    while m < 1 << 52 && e > -1074 {
        m <<= 1;
        e -= 1;
    }
    if m < 1 << 52 {
        return f64::from_bits(m); // subnormal, e == -1074
    }
    let biased = e + 52 + 1023;
    if biased >= 2047 {
        return f64::INFINITY;
    }
    f64::from_bits(((biased as u64) << 52) | (m - (1 << 52)))
}

/// `(mantissa, exponent)` with `f == mantissa * 2**exponent` for finite
/// `f`; mantissa is a signed integer below 2**53 in magnitude.
pub fn decompose(f: f64) -> (i64, i32) {
    let bits = f.to_bits();
    let sign = if bits >> 63 == 1 { -1 } else { 1 };
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = (bits & ((1u64 << 52) - 1)) as i64;
    if exp == 0 {
        (sign * frac, -1074)
    } else {
        (sign * (frac | (1i64 << 52)), exp - 1075)
    }
}

/// The exact integer value of an integral finite float.
fn integral_f64_to_bigint(f: f64) -> BigInt {
    let (m, e) = decompose(f);
    let m = BigInt::from(m);
    if e >= 0 {
        m << e as usize
    } else {
        // Only reached for |f| < 2**53 with e < 0: exact because f is integral.
        let r: BigInt = m.abs() >> (-e) as usize;
        if f < 0.0 {
            -r
        } else {
            r
        }
    }
}

/// 2**63 as a float: the floats in `[-2**63, 2**63)` convert to i64.
const TWO_POW_63: f64 = (1u64 << 63) as f64;

/// `int(f)`: truncation toward zero.
/// `ValueError: cannot convert float NaN to integer`,
/// `OverflowError: cannot convert float infinity to integer`.
pub fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(PyErr::overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if (-TWO_POW_63..TWO_POW_63).contains(&t) {
        return Ok(Value::Int(t as i64));
    }
    Ok(Value::from_bigint(integral_f64_to_bigint(t)))
}

/// `float(v)` for real numbers: `None` for non-numbers and complex.
#[inline]
pub fn to_f64(v: &Value) -> Option<PyResult<f64>> {
    match v {
        Value::Float(f) => Some(Ok(*f)),
        Value::Int(i) => Some(Ok(*i as f64)),
        Value::Bool(b) => Some(Ok(*b as i64 as f64)),
        Value::Obj(o) => match o.payload() {
            Payload::BigInt(b) => Some(bigint_to_f64(b)),
            _ => None,
        },
        _ => None,
    }
}

/// The number as a complex `(re, im)`; `None` for non-numbers.
fn to_complex(n: Num<'_>) -> PyResult<(f64, f64)> {
    Ok(match n {
        Num::Int(i) => (i as f64, 0.0),
        Num::Big(b) => (bigint_to_f64(b)?, 0.0),
        Num::Float(f) => (f, 0.0),
        Num::Complex(re, im) => (re, im),
    })
}

/// Truth value of a number (`None` for non-numbers).
#[inline]
pub fn int_truthy(v: &Value) -> Option<bool> {
    match v {
        Value::Int(i) => Some(*i != 0),
        Value::Bool(b) => Some(*b),
        Value::Float(f) => Some(*f != 0.0),
        Value::Obj(o) => match o.payload() {
            Payload::BigInt(b) => Some(!b.is_zero()),
            Payload::Complex(re, im) => Some(*re != 0.0 || *im != 0.0),
            _ => None,
        },
        _ => None,
    }
}

/// Same as `int_truthy`: the truth value of any number.
#[inline]
pub fn num_truthy(v: &Value) -> Option<bool> {
    int_truthy(v)
}

/// An integer's value as `i64`, if it is an int that fits.
#[inline]
pub fn to_i64(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

/// An int as a `BigInt` (`None` for non-ints).
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    as_int(v).map(IntRef::to_bigint)
}

// ---------------------------------------------------------------------------
// Binary operators
// ---------------------------------------------------------------------------

/// `a <op> b` for numbers; `op` is a `BINOP_*` value (an `INPLACE_FLAG`
/// only changes the operator symbol in messages). `None` when either
/// operand is not a number.
#[inline]
pub fn binary_op(a: &Value, b: &Value, op: u32) -> Option<PyResult<Value>> {
    // Fast paths: the inline kinds.
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => return Some(int_op_small(*x, *y, op & !INPLACE_FLAG)),
        (Value::Float(x), Value::Float(y)) => {
            if let Some(r) = float_op(*x, *y, op & !INPLACE_FLAG) {
                return Some(r);
            }
            return Some(Err(unsupported(op, a, b)));
        }
        // Mixed int/float: an i64 converts to the nearest float, as
        // CPython's `PyLong_AsDouble` does.
        (Value::Int(x), Value::Float(y)) => {
            if let Some(r) = float_op(*x as f64, *y, op & !INPLACE_FLAG) {
                return Some(r);
            }
        }
        (Value::Float(x), Value::Int(y)) => {
            if let Some(r) = float_op(*x, *y as f64, op & !INPLACE_FLAG) {
                return Some(r);
            }
        }
        _ => {}
    }
    binary_op_slow(a, b, op)
}

#[inline(never)]
fn binary_op_slow(a: &Value, b: &Value, op: u32) -> Option<PyResult<Value>> {
    let x = as_num(a)?;
    let y = as_num(b)?;
    let base_op = op & !INPLACE_FLAG;
    // bool & bool, bool | bool, bool ^ bool stay bool.
    if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
        match base_op {
            BINOP_AND => return Some(Ok(Value::Bool(*p & *q))),
            BINOP_OR => return Some(Ok(Value::Bool(*p | *q))),
            BINOP_XOR => return Some(Ok(Value::Bool(*p ^ *q))),
            _ => {}
        }
    }
    let r = match (x, y) {
        (Num::Complex(..), _) | (_, Num::Complex(..)) => {
            let l = match to_complex(x) {
                Ok(c) => c,
                Err(e) => return Some(Err(e)),
            };
            let r = match to_complex(y) {
                Ok(c) => c,
                Err(e) => return Some(Err(e)),
            };
            match complex_op(l, r, base_op) {
                Some(r) => r,
                None => Err(unsupported(op, a, b)),
            }
        }
        (Num::Float(_), _) | (_, Num::Float(_)) => {
            // Float with int: bitwise and shifts are not float operations.
            if matches!(base_op, BINOP_LSHIFT | BINOP_RSHIFT | BINOP_AND | BINOP_OR | BINOP_XOR | BINOP_MATMUL) {
                return Some(Err(unsupported(op, a, b)));
            }
            let l = match num_to_f64(x) {
                Ok(f) => f,
                Err(e) => return Some(Err(e)),
            };
            let r = match num_to_f64(y) {
                Ok(f) => f,
                Err(e) => return Some(Err(e)),
            };
            match float_op(l, r, base_op) {
                Some(r) => r,
                None => Err(unsupported(op, a, b)),
            }
        }
        (Num::Int(l), Num::Int(r)) => int_op_small(l, r, base_op),
        _ => {
            let l = num_int(x);
            let r = num_int(y);
            if base_op == BINOP_MATMUL {
                Err(unsupported(op, a, b))
            } else {
                int_op_big(l, r, base_op)
            }
        }
    };
    Some(r)
}

fn num_to_f64(n: Num<'_>) -> PyResult<f64> {
    match n {
        Num::Int(i) => Ok(i as f64),
        Num::Big(b) => bigint_to_f64(b),
        Num::Float(f) => Ok(f),
        Num::Complex(re, _) => Ok(re),
    }
}

fn num_int(n: Num<'_>) -> IntRef<'_> {
    match n {
        Num::Int(i) => IntRef::Small(i),
        Num::Big(b) => IntRef::Big(b),
        // Callers only pass ints.
        Num::Float(_) | Num::Complex(..) => IntRef::Small(0),
    }
}

/// int `op` int for two `i64`s; overflow moves to `BigInt`.
#[inline]
fn int_op_small(a: i64, b: i64, op: u32) -> PyResult<Value> {
    match op {
        BINOP_ADD => Ok(match a.checked_add(b) {
            Some(r) => Value::Int(r),
            None => Value::from_bigint(BigInt::from(a) + b),
        }),
        BINOP_SUB => Ok(match a.checked_sub(b) {
            Some(r) => Value::Int(r),
            None => Value::from_bigint(BigInt::from(a) - b),
        }),
        BINOP_MUL => Ok(match a.checked_mul(b) {
            Some(r) => Value::Int(r),
            None => Value::from_bigint(BigInt::from(a) * b),
        }),
        BINOP_FLOORDIV => {
            if b == 0 {
                return Err(PyErr::zero_division("integer division or modulo by zero"));
            }
            Ok(match floordiv_i64(a, b) {
                Some(q) => Value::Int(q),
                None => Value::from_bigint(-BigInt::from(a)),
            })
        }
        BINOP_MOD => {
            if b == 0 {
                return Err(PyErr::zero_division("integer modulo by zero"));
            }
            Ok(Value::Int(mod_i64(a, b)))
        }
        BINOP_TRUEDIV => {
            if b == 0 {
                return Err(crate::errors::division_by_zero());
            }
            const EXACT: u64 = 1 << 53;
            if a.unsigned_abs() <= EXACT && b.unsigned_abs() <= EXACT {
                Ok(Value::Float(a as f64 / b as f64))
            } else {
                int_true_divide(&BigInt::from(a), &BigInt::from(b)).map(Value::Float)
            }
        }
        BINOP_POW => int_pow(IntRef::Small(a), IntRef::Small(b)),
        BINOP_LSHIFT => {
            if b < 0 {
                return Err(PyErr::value_error("negative shift count"));
            }
            if a == 0 {
                return Ok(Value::Int(0));
            }
            if b < 64 {
                let r = a << b;
                if r >> b == a {
                    return Ok(Value::Int(r));
                }
            }
            shift_left_big(BigInt::from(a), b as u64)
        }
        BINOP_RSHIFT => {
            if b < 0 {
                return Err(PyErr::value_error("negative shift count"));
            }
            Ok(Value::Int(if b >= 64 {
                if a < 0 {
                    -1
                } else {
                    0
                }
            } else {
                a >> b
            }))
        }
        BINOP_AND => Ok(Value::Int(a & b)),
        BINOP_OR => Ok(Value::Int(a | b)),
        BINOP_XOR => Ok(Value::Int(a ^ b)),
        _ => Err(crate::errors::unsupported_binop(binop_symbol(op), "int", "int")),
    }
}

/// Floor division of i64s; `None` only for `i64::MIN // -1`.
#[inline]
fn floordiv_i64(a: i64, b: i64) -> Option<i64> {
    let q = a.checked_div(b)?;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

/// Python's `%` for i64s (result has the divisor's sign); `b != 0`.
#[inline]
fn mod_i64(a: i64, b: i64) -> i64 {
    if b == -1 {
        return 0;
    }
    let r = a % b;
    if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    }
}

fn shift_left_big(a: BigInt, count: u64) -> PyResult<Value> {
    if a.is_zero() {
        return Ok(Value::Int(0));
    }
    if count.saturating_add(a.bits()) > MAX_RESULT_BITS {
        return Err(memory_error());
    }
    Ok(Value::from_bigint(a << count as usize))
}

/// int `op` int where at least one is big.
fn int_op_big(a: IntRef<'_>, b: IntRef<'_>, op: u32) -> PyResult<Value> {
    match op {
        BINOP_POW => return int_pow(a, b),
        BINOP_LSHIFT | BINOP_RSHIFT => {
            if b.is_negative() {
                return Err(PyErr::value_error("negative shift count"));
            }
            let x = a.to_bigint();
            let count = match b {
                IntRef::Small(c) => Some(c as u64),
                IntRef::Big(c) => c.to_u64(),
            };
            return if op == BINOP_LSHIFT {
                match count {
                    Some(c) => shift_left_big(x, c),
                    None if x.is_zero() => Ok(Value::Int(0)),
                    None => Err(memory_error()),
                }
            } else {
                match count {
                    Some(c) if c < x.bits() + 1 => Ok(Value::from_bigint(floor_shr(&x, c))),
                    _ => Ok(Value::Int(if x.is_negative() { -1 } else { 0 })),
                }
            };
        }
        _ => {}
    }
    let x = a.to_bigint();
    let y = b.to_bigint();
    let r = match op {
        BINOP_ADD => x + y,
        BINOP_SUB => x - y,
        BINOP_MUL => {
            if x.bits().saturating_add(y.bits()) > MAX_RESULT_BITS {
                return Err(memory_error());
            }
            x * y
        }
        BINOP_FLOORDIV => {
            if y.is_zero() {
                return Err(PyErr::zero_division("integer division or modulo by zero"));
            }
            x.div_floor(&y)
        }
        BINOP_MOD => {
            if y.is_zero() {
                return Err(PyErr::zero_division("integer modulo by zero"));
            }
            x.mod_floor(&y)
        }
        BINOP_TRUEDIV => {
            if y.is_zero() {
                return Err(crate::errors::division_by_zero());
            }
            return int_true_divide(&x, &y).map(Value::Float);
        }
        BINOP_AND => x & y,
        BINOP_OR => x | y,
        BINOP_XOR => x ^ y,
        _ => return Err(crate::errors::unsupported_binop(binop_symbol(op), "int", "int")),
    };
    Ok(Value::from_bigint(r))
}

/// `x >> count` rounding toward negative infinity.
fn floor_shr(x: &BigInt, count: u64) -> BigInt {
    if x.is_negative() {
        // -((-x - 1) >> c) - 1
        let m: BigInt = -x - 1u32;
        -(m >> count as usize) - 1u32
    } else {
        x >> count as usize
    }
}

/// `a / b` for ints, correctly rounded (as CPython's `long_true_divide`).
/// `b` must be non-zero.
pub fn int_true_divide(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    let negative = a.is_negative() != b.is_negative();
    if a.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    let (na, nb) = (a.bits() as i64, b.bits() as i64);
    let (ma, mb) = (a.magnitude(), b.magnitude());
    // The quotient lies in [2**(na-nb-1), 2**(na-nb+1)).
    let diff = na - nb;
    if diff > 1025 {
        return Err(PyErr::overflow_error("integer division result too large for a float"));
    }
    if diff < -1080 {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    // Keep 55 or 56 quotient bits (53 + guard bits), or fewer when the
    // result is subnormal (its last bit is 2**-1074).
    let shift = (diff - 55).max(-1074 - 2);
    let (num, den) = if shift < 0 { (ma << (-shift) as usize, mb.clone()) } else { (ma.clone(), mb << shift as usize) };
    let (q, r) = num.div_rem(&den);
    let mut q = q.to_u64().unwrap_or(u64::MAX);
    if !r.is_zero() {
        q |= 1;
    }
    let f = scaled_to_f64(q, shift);
    if f.is_infinite() {
        return Err(PyErr::overflow_error("integer division result too large for a float"));
    }
    Ok(if negative { -f } else { f })
}

/// `a ** b` for ints: a negative exponent gives a float.
fn int_pow(a: IntRef<'_>, b: IntRef<'_>) -> PyResult<Value> {
    if b.is_negative() {
        let x = int_to_f64(a)?;
        let y = int_to_f64(b)?;
        return float_pow(x, y);
    }
    // Small exponent, small base: repeated squaring with overflow checks.
    if let (IntRef::Small(base), IntRef::Small(exp)) = (a, b) {
        if let Some(r) = pow_i64(base, exp as u64) {
            return Ok(Value::Int(r));
        }
    }
    let base = a.to_bigint();
    // Bases whose powers stay small whatever the exponent.
    if base.is_zero() {
        return Ok(Value::Int(if b.is_zero() { 1 } else { 0 }));
    }
    if base.is_one() {
        return Ok(Value::Int(1));
    }
    if base == BigInt::from(-1) {
        let odd = match b {
            IntRef::Small(e) => e & 1 == 1,
            IntRef::Big(e) => e.is_odd(),
        };
        return Ok(Value::Int(if odd { -1 } else { 1 }));
    }
    let exp = match b {
        IntRef::Small(e) => e as u64,
        IntRef::Big(_) => return Err(memory_error()),
    };
    if (base.bits() - 1).saturating_mul(exp) > MAX_RESULT_BITS {
        return Err(memory_error());
    }
    let exp32 = match u32::try_from(exp) {
        Ok(e) => e,
        Err(_) => return Err(memory_error()),
    };
    Ok(Value::from_bigint(num_traits::Pow::pow(base, exp32)))
}

/// `base ** exp` in i64, `None` on overflow.
#[inline]
fn pow_i64(mut base: i64, mut exp: u64) -> Option<i64> {
    let mut acc: i64 = 1;
    while exp > 0 {
        if exp & 1 == 1 {
            acc = acc.checked_mul(base)?;
        }
        exp >>= 1;
        if exp > 0 {
            base = base.checked_mul(base)?;
        }
    }
    Some(acc)
}

/// float `op` float (`None` for operators floats lack).
#[inline]
fn float_op(a: f64, b: f64, op: u32) -> Option<PyResult<Value>> {
    Some(match op {
        BINOP_ADD => Ok(Value::Float(a + b)),
        BINOP_SUB => Ok(Value::Float(a - b)),
        BINOP_MUL => Ok(Value::Float(a * b)),
        BINOP_TRUEDIV => {
            if b == 0.0 {
                Err(PyErr::zero_division("float division by zero"))
            } else {
                Ok(Value::Float(a / b))
            }
        }
        BINOP_FLOORDIV => {
            if b == 0.0 {
                Err(PyErr::zero_division("float floor division by zero"))
            } else {
                Ok(Value::Float(float_divmod(a, b).0))
            }
        }
        BINOP_MOD => {
            if b == 0.0 {
                Err(PyErr::zero_division("float modulo"))
            } else {
                Ok(Value::Float(float_mod(a, b)))
            }
        }
        BINOP_POW => float_pow(a, b),
        _ => return None,
    })
}

/// CPython's `float_rem`: `b != 0`.
#[inline]
pub fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0.0f64.copysign(b)
    }
}

/// CPython's `float_divmod`: `(a // b, a % b)`, `b != 0`.
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

fn is_odd_integer(x: f64) -> bool {
    // As CPython's DOUBLE_IS_ODD_INTEGER.
    x.is_finite() && (x % 2.0).abs() == 1.0
}

/// CPython's `float_pow`: a negative base with a fractional exponent
/// gives a complex result.
pub fn float_pow(iv: f64, iw: f64) -> PyResult<Value> {
    if iw == 0.0 {
        return Ok(Value::Float(1.0));
    }
    if iv.is_nan() {
        return Ok(Value::Float(iv));
    }
    if iw.is_nan() {
        return Ok(Value::Float(if iv == 1.0 { 1.0 } else { iw }));
    }
    if iw.is_infinite() {
        let v = iv.abs();
        return Ok(Value::Float(if v == 1.0 {
            1.0
        } else if (iw > 0.0) == (v > 1.0) {
            iw.abs()
        } else {
            0.0
        }));
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(Value::Float(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        }));
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(zero_pow_negative());
        }
        return Ok(Value::Float(if is_odd_integer(iw) { iv } else { 0.0 }));
    }
    let mut base = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return complex_pow((iv, 0.0), (iw, 0.0)).map(|(re, im)| Value::new_complex(re, im));
        }
        base = -iv;
        negate = is_odd_integer(iw);
    }
    if base == 1.0 {
        return Ok(Value::Float(if negate { -1.0 } else { 1.0 }));
    }
    let r = base.powf(iw);
    if r.is_infinite() {
        return Err(erange());
    }
    Ok(Value::Float(if negate { -r } else { r }))
}

// ---- complex ------------------------------------------------------------

type Complex = (f64, f64);

fn complex_op(a: Complex, b: Complex, op: u32) -> Option<PyResult<Value>> {
    let c = match op {
        BINOP_ADD => Ok((a.0 + b.0, a.1 + b.1)),
        BINOP_SUB => Ok((a.0 - b.0, a.1 - b.1)),
        BINOP_MUL => Ok(c_prod(a, b)),
        BINOP_TRUEDIV => match c_quot(a, b) {
            Some(q) => Ok(q),
            None => Err(PyErr::zero_division("complex division by zero")),
        },
        BINOP_POW => complex_pow(a, b),
        _ => return None,
    };
    Some(c.map(|(re, im)| Value::new_complex(re, im)))
}

fn c_prod(a: Complex, b: Complex) -> Complex {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// CPython's `_Py_c_quot`; `None` for division by zero.
fn c_quot(a: Complex, b: Complex) -> Option<Complex> {
    let abs_breal = b.0.abs();
    let abs_bimag = b.1.abs();
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bimag >= abs_breal {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// CPython's `complex_pow`: small integral exponents by repeated
/// multiplication, others through polar form.
pub fn complex_pow(a: Complex, b: Complex) -> PyResult<Complex> {
    let mut edom = false;
    let p = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n > 0 {
            c_powu(a, n)
        } else {
            match c_quot((1.0, 0.0), c_powu(a, -n)) {
                Some(q) => q,
                None => {
                    edom = true;
                    (0.0, 0.0)
                }
            }
        }
    } else if b.0 == 0.0 && b.1 == 0.0 {
        (1.0, 0.0)
    } else if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            edom = true;
        }
        (0.0, 0.0)
    } else {
        let vabs = a.0.hypot(a.1);
        let mut len = vabs.powf(b.0);
        let at = a.1.atan2(a.0);
        let mut phase = at * b.0;
        if b.1 != 0.0 {
            len /= (at * b.1).exp();
            phase += b.1 * vabs.ln();
        }
        (len * phase.cos(), len * phase.sin())
    };
    if edom {
        return Err(PyErr::zero_division("0.0 to a negative or complex power"));
    }
    if p.0.is_infinite() || p.1.is_infinite() {
        return Err(PyErr::overflow_error("complex exponentiation"));
    }
    Ok(p)
}

fn c_powu(x: Complex, n: i64) -> Complex {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

/// `abs(complex)`: `OverflowError: absolute value too large`.
pub fn complex_abs(re: f64, im: f64) -> PyResult<f64> {
    if re.is_infinite() || im.is_infinite() {
        return Ok(f64::INFINITY);
    }
    if re.is_nan() || im.is_nan() {
        return Ok(f64::NAN);
    }
    let r = re.hypot(im);
    if r.is_infinite() {
        return Err(PyErr::overflow_error("absolute value too large"));
    }
    Ok(r)
}

// ---------------------------------------------------------------------------
// divmod and three-argument pow
// ---------------------------------------------------------------------------

/// `divmod(a, b)` for numbers: a `(quotient, remainder)` tuple.
pub fn divmod(a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let x = as_num(a)?;
    let y = as_num(b)?;
    Some(divmod_nums(a, b, x, y))
}

fn divmod_nums(a: &Value, b: &Value, x: Num<'_>, y: Num<'_>) -> PyResult<Value> {
    match (x, y) {
        (Num::Complex(..), _) | (_, Num::Complex(..)) => {
            Err(crate::errors::unsupported_binop("divmod()", num_type_name(a), num_type_name(b)))
        }
        (Num::Float(_), _) | (_, Num::Float(_)) => {
            let l = num_to_f64(x)?;
            let r = num_to_f64(y)?;
            if r == 0.0 {
                return Err(PyErr::zero_division("float divmod()"));
            }
            let (q, m) = float_divmod(l, r);
            Ok(Value::new_tuple(vec![Value::Float(q), Value::Float(m)]))
        }
        (Num::Int(l), Num::Int(r)) => {
            if r == 0 {
                return Err(PyErr::zero_division("integer division or modulo by zero"));
            }
            let q = match floordiv_i64(l, r) {
                Some(q) => Value::Int(q),
                None => Value::from_bigint(-BigInt::from(l)),
            };
            Ok(Value::new_tuple(vec![q, Value::Int(mod_i64(l, r))]))
        }
        _ => {
            let l = num_int(x).to_bigint();
            let r = num_int(y).to_bigint();
            if r.is_zero() {
                return Err(PyErr::zero_division("integer division or modulo by zero"));
            }
            let (q, m) = l.div_mod_floor(&r);
            Ok(Value::new_tuple(vec![Value::from_bigint(q), Value::from_bigint(m)]))
        }
    }
}

/// `pow(base, exp, modulus)`. With `modulus` None it is `base ** exp`.
/// `None` when an operand is not a number.
pub fn pow3(base: &Value, exp: &Value, modulus: &Value) -> Option<PyResult<Value>> {
    if modulus.is_none() {
        return binary_op(base, exp, BINOP_POW);
    }
    let (x, y, z) = (as_num(base)?, as_num(exp)?, as_num(modulus)?);
    if matches!(x, Num::Complex(..)) || matches!(y, Num::Complex(..)) || matches!(z, Num::Complex(..)) {
        return Some(Err(PyErr::value_error("complex modulo")));
    }
    let (Some(a), Some(b), Some(c)) = (as_int(base), as_int(exp), as_int(modulus)) else {
        return Some(Err(PyErr::type_error("pow() 3rd argument not allowed unless all arguments are integers")));
    };
    Some(pow_mod(a, b, c))
}

fn pow_mod(a: IntRef<'_>, b: IntRef<'_>, c: IntRef<'_>) -> PyResult<Value> {
    let mut m = c.to_bigint();
    if m.is_zero() {
        return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
    }
    let negative_output = m.is_negative();
    if negative_output {
        m = -m;
    }
    if m.is_one() {
        return Ok(Value::Int(0));
    }
    let mut base = a.to_bigint().mod_floor(&m);
    let mut exp = b.to_bigint();
    if exp.is_negative() {
        base = match mod_inverse(&base, &m) {
            Some(inv) => inv,
            None => return Err(PyErr::value_error("base is not invertible for the given modulus")),
        };
        exp = -exp;
    }
    let mut r = base.modpow(&exp, &m);
    if negative_output && !r.is_zero() {
        r -= &m;
    }
    Ok(Value::from_bigint(r))
}

/// The inverse of `a` modulo `m` (`m > 1`, `0 <= a < m`), if any.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let (mut old_r, mut r) = (a.clone(), m.clone());
    let (mut old_s, mut s) = (BigInt::one(), BigInt::zero());
    while !r.is_zero() {
        let q = &old_r / &r;
        let new_r = &old_r - &q * &r;
        old_r = std::mem::replace(&mut r, new_r);
        let new_s = &old_s - &q * &s;
        old_s = std::mem::replace(&mut s, new_s);
    }
    if !old_r.is_one() {
        return None;
    }
    Some(old_s.mod_floor(m))
}

// ---------------------------------------------------------------------------
// Unary operators
// ---------------------------------------------------------------------------

/// `-v`.
pub fn neg(v: &Value) -> Option<PyResult<Value>> {
    Some(Ok(match as_num(v)? {
        Num::Int(i) => match i.checked_neg() {
            Some(r) => Value::Int(r),
            None => Value::from_bigint(-BigInt::from(i)),
        },
        Num::Big(b) => Value::from_bigint(-b),
        Num::Float(f) => Value::Float(-f),
        Num::Complex(re, im) => Value::new_complex(-re, -im),
    }))
}

/// `+v` (a bool becomes an int).
pub fn pos(v: &Value) -> Option<PyResult<Value>> {
    Some(Ok(match as_num(v)? {
        Num::Int(i) => Value::Int(i),
        _ => v.clone(),
    }))
}

/// `~v` for ints: `-(v + 1)`.
pub fn invert(v: &Value) -> Option<PyResult<Value>> {
    Some(match as_num(v)? {
        Num::Int(i) => Ok(Value::Int(!i)),
        Num::Big(b) => Ok(Value::from_bigint(-b - 1u32)),
        Num::Float(_) | Num::Complex(..) => Err(crate::errors::bad_unary("~", num_type_name(v))),
    })
}

/// `abs(v)`.
pub fn abs(v: &Value) -> Option<PyResult<Value>> {
    Some(match as_num(v)? {
        Num::Int(i) => Ok(match i.checked_abs() {
            Some(r) => Value::Int(r),
            None => Value::from_bigint(BigInt::from(i).abs()),
        }),
        Num::Big(b) => Ok(Value::from_bigint(b.abs())),
        Num::Float(f) => Ok(Value::Float(f.abs())),
        Num::Complex(re, im) => complex_abs(re, im).map(Value::Float),
    })
}

// ---------------------------------------------------------------------------
// Comparison, equality, hashing
// ---------------------------------------------------------------------------

/// The ordering of an int and a float, exactly; `None` if `f` is NaN.
pub fn cmp_int_float(i: IntRef<'_>, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    match i {
        IntRef::Small(x) => {
            if x.unsigned_abs() <= 1 << 53 {
                return (x as f64).partial_cmp(&f);
            }
            if f >= TWO_POW_63 {
                return Some(Ordering::Less);
            }
            if f < -TWO_POW_63 {
                return Some(Ordering::Greater);
            }
            let t = f.trunc();
            match x.cmp(&(t as i64)) {
                Ordering::Equal => Some(frac_order(f - t)),
                o => Some(o),
            }
        }
        IntRef::Big(b) => {
            let t = f.trunc();
            match b.cmp(&integral_f64_to_bigint(t)) {
                Ordering::Equal => Some(frac_order(f - t)),
                o => Some(o),
            }
        }
    }
}

/// How an integer equal to trunc(f) compares with f, given f's fraction.
fn frac_order(frac: f64) -> Ordering {
    if frac > 0.0 {
        Ordering::Less
    } else if frac < 0.0 {
        Ordering::Greater
    } else {
        Ordering::Equal
    }
}

fn cmp_ints(a: IntRef<'_>, b: IntRef<'_>) -> Ordering {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => x.cmp(&y),
        // A big int never fits an i64, so its sign decides.
        (IntRef::Small(_), IntRef::Big(y)) => {
            if y.is_negative() {
                Ordering::Greater
            } else {
                Ordering::Less
            }
        }
        (IntRef::Big(x), IntRef::Small(_)) => {
            if x.is_negative() {
                Ordering::Less
            } else {
                Ordering::Greater
            }
        }
        (IntRef::Big(x), IntRef::Big(y)) => x.cmp(y),
    }
}

/// The ordering of two real numbers; `None` when unordered (NaN).
fn cmp_real(x: Num<'_>, y: Num<'_>) -> Option<Ordering> {
    match (x, y) {
        (Num::Float(a), Num::Float(b)) => a.partial_cmp(&b),
        (Num::Float(a), _) => cmp_int_float(num_int(y), a).map(Ordering::reverse),
        (_, Num::Float(b)) => cmp_int_float(num_int(x), b),
        _ => Some(cmp_ints(num_int(x), num_int(y))),
    }
}

/// Rich comparison of numbers (`op` a `CMP_*` value). `None` when either
/// is not a number, or for an ordering comparison involving a complex
/// (the caller raises TypeError).
#[inline]
pub fn compare(a: &Value, b: &Value, op: u32) -> Option<bool> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Some(apply_cmp(Some(x.cmp(y)), op));
    }
    if let (Value::Float(x), Value::Float(y)) = (a, b) {
        return Some(apply_cmp(x.partial_cmp(y), op));
    }
    let x = as_num(a)?;
    let y = as_num(b)?;
    if matches!(x, Num::Complex(..)) || matches!(y, Num::Complex(..)) {
        let eq = complex_eq(x, y);
        return match op {
            CMP_EQ => Some(eq),
            CMP_NE => Some(!eq),
            _ => None,
        };
    }
    Some(apply_cmp(cmp_real(x, y), op))
}

#[inline]
fn apply_cmp(ord: Option<Ordering>, op: u32) -> bool {
    match ord {
        None => op == CMP_NE,
        Some(o) => match op {
            CMP_LT => o == Ordering::Less,
            CMP_LE => o != Ordering::Greater,
            CMP_EQ => o == Ordering::Equal,
            CMP_NE => o != Ordering::Equal,
            CMP_GT => o == Ordering::Greater,
            CMP_GE => o != Ordering::Less,
            _ => false,
        },
    }
}

fn complex_eq(x: Num<'_>, y: Num<'_>) -> bool {
    let (xr, xi) = split_complex(x);
    let (yr, yi) = split_complex(y);
    xi == yi && cmp_real(xr, yr) == Some(Ordering::Equal)
}

/// A number as (real part, imaginary part).
fn split_complex(n: Num<'_>) -> (Num<'_>, f64) {
    match n {
        Num::Complex(re, im) => (Num::Float(re), im),
        other => (other, 0.0),
    }
}

/// `a == b` for numbers; `None` when either is not a number.
#[inline]
pub fn num_eq(a: &Value, b: &Value) -> Option<bool> {
    compare(a, b, CMP_EQ)
}

/// `_PyHASH_MODULUS`: the Mersenne prime 2**61 - 1.
const HASH_MODULUS: u64 = (1 << 61) - 1;
const HASH_BITS: u32 = 61;
const HASH_INF: i64 = 314159;
const HASH_IMAG: u64 = 1000003;

#[inline]
fn fix_hash(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(i)` for an i64.
#[inline]
pub fn hash_i64(x: i64) -> i64 {
    let m = (x.unsigned_abs() % HASH_MODULUS) as i64;
    fix_hash(if x < 0 { -m } else { m })
}

/// `hash(b)` for a big int.
pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = (b.magnitude() % HASH_MODULUS).to_u64().unwrap_or(0) as i64;
    fix_hash(if b.is_negative() { -m } else { m })
}

/// `frexp`: `(m, e)` with `f == m * 2**e`, `0.5 <= |m| < 1`, for finite
/// non-zero `f`.
pub fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 || !f.is_finite() {
        return (f, 0);
    }
    let (scaled, adjust) = if f.abs() < f64::MIN_POSITIVE { (f * 2f64.powi(54), -54) } else { (f, 0) };
    let bits = scaled.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022 + adjust)
}

/// CPython's `_Py_HashDouble` (NaN hashes to 0 here; CPython uses the
/// object's identity).
pub fn hash_f64(v: f64) -> i64 {
    if !v.is_finite() {
        if v.is_infinite() {
            return if v > 0.0 { HASH_INF } else { -HASH_INF };
        }
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 { e as u32 % HASH_BITS } else { HASH_BITS - 1 - ((-1 - e) as u32 % HASH_BITS) };
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    fix_hash((x as i64).wrapping_mul(sign))
}

/// `hash(v)` for numbers, CPython's values; `None` for non-numbers.
#[inline]
pub fn hash_number(v: &Value) -> Option<i64> {
    Some(match as_num(v)? {
        Num::Int(i) => hash_i64(i),
        Num::Big(b) => hash_bigint(b),
        Num::Float(f) => hash_f64(f),
        Num::Complex(re, im) => {
            let hr = hash_f64(re) as u64;
            let hi = hash_f64(im) as u64;
            fix_hash(hr.wrapping_add(HASH_IMAG.wrapping_mul(hi)) as i64)
        }
    })
}

// ---------------------------------------------------------------------------
// round()
// ---------------------------------------------------------------------------

/// `round(v)` / `round(v, ndigits)` for real numbers (`None` for
/// non-numbers and complex — the caller raises TypeError).
pub fn round(v: &Value, ndigits: Option<i64>) -> Option<PyResult<Value>> {
    match as_num(v)? {
        Num::Int(_) | Num::Big(_) => {
            let i = as_int(v)?;
            Some(match ndigits {
                Some(nd) if nd < 0 => round_int(i, nd),
                _ => Ok(match i {
                    IntRef::Small(x) => Value::Int(x),
                    IntRef::Big(_) => v.clone(),
                }),
            })
        }
        Num::Float(f) => Some(match ndigits {
            None => float_to_int(f.round_ties_even()),
            Some(nd) => round_float(f, nd).map(Value::Float),
        }),
        Num::Complex(..) => None,
    }
}

/// An int rounded to `10**-nd` (nd < 0), ties to even.
fn round_int(i: IntRef<'_>, nd: i64) -> PyResult<Value> {
    let x = i.to_bigint();
    // 10**k > 2|x| rounds to 0: decimal digits of x <= bits*log10(2) + 1.
    let k = nd.unsigned_abs();
    if k > x.bits() * 30103 / 100000 + 2 {
        return Ok(Value::Int(0));
    }
    let p = num_traits::Pow::pow(BigInt::from(10u32), k as u32);
    let (mut q, r) = x.div_mod_floor(&p);
    let twice: BigInt = r * 2u32;
    match twice.cmp(&p) {
        Ordering::Greater => q += 1u32,
        Ordering::Equal if q.is_odd() => q += 1u32,
        _ => {}
    }
    Ok(Value::from_bigint(q * p))
}

/// `round(f, nd)`: the float nearest the decimal `f` rounded to `nd`
/// places (ties to even on the exact binary value), as CPython's
/// `double_round`. `OverflowError: rounded value too large to represent`.
pub fn round_float(f: f64, nd: i64) -> PyResult<f64> {
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !f.is_finite() || f == 0.0 {
        return Ok(f);
    }
    if nd > NDIGITS_MAX {
        return Ok(f);
    }
    if nd < NDIGITS_MIN {
        return Ok(0.0 * f);
    }
    let text = if nd >= 0 {
        // Rust's fixed-precision formatting is exact, ties to even.
        format!("{:.*}", nd as usize, f)
    } else {
        // N = round_half_even(f / 10**k), then "Ne<k>".
        let k = nd.unsigned_abs() as u32;
        let (m, e) = decompose(f);
        let mut num = BigInt::from(m.unsigned_abs());
        let mut den = num_traits::Pow::pow(BigInt::from(10u32), k);
        if e >= 0 {
            num <<= e as usize;
        } else {
            den <<= (-e) as usize;
        }
        let (mut q, r) = num.div_rem(&den);
        let twice: BigInt = r * 2u32;
        match twice.cmp(&den) {
            Ordering::Greater => q += 1u32,
            Ordering::Equal if q.is_odd() => q += 1u32,
            _ => {}
        }
        format!("{}{}e{}", if f < 0.0 { "-" } else { "" }, q, k)
    };
    let r: f64 = text.parse().unwrap_or(f64::NAN);
    if r.is_infinite() {
        return Err(PyErr::overflow_error("rounded value too large to represent"));
    }
    Ok(r)
}

// ---------------------------------------------------------------------------
// Parsing: int() and float() of strings
// ---------------------------------------------------------------------------

/// Python's `str.strip()` whitespace.
pub fn is_py_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1f' | '\u{85}' | '\u{a0}' | '\u{1680}'
            | '\u{2000}'..='\u{200a}' | '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

/// The value of a Unicode decimal digit (category Nd), for the common
/// scripts CPython's `int()` and `float()` accept.
pub fn unicode_decimal(c: char) -> Option<u32> {
    const ZEROS: &[u32] = &[
        0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0, 0xF20,
        0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0,
        0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x11066, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6,
    ];
    let cp = c as u32;
    ZEROS.iter().find(|&&z| cp >= z && cp < z + 10).map(|&z| cp - z)
}

/// Text with Unicode decimal digits turned into ASCII ones (other
/// characters unchanged), as CPython's
/// `_PyUnicode_TransformDecimalAndSpaceToASCII`.
fn ascii_digits(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(
        s.chars()
            .map(|c| match unicode_decimal(c) {
                Some(d) => char::from(b'0' + d as u8),
                None if is_py_space(c) => ' ',
                None => c,
            })
            .collect(),
    )
}

/// `repr(s)` for a str, as CPython prints it (for messages).
pub fn str_repr(s: &str) -> String {
    crate::objects::str_methods::str_repr(s)
}


fn invalid_int_literal(base: u32, original: &str) -> PyErr {
    PyErr::value_error(format!("invalid literal for int() with base {base}: {}", str_repr(original)))
}

/// `int(s, base)`: surrounding whitespace, a sign, underscores between
/// digits (and after a base prefix), prefixes `0x`/`0o`/`0b` for base 0
/// or their own base. `ValueError: invalid literal for int() with base
/// 10: 'x'`; the 4300-digit limit of CPython 3.11.
pub fn int_from_str(s: &str, base: u32) -> PyResult<Value> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(PyErr::value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    let converted = ascii_digits(s);
    let t = converted.trim_matches(is_py_space);
    parse_int_body(t, base).ok_or_else(|| invalid_int_literal(base, s))?
}

/// Parses a stripped int literal; `None` for a malformed one.
fn parse_int_body(t: &str, base: u32) -> Option<PyResult<Value>> {
    let bytes = t.as_bytes();
    let (negative, mut rest) = match bytes.first() {
        Some(b'-') => (true, &bytes[1..]),
        Some(b'+') => (false, &bytes[1..]),
        _ => (false, bytes),
    };
    let mut base = base;
    let mut prefixed = false;
    if rest.len() >= 2 && rest[0] == b'0' {
        let p = rest[1].to_ascii_lowercase();
        let prefix_base = match p {
            b'x' => 16,
            b'o' => 8,
            b'b' => 2,
            _ => 0,
        };
        if prefix_base != 0 && (base == 0 || base == prefix_base) {
            base = prefix_base;
            rest = &rest[2..];
            prefixed = true;
        }
    }
    let base_zero_decimal = base == 0;
    if base == 0 {
        base = 10;
    }
    // Digits with single underscores between them (or after a prefix).
    if rest.is_empty() {
        return None;
    }
    let mut digits = Vec::with_capacity(rest.len());
    let mut prev_underscore = !prefixed; // a leading '_' only after a prefix
    if prefixed && rest[0] == b'_' {
        prev_underscore = false;
    }
    for (i, &c) in rest.iter().enumerate() {
        if c == b'_' {
            if prev_underscore || (i == 0 && !prefixed) {
                return None;
            }
            prev_underscore = true;
            continue;
        }
        let d = (c as char).to_digit(36)?;
        if d >= base {
            return None;
        }
        digits.push(d as u8);
        prev_underscore = false;
    }
    if prev_underscore || digits.is_empty() {
        return None;
    }
    // Base 0 without prefix: no leading zeros unless the value is zero.
    if base_zero_decimal && digits.len() > 1 && digits[0] == 0 && digits.iter().any(|&d| d != 0) {
        return None;
    }
    let limit = int_max_str_digits();
    if limit > 0 && !base.is_power_of_two() && digits.len() > limit {
        return Some(Err(PyErr::value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        ))));
    }
    // Fast path: fits in i64.
    let mut acc: i64 = 0;
    let mut fits = true;
    for &d in &digits {
        match acc.checked_mul(base as i64).and_then(|a| a.checked_add(d as i64)) {
            Some(a) => acc = a,
            None => {
                fits = false;
                break;
            }
        }
    }
    if fits {
        return Some(Ok(Value::Int(if negative { -acc } else { acc })));
    }
    let mag = num_bigint::BigUint::from_radix_be(&digits, base)?;
    let b = BigInt::from_biguint(if negative { Sign::Minus } else { Sign::Plus }, mag);
    Some(Ok(Value::from_bigint(b)))
}

/// `float(s)`: whitespace, a sign, `inf`/`infinity`/`nan` in any case,
/// underscores between digits. `ValueError: could not convert string to
/// float: 'x'`.
pub fn float_from_str(s: &str) -> PyResult<f64> {
    let converted = ascii_digits(s);
    let t = converted.trim_matches(is_py_space);
    let f = parse_float_body(t).ok_or_else(|| PyErr::value_error(format!("could not convert string to float: {}", str_repr(s))))?;
    Ok(if f.is_nan() { distinct_nan(f) } else { f })
}

/// A NaN with a payload no other `float('nan')` has.
///
/// Floats are inline values, so identity (`is`) compares bits. In CPython
/// each `float('nan')` is a new object: `nan is nan` holds for one of them,
/// but a second `float('nan')` is a different key in a dict (NaN is never
/// equal to itself). Distinct payload bits give inline NaNs the same
/// behaviour; arithmetic and `repr` ignore the payload.
pub fn distinct_nan(f: f64) -> f64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    let payload = NEXT.fetch_add(1, Ordering::Relaxed) & 0x0007_ffff_ffff_ffff;
    let sign = f.to_bits() & 0x8000_0000_0000_0000;
    f64::from_bits(sign | 0x7ff8_0000_0000_0000 | payload)
}

/// Parses a stripped float literal; `None` for a malformed one.
pub fn parse_float_body(t: &str) -> Option<f64> {
    let (negative, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if negative { -v } else { v });
    }
    // [digits] [. [digits]] [e [sign] digits], at least one mantissa digit;
    // underscores only between two digits.
    let b = body.as_bytes();
    let mut clean = String::with_capacity(b.len() + 1);
    if negative {
        clean.push('-');
    }
    let mut i = 0;
    let digit_run = |i: &mut usize, clean: &mut String| -> Option<usize> {
        let start = *i;
        let mut count = 0;
        while *i < b.len() {
            let c = b[*i];
            if c.is_ascii_digit() {
                clean.push(c as char);
                count += 1;
                *i += 1;
            } else if c == b'_'
                && *i > start
                && b[*i - 1].is_ascii_digit()
                && *i + 1 < b.len()
                && b[*i + 1].is_ascii_digit()
            {
                *i += 1;
            } else {
                break;
            }
        }
        if *i < b.len() && b[*i] == b'_' {
            return None;
        }
        Some(count)
    };
    let int_digits = digit_run(&mut i, &mut clean)?;
    let mut frac_digits = 0;
    if i < b.len() && b[i] == b'.' {
        clean.push('.');
        i += 1;
        frac_digits = digit_run(&mut i, &mut clean)?;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        clean.push('e');
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            clean.push(b[i] as char);
            i += 1;
        }
        if digit_run(&mut i, &mut clean)? == 0 {
            return None;
        }
    }
    if i != b.len() {
        return None;
    }
    clean.parse::<f64>().ok()
}

// ---------------------------------------------------------------------------
// Printing ints
// ---------------------------------------------------------------------------

/// `str(i)` for an int, honouring `sys.set_int_max_str_digits`:
/// `ValueError: Exceeds the limit (4300 digits) for integer string
/// conversion; use sys.set_int_max_str_digits() to increase the limit`.
pub fn int_to_decimal(i: IntRef<'_>) -> PyResult<String> {
    match i {
        IntRef::Small(x) => Ok(x.to_string()),
        IntRef::Big(b) => {
            let limit = int_max_str_digits();
            // A cheap bound first: bits * log10(2) is within one of the digit count.
            if limit > 0 && (b.bits() as f64 * std::f64::consts::LOG10_2) > limit as f64 {
                let s = b.magnitude().to_str_radix(10);
                if s.len() > limit {
                    return Err(PyErr::value_error(format!(
                        "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
                    )));
                }
                return Ok(if b.is_negative() { format!("-{s}") } else { s });
            }
            Ok(b.to_string())
        }
    }
}

/// `str(v)` for an int value (`None` for non-ints).
pub fn int_str(v: &Value) -> Option<PyResult<String>> {
    as_int(v).map(int_to_decimal)
}

/// `bin`/`oct`/`hex` text of an int: `0b101`, `-0o17`, `0xff` (radix 2,
/// 8, 16; radix 10 gives the plain decimal). `None` for non-ints.
pub fn int_to_str_radix(v: &Value, radix: u32) -> Option<String> {
    let i = as_int(v)?;
    let prefix = match radix {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let (negative, digits) = match i {
        IntRef::Small(x) => (x < 0, unsigned_radix(x.unsigned_abs(), radix)),
        IntRef::Big(b) => (b.is_negative(), b.magnitude().to_str_radix(radix)),
    };
    Some(format!("{}{prefix}{digits}", if negative { "-" } else { "" }))
}

/// The digits of `x` in `radix` (no prefix).
pub fn unsigned_radix(x: u64, radix: u32) -> String {
    match radix {
        2 => format!("{x:b}"),
        8 => format!("{x:o}"),
        16 => format!("{x:x}"),
        10 => x.to_string(),
        _ => num_bigint::BigUint::from(x).to_str_radix(radix),
    }
}

/// `int.bit_length()` of an int.
pub fn bit_length(i: IntRef<'_>) -> u64 {
    match i {
        IntRef::Small(x) => 64 - x.unsigned_abs().leading_zeros() as u64,
        IntRef::Big(b) => b.bits(),
    }
}
