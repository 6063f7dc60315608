//! `queue`: Queue, LifoQueue, PriorityQueue and SimpleQueue in Rust, with
//! Python 3.13's `shutdown` and `ShutDown`.
//!
//! The items are objects, kept in a `RefCell` touched only under the GIL.
//! The counts that waiters test live beside them in a `parking_lot` mutex,
//! so a blocked `get`/`put` waits with the GIL released (`sync::wait_until`):
//! - `used`: items plus slots reserved by putters (checked against
//!   `maxsize`);
//! - `available`: items not yet claimed by a getter.
//!
//! A waiter that wakes claims its slot or item under the mutex before it
//! re-takes the GIL, so the claim cannot be lost to another thread; the item
//! moves in or out once it holds the GIL again. Priority queues compare
//! items with Python's `<`, which may run Python code and switch threads, so
//! their heap operations hold a small native lock (`heap_lock`).

use crate::native_class::{new_class, new_object, seconds, this};
use crate::thread::RawLock;
use garter_interp::code::CMP_LT;
use garter_interp::errors::{ExcKind, PyErr, PyResult};
use garter_interp::objects::dict::Dict;
use garter_interp::objects::function::{Args, NativeFn};
use garter_interp::objects::native::NativeObject;
use garter_interp::objects::str_methods::{parse_args, Parse, Slots};
use garter_interp::sync::{deadline_after, wait_until};
use garter_interp::value::{Obj, Payload, Value};
use garter_interp::vm::Vm;
use parking_lot::{Condvar, Mutex};
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, Ordering};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Fifo,
    Lifo,
    Priority,
    Simple,
}

impl Kind {
    fn class_name(self) -> &'static str {
        match self {
            Kind::Fifo => "Queue",
            Kind::Lifo => "LifoQueue",
            Kind::Priority => "PriorityQueue",
            Kind::Simple => "SimpleQueue",
        }
    }
}

#[derive(Default)]
struct Counts {
    used: usize,
    available: usize,
    unfinished: u64,
    shutdown: bool,
}

#[derive(Default)]
struct Shared {
    counts: Mutex<Counts>,
    not_empty: Condvar,
    not_full: Condvar,
    all_done: Condvar,
}

pub struct QueueObject {
    class: Obj,
    kind: Kind,
    /// `maxsize`; 0 (or less) is unbounded. Set by `__new__`, or by
    /// `__init__` for instances of Python subclasses.
    maxsize: Cell<i64>,
    items: RefCell<VecDeque<Value>>,
    shared: Shared,
    heap_lock: RawLock,
}

