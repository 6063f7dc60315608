//! Methods of list, tuple, dict, set/frozenset, generators, iterators,
//! property and range.

use crate::errors::{ExcKind, PyErr, PyResult};
use crate::objects::dict::Dict;
use crate::objects::function::{Args, NativeFn};
use crate::objects::set::SetData;
use crate::objects::set_ops;
use crate::value::{Payload, Value};
use crate::vm::Vm;
use std::cell::RefCell;

fn this(args: &Args<'_>) -> Value {
    crate::builtins::unwrap_builtin(args.pos().first().unwrap_or(&Value::None))
}

fn count(name: &str, args: &Args<'_>, min: usize, max: usize) -> PyResult<()> {
    let n = args.pos().len().saturating_sub(1);
    if args.has_kw() && name != "sort" && name != "pop" && name != "get" && name != "update" {
        return Err(PyErr::type_error(format!("{name}() takes no keyword arguments")));
    }
    if n < min || n > max {
        if min == max {
            if min == 0 {
                return Err(PyErr::type_error(format!("{name}() takes no arguments ({n} given)")));
            }
            return Err(PyErr::type_error(format!(
                "{name}() takes exactly one argument ({n} given)"
            )));
        }
        if n < min {
            return Err(PyErr::type_error(format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })));
        }
        return Err(PyErr::type_error(format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })));
    }
    Ok(())
}

macro_rules! list_cell {
    ($v:expr) => {
        match $v.payload() {
            Some(Payload::List(l)) => l,
            _ => return Err(PyErr::type_error("descriptor requires a 'list' object")),
        }
    };
}

fn list_append(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    count("list.append", &args, 1, 1)?;
    let s = this(&args);
    list_cell!(s).borrow_mut().push(args.pos()[1].clone());
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    count("list.extend", &args, 1, 1)?;
    let s = this(&args);
    let items = vm.collect(&args.pos()[1])?;
    list_cell!(s).borrow_mut().extend(items);
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos().len() != 3 {
        return Err(PyErr::type_error(format!("insert expected 2 arguments, got {}", args.pos().len() - 1)));
    }
    let s = this(&args);
    let l = list_cell!(s);
    let n = l.borrow().len() as i64;
    let mut i = vm.index_value(&args.pos()[1])?;
    if i < 0 {
        i = (i + n).max(0);
    }
    let i = i.min(n) as usize;
    l.borrow_mut().insert(i, args.pos()[2].clone());
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    count("pop", &args, 0, 1)?;
    let s = this(&args);
    let l = list_cell!(s);
    let n = l.borrow().len() as i64;
    if n == 0 {
        return Err(PyErr::index_error("pop from empty list"));
    }
    let mut i = match args.pos().get(1) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    if i < 0 {
        i += n;
    }
    if i < 0 || i >= n {
        return Err(PyErr::index_error("pop index out of range"));
    }
    let v = l.borrow_mut().remove(i as usize);
    Ok(v)
}

fn find_index(vm: &mut Vm, items: &RefCell<Vec<Value>>, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        let v = match items.borrow().get(i) {
            Some(v) if i < stop => v.clone(),
            _ => return Ok(None),
        };
        if vm.eq(&v, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn list_remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    count("list.remove", &args, 1, 1)?;
    let s = this(&args);
    let l = list_cell!(s);
    match find_index(vm, l, &args.pos()[1], 0, usize::MAX)? {
        Some(i) => {
            let old = l.borrow_mut().remove(i);
            drop(old);
            Ok(Value::None)
        }
        None => Err(PyErr::value_error("list.remove(x): x not in list")),
    }
}

fn bound(vm: &mut Vm, v: Option<&Value>, n: usize, default: usize) -> PyResult<usize> {
    match v {
        None => Ok(default),
        Some(v) => {
            let mut i = vm.index_value(v)?;
            if i < 0 {
                i += n as i64;
            }
            Ok(i.clamp(0, n as i64) as usize)
        }
    }
}

fn list_index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    count("index", &args, 1, 3)?;
    let s = this(&args);
    let l = list_cell!(s);
    let n = l.borrow().len();
    let start = bound(vm, args.pos().get(2), n, 0)?;
    let stop = bound(vm, args.pos().get(3), n, n)?;
    match find_index(vm, l, &args.pos()[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr(&args.pos()[1])?;
            Err(PyErr::value_error(format!("{r} is not in list")))
        }
    }
}

