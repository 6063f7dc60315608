//! The dict table: insertion-ordered, compact (an entries vector plus an
//! index table), as CPython's since 3.6.
//!
//! This file is the pure table: it never calls Python code. Lookups take a
//! precomputed hash and a `same` predicate; the VM layer (`vm/mapping.rs`)
//! computes hashes and runs user `__eq__` callbacks *without* holding the
//! table's `RefCell` borrow, then re-checks the entry it found, so a
//! callback that mutates the dict cannot corrupt it or panic.
//!
//! Deleted entries leave a `Value::Null` key in `entries` (keeping order)
//! until the next resize compacts them away.

use crate::value::Value;

/// What `vm/mapping.rs` needs of a hash table (the dict's or the set's) to
/// look a key up while running user `__eq__` outside the table's borrow.
pub trait HashTable {
    /// The index of the live key with this hash for which `same` holds.
    fn find(&self, hash: i64, same: impl FnMut(&Value) -> bool) -> Option<usize>;
    /// Live keys with this hash, as (index, key) pairs.
    fn candidates(&self, hash: i64) -> Vec<(usize, Value)>;
    /// Changes on every structural change.
    fn version(&self) -> u64;
    /// The live key at `index`.
    fn key_at(&self, index: usize) -> Option<&Value>;
}

/// A table reached either through a `RefCell` (dicts, sets) or directly
/// (frozensets, which never change).
pub trait TableRef {
    type T: HashTable;
    fn with<R>(&self, f: impl FnOnce(&Self::T) -> R) -> R;
}

impl<T: HashTable> TableRef for std::cell::RefCell<T> {
    type T = T;
    #[inline]
    fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        f(&self.borrow())
    }
}

impl TableRef for crate::objects::set::SetData {
    type T = crate::objects::set::SetData;
    #[inline]
    fn with<R>(&self, f: impl FnOnce(&Self::T) -> R) -> R {
        f(self)
    }
}

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// A new dict version, unique across all dicts of the process: a cache
/// keyed on (dict address, version) can never be fooled by another dict
/// that reuses the address (see `vm/cache.rs`).
#[inline]
pub fn next_version() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

const EMPTY: u32 = u32::MAX;
const DELETED: u32 = u32::MAX - 1;

