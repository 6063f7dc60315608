//! Inline caches (CPython 3.11's "specialisation" of `LOAD_GLOBAL`).
//!
//! A `LoadGlobal` remembers where it found its name: the entry index in the
//! globals dict, or in the builtins dict together with proof that globals
//! did not have it. The entry is reused while the dicts keep the versions
//! recorded (a version changes on every insertion or deletion and is unique
//! across dicts, see `objects/dict.rs`). A hit costs two version compares,
//! an index and a pointer compare of the key — no hashing or probing.
//!
//! Also here: the type attribute cache (MRO lookups by type and name), the
//! per-type `SLOT_*` flags, and the `LoadAttr`/`StoreAttr`/`LoadMethod`
//! inline caches (see "attribute inline caches" below).

use crate::code::{Code, GlobalCache};
use crate::errors::PyResult;
use crate::value::{Payload, Value};
use crate::objects::typeobj::TYPE_EPOCH;
use crate::value::Obj;
use crate::vm::Vm;
use std::sync::atomic::Ordering;

/// Entries in the type attribute cache (a power of two).
pub const TYPE_CACHE_SIZE: usize = 4096;

/// One remembered MRO lookup: `name` on the type at `type_addr`, made in
/// `epoch` (any type creation or type-dict change starts a new epoch, so a
/// reused address or a changed class can never hit).
#[derive(Default, Clone)]
pub struct TypeCacheEntry {
    type_addr: usize,
    epoch: u64,
    name: Box<str>,
    value: Option<Value>,
}

/// CPython's type attribute cache: MRO lookups by (type, name).
pub struct TypeCache {
    entries: Vec<TypeCacheEntry>,
}

impl Default for TypeCache {
    fn default() -> Self {
        TypeCache { entries: vec![TypeCacheEntry::default(); TYPE_CACHE_SIZE] }
    }
}

impl Vm {
    /// `LoadGlobal` through the cache for `code.names[arg]`.
    #[inline]
    pub fn load_global_cached(&mut self, fi: usize, code: &Code, arg: usize) -> PyResult<Value> {
        let name = &code.names[arg];
        let slot = &code.global_cache[arg];
        let c = slot.get();
        let globals = &self.frames[fi].globals;
        if c.globals_addr == globals.addr() {
            if let Payload::Dict(g) = globals.payload() {
                let g = g.borrow();
                if g.version == c.globals_version {
                    if c.builtins_version == 0 {
                        if let Some(e) = g.entry(c.index as usize) {
                            if e.key.is(name) {
                                return Ok(e.value.clone());
                            }
                        }
                    } else if let Payload::Dict(b) = self.g.builtins.payload() {
                        let b = b.borrow();
                        if b.version == c.builtins_version {
                            if let Some(e) = b.entry(c.index as usize) {
                                if e.key.is(name) {
                                    return Ok(e.value.clone());
                                }
                            }
                        }
                    }
                }
            }
        }
        self.load_global_fill(fi, code, arg)
    }

    #[cold]
    fn load_global_fill(&mut self, fi: usize, code: &Code, arg: usize) -> PyResult<Value> {
        let name = &code.names[arg];
        let globals = self.frames[fi].globals.clone();
        let Some(s) = name.as_pystr() else { return self.load_global(fi, name) };
        let hash = s.hash();
        let text = s.as_str();
        if let Payload::Dict(g) = globals.payload() {
            let g = g.borrow();
            if let Some(ix) = g.find(hash, |k| k.as_str() == Some(text)) {
                if let Some(e) = g.entry(ix) {
                    if e.key.is(name) {
                        code.global_cache[arg].set(GlobalCache {
                            globals_addr: globals.addr(),
                            globals_version: g.version,
                            builtins_version: 0,
                            index: ix as u32,
                        });
                    }
                    return Ok(e.value.clone());
                }
            }
            if let Payload::Dict(b) = self.g.builtins.payload() {
                let b = b.borrow();
                if let Some(ix) = b.find(hash, |k| k.as_str() == Some(text)) {
                    if let Some(e) = b.entry(ix) {
                        if e.key.is(name) && b.version != 0 {
                            code.global_cache[arg].set(GlobalCache {
                                globals_addr: globals.addr(),
                                globals_version: g.version,
                                builtins_version: b.version,
                                index: ix as u32,
                            });
                        }
                        return Ok(e.value.clone());
                    }
                }
            }
        }
        self.load_global(fi, name)
    }
}

