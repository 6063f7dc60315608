//! Operators: binary, comparison, unary, truth, `in`.
//!
//! Order of attempts, as CPython's: inline int/float fast paths; builtin
//! numbers (`objects/number.rs`); builtin sequences (concatenation,
//! repetition); then the dunder protocol — `__op__` on the left, then
//! `__rop__` on the right (first when the right operand's type is a proper
//! subclass of the left's), `NotImplemented` meaning "try the other".

use crate::code::*;
use crate::errors::{self, PyErr, PyResult};
use crate::objects::number;
use crate::value::{Payload, Value};
use crate::vm::Vm;

pub(crate) const DUNDERS: [(&str, &str, &str); 13] = [
    ("__add__", "__radd__", "__iadd__"),
    ("__sub__", "__rsub__", "__isub__"),
    ("__mul__", "__rmul__", "__imul__"),
    ("__matmul__", "__rmatmul__", "__imatmul__"),
    ("__truediv__", "__rtruediv__", "__itruediv__"),
    ("__mod__", "__rmod__", "__imod__"),
    ("__pow__", "__rpow__", "__ipow__"),
    ("__lshift__", "__rlshift__", "__ilshift__"),
    ("__rshift__", "__rrshift__", "__irshift__"),
    ("__or__", "__ror__", "__ior__"),
    ("__xor__", "__rxor__", "__ixor__"),
    ("__and__", "__rand__", "__iand__"),
    ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
];

const SYMBOLS: [&str; 13] = ["+", "-", "*", "@", "/", "%", "** or pow()", "<<", ">>", "|", "^", "&", "//"];

