//! Attribute access (`getattr`, `setattr`, `delattr`, `LoadMethod`) and
//! name resolution (`LoadGlobal`, `LoadName`, cells).
//!
//! Lookup follows CPython's `object.__getattribute__`: a data descriptor
//! on the type wins, then the instance `__dict__`, then other class
//! attributes (functions bind to the instance), then `__getattr__`.

use crate::errors::{self, ExcKind, PyErr, PyResult};
use crate::objects::function::{Args, Builtin};
use crate::objects::instance::InstanceExtra;
use crate::objects::typeobj::TypeKind;
use crate::value::{Obj, Payload, Value};
use crate::vm::Vm;

impl Vm {
    /// Looks `name` up along the MRO of type `ty` (the type first).
    pub fn lookup_in_type(&self, ty: &Obj, name: &str) -> Option<Value> {
        self.type_cache_lookup(ty, name)
    }

    /// The uncached MRO walk behind `lookup_in_type`.
    pub fn lookup_in_type_uncached(&self, ty: &Obj, name: &str) -> Option<Value> {
        let Payload::Type(t) = ty.payload() else { return None };
        let hash = crate::objects::str::hash_str(name);
        let find = |d: &crate::objects::dict::Dict| {
            d.find(hash, |k| k.as_str() == Some(name)).and_then(|i| d.value_at(i)).cloned()
        };
        if let Some(v) = find(&t.dict.borrow()) {
            return Some(v);
        }
        for base in t.mro.borrow().iter() {
            if let Payload::Type(b) = base.payload() {
                if let Some(v) = find(&b.dict.borrow()) {
                    return Some(v);
                }
            }
        }
        None
    }

    /// Is `f` one of `object`'s own slots (so a user class did not override it)?
    pub fn is_object_slot(&self, f: &Value) -> bool {
        matches!(f.payload(), Some(Payload::Builtin(b)) if b.owner == Some("object"))
    }

    pub fn has_attr(&mut self, obj: &Value, name: &str) -> bool {
        self.get_attr_str(obj, name).is_ok()
    }

