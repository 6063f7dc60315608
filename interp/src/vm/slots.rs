//! Slot wrappers: the dunder methods of builtin types (`list.__len__`,
//! `dict.__setitem__`, `str.__add__`, `tuple.__eq__`, `str.__new__`...) as
//! callable entries of the types' dicts, as CPython's `wrapper_descriptor`s.
//!
//! They make `super().__setitem__(k, v)` in a `dict` subclass,
//! `list.__len__(x)`, `"a".__add__("b")` and `hasattr(list, "__iter__")`
//! work. Each wrapper checks that `self` is an instance of its type (or of
//! a subclass), takes the builtin value out of a subclass instance, and
//! runs the VM's generic operation on builtin values only — so a wrapper
//! never dispatches back into a Python override (no recursion through a
//! subclass's own `__setitem__`).
//!
//! One generic function per operation, specialised by const parameters
//! (the builtin type, the operator), gives each type its own `NativeFn`.
//! `install` adds, for each builtin type, the dunders CPython's type has,
//! leaving alone any a type's own method table already installed (int and
//! float carry hand-written operator methods). Unhashable types get
//! `__hash__ = None`, as in CPython.
//!
//! Binary wrappers return `NotImplemented` when the builtin operation does
//! not apply (`[1].__mul__("a")`), except that sequence concatenation
//! raises CPython's TypeError for a builtin right operand
//! (`"a".__add__(1)`: can only concatenate str (not "int") to str).

use crate::code::*;
use crate::errors::{PyErr, PyResult};
use crate::objects::function::{Args, Builtin, NativeFn};
use crate::objects::number;
use crate::value::{Obj, Payload, Value};
use crate::vm::ops::{is_user, DUNDERS};
use crate::vm::Vm;

// Builtin types by number (const generic parameters cannot be enums).
const INT: u8 = 0;
const FLOAT: u8 = 1;
const COMPLEX: u8 = 2;
const STR: u8 = 3;
const BYTES: u8 = 4;
const BYTEARRAY: u8 = 5;
const LIST: u8 = 6;
const TUPLE: u8 = 7;
const DICT: u8 = 8;
const SET: u8 = 9;
const FROZENSET: u8 = 10;
const RANGE: u8 = 11;
const BOOL: u8 = 12;

fn type_obj(vm: &Vm, k: u8) -> Obj {
    let t = &vm.g.types;
    match k {
        INT => t.int.clone(),
        FLOAT => t.float.clone(),
        COMPLEX => t.complex.clone(),
        STR => t.str_.clone(),
        BYTES => t.bytes.clone(),
        BYTEARRAY => t.bytearray.clone(),
        LIST => t.list.clone(),
        TUPLE => t.tuple.clone(),
        DICT => t.dict.clone(),
        SET => t.set.clone(),
        FROZENSET => t.frozenset.clone(),
        RANGE => t.range.clone(),
        _ => t.bool_.clone(),
    }
}

fn type_name_of(k: u8) -> &'static str {
    match k {
        INT => "int",
        FLOAT => "float",
        COMPLEX => "complex",
        STR => "str",
        BYTES => "bytes",
        BYTEARRAY => "bytearray",
        LIST => "list",
        TUPLE => "tuple",
        DICT => "dict",
        SET => "set",
        FROZENSET => "frozenset",
        RANGE => "range",
        _ => "bool",
    }
}

/// The dunders each builtin type has in CPython 3.11 (beyond `object`'s).
const SEQ_CMP: [&str; 7] = ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__hash__"];