impl Vm {
    /// `lookup_in_type` through the type attribute cache.
    #[inline]
    pub fn type_cache_lookup(&self, ty: &Obj, name: &str) -> Option<Value> {
        let epoch = TYPE_EPOCH.load(Ordering::Relaxed);
        let addr = ty.addr();
        let slot = ((addr >> 4) ^ (name.as_ptr() as usize >> 2) ^ name.len().wrapping_mul(31)) & (TYPE_CACHE_SIZE - 1);
        {
            let cache = self.g.type_cache.borrow();
            let e = &cache.entries[slot];
            if e.type_addr == addr && e.epoch == epoch && (std::ptr::eq(e.name.as_ptr(), name.as_ptr()) && e.name.len() == name.len() || &*e.name == name) {
                return e.value.clone();
            }
        }
        let value = self.lookup_in_type_uncached(ty, name);
        if let Ok(mut cache) = self.g.type_cache.try_borrow_mut() {
            cache.entries[slot] = TypeCacheEntry { type_addr: addr, epoch, name: name.into(), value: value.clone() };
        }
        value
    }
}

/// The class overrides `__getattribute__`.
pub const SLOT_GETATTRIBUTE: u32 = 1;
/// The class defines `__getattr__`.
pub const SLOT_GETATTR: u32 = 2;
/// The class overrides `__setattr__`.
pub const SLOT_SETATTR: u32 = 4;
/// The class overrides `__delattr__`.
pub const SLOT_DELATTR: u32 = 8;

impl Vm {
    /// Which attribute hooks type `ty` overrides (`SLOT_*` bits), cached
    /// on the type for the current type epoch.
    #[inline]
    pub fn slot_flags(&self, ty: &Obj) -> u32 {
        let crate::value::Payload::Type(t) = ty.payload() else { return 0 };
        let epoch = TYPE_EPOCH.load(Ordering::Relaxed);
        let (e, f) = t.slot_flags.get();
        if e == epoch {
            return f;
        }
        let mut f = 0;
        for (bit, name) in [
            (SLOT_GETATTRIBUTE, "__getattribute__"),
            (SLOT_GETATTR, "__getattr__"),
            (SLOT_SETATTR, "__setattr__"),
            (SLOT_DELATTR, "__delattr__"),
        ] {
            if let Some(v) = self.lookup_in_type_uncached(ty, name) {
                if !self.is_object_slot(&v) {
                    f |= bit;
                }
            }
        }
        t.slot_flags.set((epoch, f));
        f
    }
}

// ---- attribute inline caches ----------------------------------------------
//
// CPython 3.11's `LOAD_ATTR_INSTANCE_VALUE`, `LOAD_METHOD_WITH_VALUES` and
// `STORE_ATTR_INSTANCE_VALUE`, in garter's terms. Each `LoadAttr`,
// `StoreAttr` and `LoadMethod` instruction has an `AttrCache` (`code.rs`)
// describing, for one type in one type epoch, what the generic lookup
// (`attr.rs`) would do with an instance of it:
//
// - the type does not override `__getattribute__` / `__setattr__`, has no
//   data descriptor under the name, and the name is not `__dict__` or
//   `__class__` (those are special in `generic_getattr`/`generic_setattr`);
// - so the instance `__dict__` decides first, and on a miss the class
//   attribute recorded in `kind` (nothing, a plain value, a function to
//   bind) decides, exactly as `generic_getattr` would.
//
// Only instances with `InstanceExtra::Plain` are served (exceptions and
// builtin subclasses have attributes outside their dict). Everything else,
// and every case the entry does not cover, takes the generic path, which
// refills the entry. The epoch makes a stale entry impossible: class
// creation, class-dict changes and `__class__` assignment all bump it.

/// Empty entry (or one for a case the fast path does not serve).
pub const ATTR_NONE: u8 = 0;
/// Instances: the class has nothing under the name; instance dict, else
/// the generic path (`__getattr__`, AttributeError).
pub const ATTR_ABSENT: u8 = 1;
/// Instances: the class holds a non-descriptor value (`class_attr`).
pub const ATTR_PLAIN: u8 = 2;
/// Instances: the class holds a Python function (`class_attr`), bound to
/// the instance when its dict does not shadow it.
pub const ATTR_FUNCTION: u8 = 3;
/// `StoreAttr` on instances: store into the instance dict.
pub const ATTR_STORE_DICT: u8 = 4;
/// `LoadMethod` on builtin values (a list, a str...): `class_attr` is the
/// builtin type's method descriptor, called with the value as receiver.
pub const ATTR_BUILTIN_METHOD: u8 = 5;

use crate::code::{AttrCache, AttrEntry, ATTR_WAYS};
use crate::objects::dict::Dict;
use crate::objects::instance::InstanceExtra;

