//! Classes: `__build_class__`, C3 linearisation, instantiation (`__new__`
//! then `__init__`), subtype checks, `super()`.

use crate::errors::{ExcKind, PyErr, PyResult};
use crate::objects::dict::Dict;
use crate::objects::function::Args;
use crate::objects::instance::{ExcData, Instance, InstanceExtra};
use crate::objects::typeobj::{TypeKind, TypeObject};
use crate::value::{Obj, Payload, Value};
use crate::vm::Vm;
use std::cell::RefCell;

impl Vm {
    /// Is `sub` the same as or a subclass of `sup`?
    pub fn is_subtype(&self, sub: &Obj, sup: &Obj) -> bool {
        if sub.is(sup) {
            return true;
        }
        match sub.payload() {
            Payload::Type(t) => t.mro.borrow().iter().any(|m| m.is(sup)),
            _ => false,
        }
    }

    /// `isinstance(v, cls)` for one class.
    pub fn isinstance(&self, v: &Value, cls: &Obj) -> bool {
        let t = self.type_of(v);
        self.is_subtype(&t, cls)
    }

    /// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
    pub fn build_class(&mut self, args: Args<'_>) -> PyResult<Value> {
        let pos = args.pos();
        if pos.len() < 2 {
            return Err(PyErr::type_error("__build_class__: not enough arguments"));
        }
        let func = pos[0].clone();
        let name = pos[1].as_str().ok_or_else(|| PyErr::type_error("__build_class__: name is not a string"))?.to_string();
        let orig_bases: Vec<Value> = pos[2..].to_vec();
        // PEP 560: a base that is not a class may name its replacements
        // (`class C(Generic[T])`, `class L(List[int])`).
        let mut bases: Vec<Value> = Vec::with_capacity(orig_bases.len());
        let mut replaced = false;
        for b in &orig_bases {
            if !matches!(b.payload(), Some(Payload::Type(_))) {
                if let Ok(entries) = self.get_attr_str(b, "__mro_entries__") {
                    let r = self.call(&entries, &[Value::new_tuple(orig_bases.clone())])?;
                    let Some(items) = r.as_tuple() else {
                        return Err(PyErr::type_error("__mro_entries__ must return a tuple"));
                    };
                    bases.extend(items.iter().cloned());
                    replaced = true;
                    continue;
                }
            }
            bases.push(b.clone());
        }
        let mut metaclass: Option<Value> = None;
        let mut kwds: Vec<(String, Value)> = Vec::new();
        for (k, v) in args.kw() {
            if k == "metaclass" {
                metaclass = Some(v.clone());
            } else {
                kwds.push((k.to_string(), v.clone()));
            }
        }
        if metaclass.is_none() {
            for b in &bases {
                if let Some(Payload::Type(_)) = b.payload() {
                    let mt = self.type_of(b);
                    if !mt.is(&self.g.types.type_) {
                        metaclass = Some(Value::Obj(mt));
                    }
                }
            }
        }
        // Run the body in the namespace `metaclass.__prepare__` returns (a
        // mapping, maybe a dict subclass), else in a fresh dict.
        let prepare = match &metaclass {
            Some(m) if !m.is(&Value::Obj(self.g.types.type_.clone())) => self.get_attr_str(m, "__prepare__").ok(),
            _ => None,
        };
        let ns = match prepare {
            Some(prepare) => {
                let mut values = vec![Value::new_str(&name), Value::new_tuple(bases.clone())];
                let mut kwnames = Vec::new();
                for (k, v) in &kwds {
                    kwnames.push(Value::new_str(k));
                    values.push(v.clone());
                }
                let ns = self.call_args(&prepare, Args { values: &values, kwnames: &kwnames })?;
                match ns.as_obj() {
                    Some(o) if !matches!(ns.payload(), Some(Payload::Type(_))) => o.clone(),
                    _ => {
                        return Err(PyErr::type_error(format!(
                            "__prepare__() must return a mapping, not {}",
                            self.type_name(&ns)
                        )))
                    }
                }
            }
            None => Obj::new(Payload::Dict(RefCell::new(Dict::new()))),
        };
        let Some(Payload::Function(f)) = func.payload() else {
            return Err(PyErr::type_error("__build_class__: func must be a function"));
        };
        let base = self.stack.len();
        for _ in 0..f.code.varnames.len() {
            self.stack.push(Value::Null);
        }
        if replaced {
            self.store_in_namespace(&ns, Value::new_str("__orig_bases__"), Value::new_tuple(orig_bases))?;
        }
        self.push_function_frame(f, base, base, Some(ns.clone()))?;
        let cell = self.run_frame_to_completion()?;
        let ns_v = Value::Obj(ns.clone());
        let cls = match &metaclass {
            Some(m) if !m.is(&Value::Obj(self.g.types.type_.clone())) => {
                let mut values = vec![Value::new_str(&name), Value::new_tuple(bases.clone()), ns_v];
                let mut kwnames = Vec::new();
                for (k, v) in &kwds {
                    kwnames.push(Value::new_str(k));
                    values.push(v.clone());
                }
                self.call_args(m, Args { values: &values, kwnames: &kwnames })?
            }
            _ => self.new_class(&name, &bases, &ns, None)?,
        };
        if let Some(Payload::Cell(c)) = cell.payload() {
            *c.borrow_mut() = cls.clone();
        }
        // __init_subclass__ on the parent.
        if let Some(Payload::Type(t)) = cls.payload() {
            let parent = t.mro.borrow().first().cloned();
            if let Some(p) = parent {
                if let Some(init_sub) = self.lookup_in_type(&p, "__init_subclass__") {
                    if !self.is_object_slot(&init_sub) {
                        let f = match init_sub.payload() {
                            Some(Payload::ClassMethod(f)) => f.clone(),
                            _ => init_sub.clone(),
                        };
                        let mut values = vec![cls.clone()];
                        let mut kwnames = Vec::new();
                        for (k, v) in &kwds {
                            kwnames.push(Value::new_str(k));
                            values.push(v.clone());
                        }
                        self.call_args(&f, Args { values: &values, kwnames: &kwnames })?;
                    }
                }
            }
        }
        Ok(cls)
    }

