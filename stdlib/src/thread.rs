//! `_thread`: real OS threads under the GIL, and the lock types the rest of
//! the concurrency modules are built on.
//!
//! A new thread gets its own `Vm` (frame stack, tick counter) sharing the
//! interpreter's state; it is created by the starting thread (which holds the
//! GIL), moved to the OS thread in a `SendBox`, and touched there only after
//! the new thread has acquired the GIL. A finished thread drops everything it
//! held while still holding the GIL, then releases it for good.
//!
//! Locks are Rust data (`parking_lot` mutex + condition variable), not
//! objects: waiting on one releases the GIL (`garter_interp::sync`), and the
//! main thread's waits stay interruptible by Ctrl-C, as in CPython 3.2+.

use crate::native_class::{downcast, new_class, new_object, seconds, this};
use garter_interp::errors::{ExcKind, PyErr, PyResult};
use garter_interp::gil::SendBox;
use garter_interp::objects::function::{Args, NativeFn};
use garter_interp::objects::native::NativeObject;
use garter_interp::objects::str_methods::{parse_args, Parse};
use garter_interp::sync::{deadline_after, wait_until, TIMEOUT_MAX};
use garter_interp::value::{Obj, Payload, Value};
use garter_interp::vm::Vm;
use parking_lot::{Condvar, Mutex};
use std::any::Any;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// Stack size of new threads unless `stack_size()` set one: the deepest
/// nesting of Rust-level calls (`MAX_NATIVE_DEPTH`, 3000 nested `execute`s)
/// was measured to fit in 16 MiB, so recursion reaches RecursionError, not
/// an overflow; twice that for margin. (Smaller stacks start faster.)
const DEFAULT_THREAD_STACK: usize = 32 * 1024 * 1024;

/// `_thread.stack_size()`'s setting (0: the default).
static STACK_SIZE: AtomicUsize = AtomicUsize::new(0);
/// Threads started by this module and not finished (`_thread._count()`).
static RUNNING: AtomicUsize = AtomicUsize::new(0);

// ---- the classes, made once per interpreter ---------------------------

/// The module's classes, kept on the module object and fetched by name.
fn class_of(vm: &mut Vm, name: &str) -> PyResult<Obj> {
    let m = vm.import_module("_thread")?;
    match vm.get_attr_str(&m, name)? {
        Value::Obj(o) => Ok(o),
        _ => Err(PyErr::internal("_thread lost a class")),
    }
}

// ---- Lock ---------------------------------------------------------------

/// A plain lock: `locked` under a mutex, waiters on a condition variable.
#[derive(Default)]
pub struct RawLock {
    locked: Mutex<bool>,
    cv: Condvar,
}

impl RawLock {
    pub fn try_acquire(&self) -> bool {
        let mut l = self.locked.lock();
        if *l {
            false
        } else {
            *l = true;
            true
        }
    }

    /// Acquires, waiting (GIL released) until `deadline`; false on timeout.
    pub fn acquire(&self, vm: &mut Vm, deadline: Option<std::time::Instant>) -> PyResult<bool> {
        wait_until(vm, &self.locked, &self.cv, deadline, |l| {
            if *l {
                false
            } else {
                *l = true;
                true
            }
        })
    }

    /// Releases; false if it was not locked.
    pub fn release(&self) -> bool {
        let mut l = self.locked.lock();
        if !*l {
            return false;
        }
        *l = false;
        self.cv.notify_one();
        true
    }

    pub fn is_locked(&self) -> bool {
        *self.locked.lock()
    }
}

pub struct LockObject {
    class: Obj,
    pub raw: RawLock,
}

