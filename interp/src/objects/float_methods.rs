//! The methods and attributes of `float` and `complex`, as CPython 3.11's
//! `Objects/floatobject.c` and `Objects/complexobject.c`.
//!
//! `self` is `args.pos()[0]`: a `Value::Float` (a `Payload::Complex` for
//! `COMPLEX_METHODS`) or an instance of a subclass (unwrapped with
//! `Vm::builtin_base`). The operator dunders take ints and floats (and
//! complex numbers, for complex) as the other operand and return
//! `NotImplemented` otherwise.
//!
//! `fromhex` is a class method: its first argument is the class when the
//! caller passes one (see `int_methods.rs`). `hex`/`fromhex` follow
//! CPython's `float_hex` and `float_fromhex`: 13 hex digits after the
//! point, `p` and a decimal binary exponent; parsing rounds half to even
//! and raises `OverflowError: hexadecimal value too large to represent as
//! a float`.

use crate::code::*;
use crate::errors::{PyErr, PyResult};
use crate::objects::format;
use crate::objects::function::{Args, NativeFn};
use crate::objects::int_methods::{format_spec_arg, index_clamped, no_args, not_implemented, round_arg, slot_args};
use crate::objects::number::{self, decompose};
use crate::value::{Payload, Value};
use crate::vm::Vm;
use num_bigint::{BigInt, BigUint};

// ---- self -------------------------------------------------------------------

