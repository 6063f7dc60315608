//! The methods and attributes of `int` (and so of `bool`), as CPython
//! 3.11's `Objects/longobject.c`.
//!
//! `self` is `args.pos()[0]`: a `Value::Int`, a `Value::Bool`, a
//! `Payload::BigInt`, or an instance of a subclass of int (unwrapped with
//! `Vm::builtin_base`). The operator dunders (`__add__`, `__radd__`...)
//! accept only ints as the other operand and return `NotImplemented`
//! otherwise, as CPython's do (`(5).__add__(1.5)` is `NotImplemented`):
//! mixed arithmetic is float's business.
//!
//! `from_bytes` is a class method: its first argument is the class
//! (`int`, `bool` or a subclass). Called without one (`install` makes
//! plain builtins), it takes the bytes first and builds an `int`.
//!
//! The attributes `real`, `imag`, `numerator`, `denominator` come from
//! `int_attr`, which the VM consults before the type's dict.

use crate::code::*;
use crate::errors::{PyErr, PyResult};
use crate::objects::format;
use crate::objects::function::{Args, NativeFn};
use crate::objects::number::{self, IntRef};
use crate::value::{Payload, Value};
use crate::vm::Vm;
use num_bigint::{BigInt, Sign};
use num_traits::Signed;

// ---- argument checking, worded as CPython's -----------------------------

/// METH_NOARGS: `int.bit_length() takes no arguments (1 given)`.
pub(crate) fn no_args(owner: &str, name: &str, args: &Args<'_>) -> PyResult<()> {
    if args.has_kw() {
        return Err(PyErr::type_error(format!("{owner}.{name}() takes no keyword arguments")));
    }
    let n = args.pos().len().saturating_sub(1);
    if n != 0 {
        return Err(PyErr::type_error(format!("{owner}.{name}() takes no arguments ({n} given)")));
    }
    Ok(())
}

/// METH_O: `int.__format__() takes exactly one argument (0 given)`.
pub(crate) fn one_arg<'a>(owner: &str, name: &str, args: &Args<'a>) -> PyResult<&'a Value> {
    if args.has_kw() {
        return Err(PyErr::type_error(format!("{owner}.{name}() takes no keyword arguments")));
    }
    let pos = args.pos();
    if pos.len() != 2 {
        return Err(PyErr::type_error(format!(
            "{owner}.{name}() takes exactly one argument ({} given)",
            pos.len().saturating_sub(1)
        )));
    }
    Ok(&pos[1])
}

/// Slot wrappers (`__int__`, `__neg__`...): `expected 0 arguments, got 1`.
pub(crate) fn slot_args<'a>(args: &Args<'a>, count: usize) -> PyResult<&'a [Value]> {
    let pos = args.pos();
    let n = pos.len().saturating_sub(1);
    if args.has_kw() {
        return Err(PyErr::type_error("wrapper takes no keyword arguments"));
    }
    if n != count {
        let s = if count == 1 { "" } else { "s" };
        return Err(PyErr::type_error(format!("expected {count} argument{s}, got {n}")));
    }
    Ok(&pos[1..])
}

/// Argument Clinic's `__round__($self, ndigits=<unrepresentable>, /)`.
pub(crate) fn round_arg<'a>(args: &Args<'a>) -> PyResult<Option<&'a Value>> {
    if args.has_kw() {
        return Err(PyErr::type_error("__round__() takes no keyword arguments"));
    }
    let pos = args.pos();
    let n = pos.len().saturating_sub(1);
    if n > 1 {
        return Err(PyErr::type_error(format!("__round__ expected at most 1 argument, got {n}")));
    }
    Ok(pos.get(1))
}

/// `__format__`'s argument: `TypeError: __format__() argument must be
/// str, not int`.
pub(crate) fn format_spec_arg<'a>(vm: &Vm, owner: &str, args: &Args<'a>) -> PyResult<&'a str> {
    let spec = one_arg(owner, "__format__", args)?;
    spec.as_str()
        .ok_or_else(|| PyErr::type_error(format!("__format__() argument must be str, not {}", vm.type_name(spec))))
}

/// `NotImplemented`.
pub(crate) fn not_implemented() -> Value {
    Value::from_obj(Payload::NotImplemented)
}

// ---- self ---------------------------------------------------------------

