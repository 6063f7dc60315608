//! Struct sequences (CPython's `PyStructSequence`): tuple subclasses whose
//! items are also named attributes, with a repr like
//! `sys.version_info(major=3, minor=11, ...)`. Used for `sys.version_info`,
//! `sys.float_info`, `sys.int_info`, `sys.hash_info`.
//!
//! The class keeps its field names in `_fields` and its repr name in
//! `_repr_name`; each field is a property reading the tuple item.

use garter_interp::errors::{PyErr, PyResult};
use garter_interp::objects::dict::Dict;
use garter_interp::objects::function::{Args, Builtin, NativeFn};
use garter_interp::value::{Obj, Payload, Value};
use garter_interp::vm::Vm;
use std::cell::RefCell;

macro_rules! getters {
    ($($name:ident = $i:expr),*) => {
        $(fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let me = args.pos().first().cloned().unwrap_or(Value::None);
            vm.get_item(&me, &Value::Int($i))
        })*
        const GETTERS: &[NativeFn] = &[$($name),*];
    };
}
getters!(
    g0 = 0, g1 = 1, g2 = 2, g3 = 3, g4 = 4, g5 = 5, g6 = 6, g7 = 7, g8 = 8, g9 = 9, g10 = 10, g11 = 11, g12 = 12, g13 = 13, g14 = 14,
    g15 = 15, g16 = 16, g17 = 17, g18 = 18, g19 = 19
);

fn builtin(name: &'static str, func: NativeFn) -> Value {
    Value::from_obj(Payload::Builtin(Builtin { name, func, receiver: Value::Null, owner: None }))
}

/// `repr(seq)`: `name(field=value, ...)`.
fn seq_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let me = args.pos().first().cloned().unwrap_or(Value::None);
    let name = vm.get_attr_str(&me, "_repr_name")?;
    let fields = vm.get_attr_str(&me, "_fields")?;
    let fields = fields.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
    let mut parts = Vec::with_capacity(fields.len());
    for (i, f) in fields.iter().enumerate() {
        let v = vm.get_item(&me, &Value::Int(i as i64))?;
        parts.push(format!("{}={}", f.as_str().unwrap_or(""), vm.repr(&v)?));
    }
    Ok(Value::from_string(format!("{}({})", name.as_str().unwrap_or(""), parts.join(", "))))
}

/// A struct-sequence class `name` (repr name `repr_name`) with `fields`
/// (at most 20).
pub fn make_class(vm: &mut Vm, name: &str, module: &str, repr_name: &str, fields: &[&'static str]) -> PyResult<Value> {
    make_class_with_properties(vm, name, module, repr_name, fields, fields.len())
}

/// `make_class` where only the first `properties` fields are read from the
/// tuple; the others (like `os.stat_result.st_mtime`, a float while item 8
/// is an int) are attributes each instance sets.
pub fn make_class_with_properties(
    vm: &mut Vm,
    name: &str,
    module: &str,
    repr_name: &str,
    fields: &[&'static str],
    properties: usize,
) -> PyResult<Value> {
    if fields.len() > GETTERS.len() {
        return Err(PyErr::internal("struct sequence with too many fields"));
    }
    let mut d = Dict::new();
    d.set_str_key(Value::new_str("__module__"), Value::new_str(module));
    d.set_str_key(Value::new_str("__repr__"), builtin("__repr__", seq_repr));
    d.set_str_key(Value::new_str("__str__"), builtin("__str__", seq_repr));
    d.set_str_key(Value::new_str("_repr_name"), Value::new_str(repr_name));
    d.set_str_key(Value::new_str("_fields"), Value::new_tuple(fields.iter().map(|f| Value::new_str(f)).collect()));
    d.set_str_key(Value::new_str("n_fields"), Value::Int(fields.len() as i64));
    d.set_str_key(Value::new_str("n_sequence_fields"), Value::Int(fields.len() as i64));
    d.set_str_key(Value::new_str("n_unnamed_fields"), Value::Int(0));
    for (f, getter) in fields.iter().zip(GETTERS).take(properties) {
        let prop = Payload::Property { fget: builtin(f, *getter), fset: Value::None, fdel: Value::None, doc: Value::None };
        d.set_str_key(Value::new_str(f), Value::from_obj(prop));
    }
    let ns = Obj::new(Payload::Dict(RefCell::new(d)));
    let tuple = Value::Obj(vm.g.types.tuple.clone());
    vm.new_class(name, &[tuple], &ns, None)
}

/// An instance of struct-sequence class `cls` holding `values`.
pub fn new(vm: &mut Vm, cls: &Value, values: Vec<Value>) -> PyResult<Value> {
    let Some(c) = cls.as_obj() else { return Err(PyErr::internal("struct sequence class")) };
    let tuple = Value::new_tuple(values);
    vm.new_instance(c, Args { values: std::slice::from_ref(&tuple), kwnames: &[] })
}

/// A struct sequence in one step (class and instance).
pub fn make(vm: &mut Vm, name: &str, module: &str, repr_name: &str, fields: &[&'static str], values: Vec<Value>) -> PyResult<Value> {
    let cls = make_class(vm, name, module, repr_name, fields)?;
    new(vm, &cls, values)
}

/// `repr()` of a namespace: `namespace(name='garter', ...)`, keys in
/// insertion order.
fn namespace_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let me = args.pos().first().cloned().unwrap_or(Value::None);
    let d = vm.get_attr_str(&me, "__dict__")?;
    let items = match d.payload() {
        Some(Payload::Dict(d)) => d.borrow().items(),
        _ => Vec::new(),
    };
    let mut parts = Vec::with_capacity(items.len());
    for (k, v) in items {
        parts.push(format!("{}={}", k.as_str().unwrap_or(""), vm.repr(&v)?));
    }
    Ok(Value::from_string(format!("namespace({})", parts.join(", "))))
}

/// A `types.SimpleNamespace`-like object with the attributes `pairs` (as
/// `sys.implementation` and `time.get_clock_info()` return).
pub fn namespace(vm: &mut Vm, pairs: Vec<(&str, Value)>) -> PyResult<Value> {
    let mut d = Dict::new();
    d.set_str_key(Value::new_str("__module__"), Value::new_str("types"));
    d.set_str_key(Value::new_str("__repr__"), builtin("__repr__", namespace_repr));
    let ns = Obj::new(Payload::Dict(RefCell::new(d)));
    let cls = vm.new_class("SimpleNamespace", &[], &ns, None)?;
    let Some(c) = cls.as_obj() else { return Err(PyErr::internal("namespace class")) };
    let inst = vm.new_instance(c, Args { values: &[], kwnames: &[] })?;
    for (k, v) in pairs {
        vm.set_attr_str(&inst, k, v)?;
    }
    Ok(inst)
}