impl Vm {
    /// `a <op> b` (`op` a `BINOP_*`, possibly with `INPLACE_FLAG`).
    #[inline]
    pub fn binary_op(&mut self, a: Value, b: Value, op: u32) -> PyResult<Value> {
        let inplace = op & INPLACE_FLAG != 0;
        let op = op & !INPLACE_FLAG;
        if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
            let r = match op {
                BINOP_ADD => x.checked_add(*y),
                BINOP_SUB => x.checked_sub(*y),
                BINOP_MUL => x.checked_mul(*y),
                _ => None,
            };
            if let Some(r) = r {
                return Ok(Value::Int(r));
            }
        }
        if let (Value::Float(x), Value::Float(y)) = (&a, &b) {
            match op {
                BINOP_ADD => return Ok(Value::Float(x + y)),
                BINOP_SUB => return Ok(Value::Float(x - y)),
                BINOP_MUL => return Ok(Value::Float(x * y)),
                _ => {}
            }
        }
        if let Some(r) = number::binary_op(&a, &b, op) {
            return r;
        }
        self.binary_slow(a, b, op, inplace)
    }

    fn binary_slow(&mut self, a: Value, b: Value, op: u32, inplace: bool) -> PyResult<Value> {
        let (name, rname, iname) = DUNDERS[op as usize];
        let a_user = is_user(&a);
        let b_user = is_user(&b);
        if !a_user && !b_user {
            if let Some(r) = self.builtin_binary(&a, &b, op, inplace)? {
                return Ok(r);
            }
            return Err(self.binop_type_error(&a, &b, op, inplace));
        }
        if inplace {
            if let Some(r) = self.call_dunder(&a, iname, &[b.clone()])? {
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = self.binary_dispatch(&a, &b, name, rname)? {
            return Ok(r);
        }
        // `"%s" % obj` with any object on the right (an exception, an
        // instance): once its `__rmod__` declined, str/bytes formatting takes
        // it as the single argument, as CPython's `unicode_mod` does.
        if op == BINOP_MOD && !a_user {
            if let Some(r) = self.builtin_binary(&a, &b, op, inplace)? {
                return Ok(r);
            }
        }
        // Subclasses of builtins whose base operation has no dunder.
        let (ab, bb) = (self.builtin_base(&a), self.builtin_base(&b));
        if (!ab.is(&a) || !bb.is(&b)) && !is_user(&ab) && !is_user(&bb) {
            if let Some(r) = number::binary_op(&ab, &bb, op) {
                return r;
            }
            if let Some(r) = self.builtin_binary(&ab, &bb, op, inplace)? {
                return Ok(r);
            }
        }
        // `"%r" % obj`: str and bytes formatting takes any right operand
        // that did not claim the operation with `__rmod__`.
        if op == BINOP_MOD && !is_user(&ab) {
            if let Some(r) = self.builtin_binary(&ab, &b, op, inplace)? {
                return Ok(r);
            }
        }
        // Sequence repetition by an object with __index__ ("ab" * Idx(2)).
        if op == BINOP_MUL {
            if is_sequence(&ab) {
                if let Some(n) = self.index_of_user(&bb)? {
                    if let Some(r) = self.builtin_binary(&ab, &Value::Int(n), op, inplace)? {
                        return Ok(r);
                    }
                }
            } else if is_sequence(&bb) {
                if let Some(n) = self.index_of_user(&ab)? {
                    if let Some(r) = self.builtin_binary(&bb, &Value::Int(n), op, false)? {
                        return Ok(r);
                    }
                }
            }
        }
        Err(self.binop_type_error(&a, &b, op, inplace))
    }

    /// The operator protocol for `a <op> b` (CPython's `binary_op1`): the
    /// left operand's `name`, then the right's reflected `rname` — first
    /// when the right operand's type is a proper subclass of the left's that
    /// overrides it; `NotImplemented` means "try the other". `None` when
    /// neither applies.
    pub fn binary_dispatch(&mut self, a: &Value, b: &Value, name: &str, rname: &str) -> PyResult<Option<Value>> {
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let same = ta.is(&tb);
        let fa = self.lookup_in_type(&ta, name).filter(|f| !f.is_none());
        let mut fb = if same { None } else { self.lookup_in_type(&tb, rname).filter(|f| !f.is_none()) };
        if let (Some(x), Some(y)) = (&fa, &fb) {
            if x.is(y) {
                fb = None;
            }
        }
        if let Some(f) = &fb {
            let overrides = match self.lookup_in_type(&ta, rname) {
                Some(g) => !g.is(f),
                None => true,
            };
            if overrides && self.is_subtype(&tb, &ta) {
                let r = self.call_method_value(f, b, &[a.clone()])?;
                if !is_not_implemented(&r) {
                    return Ok(Some(r));
                }
                fb = None;
            }
        }
        if let Some(f) = &fa {
            let r = self.call_method_value(f, a, &[b.clone()])?;
            if !is_not_implemented(&r) {
                return Ok(Some(r));
            }
        }
        if let Some(f) = &fb {
            let r = self.call_method_value(f, b, &[a.clone()])?;
            if !is_not_implemented(&r) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    /// `divmod(a, b)`: numbers directly, else `__divmod__`/`__rdivmod__`.
    pub fn divmod(&mut self, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(r) = number::divmod(a, b) {
            return r;
        }
        if let Some(r) = self.binary_dispatch(a, b, "__divmod__", "__rdivmod__")? {
            return Ok(r);
        }
        Err(errors::unsupported_binop("divmod()", &self.type_name(a), &self.type_name(b)))
    }

    /// `__index__` of a Python object, if it has one.
    pub fn index_of_user(&mut self, v: &Value) -> PyResult<Option<i64>> {
        if !is_user(v) {
            return Ok(None);
        }
        match self.call_dunder(v, "__index__", &[])? {
            Some(r) => match r {
                Value::Int(i) => Ok(Some(i)),
                Value::Bool(b) => Ok(Some(b as i64)),
                _ => Err(PyErr::type_error(format!("__index__ returned non-int (type {})", self.type_name(&r)))),
            },
            None => Ok(None),
        }
    }

    /// CPython's TypeError for an operator no operand supports.
    pub fn binop_type_error(&mut self, a: &Value, b: &Value, op: u32, inplace: bool) -> PyErr {
        let (ab, bb) = (self.builtin_base(a), self.builtin_base(b));
        if op == BINOP_ADD && is_sequence(&ab) {
            let (ta, tb) = (self.type_name(&ab), self.type_name(b));
            return match ab.payload() {
                Some(Payload::Bytes(_) | Payload::ByteArray(_)) => PyErr::type_error(format!("can't concat {tb} to {ta}")),
                _ => PyErr::type_error(format!("can only concatenate {ta} (not \"{tb}\") to {ta}")),
            };
        }
        if op == BINOP_MUL && (is_sequence(&ab) || is_sequence(&bb)) {
            let other = if is_sequence(&ab) { b } else { a };
            return PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", self.type_name(other)));
        }
        let sym = if inplace {
            format!("{}=", SYMBOLS[op as usize].split(' ').next().unwrap_or(""))
        } else {
            SYMBOLS[op as usize].to_string()
        };
        errors::unsupported_binop(&sym, &self.type_name(a), &self.type_name(b))
    }

    /// Sequence and set operators on builtin values.
    fn builtin_binary(&mut self, a: &Value, b: &Value, op: u32, inplace: bool) -> PyResult<Option<Value>> {
        crate::objects_ops::builtin_binary(self, a, b, op, inplace)
    }

    /// Rich comparison producing a value.
    pub fn compare(&mut self, a: &Value, b: &Value, op: u32) -> PyResult<Value> {
        if let Some(r) = number::compare(a, b, op) {
            return Ok(Value::Bool(r));
        }
        if !is_user(a) && !is_user(b) {
            if let Some(r) = crate::objects_ops::builtin_compare(self, a, b, op)? {
                return Ok(Value::Bool(r));
            }
        } else {
            let (name, swapped) = match op {
                CMP_LT => ("__lt__", "__gt__"),
                CMP_LE => ("__le__", "__ge__"),
                CMP_EQ => ("__eq__", "__eq__"),
                CMP_NE => ("__ne__", "__ne__"),
                CMP_GT => ("__gt__", "__lt__"),
                _ => ("__ge__", "__le__"),
            };
            let ta = self.type_of(a);
            let tb = self.type_of(b);
            let b_first = !ta.is(&tb) && self.is_subtype(&tb, &ta);
            if b_first {
                if let Some(r) = self.user_cmp(b, swapped, a)? {
                    return Ok(r);
                }
            }
            if let Some(r) = self.user_cmp(a, name, b)? {
                return Ok(r);
            }
            if !b_first {
                if let Some(r) = self.user_cmp(b, swapped, a)? {
                    return Ok(r);
                }
            }
            // Builtin bases of subclasses (class S(str)).
            let ab = self.builtin_base(a);
            let bb = self.builtin_base(b);
            if !ab.is(a) || !bb.is(b) {
                if !is_user(&ab) && !is_user(&bb) {
                    return self.compare(&ab, &bb, op);
                }
            }
        }
        match op {
            CMP_EQ => Ok(Value::Bool(default_eq(a, b))),
            CMP_NE => Ok(Value::Bool(!default_eq(a, b))),
            _ => {
                let sym = ["<", "<=", "==", "!=", ">", ">="][op as usize];
                Err(errors::unorderable(sym, &self.type_name(a), &self.type_name(b)))
            }
        }
    }

    /// Calls a comparison dunder unless it is `object`'s default; None when
    /// absent or NotImplemented.
    fn user_cmp(&mut self, x: &Value, name: &str, y: &Value) -> PyResult<Option<Value>> {
        if !is_user(x) {
            return Ok(None);
        }
        let t = self.type_of(x);
        match self.lookup_in_type(&t, name) {
            Some(f) if !self.is_object_slot(&f) && !f.is_none() => {
                let r = self.call_method_value(&f, x, &[y.clone()])?;
                if is_not_implemented(&r) {
                    Ok(None)
                } else {
                    Ok(Some(r))
                }
            }
            _ => {
                if name == "__ne__" {
                    // Default __ne__ inverts __eq__.
                    if let Some(r) = self.user_cmp(x, "__eq__", y)? {
                        let t = self.truthy(&r)?;
                        return Ok(Some(Value::Bool(!t)));
                    }
                }
                Ok(None)
            }
        }
    }

    /// Rich comparison as a Rust bool (the fused compare-and-branch path).
    #[inline]
    pub fn compare_bool(&mut self, a: &Value, b: &Value, op: u32) -> PyResult<bool> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(cmp_ord(x, y, op));
        }
        let r = self.compare(a, b, op)?;
        self.truthy(&r)
    }

    /// `bool(v)`.
    #[inline]
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::Bool(b) => *b,
            Value::None | Value::Null => false,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Obj(o) => match o.payload() {
                Payload::Str(s) => s.char_len() > 0,
                Payload::List(l) => !l.borrow().is_empty(),
                Payload::Tuple(t) => !t.is_empty(),
                Payload::Dict(d) => !d.borrow().is_empty(),
                Payload::Set(s) => !s.borrow().is_empty(),
                Payload::FrozenSet(s) => !s.is_empty(),
                Payload::BigInt(_) => true,
                Payload::Complex(re, im) => *re != 0.0 || *im != 0.0,
                Payload::Bytes(b) => !b.is_empty(),
                Payload::ByteArray(b) => !b.borrow().is_empty(),
                Payload::Range { .. } => crate::objects_ops::range_len(v) > 0,
                Payload::Instance(_) | Payload::Native(_) => return self.user_truthy(v),
                _ => true,
            },
        })
    }

    fn user_truthy(&mut self, v: &Value) -> PyResult<bool> {
        if let Some(r) = self.call_dunder(v, "__bool__", &[])? {
            return match r {
                Value::Bool(b) => Ok(b),
                _ => Err(PyErr::type_error(format!("__bool__ should return bool, returned {}", self.type_name(&r)))),
            };
        }
        let ty = self.type_of(v);
        if self.lookup_in_type(&ty, "__len__").is_some() {
            let n = self.len(v)?;
            return Ok(n > 0);
        }
        let b = self.builtin_base(v);
        if !b.is(v) {
            return self.truthy(&b);
        }
        Ok(true)
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if is_user(container) {
            if let Some(r) = self.call_dunder(container, "__contains__", &[item.clone()])? {
                return self.truthy(&r);
            }
            let base = self.builtin_base(container);
            if !base.is(container) {
                return self.contains(&base, item);
            }
            // Fall back to iteration.
            let it = self.get_iter(container)?;
            while let Some(v) = self.next(&it)? {
                if self.eq(&v, item)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        crate::objects_ops::builtin_contains(self, container, item)
    }

    pub fn neg(&mut self, a: Value) -> PyResult<Value> {
        if let Value::Int(i) = a {
            if let Some(r) = i.checked_neg() {
                return Ok(Value::Int(r));
            }
        }
        if let Some(r) = number::neg(&a) {
            return r;
        }
        self.unary_dunder(a, "__neg__", "-")
    }

    pub fn pos(&mut self, a: Value) -> PyResult<Value> {
        if let Some(r) = number::pos(&a) {
            return r;
        }
        self.unary_dunder(a, "__pos__", "+")
    }

    pub fn invert(&mut self, a: Value) -> PyResult<Value> {
        if let Some(r) = number::invert(&a) {
            return r;
        }
        self.unary_dunder(a, "__invert__", "~")
    }

    fn unary_dunder(&mut self, a: Value, name: &str, sym: &str) -> PyResult<Value> {
        if is_user(&a) {
            if let Some(r) = self.call_dunder(&a, name, &[])? {
                return Ok(r);
            }
            let b = self.builtin_base(&a);
            if !b.is(&a) {
                return match sym {
                    "-" => self.neg(b),
                    "+" => self.pos(b),
                    _ => self.invert(b),
                };
            }
        }
        Err(errors::bad_unary(sym, &self.type_name(&a)))
    }
}

/// Is `v` an instance of a Python-defined class (dunders may apply)?
#[inline]
pub fn is_user(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Instance(_)) | Some(Payload::Native(_)) => true,
        // A class whose metaclass may define dunders (`len(EnumClass)`).
        Some(Payload::Type(t)) => t.metaclass.borrow().is_some(),
        _ => false,
    }
}