fn list_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    count("list.count", &args, 1, 1)?;
    let s = this(&args);
    let items = list_cell!(s).borrow().clone();
    let mut c = 0;
    for v in &items {
        if vm.eq(v, &args.pos()[1])? {
            c += 1;
        }
    }
    Ok(Value::Int(c))
}

fn list_sort(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos().len() > 1 {
        return Err(PyErr::type_error("sort() takes no positional arguments"));
    }
    let s = this(&args);
    let l = list_cell!(s);
    let mut key = None;
    let mut reverse = false;
    for (k, v) in args.kw() {
        match k {
            "key" => key = Some(v.clone()).filter(|k| !k.is_none()),
            "reverse" => reverse = vm.truthy(v)?,
            _ => return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for sort()"))),
        }
    }
    // Sort a copy with the list emptied, as CPython does, so callbacks
    // that look at or mutate the list cannot break the sort.
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let r = crate::builtins::sort_values(vm, &mut items, key, reverse);
    let modified = !l.borrow().is_empty();
    *l.borrow_mut() = items;
    r?;
    if modified {
        return Err(PyErr::value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn list_reverse(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    count("list.reverse", &args, 0, 0)?;
    let s = this(&args);
    list_cell!(s).borrow_mut().reverse();
    Ok(Value::None)
}

fn list_clear(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args);
    let old = std::mem::take(&mut *list_cell!(s).borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn list_copy(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args);
    let items = list_cell!(s).borrow().clone();
    Ok(Value::new_list(items))
}

fn list_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args);
    let items = match args.pos().get(1) {
        Some(v) => vm.collect(v)?,
        None => Vec::new(),
    };
    *list_cell!(s).borrow_mut() = items;
    Ok(Value::None)
}

pub const LIST_METHODS: &[(&str, NativeFn)] = &[
    ("append", list_append),
    ("extend", list_extend),
    ("insert", list_insert),
    ("pop", list_pop),
    ("remove", list_remove),
    ("index", list_index),
    ("count", list_count),
    ("sort", list_sort),
    ("reverse", list_reverse),
    ("clear", list_clear),
    ("copy", list_copy),
    ("__init__", list_init),
];

fn tuple_index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    count("index", &args, 1, 3)?;
    let s = this(&args);
    let items = s.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
    let n = items.len();
    let start = bound(vm, args.pos().get(2), n, 0)?;
    let stop = bound(vm, args.pos().get(3), n, n)?;
    for (i, v) in items.iter().enumerate().take(stop).skip(start) {
        if vm.eq(v, &args.pos()[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(PyErr::value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    count("tuple.count", &args, 1, 1)?;
    let s = this(&args);
    let items = s.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
    let mut c = 0;
    for v in &items {
        if vm.eq(v, &args.pos()[1])? {
            c += 1;
        }
    }
    Ok(Value::Int(c))
}

pub const TUPLE_METHODS: &[(&str, NativeFn)] = &[("index", tuple_index), ("count", tuple_count)];

// ---- dict --------------------------------------------------------------

macro_rules! dict_cell {
    ($v:expr) => {
        match $v.payload() {
            Some(Payload::Dict(d)) => d,
            _ => return Err(PyErr::type_error("descriptor requires a 'dict' object")),
        }
    };
}

/// `dict.update(other=(), **kw)`, also `dict(...)`'s body.
pub fn dict_update_from(vm: &mut Vm, d: &Value, args: Args<'_>) -> PyResult<()> {
    let cell = dict_cell!(d);
    let pos = args.pos();
    if pos.len() > 1 {
        return Err(PyErr::type_error(format!("dict expected at most 1 argument, got {}", pos.len())));
    }
    if let Some(src) = pos.first() {
        let is_mapping = matches!(src.payload(), Some(Payload::Dict(_))) || vm.has_attr(src, "keys");
        if is_mapping {
            for (k, v) in vm.mapping_items(src)? {
                vm.table_set(cell, k, v)?;
            }
        } else {
            let it = vm.get_iter(src)?;
            let mut i = 0;
            while let Some(item) = vm.next(&it)? {
                let pair = vm.collect(&item).map_err(|_| {
                    PyErr::type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    ))
                })?;
                if pair.len() != 2 {
                    return Err(PyErr::value_error(format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        pair.len()
                    )));
                }
                let mut p = pair.into_iter();
                if let (Some(k), Some(v)) = (p.next(), p.next()) {
                    vm.table_set(cell, k, v)?;
                }
                i += 1;
            }
        }
    }
    for (k, v) in args.kw() {
        let key = vm.intern(k);
        vm.table_set(cell, key, v.clone())?;
    }
    Ok(())
}

fn dict_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    count("get", &args, 1, 2)?;
    let s = this(&args);
    let d = dict_cell!(s);
    Ok(vm.table_get(d, &args.pos()[1])?.unwrap_or_else(|| args.pos().get(2).cloned().unwrap_or(Value::None)))
}