#[derive(Clone, Default)]
pub struct Dict {
    entries: Vec<Entry>,
    /// Open-addressed index table (power-of-two size) into `entries`.
    indices: Vec<u32>,
    len: usize,
    /// Bumped on every structural change (insert/delete), so iterators can
    /// detect "dictionary changed size during iteration" and caches can be
    /// keyed on it.
    pub version: u64,
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }
    pub fn with_capacity(n: usize) -> Dict {
        let mut d = Dict::new();
        if n > 0 {
            d.entries.reserve(n);
            d.indices = vec![EMPTY; (n * 3 / 2).next_power_of_two().max(8)];
        }
        d
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The index into `entries` of the live entry with this hash for which
    /// `same(key)` holds.
    #[inline]
    pub fn find(&self, hash: i64, mut same: impl FnMut(&Value) -> bool) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut slot = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[slot];
            if ix == EMPTY {
                return None;
            }
            if ix != DELETED {
                let e = &self.entries[ix as usize];
                if e.hash == hash && same(&e.key) {
                    return Some(ix as usize);
                }
            }
            perturb >>= 5;
            slot = (slot.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Live entries whose hash equals `hash`, as (entry index, key) pairs:
    /// the slow path compares these with `__eq__` outside any borrow.
    pub fn candidates(&self, hash: i64) -> Vec<(usize, Value)> {
        let mut out = Vec::new();
        self.find(hash, |k| {
            out.push(k.clone());
            false
        });
        // `find` visited candidates in probe order; recover their indices.
        let mut result = Vec::with_capacity(out.len());
        for key in out {
            if let Some(ix) = self.find(hash, |k| k.is(&key)) {
                result.push((ix, key));
            }
        }
        result
    }

    #[inline]
    pub fn entry(&self, index: usize) -> Option<&Entry> {
        self.entries.get(index).filter(|e| !e.key.is_null())
    }
    #[inline]
    pub fn value_at(&self, index: usize) -> Option<&Value> {
        self.entry(index).map(|e| &e.value)
    }
    /// Replaces the value of a live entry (no structural change).
    pub fn set_value_at(&mut self, index: usize, value: Value) -> Option<Value> {
        match self.entries.get_mut(index) {
            Some(e) if !e.key.is_null() => Some(std::mem::replace(&mut e.value, value)),
            _ => None,
        }
    }

    /// Appends a new entry; the caller has checked the key is absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            self.resize((self.len + 1) * 3);
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut slot = (hash as u64 as usize) & mask;
        while self.indices[slot] != EMPTY {
            perturb >>= 5;
            slot = (slot.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
        self.indices[slot] = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        self.len += 1;
        self.version = next_version();
    }

    /// Removes the live entry at `index`, returning its key and value.
    pub fn remove_at(&mut self, index: usize) -> Option<(Value, Value)> {
        let hash = self.entry(index)?.hash;
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut slot = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[slot];
            if ix == EMPTY {
                return None;
            }
            if ix as usize == index {
                self.indices[slot] = DELETED;
                break;
            }
            perturb >>= 5;
            slot = (slot.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
        let e = &mut self.entries[index];
        let key = std::mem::replace(&mut e.key, Value::Null);
        let value = std::mem::replace(&mut e.value, Value::Null);
        self.len -= 1;
        self.version = next_version();
        if self.len == 0 {
            self.entries.clear();
            self.indices.iter_mut().for_each(|i| *i = EMPTY);
        }
        Some((key, value))
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.indices.clear();
        self.len = 0;
        self.version = next_version();
    }

    fn resize(&mut self, min_slots: usize) {
        let size = min_slots.next_power_of_two().max(8);
        self.entries.retain(|e| !e.key.is_null());
        self.indices = vec![EMPTY; size];
        let mask = size - 1;
        for (i, e) in self.entries.iter().enumerate() {
            let mut perturb = e.hash as u64;
            let mut slot = (e.hash as u64 as usize) & mask;
            while self.indices[slot] != EMPTY {
                perturb >>= 5;
                slot = (slot.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            }
            self.indices[slot] = i as u32;
        }
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_null())
    }
    /// Number of entry slots (live or deleted): positions for iterators.
    pub fn slots(&self) -> usize {
        self.entries.len()
    }
    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }
    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value.clone()).collect()
    }
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter().map(|e| (e.key.clone(), e.value.clone())).collect()
    }

    // ---- str-keyed access (never calls Python: str equality is pure) ----

    /// Looks up a str key by text.
    #[inline]
    pub fn get_str(&self, key: &str) -> Option<&Value> {
        let h = crate::objects::str::hash_str(key);
        self.find(h, |k| k.as_str() == Some(key)).and_then(|i| self.value_at(i))
    }
    /// Looks up an interned str key: pointer comparison first.
    #[inline]
    pub fn get_interned(&self, key: &Value) -> Option<&Value> {
        let s = key.as_pystr()?;
        let h = s.hash();
        self.find(h, |k| k.is(key) || k.as_str() == Some(s.as_str())).and_then(|i| self.value_at(i))
    }
    /// Sets a str key (the key must be a str object).
    pub fn set_str_key(&mut self, key: Value, value: Value) {
        let Some(s) = key.as_pystr() else { return };
        let h = s.hash();
        let text = s.as_str();
        match self.find(h, |k| k.as_str() == Some(text)) {
            Some(i) => {
                self.set_value_at(i, value);
            }
            None => self.insert_new(h, key, value),
        }
    }
    pub fn remove_str(&mut self, key: &str) -> Option<Value> {
        let h = crate::objects::str::hash_str(key);
        let i = self.find(h, |k| k.as_str() == Some(key))?;
        self.remove_at(i).map(|(_, v)| v)
    }
}

impl HashTable for Dict {
    #[inline]
    fn find(&self, hash: i64, same: impl FnMut(&Value) -> bool) -> Option<usize> {
        Dict::find(self, hash, same)
    }
    fn candidates(&self, hash: i64) -> Vec<(usize, Value)> {
        Dict::candidates(self, hash)
    }
    #[inline]
    fn version(&self) -> u64 {
        self.version
    }
    #[inline]
    fn key_at(&self, index: usize) -> Option<&Value> {
        self.entry(index).map(|e| &e.key)
    }
}