fn self_float(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<f64> {
    let Some(s) = args.pos().first() else {
        return Err(PyErr::type_error(format!("descriptor '{name}' of 'float' object needs an argument")));
    };
    if let Value::Float(f) = s {
        return Ok(*f);
    }
    if let Value::Float(f) = vm.builtin_base(s) {
        return Ok(f);
    }
    Err(PyErr::type_error(format!(
        "descriptor '{name}' for 'float' objects doesn't apply to a '{}' object",
        vm.type_name(s)
    )))
}

/// The other operand of a float dunder as a number value (int or float),
/// else `None`.
fn other_real(vm: &Vm, v: &Value) -> Option<Value> {
    let ok = |v: &Value| {
        matches!(number::as_num(v), Some(number::Num::Float(_) | number::Num::Int(_) | number::Num::Big(_)))
    };
    if ok(v) {
        return Some(v.clone());
    }
    let base = vm.builtin_base(v);
    ok(&base).then_some(base)
}

// ---- attributes -------------------------------------------------------------

/// `real` and `imag` of a float or complex; `None` for other values or
/// names.
pub fn float_attr(v: &Value, name: &str) -> Option<Value> {
    match v {
        Value::Float(f) => match name {
            "real" => Some(Value::Float(*f)),
            "imag" => Some(Value::Float(0.0)),
            _ => None,
        },
        _ => match v.payload() {
            Some(Payload::Complex(re, im)) => match name {
                "real" => Some(Value::Float(*re)),
                "imag" => Some(Value::Float(*im)),
                _ => None,
            },
            _ => None,
        },
    }
}

// ---- float methods ------------------------------------------------------------

/// `float.is_integer()`
fn float_is_integer(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args("float", "is_integer", &args)?;
    let f = self_float(vm, &args, "is_integer")?;
    Ok(Value::Bool(f.is_finite() && f == f.floor()))
}

/// `float.as_integer_ratio()`: the exact fraction in lowest terms.
/// `OverflowError: cannot convert Infinity to integer ratio`,
/// `ValueError: cannot convert NaN to integer ratio`.
fn float_as_integer_ratio(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args("float", "as_integer_ratio", &args)?;
    let f = self_float(vm, &args, "as_integer_ratio")?;
    let (n, d) = float_ratio(f)?;
    Ok(Value::new_tuple(vec![n, d]))
}

/// `(numerator, denominator)` of a finite float, in lowest terms.
pub fn float_ratio(f: f64) -> PyResult<(Value, Value)> {
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(PyErr::overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f == 0.0 {
        return Ok((Value::Int(0), Value::Int(1)));
    }
    let (m, e) = decompose(f);
    let mut m = m;
    let mut e = e;
    // Strip common factors of two.
    let tz = m.trailing_zeros() as i32;
    if e < 0 {
        let shift = tz.min(-e);
        m >>= shift;
        e += shift;
    }
    if e >= 0 {
        Ok((Value::from_bigint(BigInt::from(m) << e as usize), Value::Int(1)))
    } else {
        Ok((Value::Int(m), Value::from_bigint(BigInt::from(1) << (-e) as usize)))
    }
}

/// `float.hex()`: `'0x1.8000000000000p+0'`, `'-0x0.0p+0'`, `'inf'`.
pub fn float_hex_string(f: f64) -> String {
    if !f.is_finite() {
        return crate::objects::float_repr::float_repr(f);
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    let esign = if e < 0 { '-' } else { '+' };
    format!("{sign}0x{lead}.{frac:013x}p{esign}{}", e.unsigned_abs())
}

fn float_hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args("float", "hex", &args)?;
    let f = self_float(vm, &args, "hex")?;
    Ok(Value::from_string(float_hex_string(f)))
}

/// Parses `float.fromhex` text: `[sign] ['0x'] digits ['.' digits]
/// ['p' [sign] decimal]`, or `inf`/`infinity`/`nan`, with surrounding
/// whitespace.
pub fn float_fromhex_str(s: &str) -> PyResult<f64> {
    let invalid = || PyErr::value_error("invalid hexadecimal floating-point string");
    let t = s.trim_matches(|c: char| c.is_ascii_whitespace());
    let (negative, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(if negative { f64::NEG_INFINITY } else { f64::INFINITY });
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    let b = lower.as_bytes();
    let mut i = 0;
    if b.len() >= 2 && b[0] == b'0' && b[1] == b'x' {
        i = 2;
    }
    let mut mantissa: Vec<u8> = Vec::new();
    let mut frac_digits: i64 = 0;
    let mut any_digit = false;
    while i < b.len() && b[i].is_ascii_hexdigit() {
        mantissa.push((b[i] as char).to_digit(16).unwrap_or(0) as u8);
        any_digit = true;
        i += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_hexdigit() {
            mantissa.push((b[i] as char).to_digit(16).unwrap_or(0) as u8);
            frac_digits += 1;
            any_digit = true;
            i += 1;
        }
    }
    if !any_digit {
        return Err(invalid());
    }
    let mut exp: i64 = 0;
    if i < b.len() && b[i] == b'p' {
        i += 1;
        let mut exp_negative = false;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            exp_negative = b[i] == b'-';
            i += 1;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            // Saturate: anything this large over- or underflows anyway.
            exp = exp.saturating_mul(10).saturating_add((b[i] - b'0') as i64).min(1 << 40);
            i += 1;
        }
        if i == start {
            return Err(invalid());
        }
        if exp_negative {
            exp = -exp;
        }
    }
    if i != b.len() {
        return Err(invalid());
    }
    let m = BigUint::from_radix_be(&mantissa, 16).unwrap_or_default();
    let value = if m.bits() == 0 {
        0.0
    } else {
        let shift = exp - 4 * frac_digits;
        let bits = m.bits() as i64;
        let (top, shift) = if bits > 64 {
            let drop = (bits - 64) as u64;
            let mut top = u64::try_from(&m >> drop).unwrap_or(u64::MAX);
            if m.trailing_zeros().unwrap_or(0) < drop {
                top |= 1;
            }
            (top, shift.saturating_add(drop as i64))
        } else {
            (u64::try_from(&m).unwrap_or(u64::MAX), shift)
        };
        let f = number::scaled_to_f64(top, shift);
        if f.is_infinite() {
            return Err(PyErr::overflow_error("hexadecimal value too large to represent as a float"));
        }
        f
    };
    Ok(if negative { -value } else { value })
}

/// `float.fromhex(s)` (class method; see the module docs).
fn float_fromhex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let all = args.pos();
    let (cls, rest) = match all.first() {
        Some(c) if c.as_type().is_some() => (Some(c.clone()), &all[1..]),
        _ => (None, all),
    };
    if args.has_kw() {
        return Err(PyErr::type_error("float.fromhex() takes no keyword arguments"));
    }
    if rest.len() != 1 {
        return Err(PyErr::type_error(format!("float.fromhex() takes exactly one argument ({} given)", rest.len())));
    }
    let Some(text) = rest[0].as_str() else {
        return Err(PyErr::type_error("bad argument type for built-in operation"));
    };
    let f = Value::Float(float_fromhex_str(text)?);
    match cls {
        Some(c) if !c.as_obj().is_some_and(|o| o.is(&vm.g.types.float)) => vm.call(&c, &[f]),
        _ => Ok(f),
    }
}

fn float_conjugate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args("float", "conjugate", &args)?;
    Ok(Value::Float(self_float(vm, &args, "conjugate")?))
}

