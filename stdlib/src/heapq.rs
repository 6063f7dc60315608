//! `_heapq`: the heap operations of `heapq` in Rust (the rest of the module,
//! `merge`/`nlargest`/`nsmallest`, is `py/heapq.py`, which imports these
//! over its Python versions, as CPython's heapq does with its C `_heapq`).
//!
//! A min-heap on a list: `heap[k] <= heap[2k+1]` and `heap[k] <= heap[2k+2]`,
//! compared with `<` only. Comparisons may run Python code that changes the
//! list, so no borrow of the list is held across one, and a change of size
//! raises CPython's `RuntimeError: list changed size during iteration`.

use garter_interp::code::CMP_LT;
use garter_interp::errors::{ExcKind, PyErr, PyResult};
use garter_interp::objects::function::{Args, NativeFn};
use garter_interp::value::{Payload, Value};
use garter_interp::vm::Vm;
use std::cell::RefCell;

/// Which way the heap is ordered: `Min` for the public functions, `Max`
/// for the `_max` helpers `merge(reverse=True)` uses.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Order {
    Min,
    Max,
}

fn changed_size() -> PyErr {
    PyErr::new(ExcKind::RuntimeError, "list changed size during iteration")
}

/// The list argument, checked with CPython's wording (`_heapq.heappop()
/// takes exactly one argument (0 given)`, `heappush expected 2 arguments, got 1`).
fn list_arg<'a>(vm: &Vm, name: &str, a: &'a Args<'_>, count: usize) -> PyResult<&'a RefCell<Vec<Value>>> {
    let pos = a.pos();
    if a.kw().next().is_some() {
        return Err(PyErr::type_error(format!("_heapq.{name}() takes no keyword arguments")));
    }
    if pos.len() != count {
        let what = if count == 1 {
            format!("_heapq.{name}() takes exactly one argument ({} given)", pos.len())
        } else {
            format!("{name} expected {count} arguments, got {}", pos.len())
        };
        return Err(PyErr::type_error(what));
    }
    match pos[0].payload() {
        Some(Payload::List(l)) => Ok(l),
        _ => {
            let which = if count == 1 { "argument" } else { "argument 1" };
            Err(PyErr::type_error(format!("{name}() {which} must be list, not {}", vm.type_name(&pos[0]))))
        }
    }
}

fn get(heap: &RefCell<Vec<Value>>, i: usize) -> PyResult<Value> {
    heap.borrow().get(i).cloned().ok_or_else(changed_size)
}

fn set(heap: &RefCell<Vec<Value>>, i: usize, v: Value) -> PyResult<()> {
    let mut h = heap.borrow_mut();
    let slot = h.get_mut(i).ok_or_else(changed_size)?;
    *slot = v;
    Ok(())
}

/// `a` before `b` in the heap's order, checking the size did not change.
fn before(vm: &mut Vm, heap: &RefCell<Vec<Value>>, size: usize, a: &Value, b: &Value, order: Order) -> PyResult<bool> {
    let r = match order {
        Order::Min => vm.compare_bool(a, b, CMP_LT)?,
        Order::Max => vm.compare_bool(b, a, CMP_LT)?,
    };
    if heap.borrow().len() != size {
        return Err(changed_size());
    }
    Ok(r)
}

/// Moves the item at `pos` up towards `start` while it comes before its parent.
fn sift_down(vm: &mut Vm, heap: &RefCell<Vec<Value>>, start: usize, mut pos: usize, order: Order) -> PyResult<()> {
    let size = heap.borrow().len();
    let item = get(heap, pos)?;
    while pos > start {
        let parent_pos = (pos - 1) >> 1;
        let parent = get(heap, parent_pos)?;
        if !before(vm, heap, size, &item, &parent, order)? {
            break;
        }
        set(heap, pos, parent)?;
        pos = parent_pos;
    }
    set(heap, pos, item)
}