fn names_for(k: u8) -> Vec<&'static str> {
    let mut v: Vec<&'static str> = vec!["__new__", "__repr__"];
    let more: &[&'static str] = match k {
        INT | FLOAT | BOOL => &[],
        COMPLEX => &["__neg__", "__pos__", "__bool__", "__eq__", "__ne__", "__hash__"],
        STR | BYTES => &["__add__", "__mul__", "__rmul__", "__mod__", "__rmod__", "__getitem__", "__len__", "__contains__", "__iter__", "__str__"],
        BYTEARRAY => &[
            "__add__", "__mul__", "__rmul__", "__mod__", "__rmod__", "__iadd__", "__imul__", "__getitem__", "__setitem__",
            "__delitem__", "__len__", "__contains__", "__iter__", "__str__", "__init__",
        ],
        LIST => &["__add__", "__mul__", "__rmul__", "__iadd__", "__imul__", "__getitem__", "__setitem__", "__delitem__", "__len__", "__contains__", "__iter__"],
        TUPLE => &["__add__", "__mul__", "__rmul__", "__getitem__", "__len__", "__contains__", "__iter__"],
        DICT => &["__or__", "__ror__", "__ior__", "__getitem__", "__setitem__", "__delitem__", "__len__", "__contains__", "__iter__"],
        SET => &[
            "__sub__", "__rsub__", "__and__", "__rand__", "__or__", "__ror__", "__xor__", "__rxor__", "__isub__", "__iand__",
            "__ior__", "__ixor__", "__len__", "__contains__", "__iter__", "__init__",
        ],
        FROZENSET => &["__sub__", "__rsub__", "__and__", "__rand__", "__or__", "__ror__", "__xor__", "__rxor__", "__len__", "__contains__", "__iter__"],
        RANGE => &["__bool__", "__getitem__", "__len__", "__contains__", "__iter__"],
        _ => &[],
    };
    v.extend_from_slice(more);
    if !matches!(k, INT | FLOAT | BOOL | COMPLEX) {
        v.extend_from_slice(&SEQ_CMP);
    }
    v
}

/// Every wrapper for builtin type `K`, by dunder name.
fn wrappers<const K: u8>() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("__new__", s_new::<K>),
        ("__init__", s_init::<K>),
        ("__repr__", s_repr::<K>),
        ("__str__", s_str::<K>),
        ("__hash__", s_hash::<K>),
        ("__bool__", s_bool::<K>),
        ("__neg__", s_neg::<K>),
        ("__pos__", s_pos::<K>),
        ("__len__", s_len::<K>),
        ("__contains__", s_contains::<K>),
        ("__iter__", s_iter::<K>),
        ("__getitem__", s_getitem::<K>),
        ("__setitem__", s_setitem::<K>),
        ("__delitem__", s_delitem::<K>),
        ("__eq__", s_cmp::<K, CMP_EQ>),
        ("__ne__", s_cmp::<K, CMP_NE>),
        ("__lt__", s_cmp::<K, CMP_LT>),
        ("__le__", s_cmp::<K, CMP_LE>),
        ("__gt__", s_cmp::<K, CMP_GT>),
        ("__ge__", s_cmp::<K, CMP_GE>),
        ("__add__", s_binop::<K, BINOP_ADD, false>),
        ("__mul__", s_binop::<K, BINOP_MUL, false>),
        ("__rmul__", s_binop::<K, BINOP_MUL, true>),
        ("__mod__", s_binop::<K, BINOP_MOD, false>),
        ("__rmod__", s_binop::<K, BINOP_MOD, true>),
        ("__sub__", s_binop::<K, BINOP_SUB, false>),
        ("__rsub__", s_binop::<K, BINOP_SUB, true>),
        ("__and__", s_binop::<K, BINOP_AND, false>),
        ("__rand__", s_binop::<K, BINOP_AND, true>),
        ("__or__", s_binop::<K, BINOP_OR, false>),
        ("__ror__", s_binop::<K, BINOP_OR, true>),
        ("__xor__", s_binop::<K, BINOP_XOR, false>),
        ("__rxor__", s_binop::<K, BINOP_XOR, true>),
        ("__iadd__", s_inplace::<K, BINOP_ADD>),
        ("__imul__", s_inplace::<K, BINOP_MUL>),
        ("__isub__", s_inplace::<K, BINOP_SUB>),
        ("__iand__", s_inplace::<K, BINOP_AND>),
        ("__ior__", s_inplace::<K, BINOP_OR>),
        ("__ixor__", s_inplace::<K, BINOP_XOR>),
    ]
}