/// `float.__round__(ndigits=None)`
fn float_round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let nd = round_arg(&args)?;
    let f = self_float(vm, &args, "__round__")?;
    let ndigits = match nd {
        None | Some(Value::None) => None,
        Some(n) => Some(index_clamped(vm, n)?),
    };
    number::round(&Value::Float(f), ndigits).unwrap_or(Ok(Value::Float(f)))
}

fn float_trunc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args("float", "__trunc__", &args)?;
    number::float_to_int(self_float(vm, &args, "__trunc__")?)
}

fn float_floor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args("float", "__floor__", &args)?;
    number::float_to_int(self_float(vm, &args, "__floor__")?.floor())
}

fn float_ceil(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args("float", "__ceil__", &args)?;
    number::float_to_int(self_float(vm, &args, "__ceil__")?.ceil())
}

fn float_int(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    slot_args(&args, 0)?;
    number::float_to_int(self_float(vm, &args, "__int__")?)
}

fn float_float(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    slot_args(&args, 0)?;
    Ok(Value::Float(self_float(vm, &args, "__float__")?))
}

fn float_abs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    slot_args(&args, 0)?;
    Ok(Value::Float(self_float(vm, &args, "__abs__")?.abs()))
}

fn float_neg(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    slot_args(&args, 0)?;
    Ok(Value::Float(-self_float(vm, &args, "__neg__")?))
}

fn float_pos(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    slot_args(&args, 0)?;
    Ok(Value::Float(self_float(vm, &args, "__pos__")?))
}

fn float_bool(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    slot_args(&args, 0)?;
    Ok(Value::Bool(self_float(vm, &args, "__bool__")? != 0.0))
}

fn float_hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    slot_args(&args, 0)?;
    Ok(Value::Int(number::hash_f64(self_float(vm, &args, "__hash__")?)))
}

fn float_repr_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    slot_args(&args, 0)?;
    let f = self_float(vm, &args, "__repr__")?;
    Ok(Value::from_string(crate::objects::float_repr::float_repr(f)))
}

fn float_getnewargs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args("float", "__getnewargs__", &args)?;
    Ok(Value::new_tuple(vec![Value::Float(self_float(vm, &args, "__getnewargs__")?)]))
}

/// `float.__format__(spec)`
fn float_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let spec = format_spec_arg(vm, "float", &args)?;
    let f = self_float(vm, &args, "__format__")?;
    if spec.is_empty() && !matches!(args.pos()[0], Value::Float(_)) {
        return vm.str_of(&args.pos()[0]).map(Value::from_string);
    }
    let fs = format::parse_spec(spec)?;
    format::format_float(f, &fs).map(Value::from_string)
}

fn float_binary(vm: &mut Vm, args: &Args<'_>, op: u32, reflected: bool) -> PyResult<Value> {
    let other = slot_args(args, 1)?;
    let v = Value::Float(self_float(vm, args, "__op__")?);
    let Some(w) = other_real(vm, &other[0]) else {
        return Ok(not_implemented());
    };
    let (a, b) = if reflected { (w, v) } else { (v, w) };
    number::binary_op(&a, &b, op).unwrap_or_else(|| Ok(not_implemented()))
}

fn float_pow_method(vm: &mut Vm, args: &Args<'_>, reflected: bool) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() == 3 {
        if !pos[2].is_none() {
            return Err(PyErr::type_error("pow() 3rd argument not allowed unless all arguments are integers"));
        }
        let trimmed = Args { values: &pos[..2], kwnames: &[] };
        return float_binary(vm, &trimmed, BINOP_POW, reflected);
    }
    float_binary(vm, args, BINOP_POW, reflected)
}

