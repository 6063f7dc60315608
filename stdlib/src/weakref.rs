//! `_weakref`: the native half of `weakref` (the Python half is
//! `py/weakref.py`).
//!
//! A weak handle holds a `std::rc::Weak` to the referent's heap cell, so it
//! does not keep the object alive: once the last strong reference goes,
//! `get(handle)` returns None, as a dead CPython weakref does. Objects that
//! CPython refuses to weakly reference (int, str, tuple, list, dict, ...)
//! are refused with CPython's TypeError.
//!
//! Callbacks (of `ref(obj, callback)`, which `weakref.finalize` and the
//! weak dictionaries use) are registered with `watch(obj, ref)` and run by
//! the VM's death watch (`interp/src/vm/deathwatch.rs`) within a few
//! periodic checks of the referent's death.

use garter_interp::errors::{PyErr, PyResult};
use garter_interp::objects::dict::Dict;
use garter_interp::objects::function::{Args, NativeFn};
use garter_interp::objects::native::NativeObject;
use garter_interp::objects::typeobj::{TypeKind, TypeObject};
use garter_interp::value::{Obj, Payload, Value};
use garter_interp::vm::Vm;
use std::any::Any;
use std::rc::{Rc, Weak};

/// One weak reference's target.
struct WeakHandle {
    class: Obj,
    target: Weak<Payload>,
}

impl NativeObject for WeakHandle {
    fn class(&self) -> Obj {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Whether CPython lets `v` be weakly referenced.
fn weakly_referenceable(v: &Value) -> bool {
    matches!(
        v.payload(),
        Some(
            Payload::Instance(_)
                | Payload::Function(_)
                | Payload::Type(_)
                | Payload::Set(_)
                | Payload::FrozenSet(_)
                | Payload::Generator(_)
                | Payload::Method { .. }
                | Payload::Module(_)
                | Payload::Native(_)
        )
    )
}

/// The class of handles, kept in the `_weakref` module.
fn handle_class(vm: &mut Vm) -> PyResult<Obj> {
    let module = vm.import_module("_weakref")?;
    match vm.get_attr_str(&module, "WeakHandle")? {
        Value::Obj(o) => Ok(o),
        _ => Err(PyErr::internal("_weakref lost its WeakHandle class")),
    }
}

/// `new(obj)`: a weak handle to `obj`; TypeError for objects CPython refuses.
fn weak_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let target = a.pos().first().cloned().unwrap_or(Value::None);
    let obj = match (&target, weakly_referenceable(&target)) {
        (Value::Obj(o), true) => o.clone(),
        _ => {
            return Err(PyErr::type_error(format!(
                "cannot create weak reference to '{}' object",
                vm.type_name(&target)
            )))
        }
    };
    let class = handle_class(vm)?;
    let handle = WeakHandle { class, target: Rc::downgrade(&obj.0) };
    Ok(Value::from_obj(Payload::Native(Box::new(handle))))
}

fn as_handle(v: Option<&Value>) -> PyResult<&WeakHandle> {
    match v.and_then(|v| v.payload()) {
        Some(Payload::Native(n)) => n.as_any().downcast_ref::<WeakHandle>().ok_or_else(|| PyErr::type_error("expected a weak handle")),
        _ => Err(PyErr::type_error("expected a weak handle")),
    }
}

/// `get(handle)`: the referent, or None once it has died.
fn weak_get(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let handle = as_handle(a.pos().first())?;
    Ok(handle.target.upgrade().map(|rc| Value::Obj(Obj(rc))).unwrap_or(Value::None))
}

/// `getweakrefcount(obj)`: how many weak handles point at `obj`.
fn weak_count(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match a.pos().first() {
        Some(Value::Obj(o)) => Ok(Value::Int(Rc::weak_count(&o.0) as i64)),
        _ => Ok(Value::Int(0)),
    }
}

/// `watch(obj, ref)`: call `ref.__callback__(ref)` once `obj` has died.
fn weak_watch(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match (a.pos().first(), a.pos().get(1)) {
        (Some(Value::Obj(target)), Some(Value::Obj(r))) => {
            vm.g.death_watch.borrow_mut().watch(target, r);
            Ok(Value::None)
        }
        _ => Err(PyErr::type_error("watch() expects an object and its weak reference")),
    }
}

/// The `_weakref` module.
pub fn init(vm: &mut Vm) -> PyResult<Value> {
    const FUNCTIONS: &[(&str, NativeFn)] = &[("get", weak_get), ("getweakrefcount", weak_count), ("new", weak_new), ("watch", weak_watch)];
    let module = crate::sys::make_module(vm, "_weakref", FUNCTIONS, &[])?;
    let object = vm.g.types.object.clone();
    let ty = TypeObject::new("WeakHandle", TypeKind::Native, TypeKind::Native, vec![object.clone()], vec![object], Dict::new());
    *ty.qualname.borrow_mut() = "_weakref.WeakHandle".to_string();
    let class = Value::from_obj(Payload::Type(Box::new(ty)));
    if let Some(Payload::Module(m)) = module.payload() {
        if let Payload::Dict(d) = m.dict.payload() {
            d.borrow_mut().set_str_key(Value::new_str("WeakHandle"), class);
        }
    }
    Ok(module)
}