/// `self` as an int value (bools stay bools; subclass instances unwrap).
fn self_int(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<Value> {
    let Some(s) = args.pos().first() else {
        return Err(PyErr::type_error(format!("descriptor '{name}' of 'int' object needs an argument")));
    };
    if number::is_int(s) {
        return Ok(s.clone());
    }
    let base = vm.builtin_base(s);
    if number::is_int(&base) {
        return Ok(base);
    }
    Err(PyErr::type_error(format!(
        "descriptor '{name}' for 'int' objects doesn't apply to a '{}' object",
        vm.type_name(s)
    )))
}

/// An int value with bools turned into plain ints.
fn plain_int(v: &Value) -> Value {
    match v {
        Value::Bool(b) => Value::Int(*b as i64),
        other => other.clone(),
    }
}

/// The other operand of an int dunder: an int (possibly a subclass
/// instance), else `None` (the method returns NotImplemented).
fn other_int(vm: &Vm, v: &Value) -> Option<Value> {
    if number::is_int(v) {
        return Some(v.clone());
    }
    let base = vm.builtin_base(v);
    number::is_int(&base).then_some(base)
}

fn as_int_ref(v: &Value) -> IntRef<'_> {
    number::as_int(v).unwrap_or(IntRef::Small(0))
}

// ---- attributes -----------------------------------------------------------

/// `real`, `imag`, `numerator`, `denominator` of an int or bool; `None`
/// for other values or names.
pub fn int_attr(v: &Value, name: &str) -> Option<Value> {
    if !number::is_int(v) {
        return None;
    }
    match name {
        "real" | "numerator" => Some(plain_int(v)),
        "imag" => Some(Value::Int(0)),
        "denominator" => Some(Value::Int(1)),
        _ => None,
    }
}

// ---- methods --------------------------------------------------------------

/// `int.bit_length()`
fn int_bit_length(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args("int", "bit_length", &args)?;
    let v = self_int(vm, &args, "bit_length")?;
    Ok(Value::Int(number::bit_length(as_int_ref(&v)) as i64))
}

/// `int.bit_count()`: the number of ones in `abs(self)`.
fn int_bit_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args("int", "bit_count", &args)?;
    let v = self_int(vm, &args, "bit_count")?;
    let n = match as_int_ref(&v) {
        IntRef::Small(x) => x.unsigned_abs().count_ones() as u64,
        IntRef::Big(b) => b.magnitude().iter_u64_digits().map(|d| d.count_ones() as u64).sum(),
    };
    Ok(Value::Int(n as i64))
}