impl NativeObject for QueueObject {
    fn class(&self) -> Obj {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl QueueObject {
    fn bounded(&self) -> Option<usize> {
        (self.maxsize.get() > 0 && self.kind != Kind::Simple).then_some(self.maxsize.get() as usize)
    }

    /// Inserts `item` (its slot already reserved). An error says whether
    /// the item is in the queue anyway: a PriorityQueue comparison that
    /// raised leaves it in the heap, as heapq's `heappush` does.
    fn insert(&self, vm: &mut Vm, item: Value) -> Result<(), (PyErr, bool)> {
        match self.kind {
            Kind::Fifo | Kind::Lifo | Kind::Simple => {
                self.items.borrow_mut().push_back(item);
                Ok(())
            }
            Kind::Priority => {
                self.heap_lock.acquire(vm, None).map_err(|e| (e, false))?;
                let r = heap_push(vm, &self.items, item);
                self.heap_lock.release();
                r.map_err(|e| (e, true))
            }
        }
    }

    /// Removes the next item (one is present and claimed).
    fn remove(&self, vm: &mut Vm) -> PyResult<Value> {
        let item = match self.kind {
            Kind::Fifo | Kind::Simple => self.items.borrow_mut().pop_front(),
            Kind::Lifo => self.items.borrow_mut().pop_back(),
            Kind::Priority => {
                self.heap_lock.acquire(vm, None)?;
                let r = heap_pop(vm, &self.items);
                self.heap_lock.release();
                return r;
            }
        };
        item.ok_or_else(|| PyErr::internal("queue lost an item"))
    }
}

// ---- the heap of a PriorityQueue ------------------------------------------
//
// Comparisons may run Python code; no `RefCell` borrow is held across one.

fn item_at(items: &RefCell<VecDeque<Value>>, i: usize) -> Value {
    items.borrow().get(i).cloned().unwrap_or(Value::None)
}

fn less(vm: &mut Vm, items: &RefCell<VecDeque<Value>>, i: usize, j: usize) -> PyResult<bool> {
    let (a, b) = (item_at(items, i), item_at(items, j));
    vm.compare_bool(&a, &b, CMP_LT)
}

// The algorithm is heapq's, comparison for comparison (`_siftdown` and
// the bottom-up `_siftup`), so items that compare equal come out in the
// order CPython gives them. Moves are swaps: an exception from a comparison
// leaves every item in the heap.

/// heapq's `_siftdown(heap, start, pos)`: the item at `pos` moves up while
/// it is less than its parent.
fn sift_down(vm: &mut Vm, items: &RefCell<VecDeque<Value>>, start: usize, mut pos: usize) -> PyResult<()> {
    while pos > start {
        let parent = (pos - 1) >> 1;
        if !less(vm, items, pos, parent)? {
            break;
        }
        items.borrow_mut().swap(pos, parent);
        pos = parent;
    }
    Ok(())
}

fn heap_push(vm: &mut Vm, items: &RefCell<VecDeque<Value>>, item: Value) -> PyResult<()> {
    items.borrow_mut().push_back(item);
    let last = items.borrow().len() - 1;
    sift_down(vm, items, 0, last)
}

/// heapq's `heappop`: the last item replaces the root, the smaller child
/// moves up until a leaf is reached (`_siftup`), then that item sifts down.
fn heap_pop(vm: &mut Vm, items: &RefCell<VecDeque<Value>>) -> PyResult<Value> {
    let top = {
        let mut it = items.borrow_mut();
        let last = it.pop_back().ok_or_else(|| PyErr::internal("queue lost an item"))?;
        if it.is_empty() {
            return Ok(last);
        }
        std::mem::replace(&mut it[0], last)
    };
    let end = items.borrow().len();
    let mut pos = 0;
    while pos < end >> 1 {
        let mut child = 2 * pos + 1;
        if child + 1 < end && !less(vm, items, child, child + 1)? {
            child += 1;
        }
        items.borrow_mut().swap(pos, child);
        pos = child;
    }
    sift_down(vm, items, 0, pos)?;
    Ok(top)
}

// ---- exceptions -----------------------------------------------------------

fn module_exc(vm: &mut Vm, name: &str) -> PyErr {
    let cls = vm.import_module("queue").and_then(|m| vm.get_attr_str(&m, name));
    match cls {
        Ok(Value::Obj(c)) => PyErr::from_object(garter_interp::vm::exc::new_exception_of(c, Vec::new())),
        _ => PyErr::internal("queue lost an exception class"),
    }
}

// ---- methods ----------------------------------------------------------------

/// `block` and `timeout` into a deadline: None = don't wait;
/// Some(None) = forever.
fn wait_spec(vm: &mut Vm, block: Option<&Value>, timeout: Option<&Value>) -> PyResult<Option<Option<std::time::Instant>>> {
    let block = match block {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    if !block {
        return Ok(None);
    }
    match timeout {
        None | Some(Value::None) => Ok(Some(None)),
        Some(t) => {
            let secs = seconds(vm, t)?;
            if secs < 0.0 {
                return Err(PyErr::value_error("'timeout' must be a non-negative number"));
            }
            Ok(Some(deadline_after(secs)))
        }
    }
}

fn this_queue<'a>(vm: &Vm, a: &Args<'a>, method: &str) -> PyResult<&'a QueueObject> {
    this::<QueueObject>(vm, a.values, "Queue", method)
}

fn do_put(vm: &mut Vm, q: &QueueObject, item: Value, spec: Option<Option<std::time::Instant>>) -> PyResult<()> {
    if q.shared.counts.lock().shutdown {
        return Err(module_exc(vm, "ShutDown"));
    }
    if let Some(max) = q.bounded() {
        let claimed = AtomicBool::new(false);
        let claim = |c: &mut Counts| {
            if c.used < max && !c.shutdown {
                c.used += 1;
                claimed.store(true, Ordering::Relaxed);
                return true;
            }
            c.shutdown
        };
        let woke = match spec {
            None => claim(&mut q.shared.counts.lock()),
            Some(deadline) => wait_until(vm, &q.shared.counts, &q.shared.not_full, deadline, claim)?,
        };
        if !woke {
            return Err(module_exc(vm, "Full"));
        }
        if !claimed.load(Ordering::Relaxed) {
            return Err(module_exc(vm, "ShutDown"));
        }
    } else {
        q.shared.counts.lock().used += 1;
    }
    if let Err((e, kept)) = q.insert(vm, item) {
        let mut c = q.shared.counts.lock();
        if kept {
            // As CPython's put: `_put` stored it, then raised before
            // `unfinished_tasks += 1`; the item can still be got.
            c.available += 1;
            q.shared.not_empty.notify_one();
        } else {
            c.used = c.used.saturating_sub(1);
            q.shared.not_full.notify_one();
        }
        return Err(e);
    }
    let mut c = q.shared.counts.lock();
    c.available += 1;
    if q.kind != Kind::Simple {
        c.unfinished += 1;
    }
    q.shared.not_empty.notify_one();
    Ok(())
}

fn do_get(vm: &mut Vm, q: &QueueObject, spec: Option<Option<std::time::Instant>>) -> PyResult<Value> {
    let claimed = AtomicBool::new(false);
    let claim = |c: &mut Counts| {
        if c.available > 0 {
            c.available -= 1;
            claimed.store(true, Ordering::Relaxed);
            return true;
        }
        c.shutdown
    };
    let woke = match spec {
        None => claim(&mut q.shared.counts.lock()),
        Some(deadline) => wait_until(vm, &q.shared.counts, &q.shared.not_empty, deadline, claim)?,
    };
    if !woke {
        return Err(module_exc(vm, "Empty"));
    }
    if !claimed.load(Ordering::Relaxed) {
        return Err(module_exc(vm, "ShutDown"));
    }
    let item = q.remove(vm)?;
    let mut c = q.shared.counts.lock();
    c.used = c.used.saturating_sub(1);
    q.shared.not_full.notify_one();
    Ok(item)
}

/// Checks the arguments of a method of `Queue`, `LifoQueue` or
/// `PriorityQueue` — Python classes in CPython, so a bad call is reported
/// as for a Python `def` of `Queue` (where all three inherit their methods
/// from): `Queue.get() takes from 1 to 3 positional arguments but 4 were
/// given`, `Queue.put() missing 1 required positional argument: 'item'`,
/// `Queue.get() got an unexpected keyword argument 'x'`. `SimpleQueue` is
/// C in CPython: its calls keep Argument Clinic's wording.
fn queue_args<'a>(kind: Kind, method: &str, required: usize, names: &'static [&'static str], a: &Args<'a>) -> PyResult<Slots<'a>> {
    if kind != Kind::Simple {
        check_def_args(method, required, names, a)?;
    } else if names.is_empty() {
        // METH_NOARGS: `SimpleQueue.qsize() takes no arguments (1 given)`.
        return parse_args(kind.class_name(), method, Parse::NoArgs, a);
    }
    parse_args(kind.class_name(), method, Parse::Keywords { posonly: 0, required, names }, a)
}

