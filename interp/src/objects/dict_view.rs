//! Dict views: `d.keys()`, `d.values()`, `d.items()` (Objects/dictobject.c).
//!
//! A view holds its dict, not a copy: it sees later changes. Keys and
//! items views are set-like — `&`, `|`, `-`, `^` give sets, built in the
//! order CPython builds them; comparisons are set comparisons. Values
//! views compare by identity only.

use crate::code::*;
use crate::errors::{PyErr, PyResult};
use crate::objects::iter::IterState;
use crate::objects::set::SetData;
use crate::objects::set_ops;
use crate::value::{Obj, Payload, Value};
use crate::vm::iter::new_iter;
use crate::vm::Vm;
use std::cell::RefCell;

pub const KEYS: u8 = 0;
pub const VALUES: u8 = 1;
pub const ITEMS: u8 = 2;

pub struct DictView {
    pub dict: Obj,
    /// `KEYS`, `VALUES` or `ITEMS`.
    pub which: u8,
}

impl DictView {
    pub fn type_name(&self) -> &'static str {
        match self.which {
            KEYS => "dict_keys",
            VALUES => "dict_values",
            _ => "dict_items",
        }
    }
    pub fn len(&self) -> usize {
        match self.dict.payload() {
            Payload::Dict(d) => d.borrow().len(),
            _ => 0,
        }
    }
    /// The view's items now, in dict order.
    pub fn items(&self) -> Vec<Value> {
        let Payload::Dict(d) = self.dict.payload() else { return Vec::new() };
        let d = d.borrow();
        match self.which {
            KEYS => d.keys(),
            VALUES => d.values(),
            _ => d.iter().map(|e| Value::new_tuple(vec![e.key.clone(), e.value.clone()])).collect(),
        }
    }
}

pub fn new_view(dict: Obj, which: u8) -> Value {
    Value::from_obj(Payload::DictView(DictView { dict, which }))
}

pub fn as_view(v: &Value) -> Option<&DictView> {
    match v.payload() {
        Some(Payload::DictView(dv)) => Some(dv),
        _ => None,
    }
}

/// A keys or items view (the set-like ones).
fn set_like_view(v: &Value) -> Option<&DictView> {
    as_view(v).filter(|dv| dv.which != VALUES)
}

pub fn iter(dv: &DictView) -> Value {
    let len = dv.len();
    new_iter(IterState::Dict { dict: dv.dict.clone(), pos: 0, len, which: dv.which })
}

/// `reversed(view)` (and `reversed(d)` with `which == KEYS`).
pub fn reversed(dict: &Obj, which: u8) -> Value {
    let (len, pos) = match dict.payload() {
        Payload::Dict(d) => (d.borrow().len(), d.borrow().slots()),
        _ => (0, 0),
    };
    new_iter(IterState::DictRev { dict: dict.clone(), pos, len, which })
}

pub fn repr(vm: &mut Vm, dv: &DictView) -> PyResult<String> {
    let items = dv.items();
    let mut parts = Vec::with_capacity(items.len());
    for x in &items {
        parts.push(vm.repr(x)?);
    }
    Ok(format!("{}([{}])", dv.type_name(), parts.join(", ")))
}

