//! Type objects: builtin types and user classes alike.
//!
//! `mro` holds the method resolution order *after* the type itself (the
//! type cannot hold a counted reference to itself), computed by C3
//! linearisation in `vm/class.rs`. `version` is bumped whenever the dict of
//! this type (or of a base) changes, for attribute caches.

use crate::errors::ExcKind;
use crate::objects::dict::Dict;
use crate::value::Obj;
use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicU64, Ordering};

/// Bumped whenever any type is created or any type's dict changes: the
/// type attribute cache (`vm/cache.rs`) is valid only within one epoch.
pub static TYPE_EPOCH: AtomicU64 = AtomicU64::new(1);

/// Invalidates every type attribute cache entry.
#[inline]
pub fn bump_type_epoch() {
    TYPE_EPOCH.fetch_add(1, Ordering::Relaxed);
}

pub struct TypeObject {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub bases: RefCell<Vec<Obj>>,
    /// The MRO without the type itself.
    pub mro: RefCell<Vec<Obj>>,
    pub dict: RefCell<Dict>,
    /// Which builtin type this is, or `Heap` for classes made by `class`.
    pub kind: TypeKind,
    /// The builtin type whose layout instances use (`Object` for plain
    /// classes; `Exception(_)` for exception classes; `List` for
    /// subclasses of list...).
    pub layout: TypeKind,
    /// The metaclass, when not `type`.
    pub metaclass: RefCell<Option<Obj>>,
    pub version: Cell<u64>,
    /// (type epoch, `SLOT_*` bits): which attribute hooks the class overrides,
    /// recomputed when the epoch moves (`vm/cache.rs`).
    pub slot_flags: Cell<(u64, u32)>,
}

/// The builtin types garter knows by identity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeKind {
    Object,
    Type,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    NoneType,
    NotImplementedType,
    Ellipsis,
    Function,
    BuiltinFunction,
    Method,
    Module,
    Cell,
    Code,
    Generator,
    Iterator,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    Exception(ExcKind),
    /// A type defined by a native module (its instances are `Native`).
    Native,
    /// A class defined in Python.
    Heap,
}

impl TypeObject {
    pub fn new(name: &str, kind: TypeKind, layout: TypeKind, bases: Vec<Obj>, mro: Vec<Obj>, dict: Dict) -> TypeObject {
        bump_type_epoch();
        TypeObject {
            name: RefCell::new(name.to_string()),
            qualname: RefCell::new(name.to_string()),
            bases: RefCell::new(bases),
            mro: RefCell::new(mro),
            dict: RefCell::new(dict),
            kind,
            layout,
            metaclass: RefCell::new(None),
            version: Cell::new(0),
            slot_flags: Cell::new((0, 0)),
        }
    }
    pub fn name(&self) -> String {
        self.name.borrow().clone()
    }
    pub fn is_heap(&self) -> bool {
        self.kind == TypeKind::Heap
    }
    pub fn touch(&self) {
        bump_type_epoch();
        self.version.set(self.version.get().wrapping_add(1));
    }
}