/// Parses `(length=1, byteorder='big', *, signed=False)`-shaped
/// arguments (Argument Clinic wording). `names[..npos]` may be given by
/// position; all may be given by keyword.
fn clinic_args<'a>(
    name: &str,
    pos: &'a [Value],
    args: &Args<'a>,
    names: &[&str],
    npos: usize,
    required: usize,
) -> PyResult<Vec<Option<&'a Value>>> {
    let kw: Vec<(&'a str, &'a Value)> = args.kw().collect();
    let total = pos.len() + kw.len();
    if total > names.len() {
        return Err(PyErr::type_error(format!("{name}() takes at most {} arguments ({total} given)", names.len())));
    }
    if pos.len() > npos {
        return Err(PyErr::type_error(format!(
            "{name}() takes at most {npos} positional argument{} ({} given)",
            if npos == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    let mut slots: Vec<Option<&'a Value>> = vec![None; names.len()];
    for (slot, v) in slots.iter_mut().zip(pos) {
        *slot = Some(v);
    }
    for (k, v) in kw {
        match names.iter().position(|n| *n == k) {
            Some(i) if i < pos.len() => {
                return Err(PyErr::type_error(format!(
                    "argument for {name}() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => slots[i] = Some(v),
            None => return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for {name}()"))),
        }
    }
    for (i, slot) in slots.iter().enumerate().take(required) {
        if slot.is_none() {
            return Err(PyErr::type_error(format!(
                "{name}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    Ok(slots)
}

/// `byteorder`: `'big'` or `'little'`.
fn byteorder_arg(vm: &Vm, name: &str, v: Option<&Value>) -> PyResult<bool> {
    let Some(v) = v else { return Ok(false) };
    match v.as_str() {
        Some("big") => Ok(false),
        Some("little") => Ok(true),
        Some(_) => Err(PyErr::value_error("byteorder must be either 'little' or 'big'")),
        None => Err(PyErr::type_error(format!("{name}() argument 'byteorder' must be str, not {}", vm.type_name(v)))),
    }
}

fn truth_arg(v: Option<&Value>) -> bool {
    v.and_then(number::int_truthy).unwrap_or_else(|| v.is_some_and(|v| !v.is_none()))
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`
fn int_to_bytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = self_int(vm, &args, "to_bytes")?;
    let pos = args.pos().get(1..).unwrap_or(&[]);
    let slots = clinic_args("to_bytes", pos, &args, &["length", "byteorder", "signed"], 2, 0)?;
    let length = match slots[0] {
        Some(l) => vm.index_value(l)?,
        None => 1,
    };
    if length < 0 {
        return Err(PyErr::value_error("length argument must be non-negative"));
    }
    let little = byteorder_arg(vm, "to_bytes", slots[1])?;
    let signed = truth_arg(slots[2]);
    let b = number::to_bigint(&v).unwrap_or_default();
    if b.is_negative() && !signed {
        return Err(PyErr::overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed { b.to_signed_bytes_le() } else { b.to_bytes_le().1 };
    // Minimal encodings of zero are empty.
    if bytes == [0] {
        bytes.clear();
    }
    let length = length as usize;
    if bytes.len() > length {
        return Err(PyErr::overflow_error("int too big to convert"));
    }
    let pad = if signed && b.is_negative() { 0xff } else { 0 };
    bytes.resize(length, pad);
    if !little {
        bytes.reverse();
    }
    Ok(Value::new_bytes(bytes))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (class
/// method).
fn int_from_bytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let all = args.pos();
    // The class, when given (see the module docs).
    let (cls, pos) = match all.first() {
        Some(c) if c.as_type().is_some() => (Some(c.clone()), &all[1..]),
        _ => (None, all),
    };
    let slots = clinic_args("from_bytes", pos, &args, &["bytes", "byteorder", "signed"], 2, 1)?;
    let data = bytes_of(vm, slots[0].unwrap_or(&Value::None))?;
    let little = byteorder_arg(vm, "from_bytes", slots[1])?;
    let signed = truth_arg(slots[2]);
    let mut be = data;
    if little {
        be.reverse();
    }
    let value = if signed { BigInt::from_signed_bytes_be(&be) } else { BigInt::from_bytes_be(Sign::Plus, &be) };
    let result = Value::from_bigint(value);
    match cls {
        Some(c) if is_bool_class(vm, &c) => Ok(Value::Bool(number::int_truthy(&result).unwrap_or(false))),
        Some(c) if !is_int_class(vm, &c) => vm.call(&c, &[result]),
        _ => Ok(result),
    }
}

fn is_bool_class(vm: &Vm, c: &Value) -> bool {
    c.as_obj().is_some_and(|o| o.is(&vm.g.types.bool_))
}

fn is_int_class(vm: &Vm, c: &Value) -> bool {
    c.as_obj().is_some_and(|o| o.is(&vm.g.types.int))
}

/// The bytes of a bytes-like object or an iterable of ints in range(256)
/// (lists and tuples here): `TypeError: cannot convert 'str' object to
/// bytes`.
fn bytes_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    let items: Vec<Value> = match v.payload() {
        Some(Payload::Bytes(b)) => return Ok(b.clone()),
        Some(Payload::ByteArray(b)) => return Ok(b.borrow().clone()),
        Some(Payload::List(l)) => l.borrow().clone(),
        Some(Payload::Tuple(t)) => t.clone(),
        _ => return Err(PyErr::type_error(format!("cannot convert '{}' object to bytes", vm.type_name(v)))),
    };
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        let x = vm.index_value(it)?;
        if !(0..256).contains(&x) {
            return Err(PyErr::value_error("bytes must be in range(0, 256)"));
        }
        out.push(x as u8);
    }
    Ok(out)
}

/// `int.as_integer_ratio()`: `(self, 1)`.
fn int_as_integer_ratio(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args("int", "as_integer_ratio", &args)?;
    let v = self_int(vm, &args, "as_integer_ratio")?;
    Ok(Value::new_tuple(vec![plain_int(&v), Value::Int(1)]))
}

/// `int.conjugate()`, `__index__`, `__int__`, `__trunc__`, `__floor__`,
/// `__ceil__`, `__pos__`: the int itself (a bool becomes an int).
fn int_identity(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    slot_args(&args, 0)?;
    let v = self_int(vm, &args, "__int__")?;
    Ok(plain_int(&v))
}

fn int_conjugate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args("int", "conjugate", &args)?;
    let v = self_int(vm, &args, "conjugate")?;
    Ok(plain_int(&v))
}

fn int_trunc_like(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // METH_NOARGS methods (`__trunc__`, `__floor__`, `__ceil__`).
    no_args("int", "__trunc__", &args)?;
    let v = self_int(vm, &args, "__trunc__")?;
    Ok(plain_int(&v))
}

/// `int.__float__()`
fn int_float(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    slot_args(&args, 0)?;
    let v = self_int(vm, &args, "__float__")?;
    number::int_to_f64(as_int_ref(&v)).map(Value::Float)
}

/// `int.__round__(ndigits=None)`: `ndigits` must be an int when given.
fn int_round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let nd = round_arg(&args)?;
    let v = self_int(vm, &args, "__round__")?;
    let ndigits = match nd {
        None => None,
        Some(n) => Some(index_clamped(vm, n)?),
    };
    number::round(&v, ndigits).unwrap_or_else(|| Ok(plain_int(&v)))
}

/// `operator.index(n)` clamped to i64 (a huge `ndigits` means the same
/// as the largest one).
pub(crate) fn index_clamped(vm: &mut Vm, n: &Value) -> PyResult<i64> {
    match number::as_int(n) {
        Some(IntRef::Small(x)) => Ok(x),
        Some(IntRef::Big(b)) => Ok(if b.is_negative() { i64::MIN } else { i64::MAX }),
        None => vm.index_value(n),
    }
}

/// `int.__abs__()`
fn int_abs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    slot_args(&args, 0)?;
    let v = self_int(vm, &args, "__abs__")?;
    number::abs(&v).unwrap_or_else(|| Ok(v.clone()))
}

/// `int.__format__(spec)`
fn int_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let spec = format_spec_arg(vm, "int", &args)?;
    let v = self_int(vm, &args, "__format__")?;
    if spec.is_empty() && !number::is_int(&args.pos()[0]) {
        // `format(x, '')` is `str(x)`, which a subclass may override.
        return vm.str_of(&args.pos()[0]).map(Value::from_string);
    }
    let fs = format::parse_spec(spec)?;
    format::format_int(&v, &fs).map(Value::from_string)
}

/// `int.__repr__()` (`True.__repr__()` is `'True'`: bool inherits this
/// one). There is no `int.__str__`: `object.__str__` calls the repr.
fn int_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    slot_args(&args, 0)?;
    let v = self_int(vm, &args, "__repr__")?;
    if let Value::Bool(b) = v {
        return Ok(Value::new_str(if b { "True" } else { "False" }));
    }
    number::int_to_decimal(as_int_ref(&v)).map(Value::from_string)
}

/// `int.__getnewargs__()`: `(int(self),)`.
fn int_getnewargs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args("int", "__getnewargs__", &args)?;
    let v = self_int(vm, &args, "__getnewargs__")?;
    Ok(Value::new_tuple(vec![plain_int(&v)]))
}

fn int_neg(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    slot_args(&args, 0)?;
    let v = self_int(vm, &args, "__neg__")?;
    number::neg(&v).unwrap_or_else(|| Ok(v.clone()))
}

fn int_invert(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    slot_args(&args, 0)?;
    let v = self_int(vm, &args, "__invert__")?;
    number::invert(&v).unwrap_or_else(|| Ok(v.clone()))
}

fn int_bool(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    slot_args(&args, 0)?;
    let v = self_int(vm, &args, "__bool__")?;
    Ok(Value::Bool(number::int_truthy(&v).unwrap_or(false)))
}

fn int_hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    slot_args(&args, 0)?;
    let v = self_int(vm, &args, "__hash__")?;
    Ok(Value::Int(number::hash_number(&v).unwrap_or(0)))
}

/// A binary dunder: `self op other` (or `other op self` when
/// `reflected`), NotImplemented unless `other` is an int.
fn int_binary(vm: &mut Vm, args: &Args<'_>, op: u32, reflected: bool) -> PyResult<Value> {
    let other = slot_args(args, 1)?;
    let v = self_int(vm, args, "__op__")?;
    let Some(w) = other_int(vm, &other[0]) else {
        return Ok(not_implemented());
    };
    let (a, b) = if reflected { (w, v) } else { (v, w) };
    number::binary_op(&a, &b, op).unwrap_or_else(|| Ok(not_implemented()))
}

/// `__pow__(other, mod=None)` / `__rpow__(other, mod=None)`.
fn int_pow_method(vm: &mut Vm, args: &Args<'_>, reflected: bool) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() == 3 {
        let v = self_int(vm, args, "__pow__")?;
        let Some(w) = other_int(vm, &pos[1]) else {
            return Ok(not_implemented());
        };
        let m = &pos[2];
        let (a, b) = if reflected { (w, v) } else { (v, w) };
        if !m.is_none() && !number::is_int(m) {
            return Ok(not_implemented());
        }
        return number::pow3(&a, &b, m).unwrap_or_else(|| Ok(not_implemented()));
    }
    int_binary(vm, args, BINOP_POW, reflected)
}

fn int_compare(vm: &mut Vm, args: &Args<'_>, op: u32) -> PyResult<Value> {
    let other = slot_args(args, 1)?;
    let v = self_int(vm, args, "__eq__")?;
    let Some(w) = other_int(vm, &other[0]) else {
        return Ok(not_implemented());
    };
    Ok(number::compare(&v, &w, op).map(Value::Bool).unwrap_or_else(not_implemented))
}

fn int_divmod(vm: &mut Vm, args: &Args<'_>, reflected: bool) -> PyResult<Value> {
    let other = slot_args(args, 1)?;
    let v = self_int(vm, args, "__divmod__")?;
    let Some(w) = other_int(vm, &other[0]) else {
        return Ok(not_implemented());
    };
    let (a, b) = if reflected { (w, v) } else { (v, w) };
    number::divmod(&a, &b).unwrap_or_else(|| Ok(not_implemented()))
}

macro_rules! binary_methods {
    ($($name:ident, $rname:ident => $op:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
                int_binary(vm, &args, $op, false)
            }
            fn $rname(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
                int_binary(vm, &args, $op, true)
            }
        )*
    };
}

binary_methods! {
    int_add, int_radd => BINOP_ADD;
    int_sub, int_rsub => BINOP_SUB;
    int_mul, int_rmul => BINOP_MUL;
    int_truediv, int_rtruediv => BINOP_TRUEDIV;
    int_floordiv, int_rfloordiv => BINOP_FLOORDIV;
    int_mod, int_rmod => BINOP_MOD;
    int_lshift, int_rlshift => BINOP_LSHIFT;
    int_rshift, int_rrshift => BINOP_RSHIFT;
    int_and, int_rand => BINOP_AND;
    int_or, int_ror => BINOP_OR;
    int_xor, int_rxor => BINOP_XOR;
}

fn int_pow_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    int_pow_method(vm, &args, false)
}
fn int_rpow_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    int_pow_method(vm, &args, true)
}
fn int_divmod_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    int_divmod(vm, &args, false)
}
fn int_rdivmod_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    int_divmod(vm, &args, true)
}
fn int_eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    int_compare(vm, &args, CMP_EQ)
}
fn int_ne(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    int_compare(vm, &args, CMP_NE)
}
fn int_lt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    int_compare(vm, &args, CMP_LT)
}
fn int_le(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    int_compare(vm, &args, CMP_LE)
}
fn int_gt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    int_compare(vm, &args, CMP_GT)
}
fn int_ge(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    int_compare(vm, &args, CMP_GE)
}