fn dict_view(args: &Args<'_>, which: u8) -> PyResult<Value> {
    let s = this(args);
    match s {
        Value::Obj(o) if matches!(o.payload(), Payload::Dict(_)) => Ok(crate::objects::dict_view::new_view(o, which)),
        _ => Err(PyErr::type_error("descriptor requires a 'dict' object")),
    }
}

fn dict_keys(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    dict_view(&args, 0)
}
fn dict_values(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    dict_view(&args, 1)
}
fn dict_items(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    dict_view(&args, 2)
}

fn dict_pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    count("pop", &args, 1, 2)?;
    let s = this(&args);
    let d = dict_cell!(s);
    match vm.table_remove(d, &args.pos()[1])? {
        Some(v) => Ok(v),
        None => match args.pos().get(2) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(vm.key_error(&args.pos()[1])),
        },
    }
}

fn dict_popitem(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args);
    let d = dict_cell!(s);
    let last = d.borrow().slots();
    for i in (0..last).rev() {
        let r = d.borrow_mut().remove_at(i);
        if let Some((k, v)) = r {
            return Ok(Value::new_tuple(vec![k, v]));
        }
    }
    Err(PyErr::new(ExcKind::KeyError, "popitem(): dictionary is empty"))
}

fn dict_setdefault(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    count("setdefault", &args, 1, 2)?;
    let s = this(&args);
    let d = dict_cell!(s);
    if let Some(v) = vm.table_get(d, &args.pos()[1])? {
        return Ok(v);
    }
    let dflt = args.pos().get(2).cloned().unwrap_or(Value::None);
    vm.table_set(d, args.pos()[1].clone(), dflt.clone())?;
    Ok(dflt)
}

fn dict_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args);
    let rest = Args { values: &args.values[1..], kwnames: args.kwnames };
    dict_update_from(vm, &s, rest)?;
    Ok(Value::None)
}

fn dict_clear(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args);
    let old = std::mem::take(&mut *dict_cell!(s).borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn dict_copy(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args);
    let d = dict_cell!(s).borrow().clone();
    Ok(Value::new_dict(d))
}

fn dict_fromkeys(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let keys = pos.get(1).ok_or_else(|| PyErr::type_error("fromkeys expected at least 1 argument, got 0"))?;
    let v = pos.get(2).cloned().unwrap_or(Value::None);
    let d = Value::new_dict(Dict::new());
    let cell = dict_cell!(d);
    for k in vm.collect(keys)? {
        vm.table_set(cell, k, v.clone())?;
    }
    Ok(d)
}

fn dict_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    dict_update(vm, args)
}

pub const DICT_METHODS: &[(&str, NativeFn)] = &[
    ("get", dict_get),
    ("keys", dict_keys),
    ("values", dict_values),
    ("items", dict_items),
    ("pop", dict_pop),
    ("popitem", dict_popitem),
    ("setdefault", dict_setdefault),
    ("update", dict_update),
    ("clear", dict_clear),
    ("copy", dict_copy),
    ("fromkeys", dict_fromkeys),
    ("__init__", dict_init),
];