/// Installs the wrappers into the builtin types' dicts.
pub fn install(vm: &mut Vm) {
    let tables: [(u8, Vec<(&'static str, NativeFn)>); 13] = [
        (INT, wrappers::<INT>()),
        (BOOL, wrappers::<BOOL>()),
        (FLOAT, wrappers::<FLOAT>()),
        (COMPLEX, wrappers::<COMPLEX>()),
        (STR, wrappers::<STR>()),
        (BYTES, wrappers::<BYTES>()),
        (BYTEARRAY, wrappers::<BYTEARRAY>()),
        (LIST, wrappers::<LIST>()),
        (TUPLE, wrappers::<TUPLE>()),
        (DICT, wrappers::<DICT>()),
        (SET, wrappers::<SET>()),
        (FROZENSET, wrappers::<FROZENSET>()),
        (RANGE, wrappers::<RANGE>()),
    ];
    for (k, table) in tables {
        let ty = type_obj(vm, k);
        let Payload::Type(t) = ty.payload() else { continue };
        let unhashable = matches!(k, LIST | DICT | SET | BYTEARRAY);
        let mut d = t.dict.borrow_mut();
        for name in names_for(k) {
            if d.get_str(name).is_some() {
                continue;
            }
            let v = if name == "__hash__" && unhashable {
                Value::None
            } else {
                match table.iter().find(|(n, _)| *n == name) {
                    Some(&(n, func)) => Value::from_obj(Payload::Builtin(Builtin {
                        name: n,
                        func,
                        receiver: Value::Null,
                        owner: Some(type_name_of(k)),
                    })),
                    None => continue,
                }
            };
            d.set_str_key(vm.intern(name), v);
        }
        t.touch();
    }
    let base_exc = vm.g.types.exception(crate::errors::ExcKind::BaseException);
    crate::vm::types::install(&base_exc, "BaseException", &[("add_note", exc_add_note)]);
}

/// `BaseException.add_note(note)`.
fn exc_add_note(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() != 2 {
        return Err(PyErr::type_error(format!(
            "BaseException.add_note() takes exactly one argument ({} given)",
            p.len().saturating_sub(1)
        )));
    }
    vm.exception_add_note(&p[0], &p[1])?;
    Ok(Value::None)
}

// ---- the wrappers ------------------------------------------------------

/// `self` (as passed) and its builtin value, after checking its type.
fn this<const K: u8>(vm: &mut Vm, a: &Args<'_>, name: &str) -> PyResult<(Value, Value)> {
    let tn = type_name_of(K);
    let Some(s) = a.pos().first() else {
        return Err(PyErr::type_error(format!("descriptor '{name}' of '{tn}' object needs an argument")));
    };
    let st = vm.type_of(s);
    let want = type_obj(vm, K);
    if !vm.is_subtype(&st, &want) {
        return Err(PyErr::type_error(format!(
            "descriptor '{name}' requires a '{tn}' object but received a '{}'",
            vm.type_name(s)
        )));
    }
    Ok((s.clone(), vm.builtin_base(s)))
}

/// The `i`th argument after `self`.
fn arg(a: &Args<'_>, i: usize, name: &str) -> PyResult<Value> {
    let pos = a.pos();
    match pos.get(i + 1) {
        Some(v) => Ok(v.clone()),
        None => Err(PyErr::type_error(format!(
            "{name}() expected {} argument{}, got {}",
            i + 1,
            if i == 0 { "" } else { "s" },
            pos.len().saturating_sub(1)
        ))),
    }
}

fn not_implemented() -> Value {
    Value::from_obj(Payload::NotImplemented)
}

fn s_new<const K: u8>(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let tn = type_name_of(K);
    let cls = match a.pos().first() {
        Some(Value::Obj(o)) if matches!(o.payload(), Payload::Type(_)) => o.clone(),
        Some(v) => {
            return Err(PyErr::type_error(format!("{tn}.__new__(X): X is not a type object ({})", vm.type_name(v))));
        }
        None => return Err(PyErr::type_error(format!("{tn}.__new__(): not enough arguments"))),
    };
    let want = type_obj(vm, K);
    let Payload::Type(ct) = cls.payload() else { return Err(PyErr::internal("__new__")) };
    if !vm.is_subtype(&cls, &want) {
        return Err(PyErr::type_error(format!("{tn}.__new__({n}): {n} is not a subtype of {tn}", n = ct.name())));
    }
    let rest = Args { values: &a.values[1..], kwnames: a.kwnames };
    if ct.is_heap() {
        vm.new_instance(&cls, rest)
    } else {
        crate::builtins::construct_builtin(vm, &cls, rest)
    }
}

/// `set.__init__` / `bytearray.__init__`: refill the value from the
/// arguments (instances of subclasses start empty).
fn s_init<const K: u8>(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (_, b) = this::<K>(vm, &a, "__init__")?;
    let ty = type_obj(vm, K);
    let rest = Args { values: &a.values[1..], kwnames: a.kwnames };
    let fresh = crate::builtins::construct_builtin(vm, &ty, rest)?;
    match (b.payload(), fresh.payload()) {
        (Some(Payload::Set(dst)), Some(Payload::Set(src))) => {
            let v = src.borrow().clone();
            *dst.borrow_mut() = v;
        }
        (Some(Payload::ByteArray(dst)), Some(Payload::ByteArray(src))) => {
            let v = src.borrow().clone();
            *dst.borrow_mut() = v;
        }
        _ => {}
    }
    Ok(Value::None)
}

fn s_repr<const K: u8>(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (s, b) = this::<K>(vm, &a, "__repr__")?;
    let r = vm.repr(&b)?;
    // set, frozenset and bytearray show a subclass's name: `S({1})`.
    if matches!(K, SET | FROZENSET | BYTEARRAY) && !s.is(&b) {
        let tn = type_name_of(K);
        let sub = vm.type_name(&s);
        if let Some(rest) = r.strip_prefix(tn).and_then(|x| x.strip_prefix('(')) {
            return Ok(Value::from_string(format!("{sub}({rest}")));
        }
        if K == SET {
            // A non-empty set shows as `{1, 2}`.
            return Ok(Value::from_string(format!("{sub}({r})")));
        }
    }
    Ok(Value::from_string(r))
}

fn s_str<const K: u8>(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if matches!(K, BYTES | BYTEARRAY) {
        // bytes.__str__ is repr(self).
        return s_repr::<K>(vm, a);
    }
    let (_, b) = this::<K>(vm, &a, "__str__")?;
    Ok(Value::from_string(vm.str_of(&b)?))
}

fn s_hash<const K: u8>(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (_, b) = this::<K>(vm, &a, "__hash__")?;
    Ok(Value::Int(vm.hash(&b)?))
}

fn s_bool<const K: u8>(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (_, b) = this::<K>(vm, &a, "__bool__")?;
    Ok(Value::Bool(vm.truthy(&b)?))
}

fn s_neg<const K: u8>(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (_, b) = this::<K>(vm, &a, "__neg__")?;
    vm.neg(b)
}

fn s_pos<const K: u8>(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (_, b) = this::<K>(vm, &a, "__pos__")?;
    vm.pos(b)
}

fn s_len<const K: u8>(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (_, b) = this::<K>(vm, &a, "__len__")?;
    Ok(Value::Int(vm.len(&b)? as i64))
}

fn s_contains<const K: u8>(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (_, b) = this::<K>(vm, &a, "__contains__")?;
    let x = arg(&a, 0, "__contains__")?;
    Ok(Value::Bool(vm.contains(&b, &x)?))
}

fn s_iter<const K: u8>(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (_, b) = this::<K>(vm, &a, "__iter__")?;
    vm.get_iter(&b)
}

fn s_getitem<const K: u8>(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (s, b) = this::<K>(vm, &a, "__getitem__")?;
    let key = arg(&a, 0, "__getitem__")?;
    match vm.get_item(&b, &key) {
        // dict.__getitem__ on a subclass instance consults __missing__.
        Err(e) if K == DICT && !s.is(&b) && vm.err_is(&e, crate::errors::ExcKind::KeyError) => {
            match vm.call_dunder(&s, "__missing__", &[key])? {
                Some(v) => Ok(v),
                None => Err(e),
            }
        }
        r => r,
    }
}

fn s_setitem<const K: u8>(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (_, b) = this::<K>(vm, &a, "__setitem__")?;
    let key = arg(&a, 0, "__setitem__")?;
    let v = arg(&a, 1, "__setitem__")?;
    vm.set_item(&b, key, v)?;
    Ok(Value::None)
}

fn s_delitem<const K: u8>(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (_, b) = this::<K>(vm, &a, "__delitem__")?;
    let key = arg(&a, 0, "__delitem__")?;
    vm.del_item(&b, &key)?;
    Ok(Value::None)
}

/// Can builtin type `K` compare with builtin value `other` at all?
fn comparable<const K: u8>(other: &Value, op: u32) -> bool {
    let ordering = !matches!(op, CMP_EQ | CMP_NE);
    match (K, other.payload()) {
        (STR, Some(Payload::Str(_))) => true,
        (BYTES | BYTEARRAY, Some(Payload::Bytes(_) | Payload::ByteArray(_))) => true,
        (LIST, Some(Payload::List(_))) => true,
        (TUPLE, Some(Payload::Tuple(_))) => true,
        (DICT, Some(Payload::Dict(_))) => !ordering,
        (SET | FROZENSET, Some(Payload::Set(_) | Payload::FrozenSet(_))) => true,
        (RANGE, Some(Payload::Range { .. })) => !ordering,
        (COMPLEX, _) => !ordering && number::to_f64(other).is_some() || matches!(other.payload(), Some(Payload::Complex(..))),
        _ => false,
    }
}

fn s_cmp<const K: u8, const OP: u32>(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let name = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"][OP as usize];
    let (_, b) = this::<K>(vm, &a, name)?;
    let other = arg(&a, 0, name)?;
    let ob = vm.builtin_base(&other);
    if !comparable::<K>(&ob, OP) || (K == COMPLEX && !matches!(OP, CMP_EQ | CMP_NE)) {
        return Ok(not_implemented());
    }
    vm.compare(&b, &ob, OP)
}

/// Is `v` a builtin sequence that `+` concatenates?
fn is_concat_seq(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_) | Payload::ByteArray(_)))
}