/// The checks CPython's call of a Python function makes, in its order.
fn check_def_args(method: &str, required: usize, names: &[&str], a: &Args<'_>) -> PyResult<()> {
    let given = a.pos().len().saturating_sub(1); // after `self`
    if given > names.len() {
        let takes = if required == names.len() {
            format!("{} positional argument{}", names.len() + 1, if names.is_empty() { "" } else { "s" })
        } else {
            format!("from {} to {} positional arguments", required + 1, names.len() + 1)
        };
        let were = if given + 1 == 1 { "was" } else { "were" };
        return Err(PyErr::type_error(format!("Queue.{method}() takes {takes} but {} {were} given", given + 1)));
    }
    for (key, _) in a.kw() {
        match names.iter().position(|n| *n == key) {
            None => return Err(PyErr::type_error(format!("Queue.{method}() got an unexpected keyword argument '{key}'"))),
            Some(i) if i < given => {
                return Err(PyErr::type_error(format!("Queue.{method}() got multiple values for argument '{key}'")))
            }
            Some(_) => {}
        }
    }
    let missing: Vec<String> = names[..required]
        .iter()
        .enumerate()
        .filter(|&(i, n)| i >= given && !a.kw().any(|(k, _)| k == *n))
        .map(|(_, n)| format!("'{n}'"))
        .collect();
    if !missing.is_empty() {
        let list = match missing.len() {
            1 => missing[0].clone(),
            2 => format!("{} and {}", missing[0], missing[1]),
            k => format!("{}, and {}", missing[..k - 1].join(", "), missing[k - 1]),
        };
        let s = if missing.len() == 1 { "" } else { "s" };
        return Err(PyErr::type_error(format!("Queue.{method}() missing {} required positional argument{s}: {list}", missing.len())));
    }
    Ok(())
}