fn float_compare(vm: &mut Vm, args: &Args<'_>, op: u32) -> PyResult<Value> {
    let other = slot_args(args, 1)?;
    let v = Value::Float(self_float(vm, args, "__eq__")?);
    let Some(w) = other_real(vm, &other[0]) else {
        return Ok(not_implemented());
    };
    Ok(number::compare(&v, &w, op).map(Value::Bool).unwrap_or_else(not_implemented))
}

fn float_divmod(vm: &mut Vm, args: &Args<'_>, reflected: bool) -> PyResult<Value> {
    let other = slot_args(args, 1)?;
    let v = Value::Float(self_float(vm, args, "__divmod__")?);
    let Some(w) = other_real(vm, &other[0]) else {
        return Ok(not_implemented());
    };
    let (a, b) = if reflected { (w, v) } else { (v, w) };
    number::divmod(&a, &b).unwrap_or_else(|| Ok(not_implemented()))
}

macro_rules! float_binary_methods {
    ($($name:ident, $rname:ident => $op:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
                float_binary(vm, &args, $op, false)
            }
            fn $rname(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
                float_binary(vm, &args, $op, true)
            }
        )*
    };
}

float_binary_methods! {
    float_add, float_radd => BINOP_ADD;
    float_sub, float_rsub => BINOP_SUB;
    float_mul, float_rmul => BINOP_MUL;
    float_truediv, float_rtruediv => BINOP_TRUEDIV;
    float_floordiv, float_rfloordiv => BINOP_FLOORDIV;
    float_mod, float_rmod => BINOP_MOD;
}

fn float_pow_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    float_pow_method(vm, &args, false)
}
fn float_rpow_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    float_pow_method(vm, &args, true)
}
fn float_divmod_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    float_divmod(vm, &args, false)
}
fn float_rdivmod_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    float_divmod(vm, &args, true)
}
fn float_eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    float_compare(vm, &args, CMP_EQ)
}
fn float_ne(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    float_compare(vm, &args, CMP_NE)
}
fn float_lt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    float_compare(vm, &args, CMP_LT)
}
fn float_le(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    float_compare(vm, &args, CMP_LE)
}
fn float_gt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    float_compare(vm, &args, CMP_GT)
}
fn float_ge(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    float_compare(vm, &args, CMP_GE)
}

/// The methods of `float`, for `types.rs` to install.
pub const FLOAT_METHODS: &[(&str, NativeFn)] = &[
    ("is_integer", float_is_integer),
    ("as_integer_ratio", float_as_integer_ratio),
    ("hex", float_hex),
    ("fromhex", float_fromhex),
    ("conjugate", float_conjugate),
    ("__round__", float_round),
    ("__trunc__", float_trunc),
    ("__floor__", float_floor),
    ("__ceil__", float_ceil),
    ("__int__", float_int),
    ("__float__", float_float),
    ("__format__", float_format),
    ("__abs__", float_abs),
    ("__neg__", float_neg),
    ("__pos__", float_pos),
    ("__bool__", float_bool),
    ("__hash__", float_hash),
    ("__repr__", float_repr_method),
    ("__getnewargs__", float_getnewargs),
    ("__add__", float_add),
    ("__radd__", float_radd),
    ("__sub__", float_sub),
    ("__rsub__", float_rsub),
    ("__mul__", float_mul),
    ("__rmul__", float_rmul),
    ("__truediv__", float_truediv),
    ("__rtruediv__", float_rtruediv),
    ("__floordiv__", float_floordiv),
    ("__rfloordiv__", float_rfloordiv),
    ("__mod__", float_mod),
    ("__rmod__", float_rmod),
    ("__divmod__", float_divmod_fn),
    ("__rdivmod__", float_rdivmod_fn),
    ("__pow__", float_pow_fn),
    ("__rpow__", float_rpow_fn),
    ("__eq__", float_eq),
    ("__ne__", float_ne),
    ("__lt__", float_lt),
    ("__le__", float_le),
    ("__gt__", float_gt),
    ("__ge__", float_ge),
];

