//! Set algebra as CPython's setobject.c does it: the same iteration and
//! insertion order (so results print in CPython's order), the same choice
//! of which operand's key survives (`{1} & {1.0}`), the same fast paths.
//!
//! Every function takes snapshots of the operands' tables before calling
//! Python code (`__hash__`/`__eq__` of keys), so a callback that mutates
//! an operand cannot invalidate a borrow.

use crate::errors::{PyErr, PyResult};
use crate::objects::set::SetData;
use crate::value::{Payload, Value};
use crate::vm::Vm;
use std::cell::RefCell;

/// A snapshot of a set's or frozenset's table.
pub fn table_of(v: &Value) -> Option<SetData> {
    match v.payload() {
        Some(Payload::Set(s)) => Some(s.borrow().clone()),
        Some(Payload::FrozenSet(s)) => Some(s.clone()),
        _ => None,
    }
}

pub fn is_anyset(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Set(_) | Payload::FrozenSet(_)))
}

/// A set or frozenset value (the kind of `like`) holding `data`.
pub fn wrap_like(like: &Value, data: SetData) -> Value {
    match like.payload() {
        Some(Payload::FrozenSet(_)) => Value::from_obj(Payload::FrozenSet(data)),
        _ => Value::from_obj(Payload::Set(RefCell::new(data))),
    }
}

/// `key in other` with `key`'s hash known, for a set or dict `other`.
fn contains_hashed(vm: &mut Vm, other: &Value, key: &Value, hash: i64) -> PyResult<bool> {
    match other.payload() {
        Some(Payload::Set(c)) => Ok(vm.table_find(c, hash, key)?.is_some()),
        Some(Payload::FrozenSet(t)) => Ok(vm.table_find(t, hash, key)?.is_some()),
        Some(Payload::Dict(d)) => Ok(vm.table_find(d, hash, key)?.is_some()),
        _ => Err(PyErr::internal("contains_hashed")),
    }
}

/// `set_update_internal`: adds every element of `other` to `target`.
pub fn update(vm: &mut Vm, target: &RefCell<SetData>, other: &Value) -> PyResult<()> {
    if let Some(t) = table_of(other) {
        if target.borrow_mut().merge_clean(&t) {
            return Ok(());
        }
        for (h, k) in t.iter() {
            vm.set_cell_add_hashed(target, k.clone(), h)?;
        }
        return Ok(());
    }
    if let Some(Payload::Dict(d)) = other.payload() {
        let entries: Vec<(i64, Value)> = d.borrow().iter().map(|e| (e.hash, e.key.clone())).collect();
        target.borrow_mut().reserve_for(entries.len());
        for (h, k) in entries {
            vm.set_cell_add_hashed(target, k, h)?;
        }
        return Ok(());
    }
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.next(&it)? {
        vm.set_cell_add(target, k)?;
    }
    Ok(())
}

/// `make_new_set`: a table holding the elements of `iterable`.
pub fn from_iterable(vm: &mut Vm, iterable: &Value) -> PyResult<SetData> {
    let cell = RefCell::new(SetData::new());
    update(vm, &cell, iterable)?;
    Ok(cell.into_inner())
}

/// A copy of `a`'s elements, laid out as CPython's `set_copy` lays them.
pub fn copy_table(a: &SetData) -> SetData {
    let mut t = SetData::new();
    t.merge_clean(a);
    t
}

/// `set_intersection(so, other)`.
pub fn intersection(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<SetData> {
    let result = RefCell::new(SetData::new());
    if is_anyset(other) {
        let (mut big, mut small) = (so.clone(), other.clone());
        if vm.len(&small)? > vm.len(&big)? {
            std::mem::swap(&mut big, &mut small);
        }
        let st = table_of(&small).unwrap_or_default();
        for (h, k) in st.iter() {
            if contains_hashed(vm, &big, k, h)? {
                vm.set_cell_add_hashed(&result, k.clone(), h)?;
            }
        }
        return Ok(result.into_inner());
    }
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        if contains_hashed(vm, so, &k, h)? {
            vm.set_cell_add_hashed(&result, k, h)?;
        }
    }
    Ok(result.into_inner())
}

/// `set_difference_update_internal`: removes `other`'s elements from `cell`.
pub fn difference_update(vm: &mut Vm, cell: &RefCell<SetData>, other: &Value) -> PyResult<()> {
    if let Some(t) = table_of(other) {
        for (h, k) in t.iter() {
            vm.set_cell_discard_hashed(cell, k, h)?;
        }
        return Ok(());
    }
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.next(&it)? {
        vm.set_cell_discard(cell, &k)?;
    }
    Ok(())
}

/// `set_difference(so, other)`.
pub fn difference(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<SetData> {
    let st = table_of(so).unwrap_or_default();
    let other_size = match other.payload() {
        Some(Payload::Set(_) | Payload::FrozenSet(_)) => Some(vm.len(other)?),
        Some(Payload::Dict(d)) => Some(d.borrow().len()),
        _ => None,
    };
    match other_size {
        Some(n) if (st.len() >> 2) <= n => {
            let result = RefCell::new(SetData::new());
            for (h, k) in st.iter() {
                if !contains_hashed(vm, other, k, h)? {
                    vm.set_cell_add_hashed(&result, k.clone(), h)?;
                }
            }
            Ok(result.into_inner())
        }
        _ => {
            let cell = RefCell::new(copy_table(&st));
            difference_update(vm, &cell, other)?;
            Ok(cell.into_inner())
        }
    }
}

/// `set_symmetric_difference_update(so, other)`.
pub fn symmetric_difference_update(vm: &mut Vm, cell: &RefCell<SetData>, other: &Value) -> PyResult<()> {
    let t = match table_of(other) {
        Some(t) => t,
        None => from_iterable(vm, other)?,
    };
    for (h, k) in t.iter() {
        if !vm.set_cell_discard_hashed(cell, k, h)? {
            vm.set_cell_add_hashed(cell, k.clone(), h)?;
        }
    }
    Ok(())
}

/// `set_symmetric_difference(so, other)`: a copy of `other`, updated by `so`.
pub fn symmetric_difference(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<SetData> {
    let cell = RefCell::new(from_iterable(vm, other)?);
    symmetric_difference_update(vm, &cell, so)?;
    Ok(cell.into_inner())
}

/// `set_union`: a copy of `so` updated by `other`.
pub fn union(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<SetData> {
    let cell = RefCell::new(copy_table(&table_of(so).unwrap_or_default()));
    update(vm, &cell, other)?;
    Ok(cell.into_inner())
}

/// Whether every element of `a` is in `b` (a set, frozenset or dict).
pub fn all_in(vm: &mut Vm, a: &SetData, b: &Value) -> PyResult<bool> {
    for (h, k) in a.iter() {
        if !contains_hashed(vm, b, k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}