/// The methods of `int`, for `types.rs` to install.
pub const INT_METHODS: &[(&str, NativeFn)] = &[
    ("bit_length", int_bit_length),
    ("bit_count", int_bit_count),
    ("to_bytes", int_to_bytes),
    ("from_bytes", int_from_bytes),
    ("as_integer_ratio", int_as_integer_ratio),
    ("conjugate", int_conjugate),
    ("__index__", int_identity),
    ("__int__", int_identity),
    ("__pos__", int_identity),
    ("__trunc__", int_trunc_like),
    ("__floor__", int_trunc_like),
    ("__ceil__", int_trunc_like),
    ("__float__", int_float),
    ("__round__", int_round),
    ("__abs__", int_abs),
    ("__format__", int_format),
    ("__repr__", int_repr),
    ("__getnewargs__", int_getnewargs),
    ("__neg__", int_neg),
    ("__invert__", int_invert),
    ("__bool__", int_bool),
    ("__hash__", int_hash),
    ("__add__", int_add),
    ("__radd__", int_radd),
    ("__sub__", int_sub),
    ("__rsub__", int_rsub),
    ("__mul__", int_mul),
    ("__rmul__", int_rmul),
    ("__truediv__", int_truediv),
    ("__rtruediv__", int_rtruediv),
    ("__floordiv__", int_floordiv),
    ("__rfloordiv__", int_rfloordiv),
    ("__mod__", int_mod),
    ("__rmod__", int_rmod),
    ("__divmod__", int_divmod_fn),
    ("__rdivmod__", int_rdivmod_fn),
    ("__pow__", int_pow_fn),
    ("__rpow__", int_rpow_fn),
    ("__lshift__", int_lshift),
    ("__rlshift__", int_rlshift),
    ("__rshift__", int_rshift),
    ("__rrshift__", int_rrshift),
    ("__and__", int_and),
    ("__rand__", int_rand),
    ("__or__", int_or),
    ("__ror__", int_ror),
    ("__xor__", int_xor),
    ("__rxor__", int_rxor),
    ("__eq__", int_eq),
    ("__ne__", int_ne),
    ("__lt__", int_lt),
    ("__le__", int_le),
    ("__gt__", int_gt),
    ("__ge__", int_ge),
];