    /// `type(name, bases, ns)`: a new heap class.
    pub fn new_class(&mut self, name: &str, bases: &[Value], ns: &Obj, metaclass: Option<Obj>) -> PyResult<Value> {
        let mut base_objs: Vec<Obj> = Vec::new();
        for b in bases {
            match b.as_obj() {
                Some(o) if matches!(o.payload(), Payload::Type(_)) => base_objs.push(o.clone()),
                _ => return Err(PyErr::type_error("bases must be types")),
            }
        }
        if base_objs.is_empty() {
            base_objs.push(self.g.types.object.clone());
        }
        for b in &base_objs {
            if let Payload::Type(t) = b.payload() {
                if matches!(t.kind, TypeKind::Bool | TypeKind::Range | TypeKind::Slice | TypeKind::Function | TypeKind::NoneType | TypeKind::Generator) {
                    return Err(PyErr::type_error(format!("type '{}' is not an acceptable base type", t.name())));
                }
            }
        }
        for (i, b) in base_objs.iter().enumerate() {
            if base_objs[..i].iter().any(|x| x.is(b)) {
                let n = match b.payload() {
                    Payload::Type(t) => t.name(),
                    _ => String::new(),
                };
                return Err(PyErr::type_error(format!("duplicate base class {n}")));
            }
        }
        let mro = c3_linearize(&base_objs)?;
        // The instance layout: the first non-object builtin layout found.
        let mut layout = TypeKind::Object;
        for m in &mro {
            if let Payload::Type(t) = m.payload() {
                if t.layout != TypeKind::Object && t.layout != TypeKind::Heap {
                    layout = t.layout;
                    break;
                }
            }
        }
        // The namespace may be a dict subclass (from `__prepare__`).
        let ns_value = Value::Obj(ns.clone());
        let dict = match self.builtin_base(&ns_value).payload() {
            Some(Payload::Dict(d)) => d.borrow().clone(),
            _ => Dict::new(),
        };
        let qualname = dict.get_str("__qualname__").and_then(|q| q.as_str().map(String::from)).unwrap_or_else(|| name.to_string());
        let mut ty = TypeObject::new(name, TypeKind::Heap, layout, base_objs, mro, dict);
        *ty.qualname.get_mut() = qualname;
        {
            let d = ty.dict.get_mut();
            d.remove_str("__qualname__");
            d.remove_str("__classcell__");
            if d.get_str("__module__").is_none() {
                let m = self.frames.last().and_then(|f| match f.globals.payload() {
                    Payload::Dict(g) => g.borrow().get_str("__name__").cloned(),
                    _ => None,
                });
                if let Some(m) = m {
                    d.set_str_key(Value::new_str("__module__"), m);
                }
            }
            // __new__ defined in a class body is implicitly static.
            if let Some(n) = d.get_str("__new__").cloned() {
                if matches!(n.payload(), Some(Payload::Function(_))) {
                    d.set_str_key(Value::new_str("__new__"), Value::from_obj(Payload::StaticMethod(n)));
                }
            }
            // A class that defines __eq__ but not __hash__ is unhashable.
            if d.get_str("__eq__").is_some() && d.get_str("__hash__").is_none() {
                d.set_str_key(Value::new_str("__hash__"), Value::None);
            }
            for special in ["__init_subclass__", "__class_getitem__"] {
                if let Some(n) = d.get_str(special).cloned() {
                    if matches!(n.payload(), Some(Payload::Function(_))) {
                        d.set_str_key(Value::new_str(special), Value::from_obj(Payload::ClassMethod(n)));
                    }
                }
            }
        }
        *ty.metaclass.get_mut() = metaclass;
        let cls = Value::from_obj(Payload::Type(Box::new(ty)));
        self.call_set_name(&cls)?;
        Ok(cls)
    }