/// Looks `name` up in an instance dict, trying the entry where it was last
/// time first.
#[inline(always)]
fn dict_get_hinted(d: &Dict, name: &Value, hint: &std::cell::Cell<u32>) -> Option<Value> {
    if let Some(e) = d.entry(hint.get() as usize) {
        if e.key.is(name) {
            return Some(e.value.clone());
        }
    }
    let s = name.as_pystr()?;
    let ix = d.find(s.hash(), |k| k.is(name) || k.as_str() == Some(s.as_str()))?;
    hint.set(ix as u32);
    d.value_at(ix).cloned()
}

/// Is `v` a class attribute that `descr_get` returns unchanged (no
/// `__get__`)? Conservative: only types known never to be descriptors.
fn is_plain_class_value(v: &Value) -> bool {
    match v.payload() {
        None => true,
        Some(p) => matches!(
            p,
            Payload::Str(_)
                | Payload::BigInt(_)
                | Payload::Tuple(_)
                | Payload::List(_)
                | Payload::Dict(_)
                | Payload::Set(_)
                | Payload::FrozenSet(_)
                | Payload::Bytes(_)
                | Payload::Type(_)
        ),
    }
}

/// Builtin values whose attributes come from their type alone (no
/// instance dict, no custom lookup), for `ATTR_BUILTIN_METHOD`.
#[inline(always)]
fn is_plain_builtin(v: &Value) -> bool {
    match v.payload() {
        None => !v.is_null(),
        Some(p) => matches!(
            p,
            Payload::Str(_)
                | Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Dict(_)
                | Payload::Set(_)
                | Payload::FrozenSet(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
                | Payload::BigInt(_)
                // Native objects have no instance dict; their classes
                // change only with the type epoch.
                | Payload::Native(_)
        ),
    }
}

/// The entry of `cache` for type `ty_addr` in the current epoch.
#[inline(always)]
fn entry_for(cache: &AttrCache, ty_addr: usize) -> Option<&AttrEntry> {
    if cache.epoch.get() != TYPE_EPOCH.load(Ordering::Relaxed) {
        return None;
    }
    cache.entries.iter().find(|e| e.type_addr.get() == ty_addr)
}

/// Records what the generic path found for type `ty` (replacing the
/// entries of an older epoch, or the oldest entry).
fn fill_entry(cache: &AttrCache, ty: &Obj, kind: u8, class_attr: Value) {
    let epoch = TYPE_EPOCH.load(Ordering::Relaxed);
    if cache.epoch.get() != epoch {
        for e in &cache.entries {
            e.type_addr.set(0);
        }
        cache.epoch.set(epoch);
    }
    let addr = ty.addr();
    let e = match cache.entries.iter().find(|e| e.type_addr.get() == addr) {
        Some(e) => e,
        None => {
            let i = cache.next.get() as usize % ATTR_WAYS;
            cache.next.set(((i + 1) % ATTR_WAYS) as u8);
            &cache.entries[i]
        }
    };
    let old = e.class_attr.replace(class_attr);
    e.type_addr.set(addr);
    e.kind.set(kind);
    drop(old);
}

impl Vm {
    /// `LoadAttr`'s cached case: `obj.name` for the object on top of the
    /// stack, or `None` when the cache does not cover it.
    #[inline(always)]
    pub fn load_attr_hit(&self, cache: &AttrCache, name: &Value) -> Option<Value> {
        let obj = self.stack.last()?;
        let Some(Payload::Instance(inst)) = obj.payload() else { return None };
        let e = entry_for(cache, inst.class.borrow().addr())?;
        if !matches!(e.kind.get(), ATTR_ABSENT | ATTR_PLAIN | ATTR_FUNCTION) || !matches!(inst.extra, InstanceExtra::Plain) {
            return None;
        }
        if let Some(v) = dict_get_hinted(&inst.dict().borrow(), name, &e.dict_hint) {
            return Some(v);
        }
        match e.kind.get() {
            ATTR_PLAIN => Some(e.class_attr.borrow().clone()),
            ATTR_FUNCTION => {
                let func = e.class_attr.borrow().clone();
                Some(Value::from_obj(Payload::Method { func, receiver: obj.clone() }))
            }
            _ => None,
        }
    }

    /// `LoadMethod`'s cached case for the object on top of the stack:
    /// `(callable, receiver or NULL)`, or `None` when not covered.
    #[inline(always)]
    pub fn load_method_hit(&self, cache: &AttrCache, name: &Value) -> Option<(Value, Value)> {
        let obj = self.stack.last()?;
        if let Some(Payload::Instance(inst)) = obj.payload() {
            let e = entry_for(cache, inst.class.borrow().addr())?;
            if !matches!(e.kind.get(), ATTR_ABSENT | ATTR_PLAIN | ATTR_FUNCTION) || !matches!(inst.extra, InstanceExtra::Plain) {
                return None;
            }
            if let Some(v) = dict_get_hinted(&inst.dict().borrow(), name, &e.dict_hint) {
                return Some((v, Value::Null));
            }
            return match e.kind.get() {
                ATTR_FUNCTION => Some((e.class_attr.borrow().clone(), obj.clone())),
                ATTR_PLAIN => Some((e.class_attr.borrow().clone(), Value::Null)),
                _ => None,
            };
        }
        if is_plain_builtin(obj) {
            let e = entry_for(cache, self.type_of(obj).addr())?;
            if e.kind.get() == ATTR_BUILTIN_METHOD {
                return Some((e.class_attr.borrow().clone(), obj.clone()));
            }
        }
        None
    }

    /// `StoreAttr`'s cached case: stores and returns the replaced value (to
    /// be dropped by the caller, outside the dict's borrow), or hands
    /// `value` back when not covered.
    #[inline(always)]
    pub fn store_attr_hit(&self, cache: &AttrCache, obj: &Value, name: &Value, value: Value) -> Result<Option<Value>, Value> {
        let Some(Payload::Instance(inst)) = obj.payload() else { return Err(value) };
        let Some(e) = entry_for(cache, inst.class.borrow().addr()) else { return Err(value) };
        if e.kind.get() != ATTR_STORE_DICT || !matches!(inst.extra, InstanceExtra::Plain) {
            return Err(value);
        }
        let Ok(mut d) = inst.dict().try_borrow_mut() else { return Err(value) };
        let hint = e.dict_hint.get() as usize;
        if matches!(d.entry(hint), Some(en) if en.key.is(name)) {
            return Ok(d.set_value_at(hint, value));
        }
        let Some(s) = name.as_pystr() else { return Err(value) };
        let hash = s.hash();
        match d.find(hash, |k| k.is(name) || k.as_str() == Some(s.as_str())) {
            Some(ix) => {
                e.dict_hint.set(ix as u32);
                Ok(d.set_value_at(ix, value))
            }
            None => {
                d.insert_new(hash, name.clone(), value);
                Ok(None)
            }
        }
    }

    /// Refills a `LoadAttr`/`LoadMethod` cache for `obj` after the generic
    /// path ran (see the rules above).
    pub fn fill_load_cache(&mut self, cache: &AttrCache, obj: &Value, name: &Value) {
        let ty = self.type_of(obj);
        if entry_for(cache, ty.addr()).is_some() {
            return;
        }
        let name_s = name.as_str().unwrap_or("");
        let (kind, attr) = match obj.payload() {
            Some(Payload::Instance(inst)) => {
                if !matches!(inst.extra, InstanceExtra::Plain)
                    || name_s == "__dict__"
                    || name_s == "__class__"
                    || self.slot_flags(&ty) & SLOT_GETATTRIBUTE != 0
                {
                    (ATTR_NONE, Value::Null)
                } else {
                    match self.lookup_in_type(&ty, name_s) {
                        None => (ATTR_ABSENT, Value::Null),
                        Some(f) if matches!(f.payload(), Some(Payload::Function(_))) => (ATTR_FUNCTION, f),
                        Some(v) if is_plain_class_value(&v) => (ATTR_PLAIN, v),
                        Some(_) => (ATTR_NONE, Value::Null),
                    }
                }
            }
            _ if is_plain_builtin(obj) => match self.lookup_in_type(&ty, name_s) {
                Some(d) if matches!(d.payload(), Some(Payload::Builtin(b)) if crate::vm::attr::is_method_descriptor(b)) => {
                    (ATTR_BUILTIN_METHOD, d)
                }
                _ => (ATTR_NONE, Value::Null),
            },
            _ => return,
        };
        fill_entry(cache, &ty, kind, attr);
    }

    /// Refills a `StoreAttr` cache for `obj` after the generic path ran.
    pub fn fill_store_cache(&mut self, cache: &AttrCache, obj: &Value, name: &Value) {
        let Some(Payload::Instance(inst)) = obj.payload() else { return };
        let ty = inst.class.borrow().clone();
        if entry_for(cache, ty.addr()).is_some() {
            return;
        }
        let name_s = name.as_str().unwrap_or("");
        let storable = matches!(inst.extra, InstanceExtra::Plain)
            && name_s != "__dict__"
            && name_s != "__class__"
            && name.as_pystr().is_some()
            && self.slot_flags(&ty) & SLOT_SETATTR == 0
            && !matches!(ty.payload(), Payload::Type(t) if t.kind == crate::objects::typeobj::TypeKind::Object)
            && match self.lookup_in_type(&ty, name_s) {
                None => true,
                Some(d) => !self.is_data_descriptor(&d),
            };
        fill_entry(cache, &ty, if storable { ATTR_STORE_DICT } else { ATTR_NONE }, Value::Null);
    }
}