impl NativeObject for LockObject {
    fn class(&self) -> Obj {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A new `_thread.lock`.
pub fn new_lock(vm: &mut Vm) -> PyResult<Value> {
    let class = class_of(vm, "LockType")?;
    Ok(new_object(LockObject { class, raw: RawLock::default() }))
}

/// Parses `acquire(blocking=True, timeout=-1)` into a deadline: `Err` for
/// bad values, `Ok(None)` for a non-blocking try, `Ok(Some(deadline))`.
fn acquire_deadline(vm: &mut Vm, args: &Args<'_>, owner: &str) -> PyResult<Option<Option<std::time::Instant>>> {
    let slots = parse_args(owner, "acquire", Parse::Keywords { posonly: 0, required: 0, names: &["blocking", "timeout"] }, args)?;
    let blocking = match slots[0] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let timeout = match slots[1] {
        // CPython converts with _PyTime_FromSecondsObject, whose TypeError
        // speaks of integers only.
        Some(v @ (Value::Int(_) | Value::Float(_) | Value::Bool(_))) => seconds(vm, v)?,
        Some(other) => {
            return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(other))))
        }
        None => -1.0,
    };
    if !blocking {
        if timeout != -1.0 {
            return Err(PyErr::value_error("can't specify a timeout for a non-blocking call"));
        }
        return Ok(None);
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(PyErr::value_error("timeout value must be positive"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(PyErr::new(ExcKind::OverflowError, "timeout value is too large"));
    }
    Ok(Some(deadline_after(timeout)))
}

fn lock_new(_vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Err(PyErr::type_error("cannot create '_thread.lock' instances"))
}

fn lock_acquire(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let lock = this::<LockObject>(vm, a.values, "_thread.lock", "acquire")?;
    // The common call, `lock.acquire()`, without parsing.
    if a.values.len() == 1 && lock.raw.try_acquire() {
        return Ok(Value::Bool(true));
    }
    // Arguments are checked before the lock is touched, as CPython does: a
    // bad call must not take the lock.
    let spec = acquire_deadline(vm, &a, "lock")?;
    if lock.raw.try_acquire() {
        return Ok(Value::Bool(true));
    }
    match spec {
        None => Ok(Value::Bool(false)),
        Some(deadline) => Ok(Value::Bool(lock.raw.acquire(vm, deadline)?)),
    }
}

fn lock_release(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let lock = this::<LockObject>(vm, a.values, "_thread.lock", "release")?;
    if !lock.raw.release() {
        return Err(PyErr::new(ExcKind::RuntimeError, "release unlocked lock"));
    }
    Ok(Value::None)
}

fn lock_exit(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    lock_release(vm, Args::positional_only(&a.values[..a.values.len().min(1)]))
}

fn lock_locked(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let lock = this::<LockObject>(vm, a.values, "_thread.lock", "locked")?;
    Ok(Value::Bool(lock.raw.is_locked()))
}

fn lock_at_fork_reinit(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let lock = this::<LockObject>(vm, a.values, "_thread.lock", "_at_fork_reinit")?;
    lock.raw.release();
    Ok(Value::None)
}

fn lock_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let lock = this::<LockObject>(vm, a.values, "_thread.lock", "__repr__")?;
    let state = if lock.raw.is_locked() { "locked" } else { "unlocked" };
    let addr = a.values[0].as_obj().map(|o| o.addr()).unwrap_or(0);
    Ok(Value::from_string(format!("<{state} _thread.lock object at {addr:#x}>")))
}

const LOCK_METHODS: &[(&str, NativeFn)] = &[
    ("__new__", lock_new),
    ("acquire", lock_acquire),
    ("acquire_lock", lock_acquire),
    ("__enter__", lock_acquire),
    ("release", lock_release),
    ("release_lock", lock_release),
    ("__exit__", lock_exit),
    ("locked", lock_locked),
    ("locked_lock", lock_locked),
    ("_at_fork_reinit", lock_at_fork_reinit),
    ("__repr__", lock_repr),
];

// ---- RLock --------------------------------------------------------------

/// A reentrant lock: owner (`get_ident()`, 0 when free) and depth.
#[derive(Default)]
pub struct RawRLock {
    state: Mutex<(u64, u64)>,
    cv: Condvar,
}

pub struct RLockObject {
    class: Obj,
    raw: RawRLock,
}