    /// Calls `__set_name__(cls, name)` on the attributes of a new class
    /// that define it (descriptors learning their name).
    fn call_set_name(&mut self, cls: &Value) -> PyResult<()> {
        let Some(Payload::Type(t)) = cls.payload() else { return Ok(()) };
        let items: Vec<(Value, Value)> = t.dict.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect();
        for (k, v) in items {
            if !matches!(v.payload(), Some(Payload::Instance(_)) | Some(Payload::Native(_))) {
                continue;
            }
            if let Some(r) = self.call_dunder(&v, "__set_name__", &[cls.clone(), k.clone()]).transpose() {
                r?;
            }
        }
        Ok(())
    }

    /// Calling a class: `type(x)`, builtin constructors, or `__new__` +
    /// `__init__` for heap classes.
    pub fn call_type(&mut self, cls: &Obj, args: Args<'_>) -> PyResult<Value> {
        if !matches!(cls.payload(), Payload::Type(_)) {
            return Err(PyErr::internal("call_type"));
        }
        // A metaclass with its own __call__.
        let meta = self.type_of(&Value::Obj(cls.clone()));
        if !meta.is(&self.g.types.type_) {
            if let Some(call) = self.lookup_in_type(&meta, "__call__") {
                if !matches!(call.payload(), Some(Payload::Builtin(_))) {
                    let mut values = vec![Value::Obj(cls.clone())];
                    values.extend_from_slice(args.values);
                    return self.call_args(&call, Args { values: &values, kwnames: args.kwnames });
                }
            }
        }
        self.call_type_plain(cls, args)
    }

