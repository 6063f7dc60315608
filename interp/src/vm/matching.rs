//! The pattern-matching opcodes of the `match` statement (PEP 634):
//! `GetLen`, `MatchSequence`, `MatchMapping`, `MatchKeys`, `MatchClass`,
//! `CopyDictWithoutKeys`. The compiler (`compiler/pattern.rs`) emits them
//! as CPython 3.11 emits GET_LEN, MATCH_SEQUENCE, MATCH_MAPPING,
//! MATCH_KEYS and MATCH_CLASS; their behaviour follows `ceval.c`.
//!
//! Which values are sequences and mappings stands in for CPython's
//! `Py_TPFLAGS_SEQUENCE` / `Py_TPFLAGS_MAPPING`: list, tuple, range (and
//! subclasses) are sequences, str/bytes/bytearray are not; dict and its
//! subclasses are mappings; so are classes deriving from
//! `collections.abc`'s `Sequence`/`Mapping` families. Class patterns use
//! `__match_args__`, or match the subject itself for the builtins with
//! CPython's `_Py_TPFLAGS_MATCH_SELF` (bool, bytearray, bytes, dict,
//! float, frozenset, int, list, set, str, tuple and their subclasses).
//!
//! A failed match is not an error: the opcodes push `False` or `None`.
//! Errors (`TypeError: Point() accepts 2 positional sub-patterns (3
//! given)`, a user `__getattr__` raising) propagate.

use crate::errors::{ExcKind, PyErr, PyResult};
use crate::objects::dict::Dict;
use crate::objects::typeobj::TypeKind;
use crate::value::{Obj, Payload, Value};
use crate::vm::Vm;

/// `GetLen`: (obj -- obj len)
pub fn get_len(vm: &mut Vm) -> PyResult<()> {
    let v = vm.top().clone();
    let n = vm.len(&v)?;
    vm.stack.push(Value::Int(n as i64));
    Ok(())
}

/// `MatchSequence`: (subject -- subject bool)
pub fn match_sequence(vm: &mut Vm) -> PyResult<()> {
    let v = vm.top().clone();
    let r = is_sequence(vm, &v);
    vm.stack.push(Value::Bool(r));
    Ok(())
}

/// `MatchMapping`: (subject -- subject bool)
pub fn match_mapping(vm: &mut Vm) -> PyResult<()> {
    let v = vm.top().clone();
    let r = is_mapping(vm, &v);
    vm.stack.push(Value::Bool(r));
    Ok(())
}

fn is_sequence(vm: &Vm, v: &Value) -> bool {
    match v.payload() {
        None => false,
        Some(Payload::List(_) | Payload::Tuple(_) | Payload::Range { .. } | Payload::BigRange(_)) => true,
        Some(Payload::Instance(_) | Payload::Native(_)) => {
            let t = vm.type_of(v);
            let types = &vm.g.types;
            if [&types.str_, &types.bytes, &types.bytearray].iter().any(|b| vm.is_subtype(&t, b)) {
                return false;
            }
            [&types.list, &types.tuple, &types.range].iter().any(|b| vm.is_subtype(&t, b))
                || derives_from_abc(&t, &["Sequence", "MutableSequence"])
                || matches!(type_name(&t).as_str(), "deque" | "array" | "memoryview")
        }
        Some(_) => false,
    }
}

fn is_mapping(vm: &Vm, v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Dict(_)) => true,
        Some(Payload::Instance(_) | Payload::Native(_)) => {
            let t = vm.type_of(v);
            vm.is_subtype(&t, &vm.g.types.dict) || derives_from_abc(&t, &["Mapping", "MutableMapping"])
        }
        _ => false,
    }
}

fn type_name(t: &Obj) -> String {
    match t.payload() {
        Payload::Type(ty) => ty.name(),
        _ => String::new(),
    }
}

/// Does class `t` have one of `names`, defined in `collections.abc` or
/// `typing`, in its MRO?
fn derives_from_abc(t: &Obj, names: &[&str]) -> bool {
    let Payload::Type(ty) = t.payload() else { return false };
    ty.mro.borrow().iter().any(|base| {
        let Payload::Type(b) = base.payload() else { return false };
        if !names.contains(&b.name().as_str()) {
            return false;
        }
        let dict = b.dict.borrow();
        let module = dict.get_str("__module__").and_then(|m| m.as_str().map(str::to_string));
        matches!(module.as_deref(), Some("collections.abc" | "_collections_abc" | "typing"))
    })
}

/// `MatchKeys`: (subject keys -- subject keys values_or_None)
pub fn match_keys(vm: &mut Vm) -> PyResult<()> {
    let n = vm.stack.len();
    if n < 2 {
        return Err(PyErr::internal("MatchKeys without a subject and keys on the stack"));
    }
    let subject = vm.stack[n - 2].clone();
    let keys = match vm.stack[n - 1].payload() {
        Some(Payload::Tuple(items)) => items.clone(),
        _ => return Err(PyErr::internal("MatchKeys without a tuple of keys")),
    };
    let mut seen: Vec<(i64, Value)> = Vec::with_capacity(keys.len());
    let mut values = Vec::with_capacity(keys.len());
    // A fresh object: `get` returns it only when the key is missing.
    let missing = Value::new_list(Vec::new());
    for key in keys {
        let hash = vm.hash(&key)?;
        for (h, k) in &seen {
            if *h == hash && vm.eq(k, &key)? {
                let shown = vm.repr(&key)?;
                return Err(PyErr::value_error(format!("mapping pattern checks duplicate key ({shown})")));
            }
        }
        let value = match subject.as_obj() {
            Some(o) if matches!(o.payload(), Payload::Dict(_)) => vm.dict_get_item(o, &key)?.unwrap_or_else(|| missing.clone()),
            _ => vm.call_method(&subject, "get", &[key.clone(), missing.clone()])?,
        };
        if value.is(&missing) {
            vm.stack.push(Value::None);
            return Ok(());
        }
        values.push(value);
        seen.push((hash, key));
    }
    vm.stack.push(Value::new_tuple(values));
    Ok(())
}

