//! The builtin type objects, `type_of`, and installing builtin methods into
//! the types' dicts.

use crate::errors::ExcKind;
use crate::objects::dict::Dict;
use crate::objects::function::{Builtin, NativeFn};
use crate::objects::instance::InstanceExtra;
use crate::objects::iter::IterKind;
use crate::objects::typeobj::{TypeKind, TypeObject};
use crate::value::{Obj, Payload, Value};
use crate::vm::Vm;

/// Every builtin type, by name.
pub struct Types {
    pub object: Obj,
    pub type_: Obj,
    pub int: Obj,
    pub bool_: Obj,
    pub float: Obj,
    pub complex: Obj,
    pub str_: Obj,
    pub bytes: Obj,
    pub bytearray: Obj,
    pub list: Obj,
    pub tuple: Obj,
    pub dict: Obj,
    pub set: Obj,
    pub frozenset: Obj,
    pub range: Obj,
    pub slice: Obj,
    pub none_type: Obj,
    pub not_implemented_type: Obj,
    pub ellipsis_type: Obj,
    pub function: Obj,
    pub builtin_function: Obj,
    pub method: Obj,
    pub module: Obj,
    pub cell: Obj,
    pub code: Obj,
    pub generator: Obj,
    pub iterator: Obj,
    /// The builtin iterator types, indexed by `IterKind as usize`.
    pub iter_types: Vec<Obj>,
    /// `dict_keys`, `dict_values`, `dict_items`, indexed by the view's `which`.
    pub dict_views: Vec<Obj>,
    pub property: Obj,
    pub staticmethod: Obj,
    pub classmethod: Obj,
    pub super_: Obj,
    /// Indexed by `ExcKind as usize`.
    pub exceptions: Vec<Obj>,
}

fn make(name: &str, kind: TypeKind, bases: &[&Obj]) -> Obj {
    let mut mro: Vec<Obj> = Vec::new();
    for b in bases {
        mro.push((*b).clone());
        if let Payload::Type(t) = b.payload() {
            for m in t.mro.borrow().iter() {
                if !mro.iter().any(|x| x.is(m)) {
                    mro.push(m.clone());
                }
            }
        }
    }
    let layout = match kind {
        TypeKind::Bool => TypeKind::Int,
        k => k,
    };
    Obj::new(Payload::Type(Box::new(TypeObject::new(
        name,
        kind,
        layout,
        bases.iter().map(|b| (*b).clone()).collect(),
        mro,
        Dict::new(),
    ))))
}

impl Types {
    pub fn new() -> Types {
        let object = make("object", TypeKind::Object, &[]);
        let o = &object;
        let int = make("int", TypeKind::Int, &[o]);
        let mut exceptions: Vec<Obj> = Vec::with_capacity(ExcKind::ALL.len());
        for &k in ExcKind::ALL {
            let t = if k == ExcKind::BaseException {
                make(k.name(), TypeKind::Exception(k), &[o])
            } else {
                let base = exceptions[k.base() as usize].clone();
                make(k.name(), TypeKind::Exception(k), &[&base])
            };
            exceptions.push(t);
        }
        Types {
            type_: make("type", TypeKind::Type, &[o]),
            bool_: make("bool", TypeKind::Bool, &[&int]),
            int,
            float: make("float", TypeKind::Float, &[o]),
            complex: make("complex", TypeKind::Complex, &[o]),
            str_: make("str", TypeKind::Str, &[o]),
            bytes: make("bytes", TypeKind::Bytes, &[o]),
            bytearray: make("bytearray", TypeKind::ByteArray, &[o]),
            list: make("list", TypeKind::List, &[o]),
            tuple: make("tuple", TypeKind::Tuple, &[o]),
            dict: make("dict", TypeKind::Dict, &[o]),
            set: make("set", TypeKind::Set, &[o]),
            frozenset: make("frozenset", TypeKind::FrozenSet, &[o]),
            range: make("range", TypeKind::Range, &[o]),
            slice: make("slice", TypeKind::Slice, &[o]),
            none_type: make("NoneType", TypeKind::NoneType, &[o]),
            not_implemented_type: make("NotImplementedType", TypeKind::NotImplementedType, &[o]),
            ellipsis_type: make("ellipsis", TypeKind::Ellipsis, &[o]),
            function: make("function", TypeKind::Function, &[o]),
            builtin_function: make("builtin_function_or_method", TypeKind::BuiltinFunction, &[o]),
            method: make("method", TypeKind::Method, &[o]),
            module: make("module", TypeKind::Module, &[o]),
            cell: make("cell", TypeKind::Cell, &[o]),
            code: make("code", TypeKind::Code, &[o]),
            generator: make("generator", TypeKind::Generator, &[o]),
            iterator: make("iterator", TypeKind::Iterator, &[o]),
            iter_types: IterKind::ALL.iter().map(|k| make(k.name(), TypeKind::Iterator, &[o])).collect(),
            dict_views: ["dict_keys", "dict_values", "dict_items"]
                .iter()
                .map(|n| make(n, TypeKind::Iterator, &[o]))
                .collect(),
            property: make("property", TypeKind::Property, &[o]),
            staticmethod: make("staticmethod", TypeKind::StaticMethod, &[o]),
            classmethod: make("classmethod", TypeKind::ClassMethod, &[o]),
            super_: make("super", TypeKind::Super, &[o]),
            exceptions,
            object,
        }
    }

    pub fn iter_type(&self, kind: IterKind) -> Obj {
        self.iter_types[kind as usize].clone()
    }

    pub fn exception(&self, kind: ExcKind) -> Obj {
        self.exceptions[kind as usize].clone()
    }