    /// `type.__call__(cls, ...)`: construction without a metaclass's own
    /// `__call__` (which is how that `__call__` reaches it through `super()`).
    pub fn call_type_plain(&mut self, cls: &Obj, args: Args<'_>) -> PyResult<Value> {
        let Payload::Type(t) = cls.payload() else { return Err(PyErr::internal("call_type")) };
        if t.kind == TypeKind::Type {
            let pos = args.pos();
            if pos.len() == 1 && !args.has_kw() {
                return Ok(Value::Obj(self.type_of(&pos[0])));
            }
            if pos.len() == 3 {
                let name = pos[0].as_str().ok_or_else(|| PyErr::type_error("type.__new__() argument 1 must be str"))?.to_string();
                let bases = pos[1].as_tuple().map(|b| b.to_vec()).unwrap_or_default();
                let ns = pos[2].as_obj().cloned().ok_or_else(|| PyErr::type_error("type.__new__() argument 3 must be dict"))?;
                return self.new_class(&name, &bases, &ns, None);
            }
            return Err(PyErr::type_error("type() takes 1 or 3 arguments"));
        }
        if !t.is_heap() {
            return crate::builtins::construct_builtin(self, cls, args);
        }
        // Heap class: __new__.
        let new = self.lookup_in_type(cls, "__new__");
        let instance = match new {
            Some(n) if !matches!(n.payload(), Some(Payload::Builtin(_))) => {
                let f = match n.payload() {
                    Some(Payload::StaticMethod(f)) => f.clone(),
                    _ => n.clone(),
                };
                let mut values = vec![Value::Obj(cls.clone())];
                values.extend_from_slice(args.values);
                let inst = self.call_args(&f, Args { values: &values, kwnames: args.kwnames })?;
                if !self.isinstance(&inst, cls) {
                    return Ok(inst);
                }
                inst
            }
            // A metaclass without a `__new__` of its own: `type.__new__`.
            _ if t.layout == TypeKind::Type => {
                let pos = args.pos();
                if pos.len() != 3 {
                    return Err(PyErr::type_error(format!("type.__new__() takes exactly 3 arguments ({} given)", pos.len())));
                }
                let name = pos[0].as_str().ok_or_else(|| PyErr::type_error("type.__new__() argument 1 must be str"))?.to_string();
                let bases = pos[1].as_tuple().map(|b| b.to_vec()).ok_or_else(|| PyErr::type_error("type.__new__() argument 2 must be tuple"))?;
                let ns = pos[2].as_obj().filter(|o| matches!(o.payload(), Payload::Dict(_))).cloned();
                let ns = ns.ok_or_else(|| PyErr::type_error("type.__new__() argument 3 must be dict"))?;
                self.new_class(&name, &bases, &ns, Some(cls.clone()))?
            }
            _ => self.new_instance(cls, args)?,
        };
        // __init__.
        let ty = self.type_of(&instance);
        match self.lookup_in_type(&ty, "__init__") {
            Some(init) if !self.is_object_slot(&init) => {
                let r = self.call_with_receiver(&init, &instance, args)?;
                if !r.is_none() {
                    return Err(PyErr::type_error(format!(
                        "__init__() should return None, not '{}'",
                        self.type_name(&r)
                    )));
                }
            }
            _ => {
                let has_new = self.lookup_in_type(cls, "__new__").map(|n| !matches!(n.payload(), Some(Payload::Builtin(_)))).unwrap_or(false);
                if !args.values.is_empty() && t.layout == TypeKind::Object && !has_new {
                    return Err(PyErr::type_error(format!("{}() takes no arguments", t.name())));
                }
            }
        }
        Ok(instance)
    }

