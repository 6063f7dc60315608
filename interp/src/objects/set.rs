//! The set table: CPython's open-addressed set (Objects/setobject.c), so
//! that sets iterate in the same order as CPython's — by slot, not by
//! insertion.
//!
//! The table holds `(hash, key)` slots: an *empty* slot has a `Null` key and
//! hash 0, a *dummy* (deleted) slot a `Null` key and hash -1 (an active key
//! never hashes to -1). Probing follows CPython: runs of `LINEAR_PROBES`
//! neighbouring slots, then the perturbed jump `i = i*5 + 1 + perturb`.
//! The table starts at 8 slots and grows when 3/5 full (fill counts
//! dummies), to hold `used*4` (`used*2` past 50,000 entries).
//!
//! Like `dict.rs`, this file never calls Python code: lookups take a `same`
//! predicate, and `vm/mapping.rs` runs user `__eq__` outside the borrow.

use crate::objects::dict::HashTable;
use crate::value::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const DUMMY_HASH: i64 = -1;

#[derive(Clone)]
struct Slot {
    hash: i64,
    key: Value,
}

impl Slot {
    const EMPTY: Slot = Slot { hash: 0, key: Value::Null };
    #[inline]
    fn is_empty(&self) -> bool {
        self.key.is_null() && self.hash == 0
    }
    #[inline]
    fn is_active(&self) -> bool {
        !self.key.is_null()
    }
}