// ---- complex ----------------------------------------------------------------

fn self_complex(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<(f64, f64)> {
    let Some(s) = args.pos().first() else {
        return Err(PyErr::type_error(format!("descriptor '{name}' of 'complex' object needs an argument")));
    };
    let base = vm.builtin_base(s);
    match base.payload() {
        Some(Payload::Complex(re, im)) => Ok((*re, *im)),
        _ => Err(PyErr::type_error(format!(
            "descriptor '{name}' for 'complex' objects doesn't apply to a '{}' object",
            vm.type_name(s)
        ))),
    }
}

/// `complex.conjugate()`
fn complex_conjugate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args("complex", "conjugate", &args)?;
    let (re, im) = self_complex(vm, &args, "conjugate")?;
    Ok(Value::new_complex(re, -im))
}

/// `complex.__format__(spec)`
fn complex_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let spec = format_spec_arg(vm, "complex", &args)?;
    let (re, im) = self_complex(vm, &args, "__format__")?;
    let fs = format::parse_spec(spec)?;
    format::format_complex(re, im, &fs).map(Value::from_string)
}

fn complex_abs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    slot_args(&args, 0)?;
    let (re, im) = self_complex(vm, &args, "__abs__")?;
    number::complex_abs(re, im).map(Value::Float)
}

fn complex_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    slot_args(&args, 0)?;
    let (re, im) = self_complex(vm, &args, "__repr__")?;
    Ok(Value::from_string(crate::objects::float_repr::complex_repr(re, im)))
}

fn complex_complex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args("complex", "__complex__", &args)?;
    let (re, im) = self_complex(vm, &args, "__complex__")?;
    Ok(Value::new_complex(re, im))
}

fn complex_getnewargs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args("complex", "__getnewargs__", &args)?;
    let (re, im) = self_complex(vm, &args, "__getnewargs__")?;
    Ok(Value::new_tuple(vec![Value::Float(re), Value::Float(im)]))
}

fn complex_binary(vm: &mut Vm, args: &Args<'_>, op: u32, reflected: bool) -> PyResult<Value> {
    let other = slot_args(args, 1)?;
    let (re, im) = self_complex(vm, args, "__op__")?;
    let v = Value::new_complex(re, im);
    let w = other[0].clone();
    let w = if number::is_number(&w) { w } else { vm.builtin_base(&w) };
    if !number::is_number(&w) {
        return Ok(not_implemented());
    }
    let (a, b) = if reflected { (w, v) } else { (v, w) };
    number::binary_op(&a, &b, op).unwrap_or_else(|| Ok(not_implemented()))
}

macro_rules! complex_binary_methods {
    ($($name:ident, $rname:ident => $op:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
                complex_binary(vm, &args, $op, false)
            }
            fn $rname(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
                complex_binary(vm, &args, $op, true)
            }
        )*
    };
}

complex_binary_methods! {
    complex_add, complex_radd => BINOP_ADD;
    complex_sub, complex_rsub => BINOP_SUB;
    complex_mul, complex_rmul => BINOP_MUL;
    complex_truediv, complex_rtruediv => BINOP_TRUEDIV;
    complex_pow, complex_rpow => BINOP_POW;
}

/// The methods of `complex` (for whoever installs the complex type).
pub const COMPLEX_METHODS: &[(&str, NativeFn)] = &[
    ("conjugate", complex_conjugate),
    ("__format__", complex_format),
    ("__abs__", complex_abs),
    ("__repr__", complex_repr),
    ("__complex__", complex_complex),
    ("__getnewargs__", complex_getnewargs),
    ("__add__", complex_add),
    ("__radd__", complex_radd),
    ("__sub__", complex_sub),
    ("__rsub__", complex_rsub),
    ("__mul__", complex_mul),
    ("__rmul__", complex_rmul),
    ("__truediv__", complex_truediv),
    ("__rtruediv__", complex_rtruediv),
    ("__pow__", complex_pow),
    ("__rpow__", complex_rpow),
];