    /// `object.__new__(cls)` (with the builtin base's value for subclasses
    /// of builtins).
    pub fn new_instance(&mut self, cls: &Obj, args: Args<'_>) -> PyResult<Value> {
        let Payload::Type(t) = cls.payload() else { return Err(PyErr::internal("new_instance")) };
        let extra = match t.layout {
            TypeKind::Object | TypeKind::Heap => InstanceExtra::Plain,
            TypeKind::Exception(kind) => {
                let pos = args.pos();
                if kind == ExcKind::OSError && t.kind == TypeKind::Exception(ExcKind::OSError) && (2..=5).contains(&pos.len()) {
                    // OSError(errno, ...) makes the subclass for errno.
                    let sub = match pos[0] {
                        Value::Int(errno) => crate::errors::errno_subclass(errno),
                        _ => None,
                    };
                    if let Some(sub) = sub {
                        let sub_cls = self.g.types.exception(sub);
                        return self.new_instance(&sub_cls, args);
                    }
                }
                InstanceExtra::Exception(RefCell::new(ExcData::new(Value::new_tuple(pos.to_vec()))))
            }
            TypeKind::Native => {
                // A subclass of a native class wraps the Rust object the
                // native base's `__new__` makes with no arguments (as
                // CPython's builtins: `__init__` gets the arguments).
                let mro = t.mro.borrow().clone();
                let base = mro.into_iter().find(|b| matches!(b.payload(), Payload::Type(bt) if bt.kind == TypeKind::Native));
                let Some(base) = base else { return Err(PyErr::internal("native layout without a native base")) };
                let v = crate::builtins::construct_builtin(self, &base, Args { values: &[], kwnames: &[] })?;
                InstanceExtra::Native(v)
            }
            kind => {
                let base_type = self.builtin_type_for(kind);
                let v = match kind {
                    // Mutable bases start empty; __init__ fills them.
                    TypeKind::List | TypeKind::Dict | TypeKind::Set | TypeKind::ByteArray => {
                        let v = crate::builtins::construct_builtin(self, &base_type, Args { values: &[], kwnames: &[] })?;
                        v
                    }
                    _ => crate::builtins::construct_builtin(self, &base_type, args)?,
                };
                InstanceExtra::Builtin(RefCell::new(v))
            }
        };
        Ok(Value::from_obj(Payload::Instance(Box::new(Instance::new(cls.clone(), extra)))))
    }

    fn builtin_type_for(&self, kind: TypeKind) -> Obj {
        let t = &self.g.types;
        match kind {
            TypeKind::Int => t.int.clone(),
            TypeKind::Float => t.float.clone(),
            TypeKind::Str => t.str_.clone(),
            TypeKind::Bytes => t.bytes.clone(),
            TypeKind::ByteArray => t.bytearray.clone(),
            TypeKind::List => t.list.clone(),
            TypeKind::Tuple => t.tuple.clone(),
            TypeKind::Dict => t.dict.clone(),
            TypeKind::Set => t.set.clone(),
            TypeKind::FrozenSet => t.frozenset.clone(),
            TypeKind::Complex => t.complex.clone(),
            _ => t.object.clone(),
        }
    }

    /// Zero-argument `super()`: finds `__class__` and the first argument
    /// in the calling frame.
    pub fn super_from_frame(&mut self) -> PyResult<Value> {
        let Some(frame) = self.frames.last() else {
            return Err(PyErr::new(ExcKind::RuntimeError, "super(): no current frame"));
        };
        let code = frame.code.clone();
        if code.argcount == 0 && code.flags & crate::code::CO_VARARGS == 0 {
            return Err(PyErr::new(ExcKind::RuntimeError, "super(): no arguments"));
        }
        let pos = code.freevars.iter().position(|n| &**n == "__class__");
        let Some(pos) = pos else {
            return Err(PyErr::new(ExcKind::RuntimeError, "super(): __class__ cell not found"));
        };
        let cell = frame.cells.get(code.cellvars.len() + pos).cloned();
        let cls = match cell.as_ref().and_then(|c| c.payload()) {
            Some(Payload::Cell(c)) => c.borrow().clone(),
            _ => Value::Null,
        };
        if code.argcount == 0 && code.flags & crate::code::CO_VARARGS == 0 {
            return Err(PyErr::new(ExcKind::RuntimeError, "super(): no arguments"));
        }
        let mut first = self.stack.get(frame.base).cloned().unwrap_or(Value::Null);
        // The first argument may live in a cell.
        if first.is_null() {
            if let Some(&(cell_ix, _)) = code.cell_params.iter().find(|(_, p)| *p == 0) {
                if let Some(Payload::Cell(c)) = frame.cells.get(cell_ix as usize).and_then(|c| c.payload()) {
                    first = c.borrow().clone();
                }
            }
        }
        if cls.is_null() || first.is_null() {
            return Err(PyErr::new(ExcKind::RuntimeError, "super(): empty __class__ cell"));
        }
        self.make_super(cls, first)
    }