    pub fn get_attr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let n = self.intern(name);
        self.get_attr(obj, &n)
    }

    /// `getattr(obj, name)`: the type's `__getattribute__` (the generic
    /// lookup unless a class overrides it), then `__getattr__` when that
    /// raised AttributeError.
    pub fn get_attr(&mut self, obj: &Value, name: &Value) -> PyResult<Value> {
        let name_s = name.as_str().unwrap_or("");
        if let Some(Payload::Super { .. }) = obj.payload() {
            return self.super_getattr(obj, name_s);
        }
        let ty = self.type_of(obj);
        let flags = self.slot_flags(&ty);
        let mut custom = None;
        if flags & crate::vm::cache::SLOT_GETATTRIBUTE != 0 {
            custom = self.lookup_in_type(&ty, "__getattribute__");
        }
        let r = match custom {
            Some(ga) => self.call_method_value(&ga, obj, &[name.clone()]),
            None => self.generic_getattr(obj, &ty, name, name_s),
        };
        match r {
            Err(e) if e_is_attribute_error(self, &e) => {
                if flags & crate::vm::cache::SLOT_GETATTR != 0 {
                    if let Some(ga) = self.lookup_in_type(&ty, "__getattr__") {
                        return self.call_method_value(&ga, obj, &[name.clone()]);
                    }
                }
                Err(e)
            }
            r => r,
        }
    }

    /// Like `lookup_in_type`, also saying whether the class that holds the
    /// attribute is a Python (heap) class.
    fn lookup_with_owner(&self, ty: &Obj, name: &str) -> Option<(Value, bool)> {
        let Payload::Type(t) = ty.payload() else { return None };
        if let Some(v) = t.dict.borrow().get_str(name) {
            return Some((v.clone(), t.is_heap()));
        }
        for base in t.mro.borrow().iter() {
            if let Payload::Type(b) = base.payload() {
                if let Some(v) = b.dict.borrow().get_str(name) {
                    return Some((v.clone(), b.is_heap()));
                }
            }
        }
        None
    }

    /// `object.__getattribute__(obj, name)`: a data descriptor on the type,
    /// then the instance `__dict__`, then the attributes a builtin base
    /// provides (exception `args`, `int.real`...: data descriptors of that
    /// base, so a Python class's attribute of the same name wins), then
    /// other class attributes.
    pub fn generic_getattr(&mut self, obj: &Value, ty: &Obj, name: &Value, name_s: &str) -> PyResult<Value> {
        if let Some(Payload::Type(_)) = obj.payload() {
            return self.type_getattr(obj, name, name_s);
        }
        let descr = self.lookup_in_type(ty, name_s);
        if let Some(d) = &descr {
            if self.is_data_descriptor(d) {
                return self.descr_get(d, obj, ty);
            }
        }
        // Instance dicts.
        if let Some(o) = obj.as_obj() {
            match o.payload() {
                Payload::Instance(i) => {
                    match name_s {
                        "__dict__" if self.has_instance_dict(ty) => return Ok(Value::Obj(i.dict_object())),
                        "__class__" => return Ok(Value::Obj(i.class.borrow().clone())),
                        _ => {}
                    }
                    if let Some(v) = i.dict().borrow().get_interned(name) {
                        return Ok(v.clone());
                    }
                    // Whether a Python class (not the builtin base) holds the
                    // attribute: only asked here, off the common path.
                    let descr_heap = || descr.is_some() && matches!(self.lookup_with_owner(ty, name_s), Some((_, true)));
                    if !matches!(i.extra, InstanceExtra::Plain) && !descr_heap() {
                        if let Some(v) = self.builtin_attr(obj, name_s)? {
                            return Ok(v);
                        }
                    }
                }
                Payload::Module(m) => {
                    if let Payload::Dict(d) = m.dict.payload() {
                        if let Some(v) = d.borrow().get_interned(name) {
                            return Ok(v.clone());
                        }
                    }
                    if name_s == "__dict__" {
                        return Ok(m.dict_value());
                    }
                    if descr.is_none() {
                        return Err(PyErr::attribute_error(format!(
                            "module '{}' has no attribute '{}'",
                            m.name, name_s
                        )));
                    }
                }
                Payload::Function(f) => {
                    if let Some(v) = f.dict.borrow().get_interned(name) {
                        return Ok(v.clone());
                    }
                    if name_s == "__get__" {
                        // Functions are descriptors: `f.__get__(obj)` binds.
                        let b = Builtin { name: "__get__", func: function_get, receiver: obj.clone(), owner: Some("function") };
                        return Ok(Value::from_obj(Payload::Builtin(b)));
                    }
                    if let Some(v) = self.function_attr(f, name_s) {
                        return Ok(v);
                    }
                }
                _ => {
                    if let Some(v) = self.builtin_attr(obj, name_s)? {
                        return Ok(v);
                    }
                }
            }
        }
        if let Some(d) = descr {
            return self.descr_get(&d, obj, ty);
        }
        if !obj.is_null() && obj.as_obj().is_none() {
            if let Some(v) = self.builtin_attr(obj, name_s)? {
                return Ok(v);
            }
        }
        if name_s == "__class__" {
            return Ok(Value::Obj(ty.clone()));
        }
        Err(errors::no_attribute(&self.type_name(obj), name_s))
    }

    /// Do instances of `ty` carry a `__dict__`? (Instances of `object`
    /// itself do not.)
    fn has_instance_dict(&self, ty: &Obj) -> bool {
        !matches!(ty.payload(), Payload::Type(t) if t.kind == TypeKind::Object)
    }

    /// Attribute lookup on a class: its MRO, then the metaclass.
    fn type_getattr(&mut self, cls: &Value, name: &Value, name_s: &str) -> PyResult<Value> {
        let cls_obj = cls.as_obj().cloned().ok_or_else(|| PyErr::internal("type_getattr"))?;
        let meta = self.type_of(cls);
        let meta_attr = self.lookup_in_type(&meta, name_s);
        if let Some(d) = &meta_attr {
            if self.is_data_descriptor(d) {
                return self.descr_get(d, cls, &meta);
            }
        }
        let _ = name;
        if let Some(v) = self.lookup_in_type(&cls_obj, name_s) {
            return match v.payload() {
                Some(Payload::StaticMethod(f)) => Ok(f.clone()),
                Some(Payload::ClassMethod(f)) => Ok(Value::from_obj(Payload::Method { func: f.clone(), receiver: cls.clone() })),
                Some(Payload::Instance(_)) | Some(Payload::Native(_)) => {
                    let vt = self.type_of(&v);
                    if let Some(get) = self.lookup_in_type(&vt, "__get__") {
                        self.call_method_value(&get, &v, &[Value::None, cls.clone()])
                    } else {
                        Ok(v)
                    }
                }
                Some(Payload::Builtin(b)) if b.name == "__new__" || b.name == "fromkeys" || b.name == "from_bytes" || b.name == "fromhex" || b.name == "maketrans" => {
                    // Builtin classmethod-likes take the class first.
                    if b.name == "__new__" || b.name == "maketrans" {
                        Ok(v.clone())
                    } else {
                        Ok(Value::from_obj(Payload::Builtin(Builtin { name: b.name, func: b.func, receiver: cls.clone(), owner: b.owner })))
                    }
                }
                _ => Ok(v),
            };
        }
        if let Some(v) = self.type_special_attr(&cls_obj, name_s)? {
            return Ok(v);
        }
        if let Some(d) = meta_attr {
            return self.descr_get(&d, cls, &meta);
        }
        let tname = match cls_obj.payload() {
            Payload::Type(t) => t.name(),
            _ => String::new(),
        };
        Err(PyErr::attribute_error(format!("type object '{tname}' has no attribute '{name_s}'")))
    }

    pub(crate) fn is_data_descriptor(&self, d: &Value) -> bool {
        match d.payload() {
            Some(Payload::Property { .. }) => true,
            Some(Payload::Instance(_)) => {
                let t = self.type_of(d);
                self.lookup_in_type(&t, "__set__").is_some() || self.lookup_in_type(&t, "__delete__").is_some()
            }
            _ => false,
        }
    }

    /// Binds a class attribute found for `obj` (`__get__`).
    pub fn descr_get(&mut self, d: &Value, obj: &Value, ty: &Obj) -> PyResult<Value> {
        match d.payload() {
            Some(Payload::Function(_)) => Ok(Value::from_obj(Payload::Method { func: d.clone(), receiver: obj.clone() })),
            Some(Payload::Builtin(b)) if is_method_descriptor(b) => {
                Ok(Value::from_obj(Payload::Builtin(Builtin { name: b.name, func: b.func, receiver: obj.clone(), owner: b.owner })))
            }
            Some(Payload::StaticMethod(f)) => Ok(f.clone()),
            Some(Payload::ClassMethod(f)) => {
                Ok(Value::from_obj(Payload::Method { func: f.clone(), receiver: Value::Obj(ty.clone()) }))
            }
            Some(Payload::Property { fget, .. }) => {
                if fget.is_none() {
                    return Err(PyErr::attribute_error("property has no getter".to_string()));
                }
                let fget = fget.clone();
                self.call(&fget, &[obj.clone()])
            }
            Some(Payload::Instance(_)) | Some(Payload::Native(_)) => {
                let t = self.type_of(d);
                match self.lookup_in_type(&t, "__get__") {
                    Some(get) => self.call_method_value(&get, d, &[obj.clone(), Value::Obj(ty.clone())]),
                    None => Ok(d.clone()),
                }
            }
            _ => Ok(d.clone()),
        }
    }

    pub fn set_attr_str(&mut self, obj: &Value, name: &str, value: Value) -> PyResult<()> {
        let n = self.intern(name);
        self.set_attr(obj, &n, value)
    }

    /// `setattr(obj, name, value)`.
    pub fn set_attr(&mut self, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
        let name_s = name.as_str().unwrap_or("");
        let ty = self.type_of(obj);
        if self.slot_flags(&ty) & crate::vm::cache::SLOT_SETATTR != 0 {
            if let Some(sa) = self.lookup_in_type(&ty, "__setattr__") {
                self.call_method_value(&sa, obj, &[name.clone(), value])?;
                return Ok(());
            }
        }
        self.generic_setattr(obj, &ty, name, name_s, value)
    }

    /// `object.__setattr__`.
    pub fn generic_setattr(&mut self, obj: &Value, ty: &Obj, name: &Value, name_s: &str, value: Value) -> PyResult<()> {
        if let Some(d) = self.lookup_in_type(ty, name_s) {
            match d.payload() {
                Some(Payload::Property { fset, .. }) => {
                    if fset.is_none() {
                        return Err(PyErr::attribute_error(format!(
                            "property '{name_s}' of '{}' object has no setter",
                            self.type_name(obj)
                        )));
                    }
                    let fset = fset.clone();
                    self.call(&fset, &[obj.clone(), value])?;
                    return Ok(());
                }
                Some(Payload::Instance(_)) => {
                    let t = self.type_of(&d);
                    if let Some(set) = self.lookup_in_type(&t, "__set__") {
                        self.call_method_value(&set, &d, &[obj.clone(), value])?;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        match obj.payload() {
            Some(Payload::Instance(i)) => {
                if !self.has_instance_dict(ty) {
                    return Err(errors::no_attribute(&self.type_name(obj), name_s));
                }
                if self.set_exception_field(obj, name_s, &value)? {
                    return Ok(());
                }
                if name_s == "__dict__" {
                    let Some(Payload::Dict(src)) = value.payload() else {
                        return Err(PyErr::type_error(format!(
                            "__dict__ must be set to a dictionary, not a '{}'",
                            self.type_name(&value)
                        )));
                    };
                    let copy = src.borrow().clone();
                    *i.dict().borrow_mut() = copy;
                    return Ok(());
                }
                if name_s == "__class__" {
                    if let Value::Obj(c) = &value {
                        if matches!(c.payload(), Payload::Type(_)) {
                            *i.class.borrow_mut() = c.clone();
                            // The object may be a descriptor: attribute caches
                            // that judged it by its old class are stale.
                            crate::objects::typeobj::bump_type_epoch();
                            return Ok(());
                        }
                    }
                    return Err(PyErr::type_error("__class__ must be set to a class"));
                }
                i.dict().borrow_mut().set_str_key(name.clone(), value);
                Ok(())
            }
            Some(Payload::Type(t)) => {
                if !t.is_heap() {
                    return Err(PyErr::type_error(format!(
                        "cannot set '{name_s}' attribute of immutable type '{}'",
                        t.name()
                    )));
                }
                if name_s == "__name__" || name_s == "__qualname__" {
                    // Kept in the type itself, not its dict (where
                    // subclasses would inherit them), as CPython does.
                    let Some(text) = value.as_str() else {
                        return Err(PyErr::type_error(format!(
                            "can only assign string to {}.{name_s}, not '{}'",
                            t.name(),
                            self.type_name(&value)
                        )));
                    };
                    let slot = if name_s == "__name__" { &t.name } else { &t.qualname };
                    *slot.borrow_mut() = text.to_string();
                    t.touch();
                    return Ok(());
                }
                t.dict.borrow_mut().set_str_key(name.clone(), value);
                t.touch();
                Ok(())
            }
            Some(Payload::Module(m)) => {
                let d = m.dict.clone();
                self.dict_set_item(&d, name.clone(), value)
            }
            Some(Payload::Function(f)) => {
                match name_s {
                    "__name__" => *f.name.borrow_mut() = value,
                    "__qualname__" => *f.qualname.borrow_mut() = value,
                    "__doc__" => *f.doc.borrow_mut() = value,
                    "__module__" => *f.module.borrow_mut() = value,
                    "__defaults__" => {
                        *f.defaults.borrow_mut() = match value.as_tuple() {
                            Some(t) => t.to_vec(),
                            None => Vec::new(),
                        }
                    }
                    "__kwdefaults__" => *f.kwdefaults.borrow_mut() = value,
                    "__annotations__" => *f.annotations.borrow_mut() = value,
                    _ => f.dict.borrow_mut().set_str_key(name.clone(), value),
                }
                Ok(())
            }
            _ => {
                let tn = self.type_name(obj);
                if self.builtin_attr(obj, name_s).ok().flatten().is_some() {
                    Err(PyErr::attribute_error(format!("attribute '{name_s}' of '{tn}' objects is not writable")))
                } else if self.lookup_in_type(ty, name_s).is_some() {
                    Err(PyErr::attribute_error(format!("'{tn}' object attribute '{name_s}' is read-only")))
                } else {
                    Err(PyErr::attribute_error(format!("'{tn}' object has no attribute '{name_s}'")))
                }
            }
        }
    }

    /// `delattr(obj, name)`.
    pub fn del_attr(&mut self, obj: &Value, name: &Value) -> PyResult<()> {
        let name_s = name.as_str().unwrap_or("");
        let ty = self.type_of(obj);
        if matches!(ty.payload(), Payload::Type(t) if t.is_heap()) {
            if let Some(da) = self.lookup_in_type(&ty, "__delattr__") {
                if !self.is_object_slot(&da) {
                    self.call_method_value(&da, obj, &[name.clone()])?;
                    return Ok(());
                }
            }
        }
        self.generic_delattr(obj, &ty, name_s)
    }

    pub fn generic_delattr(&mut self, obj: &Value, ty: &Obj, name_s: &str) -> PyResult<()> {
        if let Some(d) = self.lookup_in_type(ty, name_s) {
            match d.payload() {
                Some(Payload::Property { fdel, .. }) => {
                    if fdel.is_none() {
                        return Err(PyErr::attribute_error(format!(
                            "property '{name_s}' of '{}' object has no deleter",
                            self.type_name(obj)
                        )));
                    }
                    let fdel = fdel.clone();
                    self.call(&fdel, &[obj.clone()])?;
                    return Ok(());
                }
                Some(Payload::Instance(_)) => {
                    let t = self.type_of(&d);
                    if let Some(del) = self.lookup_in_type(&t, "__delete__") {
                        self.call_method_value(&del, &d, &[obj.clone()])?;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        let removed = match obj.payload() {
            Some(Payload::Instance(i)) => {
                self.check_exception_field_delete(obj, name_s)?;
                i.dict().borrow_mut().remove_str(name_s).is_some()
            }
            Some(Payload::Type(t)) if t.is_heap() => {
                t.touch();
                t.dict.borrow_mut().remove_str(name_s).is_some()
            }
            Some(Payload::Module(m)) => match m.dict.payload() {
                Payload::Dict(d) => d.borrow_mut().remove_str(name_s).is_some(),
                _ => false,
            },
            Some(Payload::Function(f)) => f.dict.borrow_mut().remove_str(name_s).is_some(),
            _ => false,
        };
        if removed {
            Ok(())
        } else {
            Err(errors::no_attribute(&self.type_name(obj), name_s))
        }
    }

    /// `LoadMethod`: a function found on the type is returned unbound with
    /// `obj` as the receiver, so no bound-method object is built.
    pub fn load_method(&mut self, obj: Value, name: &Value) -> PyResult<(Value, Value)> {
        let name_s = name.as_str().unwrap_or("");
        if let Some(Payload::Super { .. }) = obj.payload() {
            return Ok((self.super_getattr(&obj, name_s)?, Value::Null));
        }
        let ty = self.type_of(&obj);
        let plain_getattr = match ty.payload() {
            Payload::Type(t) => {
                !(t.is_heap() || t.kind == TypeKind::Native)
                    || self.lookup_in_type(&ty, "__getattribute__").map(|f| self.is_object_slot(&f)).unwrap_or(true)
            }
            _ => false,
        };
        if plain_getattr && !matches!(obj.payload(), Some(Payload::Type(_)) | Some(Payload::Module(_))) {
            if let Some(d) = self.lookup_in_type(&ty, name_s) {
                let unbound_ok = matches!(d.payload(), Some(Payload::Function(_)))
                    || matches!(d.payload(), Some(Payload::Builtin(b)) if is_method_descriptor(b));
                if unbound_ok {
                    // An instance attribute of the same name shadows the method.
                    let shadowed = match obj.payload() {
                        Some(Payload::Instance(i)) => i.dict().borrow().get_interned(name).is_some(),
                        _ => false,
                    };
                    if !shadowed {
                        return Ok((d, obj));
                    }
                }
            }
        }
        let v = self.get_attr(&obj, name)?;
        Ok((v, Value::Null))
    }

    /// `obj.name(*args)`.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let n = self.intern(name);
        let (f, recv) = self.load_method(obj.clone(), &n)?;
        if recv.is_null() {
            self.call(&f, args)
        } else {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(recv);
            all.extend_from_slice(args);
            self.call(&f, &all)
        }
    }

    /// Calls `f` (found on a type) with `receiver` first.
    pub fn call_method_value(&mut self, f: &Value, receiver: &Value, args: &[Value]) -> PyResult<Value> {
        match f.payload() {
            Some(Payload::StaticMethod(inner)) => {
                let inner = inner.clone();
                self.call(&inner, args)
            }
            Some(Payload::ClassMethod(inner)) => {
                let inner = inner.clone();
                let mut all = vec![Value::Obj(self.type_of(receiver))];
                all.extend_from_slice(args);
                self.call(&inner, &all)
            }
            _ => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(receiver.clone());
                all.extend_from_slice(args);
                self.call(f, &all)
            }
        }
    }

    /// Calls the special method `name` looked up on the type of `obj` (as
    /// CPython does for dunders); `None` when the type has none.
    pub fn call_dunder(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
        let ty = self.type_of(obj);
        match self.lookup_in_type(&ty, name) {
            Some(f) if !f.is_none() => self.call_method_value(&f, obj, args).map(Some),
            _ => Ok(None),
        }
    }

    // ---- names -------------------------------------------------------

    pub fn load_global(&mut self, fi: usize, name: &Value) -> PyResult<Value> {
        let g = &self.frames[fi].globals;
        if let Payload::Dict(d) = g.payload() {
            if let Some(v) = d.borrow().get_interned(name) {
                return Ok(v.clone());
            }
        }
        if let Payload::Dict(d) = self.g.builtins.payload() {
            if let Some(v) = d.borrow().get_interned(name) {
                return Ok(v.clone());
            }
        }
        Err(PyErr::name_error(name.as_str().unwrap_or("")))
    }

    pub fn load_name(&mut self, fi: usize, name: &Value) -> PyResult<Value> {
        if let Some(l) = &self.frames[fi].locals {
            if let Payload::Dict(d) = l.payload() {
                if let Some(v) = d.borrow().get_interned(name) {
                    return Ok(v.clone());
                }
            } else {
                let l = l.clone();
                match self.get_item(&Value::Obj(l), name) {
                    Ok(v) => return Ok(v),
                    Err(e) if self.err_is(&e, ExcKind::KeyError) => {}
                    Err(e) => return Err(e),
                }
            }
        }
        self.load_global(fi, name)
    }

    pub fn store_in_namespace(&mut self, ns: &Obj, name: Value, v: Value) -> PyResult<()> {
        match ns.payload() {
            Payload::Dict(d) => {
                d.borrow_mut().set_str_key(name, v);
                Ok(())
            }
            _ => self.set_item(&Value::Obj(ns.clone()), name, v),
        }
    }

    pub fn delete_name_in(&mut self, ns: &Obj, name: &Value) -> PyResult<()> {
        let s = name.as_str().unwrap_or("");
        let removed = match ns.payload() {
            Payload::Dict(d) => d.borrow_mut().remove_str(s).is_some(),
            _ => return self.del_item(&Value::Obj(ns.clone()), name),
        };
        if removed {
            Ok(())
        } else {
            Err(PyErr::name_error(s))
        }
    }

    fn cell_name(&self, fi: usize, i: u32) -> String {
        let code = &self.frames[fi].code;
        let i = i as usize;
        if i < code.cellvars.len() {
            code.cellvars[i].to_string()
        } else {
            code.freevars.get(i - code.cellvars.len()).map(|s| s.to_string()).unwrap_or_default()
        }
    }

    pub fn load_deref(&mut self, fi: usize, i: u32) -> PyResult<Value> {
        let cell = self.frames[fi].cells.get(i as usize).cloned();
        match cell.as_ref().and_then(|c| c.payload()) {
            Some(Payload::Cell(c)) => {
                let v = c.borrow().clone();
                if v.is_null() {
                    let name = self.cell_name(fi, i);
                    let code = &self.frames[fi].code;
                    if (i as usize) < code.cellvars.len() {
                        Err(errors::unbound_local(&name))
                    } else {
                        Err(errors::unbound_free(&name))
                    }
                } else {
                    Ok(v)
                }
            }
            _ => Err(PyErr::internal("LoadDeref without a cell")),
        }
    }

    pub fn store_deref(&mut self, fi: usize, i: u32, v: Value) -> PyResult<()> {
        match self.frames[fi].cells.get(i as usize).and_then(|c| c.payload()) {
            Some(Payload::Cell(c)) => {
                let old = std::mem::replace(&mut *c.borrow_mut(), v);
                drop(old);
                Ok(())
            }
            _ => Err(PyErr::internal("StoreDeref without a cell")),
        }
    }

    pub fn load_class_deref(&mut self, fi: usize, i: u32) -> PyResult<Value> {
        let name = self.cell_name(fi, i);
        if let Some(l) = &self.frames[fi].locals {
            if let Payload::Dict(d) = l.payload() {
                if let Some(v) = d.borrow().get_str(&name) {
                    return Ok(v.clone());
                }
            }
        }
        self.load_deref(fi, i)
    }

    pub fn setup_annotations(&mut self, ns: &Obj) -> PyResult<()> {
        if let Payload::Dict(d) = ns.payload() {
            if d.borrow().get_str("__annotations__").is_none() {
                let key = self.intern("__annotations__");
                d.borrow_mut().set_str_key(key, Value::new_dict(Default::default()));
            }
        }
        Ok(())
    }

    /// Does `e` belong to exception class `kind` (or a subclass)?
    pub fn err_is(&mut self, e: &PyErr, kind: ExcKind) -> bool {
        match &*e.0 {
            crate::errors::ErrState::Lazy { kind: k, .. } | crate::errors::ErrState::LazyArgs { kind: k, .. } => {
                let mut k = *k;
                loop {
                    if k == kind {
                        return true;
                    }
                    if k == ExcKind::BaseException {
                        return false;
                    }
                    k = k.base();
                }
            }
            crate::errors::ErrState::Object(v) => {
                let t = self.g.types.exception(kind);
                let vt = self.type_of(v);
                self.is_subtype(&vt, &t)
            }
        }
    }
}

fn e_is_attribute_error(vm: &mut Vm, e: &PyErr) -> bool {
    vm.err_is(e, ExcKind::AttributeError)
}

/// Does builtin `b`, found on a class, bind to instances as a method? The
/// methods of builtin types do; builtin functions (`len` stored as a class
/// attribute) do not, as in CPython.
pub(crate) fn is_method_descriptor(b: &Builtin) -> bool {
    b.receiver.is_null() && !matches!(b.owner, None | Some("builtins"))
}

impl Vm {
    /// Attributes of builtin values that are not methods (`real`, `start`...).
    pub fn builtin_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        if let Some(v) = crate::objects::int_methods::int_attr(obj, name) {
            return Ok(Some(v));
        }
        if let Some(v) = crate::objects::float_methods::float_attr(obj, name) {
            return Ok(Some(v));
        }
        let Some(p) = obj.payload() else { return Ok(None) };
        Ok(match (p, name) {
            (Payload::Complex(re, _), "real") => Some(Value::Float(*re)),
            (Payload::Complex(_, im), "imag") => Some(Value::Float(*im)),
            (Payload::Range { start, .. }, "start") => Some(Value::Int(*start)),
            (Payload::Range { stop, .. }, "stop") => Some(Value::Int(*stop)),
            (Payload::Range { step, .. }, "step") => Some(Value::Int(*step)),
            (Payload::BigRange(r), _) => crate::objects::range::attr(r, name),
            (Payload::Slice { start, .. }, "start") => Some(start.clone()),
            (Payload::Slice { stop, .. }, "stop") => Some(stop.clone()),
            (Payload::Slice { step, .. }, "step") => Some(step.clone()),
            (Payload::Method { func, .. }, "__func__") => Some(func.clone()),
            (Payload::Method { receiver, .. }, "__self__") => Some(receiver.clone()),
            (Payload::Method { func, .. }, "__name__" | "__qualname__" | "__doc__" | "__module__") => {
                let f = func.clone();
                Some(self.get_attr_str(&f, name)?)
            }
            (Payload::Builtin(b), "__name__" | "__qualname__") => Some(Value::new_str(b.name)),
            (Payload::Builtin(b), "__self__") => Some(if b.receiver.is_null() { Value::None } else { b.receiver.clone() }),
            (Payload::Builtin(_), "__doc__") => Some(Value::None),
            (Payload::Property { fget, .. }, "fget") => Some(fget.clone()),
            (Payload::Property { fset, .. }, "fset") => Some(fset.clone()),
            (Payload::Property { fdel, .. }, "fdel") => Some(fdel.clone()),
            (Payload::Property { doc, fget, .. }, "__doc__") => {
                if doc.is_none() && !fget.is_none() {
                    let f = fget.clone();
                    Some(self.get_attr_str(&f, "__doc__")?)
                } else {
                    Some(doc.clone())
                }
            }
            (Payload::StaticMethod(f) | Payload::ClassMethod(f), "__func__" | "__wrapped__") => Some(f.clone()),
            (Payload::Cell(c), "cell_contents") => {
                let v = c.borrow().clone();
                if v.is_null() {
                    return Err(PyErr::value_error("Cell is empty"));
                }
                Some(v)
            }
            (Payload::Code(c), "co_name") => Some(Value::new_str(&c.name)),
            (Payload::Code(c), "co_filename") => Some(Value::new_str(&c.filename)),
            (Payload::Code(c), "co_argcount") => Some(Value::Int(c.argcount as i64)),
            (Payload::Code(c), "co_posonlyargcount") => Some(Value::Int(c.posonlyargcount as i64)),
            (Payload::Code(c), "co_kwonlyargcount") => Some(Value::Int(c.kwonlyargcount as i64)),
            (Payload::Code(c), "co_nlocals") => Some(Value::Int(c.varnames.len() as i64)),
            // CPython's public flag bits only (garter's private ones masked off).
            (Payload::Code(c), "co_flags") => Some(Value::Int((c.flags & 0xffff) as i64)),
            (Payload::Code(c), "co_qualname") => Some(Value::new_str(&c.qualname)),
            (Payload::Code(c), "co_cellvars") => Some(Value::new_tuple(c.cellvars.iter().map(|s| Value::new_str(s)).collect())),
            (Payload::Code(c), "co_freevars") => Some(Value::new_tuple(c.freevars.iter().map(|s| Value::new_str(s)).collect())),
            (Payload::Code(c), "co_varnames") => {
                Some(Value::new_tuple(c.varnames.iter().map(|s| Value::new_str(s)).collect()))
            }
            (Payload::Code(c), "co_firstlineno") => Some(Value::Int(c.first_line as i64)),
            (Payload::Generator(g), "__name__") => Some(g.borrow().name.clone()),
            (Payload::Generator(g), "__qualname__") => Some(g.borrow().qualname.clone()),
            (Payload::Generator(g), "gi_running") => Some(Value::Bool(g.borrow().running)),
            (Payload::Instance(i), _) => match &i.extra {
                InstanceExtra::Exception(_) => self.exception_attr(obj, name)?,
                InstanceExtra::Builtin(b) => {
                    let inner = b.borrow().clone();
                    self.builtin_attr(&inner, name)?
                }
                InstanceExtra::Plain | InstanceExtra::Native(_) => None,
            },
            _ => None,
        })
    }

    fn function_attr(&self, f: &crate::objects::function::Function, name: &str) -> Option<Value> {
        Some(match name {
            "__name__" => f.name.borrow().clone(),
            "__qualname__" => f.qualname.borrow().clone(),
            "__doc__" => f.doc.borrow().clone(),
            "__module__" => f.module.borrow().clone(),
            "__defaults__" => {
                let d = f.defaults.borrow();
                if d.is_empty() {
                    Value::None
                } else {
                    Value::new_tuple(d.clone())
                }
            }
            "__kwdefaults__" => f.kwdefaults.borrow().clone(),
            "__annotations__" => {
                let mut a = f.annotations.borrow_mut();
                if a.is_none() {
                    *a = Value::new_dict(Default::default());
                }
                a.clone()
            }
            "__globals__" => Value::Obj(f.globals.clone()),
            "__code__" => Value::from_obj(Payload::Code(f.code.clone())),
            "__closure__" => {
                if f.closure.is_empty() {
                    Value::None
                } else {
                    Value::new_tuple(f.closure.clone())
                }
            }
            "__dict__" => Value::new_dict(f.dict.borrow().clone()),
            _ => return None,
        })
    }

    fn type_special_attr(&mut self, cls: &Obj, name: &str) -> PyResult<Option<Value>> {
        let Payload::Type(t) = cls.payload() else { return Ok(None) };
        Ok(Some(match name {
            "__name__" => Value::new_str(&t.name()),
            "__qualname__" => Value::new_str(&t.qualname.borrow()),
            "__mro__" => {
                let mut v = vec![Value::Obj(cls.clone())];
                v.extend(t.mro.borrow().iter().map(|m| Value::Obj(m.clone())));
                Value::new_tuple(v)
            }
            "__bases__" => Value::new_tuple(t.bases.borrow().iter().map(|m| Value::Obj(m.clone())).collect()),
            "__base__" => t.bases.borrow().first().map(|b| Value::Obj(b.clone())).unwrap_or(Value::None),
            "__dict__" => Value::new_dict(t.dict.borrow().clone()),
            "__module__" => {
                if t.is_heap() {
                    return Ok(None);
                }
                Value::new_str("builtins")
            }
            "__doc__" => Value::None,
            "__class__" => Value::Obj(self.type_of(&Value::Obj(cls.clone()))),
            _ => return Ok(None),
        }))
    }
}

/// `function.__get__(instance, owner=None, /)`: the function bound to
/// `instance` (a method), or the function itself when `instance` is None.
fn function_get(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let (Some(func), Some(instance)) = (pos.first(), pos.get(1)) else {
        return Err(PyErr::type_error("__get__(None, None) is invalid"));
    };
    if instance.is_none() {
        if pos.get(2).map_or(true, |o| o.is_none()) {
            return Err(PyErr::type_error("__get__(None, None) is invalid"));
        }
        return Ok(func.clone());
    }
    Ok(Value::from_obj(Payload::Method { func: func.clone(), receiver: instance.clone() }))
}