fn s_binop<const K: u8, const OP: u32, const REFLECTED: bool>(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (name, rname, _) = DUNDERS[OP as usize];
    let name = if REFLECTED { rname } else { name };
    let (_, b) = this::<K>(vm, &a, name)?;
    let other = arg(&a, 0, name)?;
    let ob = vm.builtin_base(&other);
    if is_user(&ob) {
        // `other` is a Python object: let the operator protocol try its
        // reflected method.
        if OP == BINOP_MUL {
            if let Some(n) = vm.index_of_user(&ob)? {
                return s_repeat(vm, &b, n);
            }
        }
        return Ok(not_implemented());
    }
    let (x, y) = if REFLECTED { (ob.clone(), b.clone()) } else { (b.clone(), ob.clone()) };
    if let Some(r) = number::binary_op(&x, &y, OP) {
        return r;
    }
    if let Some(r) = crate::objects_ops::builtin_binary(vm, &x, &y, OP, false)? {
        return Ok(r);
    }
    if OP == BINOP_ADD && !REFLECTED && is_concat_seq(&b) {
        return Err(vm.binop_type_error(&b, &ob, OP, false));
    }
    if OP == BINOP_MUL && is_concat_seq(&b) {
        return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&other))));
    }
    Ok(not_implemented())
}

