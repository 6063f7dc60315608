//! Inline caches (CPython 3.11's "specialisation" of `LOAD_GLOBAL`).
//!
//! A `LoadGlobal` remembers where it found its name: the entry index in the
//! globals dict, or in the builtins dict together with proof that globals
//! did not have it. The entry is reused while the dicts keep the versions
//! recorded (a version changes on every insertion or deletion and is unique
//! across dicts, see `objects/dict.rs`). A hit costs two version compares,
//! an index and a pointer compare of the key — no hashing or probing.

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