/// Moves the smaller child up into the hole at `pos` down to a leaf, then
/// sifts the displaced item back into place (CPython's strategy: fewer
/// comparisons than stopping early).
fn sift_up(vm: &mut Vm, heap: &RefCell<Vec<Value>>, mut pos: usize, order: Order) -> PyResult<()> {
    let end = heap.borrow().len();
    let start = pos;
    let item = get(heap, pos)?;
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end {
            let (c, r) = (get(heap, child)?, get(heap, right)?);
            if !before(vm, heap, end, &c, &r, order)? {
                child = right;
            }
        }
        let moved = get(heap, child)?;
        set(heap, pos, moved)?;
        pos = child;
        child = 2 * pos + 1;
    }
    set(heap, pos, item)?;
    sift_down(vm, heap, start, pos, order)
}

/// `heappush(heap, item, /)`.
fn heappush(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let heap = list_arg(vm, "heappush", &a, 2)?;
    heap.borrow_mut().push(a.pos()[1].clone());
    let last = heap.borrow().len() - 1;
    sift_down(vm, heap, 0, last, Order::Min)?;
    Ok(Value::None)
}

fn pop_with(vm: &mut Vm, a: &Args<'_>, name: &str, order: Order) -> PyResult<Value> {
    let heap = list_arg(vm, name, a, 1)?;
    let last = heap.borrow_mut().pop().ok_or_else(|| PyErr::index_error("index out of range"))?;
    if heap.borrow().is_empty() {
        return Ok(last);
    }
    let top = std::mem::replace(&mut heap.borrow_mut()[0], last);
    sift_up(vm, heap, 0, order)?;
    Ok(top)
}

/// `heappop(heap, /)`: IndexError `index out of range` when empty.
fn heappop(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    pop_with(vm, &a, "heappop", Order::Min)
}

fn heappop_max(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    pop_with(vm, &a, "_heappop_max", Order::Max)
}

fn replace_with(vm: &mut Vm, a: &Args<'_>, name: &str, order: Order) -> PyResult<Value> {
    let heap = list_arg(vm, name, a, 2)?;
    let top = {
        let mut h = heap.borrow_mut();
        let first = h.first_mut().ok_or_else(|| PyErr::index_error("index out of range"))?;
        std::mem::replace(first, a.pos()[1].clone())
    };
    sift_up(vm, heap, 0, order)?;
    Ok(top)
}

/// `heapreplace(heap, item, /)`: pop then push, in one step.
fn heapreplace(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    replace_with(vm, &a, "heapreplace", Order::Min)
}

fn heapreplace_max(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    replace_with(vm, &a, "_heapreplace_max", Order::Max)
}

/// `heappushpop(heap, item, /)`: push then pop, in one step.
fn heappushpop(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let heap = list_arg(vm, "heappushpop", &a, 2)?;
    let item = a.pos()[1].clone();
    let Some(top) = heap.borrow().first().cloned() else { return Ok(item) };
    let size = heap.borrow().len();
    if !before(vm, heap, size, &top, &item, Order::Min)? {
        return Ok(item);
    }
    let top = {
        let mut h = heap.borrow_mut();
        let first = h.first_mut().ok_or_else(changed_size)?;
        std::mem::replace(first, item)
    };
    sift_up(vm, heap, 0, Order::Min)?;
    Ok(top)
}

fn heapify_with(vm: &mut Vm, a: &Args<'_>, name: &str, order: Order) -> PyResult<Value> {
    let heap = list_arg(vm, name, a, 1)?;
    let n = heap.borrow().len();
    for i in (0..n / 2).rev() {
        sift_up(vm, heap, i, order)?;
    }
    Ok(Value::None)
}

/// `heapify(heap, /)`: in place, in O(len(heap)).
fn heapify(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    heapify_with(vm, &a, "heapify", Order::Min)
}

fn heapify_max(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    heapify_with(vm, &a, "_heapify_max", Order::Max)
}

/// The `_heapq` module.
pub fn init(vm: &mut Vm) -> PyResult<Value> {
    const FUNCTIONS: &[(&str, NativeFn)] = &[
        ("_heapify_max", heapify_max),
        ("_heappop_max", heappop_max),
        ("_heapreplace_max", heapreplace_max),
        ("heapify", heapify),
        ("heappop", heappop),
        ("heappush", heappush),
        ("heappushpop", heappushpop),
        ("heapreplace", heapreplace),
    ];
    crate::sys::make_module(vm, "_heapq", FUNCTIONS, &[])
}
