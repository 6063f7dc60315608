//! Hashing, equality, and dict/set operations that may call Python code.
//!
//! Discipline: a user `__hash__`/`__eq__` runs with no `RefCell` borrow of
//! the table held. Keys whose equality is pure Rust (str, numbers, None,
//! bool, tuples of those) take the fast path under the borrow.

use crate::errors::{ExcKind, PyErr, PyResult};
use crate::objects::dict::{Dict, HashTable, TableRef};
use crate::objects::set::SetData;
use crate::objects::instance::InstanceExtra;
use crate::value::{Obj, Payload, Value};
use crate::vm::Vm;
use std::cell::RefCell;

/// Equality decidable without calling Python code, if it is.
#[inline]
pub fn pure_eq(a: &Value, b: &Value) -> Option<bool> {
    // str against str first: the common dict key.
    if let (Value::Obj(x), Value::Obj(y)) = (a, b) {
        if let (Payload::Str(p), Payload::Str(q)) = (x.payload(), y.payload()) {
            return Some(x.is(y) || p.as_str() == q.as_str());
        }
    }
    if a.is(b) {
        // Identity implies equality (as CPython's containers assume), NaN included.
        return Some(true);
    }
    match (a, b) {
        (Value::None, _) | (_, Value::None) => return Some(false),
        _ => {}
    }
    if let Some(r) = crate::objects::number::num_eq(a, b) {
        return Some(r);
    }
    match (a.payload(), b.payload()) {
        (Some(Payload::Str(x)), Some(Payload::Str(y))) => Some(x.as_str() == y.as_str()),
        (Some(Payload::Str(_)), Some(p)) | (Some(p), Some(Payload::Str(_))) if !matches!(p, Payload::Instance(_)) => {
            Some(false)
        }
        (Some(Payload::Bytes(x)), Some(Payload::Bytes(y))) => Some(x == y),
        (Some(Payload::Tuple(x)), Some(Payload::Tuple(y))) => {
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.iter().zip(y.iter()) {
                match pure_eq(p, q) {
                    Some(true) => {}
                    other => return other,
                }
            }
            Some(true)
        }
        (Some(Payload::Type(_)), Some(Payload::Type(_))) => Some(false),
        (Some(Payload::Function(_)), _) | (_, Some(Payload::Function(_))) => Some(false),
        _ => {
            // Numbers against non-instances are unequal.
            let simple = |v: &Value| {
                matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_))
                    || matches!(v.payload(), Some(Payload::BigInt(_)) | Some(Payload::Str(_)))
            };
            let plain = |v: &Value| !matches!(v.payload(), Some(Payload::Instance(_)));
            if (simple(a) && plain(b)) || (simple(b) && plain(a)) {
                Some(false)
            } else {
                None
            }
        }
    }
}