fn queue_put(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let q = this_queue(vm, &a, "put")?;
    let s = queue_args(q.kind, "put", 1, &["item", "block", "timeout"], &a)?;
    let item = s[0].cloned().unwrap_or(Value::None);
    let spec = if q.kind == Kind::Simple { None } else { wait_spec(vm, s[1], s[2])? };
    do_put(vm, q, item, spec)?;
    Ok(Value::None)
}

fn queue_put_nowait(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let q = this_queue(vm, &a, "put_nowait")?;
    let s = queue_args(q.kind, "put_nowait", 1, &["item"], &a)?;
    do_put(vm, q, s[0].cloned().unwrap_or(Value::None), None)?;
    Ok(Value::None)
}

fn queue_get(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let q = this_queue(vm, &a, "get")?;
    let s = queue_args(q.kind, "get", 0, &["block", "timeout"], &a)?;
    if q.kind != Kind::Simple {
        let c = q.shared.counts.lock();
        if c.shutdown && c.available == 0 {
            drop(c);
            return Err(module_exc(vm, "ShutDown"));
        }
    }
    let spec = wait_spec(vm, s[0], s[1])?;
    do_get(vm, q, spec)
}

fn queue_get_nowait(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let q = this_queue(vm, &a, "get_nowait")?;
    queue_args(q.kind, "get_nowait", 0, &[], &a)?;
    if q.kind != Kind::Simple {
        let c = q.shared.counts.lock();
        if c.shutdown && c.available == 0 {
            drop(c);
            return Err(module_exc(vm, "ShutDown"));
        }
    }
    do_get(vm, q, None)
}

fn queue_qsize(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let q = this_queue(vm, &a, "qsize")?;
    queue_args(q.kind, "qsize", 0, &[], &a)?;
    Ok(Value::Int(q.items.borrow().len() as i64))
}

fn queue_empty(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let q = this_queue(vm, &a, "empty")?;
    queue_args(q.kind, "empty", 0, &[], &a)?;
    Ok(Value::Bool(q.items.borrow().is_empty()))
}

fn queue_full(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let q = this_queue(vm, &a, "full")?;
    queue_args(q.kind, "full", 0, &[], &a)?;
    Ok(Value::Bool(q.bounded().is_some_and(|m| q.items.borrow().len() >= m)))
}

fn queue_task_done(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let q = this_queue(vm, &a, "task_done")?;
    queue_args(q.kind, "task_done", 0, &[], &a)?;
    let mut c = q.shared.counts.lock();
    if c.unfinished == 0 {
        return Err(PyErr::value_error("task_done() called too many times"));
    }
    c.unfinished -= 1;
    if c.unfinished == 0 {
        q.shared.all_done.notify_all();
    }
    Ok(Value::None)
}