    pub fn make_super(&mut self, cls: Value, obj: Value) -> PyResult<Value> {
        let this_class = cls.as_obj().cloned().ok_or_else(|| PyErr::type_error("super() argument 1 must be a type"))?;
        let receiver_type = match obj.payload() {
            Some(Payload::Type(_)) if obj.as_obj().map(|o| self.is_subtype(o, &this_class)).unwrap_or(false) => {
                obj.as_obj().cloned().ok_or_else(|| PyErr::internal("super"))?
            }
            _ => {
                let t = self.type_of(&obj);
                if !self.is_subtype(&t, &this_class) {
                    return Err(PyErr::type_error("super(type, obj): obj must be an instance or subtype of type"));
                }
                t
            }
        };
        Ok(Value::from_obj(Payload::Super { this_class, receiver: obj, receiver_type }))
    }

    /// Attribute lookup through a `super` object.
    pub fn super_getattr(&mut self, sup: &Value, name: &str) -> PyResult<Value> {
        let Some(Payload::Super { this_class, receiver, receiver_type }) = sup.payload() else {
            return Err(PyErr::internal("super_getattr"));
        };
        // Search `receiver_type` and its MRO after `this_class`, without
        // copying the MRO; the borrow ends before any descriptor runs.
        let found = {
            let mro = match receiver_type.payload() {
                Payload::Type(t) => Some(t.mro.borrow()),
                _ => None,
            };
            let rest: &[Obj] = mro.as_deref().map(|m| m.as_slice()).unwrap_or(&[]);
            let mut after_this = false;
            let mut found = None;
            for c in std::iter::once(receiver_type).chain(rest.iter()) {
                if !after_this {
                    after_this = c.is(this_class);
                    continue;
                }
                if let Payload::Type(t) = c.payload() {
                    if let Some(v) = t.dict.borrow().get_str(name).cloned() {
                        found = Some(v);
                        break;
                    }
                }
            }
            found
        };
        if let Some(v) = found {
            let receiver_is_type = matches!(receiver.payload(), Some(Payload::Type(_))) && receiver.as_obj().map(|o| o.is(receiver_type)).unwrap_or(false);
            if receiver_is_type {
                return match v.payload() {
                    Some(Payload::ClassMethod(f)) => Ok(Value::from_obj(Payload::Method { func: f.clone(), receiver: receiver.clone() })),
                    Some(Payload::StaticMethod(f)) => Ok(f.clone()),
                    _ => Ok(v),
                };
            }
            return self.descr_get(&v, &receiver.clone(), &receiver_type.clone());
        }
        Err(PyErr::attribute_error(format!("'super' object has no attribute '{name}'")))
    }
}

/// C3 linearisation of `bases` (the result excludes the new class itself).
pub fn c3_linearize(bases: &[Obj]) -> PyResult<Vec<Obj>> {
    let mut seqs: Vec<Vec<Obj>> = Vec::new();
    for b in bases {
        let mut l = vec![b.clone()];
        if let Payload::Type(t) = b.payload() {
            l.extend(t.mro.borrow().iter().cloned());
        }
        seqs.push(l);
    }
    seqs.push(bases.to_vec());
    let mut out: Vec<Obj> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut chosen: Option<Obj> = None;
        for s in &seqs {
            let head = &s[0];
            let in_tail = seqs.iter().any(|t| t[1..].iter().any(|x| x.is(head)));
            if !in_tail {
                chosen = Some(head.clone());
                break;
            }
        }
        let Some(c) = chosen else {
            let names: Vec<String> = bases
                .iter()
                .map(|b| match b.payload() {
                    Payload::Type(t) => t.name(),
                    _ => "?".into(),
                })
                .collect();
            return Err(PyErr::type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if s[0].is(&c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}