/// `==` when no `__eq__` decides: identity, except that bound methods are
/// equal when they bind the same function to the same object.
fn default_eq(a: &Value, b: &Value) -> bool {
    match (a.payload(), b.payload()) {
        (Some(Payload::Method { func: f1, receiver: r1 }), Some(Payload::Method { func: f2, receiver: r2 })) => {
            f1.is(f2) && r1.is(r2)
        }
        (Some(Payload::Builtin(b1)), Some(Payload::Builtin(b2))) if !b1.receiver.is_null() => {
            b1.name == b2.name && b1.func as usize == b2.func as usize && b1.receiver.is(&b2.receiver)
        }
        _ => a.is(b),
    }
}

/// Is `v` a builtin sequence (concatenation and repetition apply)?
fn is_sequence(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_) | Payload::ByteArray(_)))
}

#[inline]
pub fn is_not_implemented(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::NotImplemented))
}

// ---- inline fast paths ----------------------------------------------------
//
// CPython 3.11 specialises `BINARY_OP`/`COMPARE_OP` for int and float
// operands; these are garter's equivalents, checked inline by the dispatch
// loop before the generic `binary_op`/`compare`. Each returns `None` for
// anything it does not handle *exactly* as the generic path would (overflow
// into big ints, division by zero, float overflow in `**`...), so the
// generic path still raises the right exception.