impl NativeObject for RLockObject {
    fn class(&self) -> Obj {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn rlock_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let class = match a.pos().first() {
        Some(Value::Obj(c)) if matches!(c.payload(), Payload::Type(_)) => c.clone(),
        _ => class_of(vm, "RLock")?,
    };
    Ok(new_object(RLockObject { class, raw: RawRLock::default() }))
}

fn rlock_acquire(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let lock = this::<RLockObject>(vm, a.values, "_thread.RLock", "acquire")?;
    let me = vm.thread.ident;
    // Arguments first: a bad call neither takes nor re-enters the lock.
    let spec = acquire_deadline(vm, &a, "RLock")?;
    {
        let mut st = lock.raw.state.lock();
        if st.0 == me {
            st.1 = st.1.checked_add(1).ok_or_else(|| PyErr::new(ExcKind::OverflowError, "Internal lock count overflowed"))?;
            return Ok(Value::Bool(true));
        }
        if st.0 == 0 {
            *st = (me, 1);
            return Ok(Value::Bool(true));
        }
    }
    match spec {
        None => Ok(Value::Bool(false)),
        Some(deadline) => {
            let got = wait_until(vm, &lock.raw.state, &lock.raw.cv, deadline, |st| {
                if st.0 == 0 {
                    *st = (me, 1);
                    true
                } else {
                    false
                }
            })?;
            Ok(Value::Bool(got))
        }
    }
}

fn rlock_release(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let lock = this::<RLockObject>(vm, a.values, "_thread.RLock", "release")?;
    let me = vm.thread.ident;
    let mut st = lock.raw.state.lock();
    if st.0 != me || st.1 == 0 {
        return Err(PyErr::new(ExcKind::RuntimeError, "cannot release un-acquired lock"));
    }
    st.1 -= 1;
    if st.1 == 0 {
        st.0 = 0;
        lock.raw.cv.notify_one();
    }
    Ok(Value::None)
}

fn rlock_exit(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    rlock_release(vm, Args::positional_only(&a.values[..a.values.len().min(1)]))
}

fn rlock_is_owned(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let lock = this::<RLockObject>(vm, a.values, "_thread.RLock", "_is_owned")?;
    let st = lock.raw.state.lock();
    Ok(Value::Bool(st.0 == vm.thread.ident && st.1 > 0))
}

fn rlock_recursion_count(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let lock = this::<RLockObject>(vm, a.values, "_thread.RLock", "_recursion_count")?;
    let st = lock.raw.state.lock();
    Ok(Value::Int(if st.0 == vm.thread.ident { st.1 as i64 } else { 0 }))
}

/// `_release_save()`: releases completely, returning `(count, owner)` for
/// `_acquire_restore` (what `Condition.wait` uses).
fn rlock_release_save(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let lock = this::<RLockObject>(vm, a.values, "_thread.RLock", "_release_save")?;
    let mut st = lock.raw.state.lock();
    if st.1 == 0 {
        return Err(PyErr::new(ExcKind::RuntimeError, "cannot release un-acquired lock"));
    }
    let saved = *st;
    *st = (0, 0);
    lock.raw.cv.notify_one();
    Ok(Value::new_tuple(vec![Value::Int(saved.1 as i64), Value::Int(saved.0 as i64)]))
}

fn rlock_acquire_restore(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let lock = this::<RLockObject>(vm, a.values, "_thread.RLock", "_acquire_restore")?;
    let state = a.pos().get(1).and_then(|t| t.as_tuple().map(|t| t.to_vec())).unwrap_or_default();
    let (count, owner) = match state.as_slice() {
        [Value::Int(c), Value::Int(o)] => (*c as u64, *o as u64),
        _ => return Err(PyErr::type_error("_acquire_restore() argument must be a (count, owner) tuple")),
    };
    wait_until(vm, &lock.raw.state, &lock.raw.cv, None, |st| {
        if st.0 == 0 {
            *st = (owner, count);
            true
        } else {
            false
        }
    })?;
    Ok(Value::None)
}

fn rlock_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let lock = this::<RLockObject>(vm, a.values, "_thread.RLock", "__repr__")?;
    let (owner, count) = *lock.raw.state.lock();
    let state = if count > 0 { "locked" } else { "unlocked" };
    let cls = vm.type_of(&a.values[0]);
    let name = match cls.payload() {
        // CPython prints `tp_name`: dotted for the builtin class, the bare
        // name for a Python subclass.
        Payload::Type(t) if t.is_heap() => t.name(),
        Payload::Type(t) => {
            let module = t.dict.borrow().get_str("__module__").and_then(|m| m.as_str().map(String::from)).unwrap_or_default();
            format!("{module}.{}", t.qualname.borrow())
        }
        _ => "_thread.RLock".into(),
    };
    let addr = a.values[0].as_obj().map(|o| o.addr()).unwrap_or(0);
    Ok(Value::from_string(format!("<{state} {name} object owner={owner} count={count} at {addr:#x}>")))
}