// ---- set ---------------------------------------------------------------

fn set_cell(v: &Value) -> PyResult<&RefCell<SetData>> {
    match v.payload() {
        Some(Payload::Set(s)) => Ok(s),
        _ => Err(PyErr::type_error("descriptor requires a 'set' object")),
    }
}

fn set_add(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    count("set.add", &args, 1, 1)?;
    let s = this(&args);
    vm.set_add(&s, args.pos()[1].clone())?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    count("set.remove", &args, 1, 1)?;
    let s = this(&args);
    if vm.set_cell_discard(set_cell(&s)?, &args.pos()[1])? {
        Ok(Value::None)
    } else {
        Err(vm.key_error(&args.pos()[1]))
    }
}

fn set_discard(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    count("set.discard", &args, 1, 1)?;
    let s = this(&args);
    vm.set_cell_discard(set_cell(&s)?, &args.pos()[1])?;
    Ok(Value::None)
}

fn set_pop(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    count("set.pop", &args, 0, 0)?;
    let s = this(&args);
    let r = set_cell(&s)?.borrow_mut().pop();
    r.ok_or_else(|| PyErr::new(ExcKind::KeyError, "pop from an empty set"))
}

fn set_clear(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    count("set.clear", &args, 0, 0)?;
    let s = this(&args);
    let old = std::mem::take(&mut *set_cell(&s)?.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn set_copy(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    count("copy", &args, 0, 0)?;
    let s = this(&args);
    Ok(match s.payload() {
        Some(Payload::Set(c)) => Value::from_obj(Payload::Set(RefCell::new(set_ops::copy_table(&c.borrow())))),
        _ => s.clone(),
    })
}

fn set_self(args: &Args<'_>) -> PyResult<Value> {
    let s = this(args);
    if !set_ops::is_anyset(&s) {
        return Err(PyErr::type_error("descriptor requires a 'set' object"));
    }
    Ok(s)
}

fn set_union(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = set_self(&args)?;
    let cell = RefCell::new(set_ops::copy_table(&set_ops::table_of(&s).unwrap_or_default()));
    for other in &args.pos()[1..] {
        set_ops::update(vm, &cell, other)?;
    }
    Ok(set_ops::wrap_like(&s, cell.into_inner()))
}

fn set_intersection(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = set_self(&args)?;
    if args.pos().len() == 1 {
        return Ok(set_ops::wrap_like(&s, set_ops::copy_table(&set_ops::table_of(&s).unwrap_or_default())));
    }
    let mut acc = s.clone();
    for other in &args.pos()[1..] {
        let r = set_ops::intersection(vm, &acc, other)?;
        acc = set_ops::wrap_like(&s, r);
    }
    Ok(acc)
}

fn set_difference(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = set_self(&args)?;
    let pos = args.pos();
    if pos.len() == 1 {
        return Ok(set_ops::wrap_like(&s, set_ops::copy_table(&set_ops::table_of(&s).unwrap_or_default())));
    }
    let cell = RefCell::new(set_ops::difference(vm, &s, &pos[1])?);
    for other in &pos[2..] {
        set_ops::difference_update(vm, &cell, other)?;
    }
    Ok(set_ops::wrap_like(&s, cell.into_inner()))
}

fn set_symmetric_difference(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    count("symmetric_difference", &args, 1, 1)?;
    let s = set_self(&args)?;
    let r = set_ops::symmetric_difference(vm, &s, &args.pos()[1])?;
    Ok(set_ops::wrap_like(&s, r))
}

fn set_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args);
    let cell = set_cell(&s)?;
    for other in &args.pos()[1..] {
        set_ops::update(vm, cell, other)?;
    }
    Ok(Value::None)
}

fn set_intersection_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args);
    let cell = set_cell(&s)?;
    for other in &args.pos()[1..] {
        let r = set_ops::intersection(vm, &s, other)?;
        *cell.borrow_mut() = r;
    }
    Ok(Value::None)
}