/// Largest magnitude an `i64` may have to convert to `f64` exactly (2**53).
const EXACT_F64_INT: u64 = 1 << 53;

/// `a <op> b` for two ints or floats, when it cannot fail; `op` without
/// `INPLACE_FLAG` (ints and floats have no in-place operators).
#[inline(always)]
pub fn binary_fast(a: &Value, b: &Value, op: u32) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => int_binary_fast(*x, *y, op),
        (Value::Float(x), Value::Float(y)) => float_binary_fast(*x, *y, op),
        // int.__op__(float) is NotImplemented; float.__rop__ converts the
        // int with correct rounding, as `as f64` does.
        (Value::Int(x), Value::Float(y)) => float_binary_fast(*x as f64, *y, op),
        (Value::Float(x), Value::Int(y)) => float_binary_fast(*x, *y as f64, op),
        _ => None,
    }
}

#[inline(always)]
fn int_binary_fast(x: i64, y: i64, op: u32) -> Option<Value> {
    match op {
        BINOP_ADD => x.checked_add(y).map(Value::Int),
        BINOP_SUB => x.checked_sub(y).map(Value::Int),
        BINOP_MUL => x.checked_mul(y).map(Value::Int),
        // CPython's long_true_divide divides directly when both operands
        // are exact as doubles.
        BINOP_TRUEDIV if y != 0 && x.unsigned_abs() <= EXACT_F64_INT && y.unsigned_abs() <= EXACT_F64_INT => {
            Some(Value::Float(x as f64 / y as f64))
        }
        // Floor division and modulo round toward negative infinity.
        BINOP_FLOORDIV => {
            let q = x.checked_div(y)?;
            Some(Value::Int(if (x % y != 0) && ((x ^ y) < 0) { q - 1 } else { q }))
        }
        BINOP_MOD => {
            let r = x.checked_rem(y)?;
            Some(Value::Int(if r != 0 && ((r ^ y) < 0) { r + y } else { r }))
        }
        BINOP_AND => Some(Value::Int(x & y)),
        BINOP_OR => Some(Value::Int(x | y)),
        BINOP_XOR => Some(Value::Int(x ^ y)),
        _ => None,
    }
}