fn s_repeat(vm: &mut Vm, seq: &Value, n: i64) -> PyResult<Value> {
    match crate::objects_ops::builtin_binary(vm, seq, &Value::Int(n), BINOP_MUL, false)? {
        Some(r) => Ok(r),
        None => Ok(not_implemented()),
    }
}

fn s_inplace<const K: u8, const OP: u32>(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let name = DUNDERS[OP as usize].2;
    let (s, b) = this::<K>(vm, &a, name)?;
    let other = arg(&a, 0, name)?;
    let ob = vm.builtin_base(&other);
    if is_user(&ob) && !(K == LIST && OP == BINOP_ADD) {
        return Ok(not_implemented());
    }
    match crate::objects_ops::builtin_binary(vm, &b, &ob, OP, true)? {
        Some(r) if r.is(&b) => Ok(s),
        Some(r) => {
            // An in-place operator that built a new value (list *= n on
            // some paths): store it back into a subclass instance.
            if !s.is(&b) {
                if let Some(Payload::Instance(i)) = s.payload() {
                    if let crate::objects::instance::InstanceExtra::Builtin(cell) = &i.extra {
                        *cell.borrow_mut() = r;
                        return Ok(s);
                    }
                }
            }
            Ok(r)
        }
        None => Ok(not_implemented()),
    }
}