fn queue_join(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let q = this_queue(vm, &a, "join")?;
    queue_args(q.kind, "join", 0, &[], &a)?;
    wait_until(vm, &q.shared.counts, &q.shared.all_done, None, |c| c.unfinished == 0)?;
    Ok(Value::None)
}

/// `shutdown(immediate=False)` (Python 3.13).
fn queue_shutdown(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let q = this_queue(vm, &a, "shutdown")?;
    let s = queue_args(q.kind, "shutdown", 0, &["immediate"], &a)?;
    let immediate = match s[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut dropped = Vec::new();
    {
        let mut c = q.shared.counts.lock();
        c.shutdown = true;
        if immediate {
            // Discard what no getter has claimed, as if each was done.
            let n = c.available;
            let mut items = q.items.borrow_mut();
            for _ in 0..n {
                let item = if q.kind == Kind::Lifo { items.pop_back() } else { items.pop_front() };
                if let Some(item) = item {
                    dropped.push(item);
                }
            }
            c.available -= n;
            c.used = c.used.saturating_sub(n);
            c.unfinished = c.unfinished.saturating_sub(n as u64);
            q.shared.all_done.notify_all();
        }
        q.shared.not_empty.notify_all();
        q.shared.not_full.notify_all();
    }
    drop(dropped);
    Ok(Value::None)
}

fn queue_maxsize(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let q = this_queue(vm, &a, "maxsize")?;
    Ok(Value::Int(q.maxsize.get()))
}

fn queue_unfinished(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let q = this_queue(vm, &a, "unfinished_tasks")?;
    let n = q.shared.counts.lock().unfinished;
    Ok(Value::Int(n as i64))
}

fn queue_is_shutdown(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let q = this_queue(vm, &a, "is_shutdown")?;
    let s = q.shared.counts.lock().shutdown;
    Ok(Value::Bool(s))
}

/// `q.queue`: a snapshot of the items in their stored order (CPython's is
/// the live deque or heap list).
fn queue_items(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let q = this_queue(vm, &a, "queue")?;
    let items: Vec<Value> = q.items.borrow().iter().cloned().collect();
    Ok(Value::new_list(items))
}

fn make_queue(vm: &mut Vm, a: &Args<'_>, kind: Kind) -> PyResult<Value> {
    let Some(Value::Obj(class)) = a.pos().first().cloned() else {
        return Err(PyErr::internal("queue __new__ without a class"));
    };
    let maxsize = if kind == Kind::Simple {
        if a.pos().len() > 1 {
            return Err(PyErr::type_error("SimpleQueue() takes no positional arguments"));
        }
        if a.has_kw() {
            return Err(PyErr::type_error("SimpleQueue() takes no keyword arguments"));
        }
        0
    } else {
        let s = queue_args(kind, "__init__", 0, &["maxsize"], a)?;
        match s[0] {
            Some(v) => vm.index_value(v)?,
            None => 0,
        }
    };
    Ok(new_object(QueueObject {
        class,
        kind,
        maxsize: Cell::new(maxsize),
        items: RefCell::new(VecDeque::new()),
        shared: Shared::default(),
        heap_lock: RawLock::default(),
    }))
}

/// `__init__(maxsize=0)`: what a Python subclass's `super().__init__(n)`
/// reaches (the object itself was made by `__new__` without arguments).
fn queue_init(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let q = this_queue(vm, &a, "__init__")?;
    if q.kind == Kind::Simple {
        if a.values.len() > 1 {
            return Err(PyErr::type_error("SimpleQueue() takes no arguments"));
        }
        return Ok(Value::None);
    }
    let s = parse_args(q.kind.class_name(), "__init__", Parse::Keywords { posonly: 0, required: 0, names: &["maxsize"] }, &a)?;
    if let Some(v) = s[0] {
        let n = vm.index_value(v)?;
        q.maxsize.set(n);
    }
    Ok(Value::None)
}

fn new_fifo(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    make_queue(vm, &a, Kind::Fifo)
}
fn new_lifo(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    make_queue(vm, &a, Kind::Lifo)
}
fn new_priority(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    make_queue(vm, &a, Kind::Priority)
}
fn new_simple(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    make_queue(vm, &a, Kind::Simple)
}

const QUEUE_METHODS: &[(&str, NativeFn)] = &[
    ("put", queue_put),
    ("put_nowait", queue_put_nowait),
    ("get", queue_get),
    ("get_nowait", queue_get_nowait),
    ("qsize", queue_qsize),
    ("empty", queue_empty),
    ("full", queue_full),
    ("task_done", queue_task_done),
    ("join", queue_join),
    ("shutdown", queue_shutdown),
];
const QUEUE_PROPERTIES: &[(&str, NativeFn)] = &[
    ("maxsize", queue_maxsize),
    ("unfinished_tasks", queue_unfinished),
    ("is_shutdown", queue_is_shutdown),
    ("queue", queue_items),
];
const SIMPLE_METHODS: &[(&str, NativeFn)] = &[
    ("put", queue_put),
    ("put_nowait", queue_put_nowait),
    ("get", queue_get),
    ("get_nowait", queue_get_nowait),
    ("qsize", queue_qsize),
    ("empty", queue_empty),
];

fn exception_class(vm: &mut Vm, name: &str, doc: &str) -> PyResult<Value> {
    let ns = Obj::new(Payload::Dict(RefCell::new(Dict::new())));
    if let Payload::Dict(d) = ns.payload() {
        let mut d = d.borrow_mut();
        d.set_str_key(Value::new_str("__module__"), Value::new_str("queue"));
        d.set_str_key(Value::new_str("__doc__"), Value::new_str(doc));
    }
    let base = Value::Obj(vm.g.types.exception(ExcKind::Exception));
    vm.new_class(name, &[base], &ns, None)
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let m = crate::sys::make_module(vm, "queue", &[], &[])?;
    let classes: [(Kind, NativeFn); 4] =
        [(Kind::Fifo, new_fifo), (Kind::Lifo, new_lifo), (Kind::Priority, new_priority), (Kind::Simple, new_simple)];
    let mut fifo_class: Option<Value> = None;
    for (kind, ctor) in classes {
        let methods: Vec<(&'static str, NativeFn)> = [("__new__", ctor), ("__init__", queue_init as NativeFn)]
            .into_iter()
            .chain((if kind == Kind::Simple { SIMPLE_METHODS } else { QUEUE_METHODS }).iter().copied())
            .collect();
        let props: &[(&str, NativeFn)] = if kind == Kind::Simple { &[] } else { QUEUE_PROPERTIES };
        let cls = new_class(vm, "queue", kind.class_name(), &methods, props);
        // As in CPython, LifoQueue and PriorityQueue are subclasses of Queue
        // (`isinstance(LifoQueue(), Queue)`); Queue is made first.
        if matches!(kind, Kind::Lifo | Kind::Priority) {
            if let (Some(Value::Obj(fifo)), Payload::Type(t)) = (fifo_class.clone(), cls.payload()) {
                let object = vm.g.types.object.clone();
                *t.bases.borrow_mut() = vec![fifo.clone()];
                *t.mro.borrow_mut() = vec![fifo, object];
                t.touch();
            }
        }
        if kind == Kind::Fifo {
            fifo_class = Some(Value::Obj(cls.clone()));
        }
        vm.set_attr(&m, &Value::new_str(kind.class_name()), Value::Obj(cls))?;
    }
    for (name, doc) in [
        ("Empty", "Exception raised by Queue.get(block=0)/get_nowait()."),
        ("Full", "Exception raised by Queue.put(block=0)/put_nowait()."),
        ("ShutDown", "Raised when put/get with shut-down queue."),
    ] {
        let cls = exception_class(vm, name, doc)?;
        vm.set_attr(&m, &Value::new_str(name), cls)?;
    }
    let all: Vec<Value> = ["Empty", "Full", "ShutDown", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]
        .iter()
        .map(|s| Value::new_str(s))
        .collect();
    vm.set_attr(&m, &Value::new_str("__all__"), Value::new_list(all))?;
    Ok(m)
}