fn rlock_at_fork_reinit(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let lock = this::<RLockObject>(vm, a.values, "_thread.RLock", "_at_fork_reinit")?;
    *lock.raw.state.lock() = (0, 0);
    Ok(Value::None)
}

const RLOCK_METHODS: &[(&str, NativeFn)] = &[
    ("__new__", rlock_new),
    ("acquire", rlock_acquire),
    ("__enter__", rlock_acquire),
    ("release", rlock_release),
    ("__exit__", rlock_exit),
    ("_is_owned", rlock_is_owned),
    ("_recursion_count", rlock_recursion_count),
    ("_release_save", rlock_release_save),
    ("_acquire_restore", rlock_acquire_restore),
    ("_at_fork_reinit", rlock_at_fork_reinit),
    ("__repr__", rlock_repr),
];

// ---- Event ----------------------------------------------------------------

/// `threading.Event`: a flag threads wait on, native so that waking a waiter
/// costs one condition-variable signal (CPython's is Python over a
/// Condition).
pub struct EventObject {
    class: Obj,
    flag: Mutex<bool>,
    cv: Condvar,
}

impl NativeObject for EventObject {
    fn class(&self) -> Obj {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn event_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let class = match a.pos().first() {
        Some(Value::Obj(c)) if matches!(c.payload(), Payload::Type(_)) => c.clone(),
        _ => class_of(vm, "_Event")?,
    };
    Ok(new_object(EventObject { class, flag: Mutex::new(false), cv: Condvar::new() }))
}

fn this_event<'a>(vm: &Vm, a: &Args<'a>, method: &str) -> PyResult<&'a EventObject> {
    this::<EventObject>(vm, a.values, "Event", method)
}

fn event_is_set(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let e = this_event(vm, &a, "is_set")?;
    let f = *e.flag.lock();
    Ok(Value::Bool(f))
}

fn event_set(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let e = this_event(vm, &a, "set")?;
    *e.flag.lock() = true;
    e.cv.notify_all();
    Ok(Value::None)
}

fn event_clear(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let e = this_event(vm, &a, "clear")?;
    *e.flag.lock() = false;
    Ok(Value::None)
}

fn event_wait(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let e = this_event(vm, &a, "wait")?;
    let s = parse_args("Event", "wait", Parse::Keywords { posonly: 0, required: 0, names: &["timeout"] }, &a)?;
    // As CPython's (Python) Event: a set flag returns at once, whatever
    // the timeout; otherwise the timeout is compared with 0.
    if *e.flag.lock() {
        return Ok(Value::Bool(true));
    }
    let deadline = match s[0] {
        None | Some(Value::None) => None,
        Some(v @ (Value::Int(_) | Value::Float(_) | Value::Bool(_))) => {
            let secs = seconds(vm, v)?;
            deadline_after(secs.max(0.0))
        }
        Some(v) => {
            return Err(PyErr::type_error(format!("'>' not supported between instances of '{}' and 'int'", vm.type_name(v))));
        }
    };
    let got = wait_until(vm, &e.flag, &e.cv, deadline, |f| *f)?;
    Ok(Value::Bool(got))
}

fn event_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let e = this_event(vm, &a, "__repr__")?;
    let status = if *e.flag.lock() { "set" } else { "unset" };
    let cls = vm.type_of(&a.values[0]);
    let name = match cls.payload() {
        Payload::Type(t) => {
            let module = t.dict.borrow().get_str("__module__").and_then(|m| m.as_str().map(String::from)).unwrap_or_default();
            format!("{module}.{}", t.qualname.borrow())
        }
        _ => "threading.Event".into(),
    };
    let addr = a.values[0].as_obj().map(|o| o.addr()).unwrap_or(0);
    Ok(Value::from_string(format!("<{name} at {addr:#x}: {status}>")))
}

fn event_at_fork_reinit(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let e = this_event(vm, &a, "_at_fork_reinit")?;
    let _ = e;
    Ok(Value::None)
}

const EVENT_METHODS: &[(&str, NativeFn)] = &[
    ("__new__", event_new),
    ("is_set", event_is_set),
    ("isSet", event_is_set),
    ("set", event_set),
    ("clear", event_clear),
    ("wait", event_wait),
    ("__repr__", event_repr),
    ("_at_fork_reinit", event_at_fork_reinit),
];

// ---- threads --------------------------------------------------------------