#[inline(always)]
fn float_binary_fast(x: f64, y: f64, op: u32) -> Option<Value> {
    match op {
        BINOP_ADD => Some(Value::Float(x + y)),
        BINOP_SUB => Some(Value::Float(x - y)),
        BINOP_MUL => Some(Value::Float(x * y)),
        BINOP_TRUEDIV if y != 0.0 => Some(Value::Float(x / y)),
        // A positive finite base and finite exponent is the case where
        // float_pow simply calls libm's pow; an infinite result is an
        // OverflowError, left to the generic path.
        BINOP_POW if x > 0.0 && x.is_finite() && y.is_finite() => {
            let r = x.powf(y);
            if r.is_finite() {
                Some(Value::Float(r))
            } else {
                None
            }
        }
        _ => None,
    }
}

/// `a <cmp> b` for ints and floats (mixed only while the int converts to
/// a double exactly, as CPython's exact int/float comparison then agrees).
#[inline(always)]
pub fn compare_fast(a: &Value, b: &Value, op: u32) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(cmp_ord(x, y, op)),
        (Value::Float(x), Value::Float(y)) => Some(cmp_float(*x, *y, op)),
        (Value::Int(x), Value::Float(y)) if x.unsigned_abs() <= EXACT_F64_INT => Some(cmp_float(*x as f64, *y, op)),
        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() <= EXACT_F64_INT => Some(cmp_float(*x, *y as f64, op)),
        _ => None,
    }
}