/// `CopyDictWithoutKeys`: (subject keys -- rest)
pub fn copy_dict_without_keys(vm: &mut Vm) -> PyResult<()> {
    let keys = vm.pop();
    let subject = vm.pop();
    let items = vm.mapping_items(&subject)?;
    let rest = Value::new_dict(Dict::new());
    let Some(rest_obj) = rest.as_obj() else {
        return Err(PyErr::internal("CopyDictWithoutKeys: new dict is not an object"));
    };
    for (k, v) in items {
        vm.dict_set_item(rest_obj, k, v)?;
    }
    if let Some(Payload::Tuple(keys)) = keys.payload() {
        for k in keys {
            vm.dict_del_item(rest_obj, k)?;
        }
    }
    vm.stack.push(rest);
    Ok(())
}

/// `MatchClass(nargs)`: (subject type names -- attrs_or_None)
pub fn match_class(vm: &mut Vm, nargs: u32) -> PyResult<()> {
    let names = vm.pop();
    let cls = vm.pop();
    let subject = vm.pop();
    let attrs = match_class_attrs(vm, &subject, &cls, nargs as usize, &names)?;
    vm.stack.push(attrs.map_or(Value::None, Value::new_tuple));
    Ok(())
}

/// CPython's `match_class`: the attributes to match the sub-patterns
/// against, or `None` when the subject does not match.
fn match_class_attrs(vm: &mut Vm, subject: &Value, cls: &Value, nargs: usize, names: &Value) -> PyResult<Option<Vec<Value>>> {
    let Some(cls_obj) = cls.as_obj().filter(|o| matches!(o.payload(), Payload::Type(_))) else {
        return Err(PyErr::type_error("called match pattern must be a type"));
    };
    if !vm.isinstance(subject, cls_obj) {
        return Ok(None);
    }
    let cls_name = type_name(cls_obj);
    let mut seen: Vec<String> = Vec::new();
    let mut attrs = Vec::new();
    if nargs > 0 {
        let (match_args, match_self) = match vm.get_attr_str(cls, "__match_args__") {
            Ok(m) => match m.payload() {
                Some(Payload::Tuple(items)) if vm.type_of(&m).is(&vm.g.types.tuple) => (items.clone(), false),
                _ => {
                    let got = vm.type_name(&m);
                    return Err(PyErr::type_error(format!("{cls_name}.__match_args__ must be a tuple (got {got})")));
                }
            },
            Err(e) if vm.err_is(&e, ExcKind::AttributeError) => (Vec::new(), matches_self(cls_obj)),
            Err(e) => return Err(e),
        };
        let allowed = if match_self { 1 } else { match_args.len() };
        if allowed < nargs {
            let plural = if allowed == 1 { "" } else { "s" };
            return Err(PyErr::type_error(format!(
                "{cls_name}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)"
            )));
        }
        if match_self {
            attrs.push(subject.clone());
        } else {
            for name in &match_args[..nargs] {
                let is_exact_str = matches!(name.payload(), Some(Payload::Str(_))) && vm.type_of(name).is(&vm.g.types.str_);
                if !is_exact_str {
                    let got = vm.type_name(name);
                    return Err(PyErr::type_error(format!("__match_args__ elements must be strings (got {got})")));
                }
                match class_attr(vm, subject, &cls_name, name, &mut seen)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(None),
                }
            }
        }
    }
    if let Some(Payload::Tuple(keywords)) = names.payload() {
        for name in keywords {
            match class_attr(vm, subject, &cls_name, name, &mut seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(None),
            }
        }
    }
    Ok(Some(attrs))
}

/// CPython's `match_class_attr`: `getattr(subject, name)`, `None` when
/// it raises AttributeError; an attribute named twice is a TypeError.
fn class_attr(vm: &mut Vm, subject: &Value, cls_name: &str, name: &Value, seen: &mut Vec<String>) -> PyResult<Option<Value>> {
    let name_s = name.as_str().unwrap_or_default().to_string();
    if seen.contains(&name_s) {
        let shown = vm.repr(name)?;
        return Err(PyErr::type_error(format!("{cls_name}() got multiple sub-patterns for attribute {shown}")));
    }
    seen.push(name_s);
    match vm.get_attr(subject, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.err_is(&e, ExcKind::AttributeError) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Does the class carry CPython's `_Py_TPFLAGS_MATCH_SELF` (itself a
/// builtin that matches `int(x)` against the subject, or derived from
/// one)?
fn matches_self(cls: &Obj) -> bool {
    let Payload::Type(ty) = cls.payload() else { return false };
    let self_matching = |k: TypeKind| {
        matches!(
            k,
            TypeKind::Bool
                | TypeKind::ByteArray
                | TypeKind::Bytes
                | TypeKind::Dict
                | TypeKind::Float
                | TypeKind::FrozenSet
                | TypeKind::Int
                | TypeKind::List
                | TypeKind::Set
                | TypeKind::Str
                | TypeKind::Tuple
        )
    };
    self_matching(ty.kind)
        || ty.mro.borrow().iter().any(|base| matches!(base.payload(), Payload::Type(b) if self_matching(b.kind)))
}