/// Set when a thread has finished and dropped what it held; `join` waits on
/// it.
#[derive(Default)]
pub struct DoneFlag {
    done: Mutex<bool>,
    cv: Condvar,
}

/// `_thread._ThreadHandle`: what `threading.Thread.join` waits on.
pub struct ThreadHandle {
    class: Obj,
    ident: u64,
    done: Arc<DoneFlag>,
}

impl NativeObject for ThreadHandle {
    fn class(&self) -> Obj {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn handle_join(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let h = this::<ThreadHandle>(vm, a.values, "_thread._ThreadHandle", "join")?;
    if h.ident == vm.thread.ident {
        return Err(PyErr::new(ExcKind::RuntimeError, "Cannot join current thread"));
    }
    let timeout = match a.pos().get(1) {
        None | Some(Value::None) => -1.0,
        Some(v) => seconds(vm, v)?.max(0.0),
    };
    let done = h.done.clone();
    let finished = wait_until(vm, &done.done, &done.cv, deadline_after(timeout), |d| *d)?;
    Ok(Value::Bool(finished))
}

fn handle_is_done(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let h = this::<ThreadHandle>(vm, a.values, "_thread._ThreadHandle", "is_done")?;
    Ok(Value::Bool(*h.done.done.lock()))
}

fn handle_ident(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let h = this::<ThreadHandle>(vm, a.values, "_thread._ThreadHandle", "ident")?;
    Ok(Value::Int(h.ident as i64))
}

const HANDLE_METHODS: &[(&str, NativeFn)] = &[("join", handle_join), ("is_done", handle_is_done)];
const HANDLE_PROPERTIES: &[(&str, NativeFn)] = &[("ident", handle_ident)];

/// Everything a new thread needs, moved to it without the GIL.
struct Start {
    vm: Vm,
    func: Value,
    args: Vec<Value>,
    kwnames: Vec<Value>,
}

impl Start {
    fn into_parts(self) -> (Vm, Value, Vec<Value>, Vec<Value>) {
        (self.vm, self.func, self.args, self.kwnames)
    }
}

/// Starts `func(*args, **kwargs)` on a new OS thread; returns its ident
/// and the flag set when it has finished.
fn spawn(vm: &mut Vm, func: Value, args: Vec<Value>, kwnames: Vec<Value>) -> PyResult<(u64, Arc<DoneFlag>)> {
    let start = SendBox(Start { vm: vm.new_thread_vm(), func, args, kwnames });
    let done = Arc::new(DoneFlag::default());
    let done_in_thread = done.clone();
    // A size set by `stack_size()` is used as given (as in CPython, a small
    // one limits how deep the thread can recurse).
    let stack = match STACK_SIZE.load(Ordering::Relaxed) {
        0 => DEFAULT_THREAD_STACK,
        n => n,
    };
    RUNNING.fetch_add(1, Ordering::Relaxed);
    let spawned = std::thread::Builder::new().stack_size(stack).spawn(move || {
        let start = start;
        thread_main(start.0.into_parts(), &done_in_thread);
    });
    match spawned {
        Ok(handle) => {
            // The thread's `pthread_t` is its ident (what `pthread_self`
            // returns in it), known without waiting for it to run.
            use std::os::unix::thread::JoinHandleExt;
            let ident = handle.as_pthread_t() as u64;
            Ok((ident, done))
        }
        Err(e) => {
            RUNNING.fetch_sub(1, Ordering::Relaxed);
            Err(PyErr::new(ExcKind::RuntimeError, format!("can't start new thread ({e})")))
        }
    }
}

/// The body of every thread started from Python.
fn thread_main(parts: (Vm, Value, Vec<Value>, Vec<Value>), done: &DoneFlag) {
    let (mut vm, func, args, kwnames) = parts;
    vm.adopt_current_thread();
    vm.acquire_gil_at_thread_start();
    let result = vm.call_args(&func, Args { values: &args, kwnames: &kwnames });
    if let Err(e) = result {
        let exc = vm.normalize(e);
        if !vm.exc_is_kind(&exc, ExcKind::SystemExit) {
            let what = vm.repr(&func).unwrap_or_default();
            let text = vm.format_exception(&exc);
            garter_interp::builtins::flush_stdout();
            garter_interp::builtins::write_stderr(&mut vm, &format!("Exception ignored in thread started by: {what}\n{text}"));
        }
    }
    drop(func);
    drop(args);
    drop(kwnames);
    vm.run_pending_finalizers();
    vm.stack.clear();
    vm.frames.clear();
    vm.handled = Value::None;
    let gil = vm.gil.clone();
    let stats = vm.thread.clone();
    drop(vm);
    // Generators finalised while dropping `vm` land in this thread's queue;
    // drop them here, under the GIL, not in the thread-local destructor.
    let leftovers: Vec<_> = garter_interp::objects::generator::PENDING_CLOSE
        .try_with(|q| q.try_borrow_mut().map(|mut q| std::mem::take(&mut *q)).unwrap_or_default())
        .unwrap_or_default();
    garter_interp::objects::generator::PENDING_COUNT.fetch_sub(leftovers.len(), Ordering::Relaxed);
    drop(leftovers);
    RUNNING.fetch_sub(1, Ordering::Relaxed);
    {
        let mut d = done.done.lock();
        *d = true;
        done.cv.notify_all();
    }
    stats.finished.store(true, Ordering::Relaxed);
    gil.release();
}

/// Splits a kwargs dict into values (appended to `args`) and names.
fn kwargs_into(vm: &mut Vm, kwargs: Option<&Value>, args: &mut Vec<Value>) -> PyResult<Vec<Value>> {
    // An explicit None is not "no kwargs": CPython wants a dict.
    let Some(kw) = kwargs else { return Ok(Vec::new()) };
    let Some(Payload::Dict(d)) = kw.payload() else {
        return Err(PyErr::type_error("optional 3rd arg must be a dictionary"));
    };
    let items: Vec<(Value, Value)> = d.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect();
    let mut names = Vec::with_capacity(items.len());
    for (k, v) in items {
        if k.as_str().is_none() {
            return Err(PyErr::type_error(format!("keywords must be strings, not '{}'", vm.type_name(&k))));
        }
        names.push(k);
        args.push(v);
    }
    Ok(names)
}

/// Checks `start_new_thread`'s arguments; returns (func, args+kw values, kwnames).
fn thread_args(vm: &mut Vm, a: &Args<'_>, name: &str) -> PyResult<(Value, Vec<Value>, Vec<Value>)> {
    if a.has_kw() {
        return Err(PyErr::type_error(format!("{name}() takes no keyword arguments")));
    }
    let pos = a.pos();
    if pos.len() < 2 || pos.len() > 3 {
        let how = if pos.len() < 2 { "at least 2" } else { "at most 3" };
        return Err(PyErr::type_error(format!("{name} expected {how} arguments, got {}", pos.len())));
    }
    let func = pos[0].clone();
    if !garter_interp::builtins::is_callable(vm, &func) {
        return Err(PyErr::type_error("first arg must be callable"));
    }
    let Some(t) = pos[1].as_tuple() else {
        return Err(PyErr::type_error("2nd arg must be a tuple"));
    };
    let mut args = t.to_vec();
    let kwnames = kwargs_into(vm, pos.get(2), &mut args)?;
    Ok((func, args, kwnames))
}

fn start_new_thread(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (func, args, kwnames) = thread_args(vm, &a, "start_new_thread")?;
    let (ident, _) = spawn(vm, func, args, kwnames)?;
    Ok(Value::Int(ident as i64))
}

/// `_start_joinable_thread(function, args, kwargs)`: like
/// `start_new_thread`, returning a `_ThreadHandle` to join.
fn start_joinable_thread(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (func, args, kwnames) = thread_args(vm, &a, "_start_joinable_thread")?;
    let (ident, done) = spawn(vm, func, args, kwnames)?;
    let class = class_of(vm, "_ThreadHandle")?;
    Ok(new_object(ThreadHandle { class, ident, done }))
}

fn allocate_lock(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if !a.values.is_empty() {
        return Err(PyErr::type_error(format!("_thread.allocate_lock() takes no arguments ({} given)", a.values.len())));
    }
    new_lock(vm)
}

/// METH_NOARGS: `_thread.get_ident() takes no arguments (1 given)`.
fn no_args(a: &Args<'_>, name: &str) -> PyResult<()> {
    if a.has_kw() {
        return Err(PyErr::type_error(format!("_thread.{name}() takes no keyword arguments")));
    }
    if !a.pos().is_empty() {
        return Err(PyErr::type_error(format!("_thread.{name}() takes no arguments ({} given)", a.pos().len())));
    }
    Ok(())
}

fn get_ident(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    no_args(&a, "get_ident")?;
    Ok(Value::Int(vm.thread.ident as i64))
}

fn get_native_id(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    no_args(&a, "get_native_id")?;
    Ok(Value::Int(vm.thread.native_id as i64))
}

fn thread_exit(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Err(PyErr::from_object(vm.new_exception(ExcKind::SystemExit, Vec::new())))
}

fn interrupt_main(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match a.pos().first() {
        None | Some(Value::Int(2)) => {
            garter_interp::signals::INTERRUPT_PENDING.store(true, Ordering::Relaxed);
            Ok(Value::None)
        }
        Some(Value::Int(n)) if *n < 1 || *n > 64 => Err(PyErr::value_error("signal number out of range")),
        // Other signals have no Python handler installed here: CPython
        // ignores a simulated signal whose handler is SIG_DFL/SIG_IGN.
        Some(Value::Int(_)) => Ok(Value::None),
        Some(_) => Err(PyErr::type_error("an integer is required")),
    }
}

fn stack_size(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let old = STACK_SIZE.load(Ordering::Relaxed) as i64;
    // CPython quirk: `stack_size()` without an argument sets the size back
    // to 0 (the platform default) while returning the old one.
    let n = match a.pos().first() {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    if n < 0 {
        return Err(PyErr::value_error("size must be 0 or a positive value"));
    }
    if n != 0 && n < 32768 {
        return Err(PyErr::value_error(format!("size not valid: {n} bytes")));
    }
    STACK_SIZE.store(n as usize, Ordering::Relaxed);
    Ok(Value::Int(old))
}

fn count(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    no_args(&a, "_count")?;
    Ok(Value::Int(RUNNING.load(Ordering::Relaxed) as i64))
}

/// `_thread_serial()`: a number unique to the calling thread over the
/// whole run (`threading.local` keys its per-thread dicts by it, since
/// idents are reused).
fn thread_serial(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(vm.thread.serial as i64))
}

/// `_format_exception(exc)`: the traceback text CPython's default hooks
/// print for `exc`.
fn format_exception(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let exc = a.pos().first().cloned().unwrap_or(Value::None);
    Ok(Value::from_string(vm.format_exception(&exc)))
}

fn daemon_threads_allowed(_vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("_count", count),
    ("_format_exception", format_exception),
    ("_thread_serial", thread_serial),
    ("_start_joinable_thread", start_joinable_thread),
    ("allocate", allocate_lock),
    ("allocate_lock", allocate_lock),
    ("daemon_threads_allowed", daemon_threads_allowed),
    ("exit", thread_exit),
    ("exit_thread", thread_exit),
    ("get_ident", get_ident),
    ("get_native_id", get_native_id),
    ("interrupt_main", interrupt_main),
    ("start_new", start_new_thread),
    ("start_new_thread", start_new_thread),
    ("stack_size", stack_size),
];

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let m = crate::sys::make_module(vm, "_thread", FUNCTIONS, &[("TIMEOUT_MAX", Value::Float(TIMEOUT_MAX))])?;
    let lock = new_class(vm, "_thread", "lock", LOCK_METHODS, &[]);
    let rlock = new_class(vm, "_thread", "RLock", RLOCK_METHODS, &[]);
    let handle = new_class(vm, "_thread", "_ThreadHandle", HANDLE_METHODS, HANDLE_PROPERTIES);
    // Exposed by `threading` as `Event` (its `__module__` says so).
    let event = new_class(vm, "threading", "Event", EVENT_METHODS, &[]);
    let error = Value::Obj(vm.g.types.exception(ExcKind::RuntimeError));
    for (name, v) in [
        ("LockType", Value::Obj(lock)),
        ("RLock", Value::Obj(rlock)),
        ("_ThreadHandle", Value::Obj(handle)),
        ("_Event", Value::Obj(event)),
        ("error", error),
    ] {
        vm.set_attr(&m, &Value::new_str(name), v)?;
    }
    Ok(m)
}

/// The raw lock behind a `_thread.lock`, for other native modules.
pub fn raw_lock(v: &Value) -> Option<&RawLock> {
    downcast::<LockObject>(v).map(|l| &l.raw)
}