fn set_difference_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args);
    let cell = set_cell(&s)?;
    for other in &args.pos()[1..] {
        set_ops::difference_update(vm, cell, other)?;
    }
    Ok(Value::None)
}

fn set_symmetric_difference_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    count("symmetric_difference_update", &args, 1, 1)?;
    let s = this(&args);
    set_ops::symmetric_difference_update(vm, set_cell(&s)?, &args.pos()[1])?;
    Ok(Value::None)
}

/// The argument of issubset/issuperset/isdisjoint as a set-like value.
fn as_set_operand(vm: &mut Vm, other: &Value) -> PyResult<Value> {
    if set_ops::is_anyset(other) {
        return Ok(other.clone());
    }
    let t = set_ops::from_iterable(vm, other)?;
    Ok(Value::from_obj(Payload::Set(RefCell::new(t))))
}

fn set_issubset(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    count("issubset", &args, 1, 1)?;
    let s = set_self(&args)?;
    let o = as_set_operand(vm, &args.pos()[1])?;
    let t = set_ops::table_of(&s).unwrap_or_default();
    if t.len() > vm.len(&o)? {
        return Ok(Value::Bool(false));
    }
    Ok(Value::Bool(set_ops::all_in(vm, &t, &o)?))
}

fn set_issuperset(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    count("issuperset", &args, 1, 1)?;
    let s = set_self(&args)?;
    let o = as_set_operand(vm, &args.pos()[1])?;
    let t = set_ops::table_of(&o).unwrap_or_default();
    Ok(Value::Bool(set_ops::all_in(vm, &t, &s)?))
}

fn set_isdisjoint(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    count("isdisjoint", &args, 1, 1)?;
    let s = set_self(&args)?;
    let r = set_ops::intersection(vm, &s, &args.pos()[1])?;
    Ok(Value::Bool(r.is_empty()))
}

pub const SET_METHODS: &[(&str, NativeFn)] = &[
    ("add", set_add),
    ("remove", set_remove),
    ("discard", set_discard),
    ("pop", set_pop),
    ("clear", set_clear),
    ("copy", set_copy),
    ("union", set_union),
    ("intersection", set_intersection),
    ("difference", set_difference),
    ("symmetric_difference", set_symmetric_difference),
    ("update", set_update),
    ("intersection_update", set_intersection_update),
    ("difference_update", set_difference_update),
    ("symmetric_difference_update", set_symmetric_difference_update),
    ("issubset", set_issubset),
    ("issuperset", set_issuperset),
    ("isdisjoint", set_isdisjoint),
];

pub const FROZENSET_METHODS: &[(&str, NativeFn)] = &[
    ("copy", set_copy),
    ("union", set_union),
    ("intersection", set_intersection),
    ("difference", set_difference),
    ("symmetric_difference", set_symmetric_difference),
    ("issubset", set_issubset),
    ("issuperset", set_issuperset),
    ("isdisjoint", set_isdisjoint),
];

// ---- generators and iterators -------------------------------------------

fn gen_send(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this(&args);
    let v = args.pos().get(1).cloned().unwrap_or(Value::None);
    vm.generator_send(&g, v)
}

fn gen_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this(&args);
    match vm.next(&g)? {
        Some(v) => Ok(v),
        None => Err(PyErr::stop_iteration()),
    }
}

fn gen_throw(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this(&args);
    let t = args.pos().get(1).cloned().ok_or_else(|| PyErr::type_error("throw expected at least 1 argument, got 0"))?;
    let exc = match t.payload() {
        Some(Payload::Type(_)) => {
            let value = args.pos().get(2).cloned().unwrap_or(Value::None);
            let cls = t.as_obj().cloned().ok_or_else(|| PyErr::internal("throw"))?;
            if vm.isinstance(&value, &cls) {
                // throw(type, instance): the instance itself, as CPython.
                value
            } else {
                let extra: Vec<Value> = match value.as_tuple() {
                    Some(items) => items.to_vec(),
                    None => Some(value).filter(|v| !v.is_none()).into_iter().collect(),
                };
                vm.call(&t, &extra)?
            }
        }
        _ => t,
    };
    if crate::vm::exc::exc_data(&exc).is_none() {
        return Err(PyErr::type_error("exceptions must be classes or instances deriving from BaseException, not ".to_string() + &vm.type_name(&exc)));
    }
    vm.generator_throw(&g, PyErr::from_object(exc))
}

