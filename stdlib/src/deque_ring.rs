//! `_collections_ring`: the storage of `collections.deque` in Rust (the
//! Python class in `py/collections/__init__.py` wraps it).
//!
//! A `Ring` is a `VecDeque` with an optional `maxlen` (a push onto a full
//! ring drops an item from the other end, as CPython's deque) and a
//! mutation counter `state`; a ring iterator remembers the state it started
//! at and raises CPython's `RuntimeError: deque mutated during iteration`
//! when it changed. The Python deque binds the ring's methods onto each
//! plain (non-subclass) instance, so `d.append(x)` runs no Python code.

use garter_interp::errors::{ExcKind, PyErr, PyResult};
use garter_interp::objects::dict::Dict;
use garter_interp::objects::function::{Args, NativeFn};
use garter_interp::objects::native::NativeObject;
use garter_interp::objects::typeobj::{TypeKind, TypeObject};
use garter_interp::value::{Obj, Payload, Value};
use garter_interp::vm::Vm;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

/// A deque's items.
struct Ring {
    class: Obj,
    items: RefCell<VecDeque<Value>>,
    maxlen: Option<usize>,
    /// Bumped by every mutation.
    state: Cell<u64>,
}

impl NativeObject for Ring {
    fn class(&self) -> Obj {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// An iterator over a ring, front to back or back to front.
struct RingIter {
    class: Obj,
    ring: Value,
    /// Items handed out so far.
    done: Cell<usize>,
    state: u64,
    reverse: bool,
}

impl NativeObject for RingIter {
    fn class(&self) -> Obj {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Ring {
    fn touch(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    fn push_back(&self, v: Value) {
        self.touch();
        let mut items = self.items.borrow_mut();
        if let Some(max) = self.maxlen {
            if max == 0 {
                return;
            }
            if items.len() >= max {
                items.pop_front();
            }
        }
        items.push_back(v);
    }

    fn push_front(&self, v: Value) {
        self.touch();
        let mut items = self.items.borrow_mut();
        if let Some(max) = self.maxlen {
            if max == 0 {
                return;
            }
            if items.len() >= max {
                items.pop_back();
            }
        }
        items.push_front(v);
    }
}

fn ring_of(v: Option<&Value>) -> PyResult<&Ring> {
    match v.and_then(|v| v.payload()) {
        Some(Payload::Native(n)) => n.as_any().downcast_ref::<Ring>().ok_or_else(|| PyErr::type_error("expected a deque ring")),
        _ => Err(PyErr::type_error("expected a deque ring")),
    }
}

fn arg(a: &Args<'_>, i: usize, name: &str) -> PyResult<Value> {
    a.pos().get(i).cloned().ok_or_else(|| PyErr::type_error(format!("{name}() missing an argument")))
}

/// The index `i` (negative from the end) checked against the length.
fn position(vm: &mut Vm, ring: &Ring, i: &Value) -> PyResult<usize> {
    let n = ring.items.borrow().len() as i64;
    let mut i = vm.index_value(i)?;
    if i < 0 {
        i += n;
    }
    if i < 0 || i >= n {
        return Err(PyErr::index_error("deque index out of range"));
    }
    Ok(i as usize)
}

fn ring_append(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    ring_of(a.pos().first())?.push_back(arg(&a, 1, "append")?);
    Ok(Value::None)
}

fn ring_appendleft(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    ring_of(a.pos().first())?.push_front(arg(&a, 1, "appendleft")?);
    Ok(Value::None)
}

fn ring_pop(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let ring = ring_of(a.pos().first())?;
    ring.touch();
    let v = ring.items.borrow_mut().pop_back();
    v.ok_or_else(|| PyErr::index_error("pop from an empty deque"))
}

fn ring_popleft(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let ring = ring_of(a.pos().first())?;
    ring.touch();
    let v = ring.items.borrow_mut().pop_front();
    v.ok_or_else(|| PyErr::index_error("pop from an empty deque"))
}

/// `extend(iterable)`: the iterable is read to the end first (it may be
/// the deque itself).
fn ring_extend(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let ring = ring_of(a.pos().first())?;
    let items = vm.collect(&arg(&a, 1, "extend")?)?;
    for v in items {
        ring.push_back(v);
    }
    Ok(Value::None)
}

fn ring_extendleft(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let ring = ring_of(a.pos().first())?;
    let items = vm.collect(&arg(&a, 1, "extendleft")?)?;
    for v in items {
        ring.push_front(v);
    }
    Ok(Value::None)
}

fn ring_clear(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let ring = ring_of(a.pos().first())?;
    ring.touch();
    let old = std::mem::take(&mut *ring.items.borrow_mut());
    drop(old);
    Ok(Value::None)
}

/// `rotate(n=1)`: n steps to the right (left when negative).
fn ring_rotate(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let ring = ring_of(a.pos().first())?;
    let n = match a.pos().get(1) {
        Some(v) => vm.index_value(v)?,
        None => 1,
    };
    ring.touch();
    let mut items = ring.items.borrow_mut();
    let len = items.len() as i64;
    if len > 1 {
        let k = n.rem_euclid(len) as usize;
        items.rotate_right(k);
    }
    Ok(Value::None)
}

fn ring_reverse(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let ring = ring_of(a.pos().first())?;
    ring.touch();
    ring.items.borrow_mut().make_contiguous().reverse();
    Ok(Value::None)
}

fn ring_len(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(ring_of(a.pos().first())?.items.borrow().len() as i64))
}

fn ring_get(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let ring = ring_of(a.pos().first())?;
    let i = position(vm, ring, &arg(&a, 1, "get")?)?;
    let v = ring.items.borrow().get(i).cloned();
    v.ok_or_else(|| PyErr::index_error("deque index out of range"))
}

fn ring_set(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let ring = ring_of(a.pos().first())?;
    let i = position(vm, ring, &arg(&a, 1, "set")?)?;
    let value = arg(&a, 2, "set")?;
    let old = ring.items.borrow_mut().get_mut(i).map(|slot| std::mem::replace(slot, value));
    drop(old);
    Ok(Value::None)
}

fn ring_delete(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let ring = ring_of(a.pos().first())?;
    let i = position(vm, ring, &arg(&a, 1, "delete")?)?;
    ring.touch();
    let old = ring.items.borrow_mut().remove(i);
    drop(old);
    Ok(Value::None)
}

/// `insert(i, v)`: clamps `i` to the ring as list.insert does.
fn ring_insert(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let ring = ring_of(a.pos().first())?;
    let n = ring.items.borrow().len() as i64;
    if ring.maxlen.is_some_and(|m| n as usize >= m) {
        return Err(PyErr::index_error("deque already at its maximum size"));
    }
    let mut i = vm.index_value(&arg(&a, 1, "insert")?)?;
    if i < 0 {
        i = (i + n).max(0);
    }
    let i = i.min(n) as usize;
    let value = arg(&a, 2, "insert")?;
    ring.touch();
    ring.items.borrow_mut().insert(i, value);
    Ok(Value::None)
}

/// `items()`: a list of the items, front to back.
fn ring_items(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let ring = ring_of(a.pos().first())?;
    let items: Vec<Value> = ring.items.borrow().iter().cloned().collect();
    Ok(Value::new_list(items))
}

/// `set_items(list)`: replaces the contents (kept within maxlen from the right).
fn ring_set_items(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let ring = ring_of(a.pos().first())?;
    let items = vm.collect(&arg(&a, 1, "set_items")?)?;
    ring.touch();
    let old = std::mem::take(&mut *ring.items.borrow_mut());
    drop(old);
    for v in items {
        ring.push_back(v);
    }
    Ok(Value::None)
}

fn ring_iter_with(vm: &mut Vm, a: &Args<'_>, reverse: bool) -> PyResult<Value> {
    let this = a.pos().first().cloned().unwrap_or(Value::None);
    let ring = ring_of(Some(&this))?;
    let class = iter_class(vm)?;
    let it = RingIter { class, ring: this.clone(), done: Cell::new(0), state: ring.state.get(), reverse };
    Ok(Value::from_obj(Payload::Native(Box::new(it))))
}

fn ring_iter(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    ring_iter_with(vm, &a, false)
}

fn ring_reversed(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    ring_iter_with(vm, &a, true)
}

fn iter_of(v: Option<&Value>) -> PyResult<&RingIter> {
    match v.and_then(|v| v.payload()) {
        Some(Payload::Native(n)) => n.as_any().downcast_ref::<RingIter>().ok_or_else(|| PyErr::type_error("expected a deque iterator")),
        _ => Err(PyErr::type_error("expected a deque iterator")),
    }
}

fn iter_self(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    iter_of(a.pos().first())?;
    Ok(a.pos()[0].clone())
}

fn iter_next(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let it = iter_of(a.pos().first())?;
    let ring = ring_of(Some(&it.ring))?;
    if ring.state.get() != it.state {
        return Err(PyErr::new(ExcKind::RuntimeError, "deque mutated during iteration"));
    }
    let items = ring.items.borrow();
    let done = it.done.get();
    if done >= items.len() {
        return Err(PyErr::stop_iteration());
    }
    let index = if it.reverse { items.len() - 1 - done } else { done };
    it.done.set(done + 1);
    Ok(items[index].clone())
}

fn module_class(vm: &mut Vm, name: &str) -> PyResult<Obj> {
    let module = vm.import_module("_collections_ring")?;
    match vm.get_attr_str(&module, name)? {
        Value::Obj(o) => Ok(o),
        _ => Err(PyErr::internal("_collections_ring lost a class")),
    }
}

fn iter_class(vm: &mut Vm) -> PyResult<Obj> {
    module_class(vm, "_deque_iterator")
}

/// `ring(maxlen)`: a new empty ring (`maxlen` None or an int >= 0).
fn new_ring(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let maxlen = match a.pos().first() {
        None | Some(Value::None) => None,
        Some(v) => {
            let m = vm.index_value(v)?;
            Some(usize::try_from(m).map_err(|_| PyErr::value_error("maxlen must be non-negative"))?)
        }
    };
    let class = module_class(vm, "Ring")?;
    let ring = Ring { class, items: RefCell::new(VecDeque::new()), maxlen, state: Cell::new(0) };
    Ok(Value::from_obj(Payload::Native(Box::new(ring))))
}

fn native_class(vm: &Vm, name: &str, qualname: &str, methods: &[(&'static str, NativeFn)]) -> Value {
    let object = vm.g.types.object.clone();
    let ty = TypeObject::new(name, TypeKind::Native, TypeKind::Native, vec![object.clone()], vec![object], Dict::new());
    *ty.qualname.borrow_mut() = qualname.to_string();
    let cls = Obj::new(Payload::Type(Box::new(ty)));
    garter_interp::vm::types::install(&cls, "deque", methods);
    Value::Obj(cls)
}

/// The `_collections_ring` module: `ring(maxlen)` and its two classes.
pub fn init(vm: &mut Vm) -> PyResult<Value> {
    const RING_METHODS: &[(&str, NativeFn)] = &[
        ("append", ring_append),
        ("appendleft", ring_appendleft),
        ("clear", ring_clear),
        ("delete", ring_delete),
        ("extend", ring_extend),
        ("extendleft", ring_extendleft),
        ("get", ring_get),
        ("insert", ring_insert),
        ("items", ring_items),
        ("iter", ring_iter),
        ("len", ring_len),
        ("pop", ring_pop),
        ("popleft", ring_popleft),
        ("reverse", ring_reverse),
        ("reversed", ring_reversed),
        ("rotate", ring_rotate),
        ("set", ring_set),
        ("set_items", ring_set_items),
    ];
    const ITER_METHODS: &[(&str, NativeFn)] = &[("__iter__", iter_self), ("__next__", iter_next)];
    let module = crate::sys::make_module(vm, "_collections_ring", &[("ring", new_ring)], &[])?;
    let ring_class = native_class(vm, "Ring", "_collections_ring.Ring", RING_METHODS);
    let iter_class = native_class(vm, "_deque_iterator", "_collections._deque_iterator", ITER_METHODS);
    if let Some(Payload::Module(m)) = module.payload() {
        if let Payload::Dict(d) = m.dict.payload() {
            let mut d = d.borrow_mut();
            d.set_str_key(Value::new_str("Ring"), ring_class);
            d.set_str_key(Value::new_str("_deque_iterator"), iter_class);
        }
    }
    Ok(module)
}