#[derive(Clone, Default)]
pub struct SetData {
    /// `mask + 1` slots; empty until the first insertion (then 8).
    table: Vec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop` resumes its search.
    finger: usize,
    /// Bumped on every structural change, so lookups that ran Python code
    /// can tell that the table moved under them.
    pub version: u64,
}

impl SetData {
    pub fn new() -> SetData {
        SetData::default()
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
    #[inline]
    fn mask(&self) -> usize {
        if self.table.is_empty() {
            MIN_SIZE - 1
        } else {
            self.table.len() - 1
        }
    }
    fn ensure_table(&mut self) {
        if self.table.is_empty() {
            self.table = vec![Slot::EMPTY; MIN_SIZE];
        }
    }

    /// Visits slot indices along `hash`'s probe sequence until `visit`
    /// returns `Some` or an empty slot is reached (`None`).
    #[inline]
    fn probe<R>(&self, hash: i64, mut visit: impl FnMut(usize, &Slot) -> Option<R>) -> Option<R> {
        if self.table.is_empty() {
            return None;
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                let s = &self.table[j];
                if s.is_empty() {
                    return None;
                }
                if let Some(r) = visit(j, s) {
                    return Some(r);
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// The slot of the active key with this hash for which `same` holds.
    #[inline]
    pub fn find(&self, hash: i64, mut same: impl FnMut(&Value) -> bool) -> Option<usize> {
        self.probe(hash, |j, s| if s.hash == hash && s.is_active() && same(&s.key) { Some(j) } else { None })
    }

    /// Active keys with this hash along its probe sequence, as (slot, key).
    pub fn candidates(&self, hash: i64) -> Vec<(usize, Value)> {
        let mut out = Vec::new();
        self.probe(hash, |j, s| {
            if s.hash == hash && s.is_active() {
                out.push((j, s.key.clone()));
            }
            None::<()>
        });
        out
    }

    /// The key in slot `ix`, if active.
    #[inline]
    pub fn key_at(&self, ix: usize) -> Option<&Value> {
        self.table.get(ix).filter(|s| s.is_active()).map(|s| &s.key)
    }
    /// The (hash, key) in slot `ix`, if active.
    #[inline]
    pub fn entry_at(&self, ix: usize) -> Option<(i64, &Value)> {
        self.table.get(ix).filter(|s| s.is_active()).map(|s| (s.hash, &s.key))
    }

    /// Adds a key the caller has checked is absent (`set_add_entry` after
    /// its search: the first dummy on the probe path, else the empty slot).
    pub fn insert_new(&mut self, hash: i64, key: Value) {
        self.ensure_table();
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        let empty = loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            let mut hit = None;
            for j in i..=i + probes {
                let s = &self.table[j];
                if s.is_empty() {
                    hit = Some(j);
                    break;
                }
                if s.hash == DUMMY_HASH && !s.is_active() && freeslot.is_none() {
                    freeslot = Some(j);
                }
            }
            if let Some(j) = hit {
                break j;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        };
        self.version = self.version.wrapping_add(1);
        self.used += 1;
        if let Some(f) = freeslot {
            self.table[f] = Slot { hash, key };
            return;
        }
        self.fill += 1;
        self.table[empty] = Slot { hash, key };
        if self.fill * 5 >= mask * 3 {
            let n = if self.used > 50_000 { self.used * 2 } else { self.used * 4 };
            self.resize(n);
        }
    }

    /// `set_insert_clean`: into a table with no dummies and no equal key.
    fn insert_clean(table: &mut [Slot], hash: i64, key: Value) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                if table[j].key.is_null() {
                    table[j] = Slot { hash, key };
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// `set_table_resize`: a table of the smallest power of two above
    /// `minused`, re-inserting active keys in slot order.
    pub fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::EMPTY; size]);
        for s in old {
            if s.is_active() {
                SetData::insert_clean(&mut self.table, s.hash, s.key);
            }
        }
        self.fill = self.used;
        self.version = self.version.wrapping_add(1);
    }

    /// Removes the key in slot `ix` (leaving a dummy).
    pub fn remove_at(&mut self, ix: usize) -> Option<Value> {
        let s = self.table.get_mut(ix).filter(|s| s.is_active())?;
        let key = std::mem::replace(&mut s.key, Value::Null);
        s.hash = DUMMY_HASH;
        self.used -= 1;
        self.version = self.version.wrapping_add(1);
        Some(key)
    }

    /// `set.pop()`: the first active slot from the finger on.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let n = self.table.len();
        let mut i = self.finger & (n - 1);
        while !self.table[i].is_active() {
            i = (i + 1) % n;
        }
        self.finger = i + 1;
        self.remove_at(i)
    }

    pub fn clear(&mut self) {
        let version = self.version.wrapping_add(1);
        *self = SetData::default();
        self.version = version;
    }

    /// Number of slots: positions for iterators.
    pub fn slots(&self) -> usize {
        self.table.len()
    }
    /// Active (hash, key) pairs in slot order.
    pub fn iter(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.table.iter().filter(|s| s.is_active()).map(|s| (s.hash, &s.key))
    }
    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|(_, k)| k.clone()).collect()
    }

    /// The first steps of `set_merge`: grows the table for `incoming` more
    /// keys, then, when this table is empty, copies `other` without any
    /// comparison and returns true. Otherwise the caller adds each key.
    pub fn merge_clean(&mut self, other: &SetData) -> bool {
        if other.used == 0 {
            return true;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill != 0 {
            return false;
        }
        self.ensure_table();
        if self.mask() == other.mask() && other.fill == other.used {
            self.table = other.table.clone();
            self.fill = other.fill;
            self.used = other.used;
        } else {
            for s in &other.table {
                if s.is_active() {
                    SetData::insert_clean(&mut self.table, s.hash, s.key.clone());
                }
            }
            self.fill = other.used;
            self.used = other.used;
        }
        self.version = self.version.wrapping_add(1);
        true
    }

    /// Grows the table before adding `n` keys (the dict fast path of
    /// `set_update_internal`).
    pub fn reserve_for(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    /// CPython's frozenset hash of these keys.
    pub fn frozen_hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let mut h: u64 = 0;
        for (kh, _) in self.iter() {
            h ^= shuffle(kh as u64);
        }
        h ^= (self.used as u64 + 1).wrapping_mul(1927868237);
        h ^= (h >> 11) ^ (h >> 25);
        h = h.wrapping_mul(69069).wrapping_add(907133923);
        if h == u64::MAX {
            590923713
        } else {
            h as i64
        }
    }
}

impl HashTable for SetData {
    #[inline]
    fn find(&self, hash: i64, same: impl FnMut(&Value) -> bool) -> Option<usize> {
        SetData::find(self, hash, same)
    }
    fn candidates(&self, hash: i64) -> Vec<(usize, Value)> {
        SetData::candidates(self, hash)
    }
    #[inline]
    fn version(&self) -> u64 {
        self.version
    }
    #[inline]
    fn key_at(&self, ix: usize) -> Option<&Value> {
        SetData::key_at(self, ix)
    }
}