/// `x in view`.
pub fn contains(vm: &mut Vm, dv: &DictView, x: &Value) -> PyResult<bool> {
    let Payload::Dict(d) = dv.dict.payload() else { return Ok(false) };
    match dv.which {
        KEYS => Ok(vm.table_get(d, x)?.is_some()),
        ITEMS => {
            let Some(pair) = x.as_tuple() else { return Ok(false) };
            if pair.len() != 2 {
                return Ok(false);
            }
            let (k, v) = (pair[0].clone(), pair[1].clone());
            match vm.table_get(d, &k)? {
                Some(found) => vm.eq(&found, &v),
                None => Ok(false),
            }
        }
        _ => {
            for v in dv.items() {
                if vm.eq(&v, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

/// `dictviews_to_set`: a set of the view's elements (a keys view of a
/// dict takes the set-from-dict path).
fn to_set(vm: &mut Vm, v: &Value) -> PyResult<RefCell<SetData>> {
    let src = match as_view(v) {
        Some(dv) if dv.which == KEYS => Value::Obj(dv.dict.clone()),
        _ => v.clone(),
    };
    Ok(RefCell::new(set_ops::from_iterable(vm, &src)?))
}

fn wrap(cell: RefCell<SetData>) -> Value {
    Value::from_obj(Payload::Set(cell))
}

/// `&`, `|`, `-`, `^` with a keys or items view on either side; None when
/// neither operand is one.
pub fn binary(vm: &mut Vm, a: &Value, b: &Value, op: u32) -> PyResult<Option<Value>> {
    if set_like_view(a).is_none() && set_like_view(b).is_none() {
        return Ok(None);
    }
    if !matches!(op, BINOP_AND | BINOP_OR | BINOP_SUB | BINOP_XOR) {
        return Ok(None);
    }
    Ok(Some(match op {
        BINOP_AND => and(vm, a, b)?,
        BINOP_OR => {
            let cell = to_set(vm, a)?;
            set_ops::update(vm, &cell, b)?;
            wrap(cell)
        }
        BINOP_SUB => {
            let cell = to_set(vm, a)?;
            set_ops::difference_update(vm, &cell, b)?;
            wrap(cell)
        }
        _ => {
            let cell = to_set(vm, a)?;
            set_ops::symmetric_difference_update(vm, &cell, b)?;
            wrap(cell)
        }
    }))
}

/// `dictviews_and`.
fn and(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (mut this, mut other) = if set_like_view(a).is_some() { (a.clone(), b.clone()) } else { (b.clone(), a.clone()) };
    let len_self = as_view(&this).map(|dv| dv.len()).unwrap_or(0);
    if matches!(other.payload(), Some(Payload::Set(_))) && len_self <= vm.len(&other)? {
        let r = set_ops::intersection(vm, &other, &this)?;
        return Ok(wrap(RefCell::new(r)));
    }
    if let Some(o) = set_like_view(&other) {
        if o.len() > len_self {
            std::mem::swap(&mut this, &mut other);
        }
    }
    let Some(dv) = as_view(&this) else { return Err(PyErr::internal("dictviews_and")) };
    let dv = DictView { dict: dv.dict.clone(), which: dv.which };
    let result = RefCell::new(SetData::new());
    let it = vm.get_iter(&other)?;
    while let Some(k) = vm.next(&it)? {
        if contains(vm, &dv, &k)? {
            vm.set_cell_add(&result, k)?;
        }
    }
    Ok(wrap(result))
}

/// Comparison of a keys/items view with a set-like value; None when not
/// applicable (values views, non-set-like operands).
pub fn compare(vm: &mut Vm, a: &Value, b: &Value, op: u32) -> PyResult<Option<bool>> {
    let set_like = |v: &Value| set_like_view(v).is_some() || set_ops::is_anyset(v);
    if (set_like_view(a).is_none() && set_like_view(b).is_none()) || !set_like(a) || !set_like(b) {
        return Ok(None);
    }
    let (la, lb) = (vm.len(a)?, vm.len(b)?);
    let r = match op {
        CMP_EQ | CMP_NE => {
            let eq = la == lb && all_contained_in(vm, a, b)?;
            if op == CMP_EQ {
                eq
            } else {
                !eq
            }
        }
        CMP_LT => la < lb && all_contained_in(vm, a, b)?,
        CMP_LE => la <= lb && all_contained_in(vm, a, b)?,
        CMP_GT => la > lb && all_contained_in(vm, b, a)?,
        _ => la >= lb && all_contained_in(vm, b, a)?,
    };
    Ok(Some(r))
}

fn all_contained_in(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let it = vm.get_iter(a)?;
    while let Some(x) = vm.next(&it)? {
        if !vm.contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}