    /// Every builtin type with its Python name (for the builtins module).
    pub fn named(&self) -> Vec<(&'static str, Obj)> {
        vec![
            ("object", self.object.clone()),
            ("type", self.type_.clone()),
            ("int", self.int.clone()),
            ("bool", self.bool_.clone()),
            ("float", self.float.clone()),
            ("complex", self.complex.clone()),
            ("str", self.str_.clone()),
            ("bytes", self.bytes.clone()),
            ("bytearray", self.bytearray.clone()),
            ("list", self.list.clone()),
            ("tuple", self.tuple.clone()),
            ("dict", self.dict.clone()),
            ("set", self.set.clone()),
            ("frozenset", self.frozenset.clone()),
            ("range", self.range.clone()),
            ("slice", self.slice.clone()),
            ("property", self.property.clone()),
            ("staticmethod", self.staticmethod.clone()),
            ("classmethod", self.classmethod.clone()),
            ("super", self.super_.clone()),
            ("enumerate", self.iter_type(IterKind::Enumerate)),
            ("zip", self.iter_type(IterKind::Zip)),
            ("map", self.iter_type(IterKind::Map)),
            ("filter", self.iter_type(IterKind::Filter)),
            ("reversed", self.iter_type(IterKind::Reversed)),
        ]
    }
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}

impl Vm {
    /// The type of a value.
    pub fn type_of(&self, v: &Value) -> Obj {
        let t = &self.g.types;
        match v {
            Value::Null | Value::None => t.none_type.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Obj(o) => match o.payload() {
                Payload::Str(_) => t.str_.clone(),
                Payload::BigInt(_) => t.int.clone(),
                Payload::Complex(..) => t.complex.clone(),
                Payload::Bytes(_) => t.bytes.clone(),
                Payload::ByteArray(_) => t.bytearray.clone(),
                Payload::Tuple(_) => t.tuple.clone(),
                Payload::List(_) => t.list.clone(),
                Payload::Dict(_) => t.dict.clone(),
                Payload::Set(_) => t.set.clone(),
                Payload::FrozenSet(_) => t.frozenset.clone(),
                Payload::Range { .. } | Payload::BigRange(_) => t.range.clone(),
                Payload::DictView(dv) => t.dict_views[dv.which.min(2) as usize].clone(),
                Payload::Slice { .. } => t.slice.clone(),
                Payload::Function(_) => t.function.clone(),
                Payload::Builtin(_) => t.builtin_function.clone(),
                Payload::Method { .. } => t.method.clone(),
                Payload::Type(ty) => ty.metaclass.borrow().clone().unwrap_or_else(|| t.type_.clone()),
                Payload::Instance(i) => i.class.borrow().clone(),
                Payload::Module(_) => t.module.clone(),
                Payload::Cell(_) => t.cell.clone(),
                Payload::Code(_) => t.code.clone(),
                Payload::Generator(_) => t.generator.clone(),
                Payload::Iter(st) => t.iter_type(st.try_borrow().map(|s| s.kind()).unwrap_or(IterKind::SeqIter)),
                Payload::Property { .. } => t.property.clone(),
                Payload::StaticMethod(_) => t.staticmethod.clone(),
                Payload::ClassMethod(_) => t.classmethod.clone(),
                Payload::Super { .. } => t.super_.clone(),
                Payload::NotImplemented => t.not_implemented_type.clone(),
                Payload::Ellipsis => t.ellipsis_type.clone(),
                Payload::Native(n) => n.class(),
            },
        }
    }

    /// The type's `__name__` (for messages).
    pub fn type_name(&self, v: &Value) -> String {
        match v {
            Value::Null | Value::None => "NoneType".into(),
            Value::Bool(_) => "bool".into(),
            Value::Int(_) => "int".into(),
            Value::Float(_) => "float".into(),
            Value::Obj(_) => match self.type_of(v).payload() {
                Payload::Type(t) => t.name(),
                _ => "object".into(),
            },
        }
    }

    /// The builtin value inside an instance of a subclass of a builtin
    /// type (`class L(list)`), or the value itself.
    pub fn builtin_base(&self, v: &Value) -> Value {
        if let Some(Payload::Instance(i)) = v.payload() {
            if let InstanceExtra::Builtin(b) = &i.extra {
                return b.borrow().clone();
            }
        }
        v.clone()
    }
}

/// Puts the builtin methods of each builtin type into its dict.
pub fn install_type_methods(vm: &mut Vm) {
    let t = &vm.g.types;
    let tables: Vec<(&Obj, &'static str, &'static [(&'static str, NativeFn)])> = vec![
        (&t.object, "object", crate::builtins::OBJECT_METHODS),
        (&t.type_, "type", crate::builtins::TYPE_METHODS),
        (&t.exceptions[ExcKind::BaseException as usize], "BaseException", crate::builtins::EXCEPTION_METHODS),
    ];
    for (ty, owner, methods) in tables {
        install(ty, owner, methods);
    }
    crate::builtins::install_more_type_methods(vm);
}

/// Adds `methods` to the dict of type `ty`.
pub fn install(ty: &Obj, owner: &'static str, methods: &[(&'static str, NativeFn)]) {
    if let Payload::Type(t) = ty.payload() {
        let mut d = t.dict.borrow_mut();
        for &(name, func) in methods {
            let b = Value::from_obj(Payload::Builtin(Builtin { name, func, receiver: Value::Null, owner: Some(owner) }));
            d.set_str_key(Value::new_str(name), b);
        }
    }
    crate::objects::typeobj::bump_type_epoch();
}
