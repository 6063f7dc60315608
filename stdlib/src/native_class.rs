//! Helpers for native modules that define classes: making a class whose
//! dict holds builtin methods, and reaching the Rust object behind `self`.

use garter_interp::errors::{PyErr, PyResult};
use garter_interp::objects::dict::Dict;
use garter_interp::objects::function::{Builtin, NativeFn};
use garter_interp::objects::instance::InstanceExtra;
use garter_interp::objects::native::NativeObject;
use garter_interp::objects::typeobj::{TypeKind, TypeObject};
use garter_interp::value::{Obj, Payload, Value};
use garter_interp::vm::Vm;

/// A native class `module.name` with `methods` (a `__new__` among them makes
/// the class callable) and read-only `properties`.
pub fn new_class(
    vm: &Vm,
    module: &str,
    name: &'static str,
    methods: &[(&'static str, NativeFn)],
    properties: &[(&'static str, NativeFn)],
) -> Obj {
    let object = vm.g.types.object.clone();
    let ty = TypeObject::new(name, TypeKind::Native, TypeKind::Native, vec![object.clone()], vec![object], Dict::new());
    let cls = Obj::new(Payload::Type(Box::new(ty)));
    garter_interp::vm::types::install(&cls, name, methods);
    if let Payload::Type(t) = cls.payload() {
        let mut d = t.dict.borrow_mut();
        for &(pname, getter) in properties {
            let fget = Value::from_obj(Payload::Builtin(Builtin { name: pname, func: getter, receiver: Value::Null, owner: Some(name) }));
            let prop = Payload::Property { fget, fset: Value::None, fdel: Value::None, doc: Value::None };
            d.set_str_key(Value::new_str(pname), Value::from_obj(prop));
        }
        d.set_str_key(Value::new_str("__module__"), Value::new_str(module));
    }
    cls
}

/// The `T` behind `v`, if `v` is a native object of that Rust type.
/// An instance of a Python subclass of a native class holds its native
/// object (`InstanceExtra::Native`), which is what this returns for it.
pub fn downcast<T: 'static>(v: &Value) -> Option<&T> {
    match v.payload()? {
        Payload::Native(n) => n.as_any().downcast_ref::<T>(),
        Payload::Instance(i) => match &i.extra {
            InstanceExtra::Native(inner) => downcast::<T>(inner),
            _ => None,
        },
        _ => None,
    }
}

/// The `T` behind a method's `self` (its first positional argument), or
/// CPython's "descriptor ... doesn't apply" TypeError.
pub fn this<'a, T: 'static>(vm: &Vm, values: &'a [Value], owner: &str, method: &str) -> PyResult<&'a T> {
    let first = values.first();
    match first.and_then(downcast::<T>) {
        Some(t) => Ok(t),
        None => Err(PyErr::type_error(format!(
            "descriptor '{method}' for '{owner}' objects doesn't apply to a '{}' object",
            first.map(|v| vm.type_name(v)).unwrap_or_else(|| "NoneType".into())
        ))),
    }
}

/// A new native object.
pub fn new_object<T: NativeObject>(obj: T) -> Value {
    Value::from_obj(Payload::Native(Box::new(obj)))
}

/// A timeout argument in seconds: int, float or bool.
pub fn seconds(vm: &Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Float(f) => Ok(*f),
        Value::Bool(b) => Ok(*b as i64 as f64),
        other => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer or float",
            vm.type_name(other)
        ))),
    }
}