#[inline(always)]
fn cmp_ord<T: PartialOrd>(x: &T, y: &T, op: u32) -> bool {
    match op {
        CMP_LT => x < y,
        CMP_LE => x <= y,
        CMP_EQ => x == y,
        CMP_NE => x != y,
        CMP_GT => x > y,
        _ => x >= y,
    }
}

/// IEEE comparisons: every comparison with a NaN is false except `!=`, as
/// in CPython's float_richcompare.
#[inline(always)]
fn cmp_float(x: f64, y: f64, op: u32) -> bool {
    cmp_ord(&x, &y, op)
}

/// `-a` for ints and floats, when it cannot overflow.
#[inline(always)]
pub fn negative_fast(a: &Value) -> Option<Value> {
    match a {
        Value::Int(x) => x.checked_neg().map(Value::Int),
        Value::Float(x) => Some(Value::Float(-x)),
        _ => None,
    }
}

/// `seq[i]` for a list or tuple and an in-range int index (negative
/// counts from the end); `None` for everything else (slices, other
/// containers, IndexError).
#[inline(always)]
pub fn subscr_fast(container: &Value, key: &Value) -> Option<Value> {
    let Value::Int(i) = key else { return None };
    match container.payload()? {
        Payload::List(l) => {
            let l = l.borrow();
            l.get(wrap_index(*i, l.len())?).cloned()
        }
        Payload::Tuple(t) => t.get(wrap_index(*i, t.len())?).cloned(),
        _ => None,
    }
}

/// `list[i] = v` for an exact list and an in-range int index. Hands `v`
/// back when the case is not handled; on success returns the replaced
/// item, which the caller drops (outside the list's borrow, so a
/// `__del__` it triggers may touch the list).
#[inline(always)]
pub fn store_subscr_fast(container: &Value, key: &Value, v: Value) -> Result<Value, Value> {
    let (Value::Int(i), Some(Payload::List(l))) = (key, container.payload()) else { return Err(v) };
    let Ok(mut l) = l.try_borrow_mut() else { return Err(v) };
    match wrap_index(*i, l.len()) {
        Some(ix) => Ok(std::mem::replace(&mut l[ix], v)),
        None => Err(v),
    }
}

/// A Python index into a sequence of `len` items, if in range.
#[inline(always)]
fn wrap_index(i: i64, len: usize) -> Option<usize> {
    let ix = if i < 0 { i.checked_add(len as i64)? } else { i };
    if (ix as u64) < len as u64 {
        Some(ix as usize)
    } else {
        None
    }
}