fn gen_close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this(&args);
    vm.generator_close(&g)
}

fn iter_self(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(this(&args))
}

pub const GENERATOR_METHODS: &[(&str, NativeFn)] = &[
    ("send", gen_send),
    ("throw", gen_throw),
    ("close", gen_close),
    ("__next__", gen_next),
    ("__iter__", iter_self),
];

pub const ITERATOR_METHODS: &[(&str, NativeFn)] = &[("__next__", gen_next), ("__iter__", iter_self)];

// ---- property -------------------------------------------------------------

fn property_with(args: &Args<'_>, which: usize) -> PyResult<Value> {
    let s = this(args);
    let f = args.pos().get(1).cloned().unwrap_or(Value::None);
    match s.payload() {
        Some(Payload::Property { fget, fset, fdel, doc }) => {
            let (mut g, mut st, mut d) = (fget.clone(), fset.clone(), fdel.clone());
            match which {
                0 => g = f,
                1 => st = f,
                _ => d = f,
            }
            Ok(Value::from_obj(Payload::Property { fget: g, fset: st, fdel: d, doc: doc.clone() }))
        }
        _ => Err(PyErr::type_error("descriptor requires a 'property' object")),
    }
}

fn property_getter(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    property_with(&a, 0)
}
fn property_setter(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    property_with(&a, 1)
}
fn property_deleter(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    property_with(&a, 2)
}

pub const PROPERTY_METHODS: &[(&str, NativeFn)] = &[
    ("getter", property_getter),
    ("setter", property_setter),
    ("deleter", property_deleter),
];

fn range_index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args);
    let x = args.pos().get(1).cloned().unwrap_or(Value::None);
    if let (Some(Payload::Range { start, step, .. }), Value::Int(i)) = (s.payload(), &x) {
        if vm.contains(&s, &x)? {
            return Ok(Value::Int((i - start) / step));
        }
    }
    let r = vm.repr(&x)?;
    Err(PyErr::value_error(format!("{r} is not in range")))
}

fn range_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args);
    let x = args.pos().get(1).cloned().unwrap_or(Value::None);
    Ok(Value::Int(vm.contains(&s, &x)? as i64))
}

pub const RANGE_METHODS: &[(&str, NativeFn)] = &[("index", range_index), ("count", range_count)];

// ---- dict views and slices ------------------------------------------------

fn view_isdisjoint(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    count("isdisjoint", &args, 1, 1)?;
    let s = this(&args);
    let Some(dv) = crate::objects::dict_view::as_view(&s) else {
        return Err(PyErr::type_error("descriptor 'isdisjoint' requires a dict view"));
    };
    let dv = crate::objects::dict_view::DictView { dict: dv.dict.clone(), which: dv.which };
    let it = vm.get_iter(&args.pos()[1])?;
    while let Some(x) = vm.next(&it)? {
        if crate::objects::dict_view::contains(vm, &dv, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

pub const DICT_VIEW_METHODS: &[(&str, NativeFn)] = &[("isdisjoint", view_isdisjoint)];

/// `slice.indices(length)`: (start, stop, step) clamped as for a sequence
/// of that length.
fn slice_indices(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    count("indices", &args, 1, 1)?;
    let s = this(&args);
    if !matches!(s.payload(), Some(Payload::Slice { .. })) {
        return Err(PyErr::type_error("descriptor 'indices' requires a 'slice' object"));
    }
    let n = vm.index_value(&args.pos()[1])?;
    if n < 0 {
        return Err(PyErr::value_error("length should not be negative"));
    }
    let r = vm.slice_indices(&s, n as usize)?;
    Ok(Value::new_tuple(vec![Value::Int(r.start), Value::Int(r.stop), Value::Int(r.step)]))
}

pub const SLICE_METHODS: &[(&str, NativeFn)] = &[("indices", slice_indices)];