impl Vm {
    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        if let Value::Obj(o) = v {
            if let Payload::Str(s) = o.payload() {
                return Ok(s.hash());
            }
        }
        if let Some(h) = crate::objects::number::hash_number(v) {
            return Ok(h);
        }
        match v {
            Value::None | Value::Null => return Ok(0x5f5e_0f00),
            Value::Obj(o) => match o.payload() {
                Payload::Str(s) => return Ok(s.hash()),
                Payload::Range { start, step, .. } => {
                    // CPython: hash((len, start, step)), with start/step
                    // replaced by None where they don't matter.
                    let len = crate::objects_ops::range_len(v);
                    let key = match len {
                        0 => vec![Value::Int(0), Value::None, Value::None],
                        1 => vec![Value::Int(1), Value::Int(*start), Value::None],
                        n => vec![Value::Int(n), Value::Int(*start), Value::Int(*step)],
                    };
                    return self.hash(&Value::new_tuple(key));
                }
                Payload::Tuple(items) => return self.hash_tuple(items),
                Payload::Bytes(b) => {
                    let s = crate::objects::str::hash_str(&String::from_utf8_lossy(b));
                    return Ok(s);
                }
                Payload::FrozenSet(s) => return Ok(s.frozen_hash()),
                Payload::List(_) | Payload::Dict(_) | Payload::Set(_) | Payload::ByteArray(_) => {
                    return Err(PyErr::type_error(format!("unhashable type: '{}'", self.type_name(v))));
                }
                Payload::Instance(_) | Payload::Native(_) => {
                    let ty = self.type_of(v);
                    match self.lookup_in_type(&ty, "__hash__") {
                        Some(Value::None) => {
                            return Err(PyErr::type_error(format!("unhashable type: '{}'", self.type_name(v))))
                        }
                        Some(f) if !self.is_object_slot(&f) => {
                            let r = self.call_method_value(&f, v, &[])?;
                            return match r {
                                Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                                Value::Bool(b) => Ok(b as i64),
                                other => match crate::objects::number::hash_number(&other) {
                                    Some(h) if matches!(other.payload(), Some(Payload::BigInt(_))) => Ok(h),
                                    _ => Err(PyErr::type_error("__hash__ method should return an integer")),
                                },
                            };
                        }
                        _ => {
                            if let InstanceExtra::Builtin(b) = &o_instance_extra(o) {
                                let inner = b.borrow().clone();
                                return self.hash(&inner);
                            }
                        }
                    }
                }
                _ => {}
            },
            _ => {}
        }
        // Identity hash, as object.__hash__.
        let addr = match v {
            Value::Obj(o) => o.addr(),
            _ => 0,
        };
        Ok((addr >> 4) as i64)
    }

    fn hash_tuple(&mut self, items: &[Value]) -> PyResult<i64> {
        // CPython's xxHash-based tuple hash.
        const P1: u64 = 11400714785074694791;
        const P2: u64 = 14029467366897019727;
        const P5: u64 = 2870177450012600261;
        let mut acc: u64 = P5;
        for it in items {
            let lane = self.hash(it)? as u64;
            acc = acc.wrapping_add(lane.wrapping_mul(P2));
            acc = acc.rotate_left(31);
            acc = acc.wrapping_mul(P1);
        }
        acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
        let h = acc as i64;
        Ok(if h == -1 { 1546275796 } else { h })
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = pure_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(a, b, crate::code::CMP_EQ)?;
        self.truthy(&r)
    }

    // ---- dicts -------------------------------------------------------

    fn dict_cell<'a>(&self, d: &'a Obj) -> PyResult<&'a RefCell<Dict>> {
        match d.payload() {
            Payload::Dict(c) => Ok(c),
            Payload::Instance(i) => match &i.extra {
                InstanceExtra::Builtin(_) => Err(PyErr::internal("dict subclass storage")),
                _ => Err(PyErr::type_error("expected a dict")),
            },
            _ => Err(PyErr::type_error("expected a dict")),
        }
    }

    /// Finds `key`'s entry index in `cell` (a dict's or a set's table).
    pub fn table_find<C: TableRef>(&mut self, cell: &C, hash: i64, key: &Value) -> PyResult<Option<usize>> {
        let fast = cell.with(|d| {
            let mut undecided = false;
            let found = d.find(hash, |k| match pure_eq(k, key) {
                Some(r) => r,
                None => {
                    undecided = true;
                    false
                }
            });
            if found.is_some() || !undecided {
                Some(found)
            } else {
                None
            }
        });
        if let Some(found) = fast {
            return Ok(found);
        }
        // Slow path: compare with __eq__ outside the borrow, then re-check.
        loop {
            let (cands, version) = cell.with(|d| (d.candidates(hash), d.version()));
            let mut hit = None;
            for (ix, k) in cands {
                if self.eq(&k, key)? {
                    hit = Some((ix, k));
                    break;
                }
            }
            let settled = cell.with(|d| {
                if d.version() != version {
                    return None;
                }
                Some(match &hit {
                    Some((ix, k)) if d.key_at(*ix).map(|e| e.is(k)).unwrap_or(false) => Some(*ix),
                    _ => None,
                })
            });
            if let Some(r) = settled {
                return Ok(r);
            }
        }
    }

    pub fn table_get(&mut self, cell: &RefCell<Dict>, key: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        let ix = self.table_find(cell, h, key)?;
        Ok(ix.and_then(|i| cell.borrow().value_at(i).cloned()))
    }

    pub fn table_set(&mut self, cell: &RefCell<Dict>, key: Value, value: Value) -> PyResult<()> {
        let h = self.hash(&key)?;
        match self.table_find(cell, h, &key)? {
            Some(i) => {
                let old = cell.borrow_mut().set_value_at(i, value);
                drop(old);
            }
            None => cell.borrow_mut().insert_new(h, key, value),
        }
        Ok(())
    }

    pub fn table_remove(&mut self, cell: &RefCell<Dict>, key: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        match self.table_find(cell, h, key)? {
            Some(i) => {
                let r = cell.borrow_mut().remove_at(i);
                Ok(r.map(|(_, v)| v))
            }
            None => Ok(None),
        }
    }

    /// `d[key] = value` for a dict object.
    pub fn dict_set_item(&mut self, d: &Obj, key: Value, value: Value) -> PyResult<()> {
        let cell = self.dict_cell(d)?;
        self.table_set(cell, key, value)
    }

    /// `d.get(key)` for a dict object.
    pub fn dict_get_item(&mut self, d: &Obj, key: &Value) -> PyResult<Option<Value>> {
        let cell = self.dict_cell(d)?;
        self.table_get(cell, key)
    }

    pub fn dict_del_item(&mut self, d: &Obj, key: &Value) -> PyResult<Option<Value>> {
        let cell = self.dict_cell(d)?;
        self.table_remove(cell, key)
    }

    /// A KeyError carrying `key`.
    /// Lazy, so that the exception gets its `__context__` where it surfaces.
    pub fn key_error(&mut self, key: &Value) -> PyErr {
        PyErr::with_args(ExcKind::KeyError, vec![key.clone()])
    }

    /// A dict from k1, v1, k2, v2, ... (later keys win).
    pub fn new_dict_from_flat(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let d = Value::new_dict(Dict::with_capacity(items.len() / 2));
        let o = d.as_obj().cloned().ok_or_else(|| PyErr::internal("dict"))?;
        let mut it = items.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            self.dict_set_item(&o, k, v)?;
        }
        Ok(d)
    }

    /// `{**m}` (DictUpdate) / `f(**m)` (DictMerge, `callable` given).
    pub fn dict_update_op(&mut self, target: &Value, m: &Value, callable: Option<Value>) -> PyResult<()> {
        let t = target.as_obj().cloned().ok_or_else(|| PyErr::internal("dict update target"))?;
        let pairs = self.mapping_items(m).map_err(|e| {
            if callable.is_some() && e.lazy_kind() == Some(ExcKind::TypeError) {
                let fname = callable.as_ref().map(|c| self.callable_name(c)).unwrap_or_default();
                PyErr::type_error(format!(
                    "{fname} argument after ** must be a mapping, not {}",
                    self.type_name(m)
                ))
            } else {
                e
            }
        })?;
        for (k, v) in pairs {
            if let Some(c) = &callable {
                if !matches!(k.payload(), Some(Payload::Str(_))) {
                    return Err(PyErr::type_error("keywords must be strings"));
                }
                if self.dict_get_item(&t, &k)?.is_some() {
                    let fname = self.callable_name(c);
                    return Err(PyErr::type_error(format!(
                        "{fname} got multiple values for keyword argument '{}'",
                        k.as_str().unwrap_or("")
                    )));
                }
            }
            self.dict_set_item(&t, k, v)?;
        }
        Ok(())
    }

    /// The (key, value) pairs of a mapping: a dict, or anything with
    /// `keys()` and `__getitem__`.
    pub fn mapping_items(&mut self, m: &Value) -> PyResult<Vec<(Value, Value)>> {
        if let Some(Payload::Dict(d)) = m.payload() {
            return Ok(d.borrow().items());
        }
        let base = self.builtin_base(m);
        if let Some(Payload::Dict(d)) = base.payload() {
            if !self.has_attr(m, "keys") {
                return Ok(d.borrow().items());
            }
        }
        if !self.has_attr(m, "keys") {
            return Err(PyErr::type_error(format!("'{}' object is not a mapping", self.type_name(m))));
        }
        let keys = self.call_method(m, "keys", &[])?;
        let keys = self.collect(&keys)?;
        let mut out = Vec::with_capacity(keys.len());
        for k in keys {
            let v = self.get_item(m, &k)?;
            out.push((k, v));
        }
        Ok(out)
    }

    // ---- sets --------------------------------------------------------

    /// A new set holding `items`, added in order.
    pub fn new_set_from(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let s = Value::from_obj(Payload::Set(RefCell::new(SetData::new())));
        if let Some(Payload::Set(cell)) = s.payload() {
            for v in items {
                self.set_cell_add(cell, v)?;
            }
        }
        Ok(s)
    }

    pub fn set_add(&mut self, s: &Value, v: Value) -> PyResult<()> {
        match s.payload() {
            Some(Payload::Set(cell)) => self.set_cell_add(cell, v),
            _ => Err(PyErr::internal("set_add on a non-set")),
        }
    }

    /// Adds `key` to a set table (nothing if an equal key is there).
    pub fn set_cell_add(&mut self, cell: &RefCell<SetData>, key: Value) -> PyResult<()> {
        let h = self.hash(&key)?;
        self.set_cell_add_hashed(cell, key, h)
    }

    pub fn set_cell_add_hashed(&mut self, cell: &RefCell<SetData>, key: Value, hash: i64) -> PyResult<()> {
        if self.table_find(cell, hash, &key)?.is_none() {
            cell.borrow_mut().insert_new(hash, key);
        }
        Ok(())
    }

    /// Removes `key` from a set table; whether it was there.
    pub fn set_cell_discard(&mut self, cell: &RefCell<SetData>, key: &Value) -> PyResult<bool> {
        let h = self.set_key_hash(key)?;
        self.set_cell_discard_hashed(cell, key, h)
    }

    pub fn set_cell_discard_hashed(&mut self, cell: &RefCell<SetData>, key: &Value, hash: i64) -> PyResult<bool> {
        match self.table_find(cell, hash, key)? {
            Some(ix) => {
                let old = cell.borrow_mut().remove_at(ix);
                drop(old);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// The hash of a key looked up in a set: an unhashable `set` is looked
    /// up as the equal frozenset, as CPython does.
    pub fn set_key_hash(&mut self, key: &Value) -> PyResult<i64> {
        match key.payload() {
            Some(Payload::Set(s)) => Ok(s.borrow().frozen_hash()),
            _ => self.hash(key),
        }
    }

    /// `key in s` for a set or frozenset value.
    pub fn set_contains(&mut self, s: &Value, key: &Value) -> PyResult<bool> {
        let h = self.set_key_hash(key)?;
        match s.payload() {
            Some(Payload::Set(cell)) => Ok(self.table_find(cell, h, key)?.is_some()),
            Some(Payload::FrozenSet(t)) => Ok(self.table_find(t, h, key)?.is_some()),
            _ => Err(PyErr::internal("set_contains on a non-set")),
        }
    }
}

fn o_instance_extra(o: &Obj) -> &InstanceExtra {
    match o.payload() {
        Payload::Instance(i) => &i.extra,
        _ => &InstanceExtra::Plain,
    }
}
