//! `signal`: Python signal handlers, as CPython 3.11's `signal` module
//! (`signal`, `getsignal`, `default_int_handler`, `SIG_DFL`, `SIG_IGN`,
//! the `SIG*` numbers, `alarm`, `setitimer`/`getitimer`, `pause`,
//! `raise_signal`, `strsignal`, `valid_signals`).
//!
//! A Python handler is recorded in the module's `_handlers` dict and the
//! signal is caught by `c_handler`, which only marks it pending
//! (`garter_interp::signals::note_signal`); the interpreter's periodic
//! check then calls `run_handler` (registered as the signals hook), which
//! calls the Python handler with `(signum, None)` (garter has no frame
//! objects). `raise_signal` and `os.kill` check at once, so a signal sent
//! to the process itself is handled before they return, as in CPython.
//!
//! The `SIG*` constants are `Signals` members and `SIG_DFL`/`SIG_IGN`
//! `Handlers` members: int subclasses with `name`, `value` and the enum
//! repr (`<Signals.SIGINT: 2>`); `str()` is the number, as for 3.11's
//! `IntEnum`. `Signals(2)` gives an equal member (not the same object).

use crate::args::module_attr;
use garter_interp::errors::{ExcKind, PyErr, PyResult};
use garter_interp::objects::dict::Dict;
use garter_interp::objects::function::{Args, Builtin, NativeFn};
use garter_interp::objects::number;
use garter_interp::value::{Payload, Value};
use garter_interp::vm::Vm;

const NSIG: i64 = 65;

const SIGNALS: &[(&str, i32)] = &[
    ("SIGABRT", libc::SIGABRT),
    ("SIGALRM", libc::SIGALRM),
    ("SIGBUS", libc::SIGBUS),
    ("SIGCHLD", libc::SIGCHLD),
    ("SIGCLD", libc::SIGCHLD),
    ("SIGCONT", libc::SIGCONT),
    ("SIGFPE", libc::SIGFPE),
    ("SIGHUP", libc::SIGHUP),
    ("SIGILL", libc::SIGILL),
    ("SIGINT", libc::SIGINT),
    ("SIGIO", libc::SIGIO),
    ("SIGIOT", libc::SIGABRT),
    ("SIGKILL", libc::SIGKILL),
    ("SIGPIPE", libc::SIGPIPE),
    ("SIGPOLL", libc::SIGIO),
    ("SIGPROF", libc::SIGPROF),
    ("SIGPWR", libc::SIGPWR),
    ("SIGQUIT", libc::SIGQUIT),
    ("SIGRTMAX", 64),
    ("SIGRTMIN", 34),
    ("SIGSEGV", libc::SIGSEGV),
    ("SIGSTKFLT", libc::SIGSTKFLT),
    ("SIGSTOP", libc::SIGSTOP),
    ("SIGSYS", libc::SIGSYS),
    ("SIGTERM", libc::SIGTERM),
    ("SIGTRAP", libc::SIGTRAP),
    ("SIGTSTP", libc::SIGTSTP),
    ("SIGTTIN", libc::SIGTTIN),
    ("SIGTTOU", libc::SIGTTOU),
    ("SIGURG", libc::SIGURG),
    ("SIGUSR1", libc::SIGUSR1),
    ("SIGUSR2", libc::SIGUSR2),
    ("SIGVTALRM", libc::SIGVTALRM),
    ("SIGWINCH", libc::SIGWINCH),
    ("SIGXCPU", libc::SIGXCPU),
    ("SIGXFSZ", libc::SIGXFSZ),
];

/// The int inside an int-subclass instance (or the int itself).
fn int_value(v: &Value) -> Option<i64> {
    if let Some(n) = number::to_i64(v) {
        return Some(n);
    }
    match v.payload() {
        Some(Payload::Instance(inst)) => match &inst.extra {
            garter_interp::objects::instance::InstanceExtra::Builtin(cell) => number::to_i64(&cell.borrow()),
            _ => None,
        },
        _ => None,
    }
}

/// The canonical name of a signal number (aliases such as SIGIOT skipped).
fn signal_name(n: i64) -> Option<&'static str> {
    SIGNALS.iter().find(|(name, num)| *num as i64 == n && !matches!(*name, "SIGCLD" | "SIGIOT" | "SIGPOLL")).map(|(name, _)| *name)
}

fn member_name(vm: &mut Vm, me: &Value) -> PyResult<(String, String, i64)> {
    let n = int_value(me).ok_or_else(|| PyErr::type_error("not an enum member"))?;
    let cls = vm.type_name(me);
    let name = if cls == "Handlers" {
        match n {
            SIG_DFL => "SIG_DFL".to_string(),
            SIG_IGN => "SIG_IGN".to_string(),
            _ => String::new(),
        }
    } else {
        signal_name(n).map(String::from).ok_or_else(|| PyErr::value_error(format!("{n} is not a valid Signals")))?
    };
    Ok((cls, name, n))
}

fn enum_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let me = a.pos().first().cloned().unwrap_or(Value::None);
    let (cls, name, n) = member_name(vm, &me)?;
    Ok(Value::from_string(format!("<{cls}.{name}: {n}>")))
}
fn enum_str(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let me = a.pos().first().cloned().unwrap_or(Value::None);
    Ok(Value::from_string(int_value(&me).unwrap_or(0).to_string()))
}
fn enum_name(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let me = a.pos().first().cloned().unwrap_or(Value::None);
    let (_, name, _) = member_name(vm, &me)?;
    Ok(Value::from_string(name))
}
fn enum_value(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let me = a.pos().first().cloned().unwrap_or(Value::None);
    Ok(Value::Int(int_value(&me).unwrap_or(0)))
}

/// An int-subclass class `name` with the enum-member repr and `name`/`value`.
fn enum_class(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let b = |n: &'static str, f: NativeFn| Value::from_obj(Payload::Builtin(Builtin { name: n, func: f, receiver: Value::Null, owner: None }));
    let mut d = Dict::new();
    d.set_str_key(Value::new_str("__module__"), Value::new_str("signal"));
    d.set_str_key(Value::new_str("__repr__"), b("__repr__", enum_repr));
    d.set_str_key(Value::new_str("__str__"), b("__str__", enum_str));
    for (pname, f) in [("name", enum_name as NativeFn), ("value", enum_value)] {
        let prop = Payload::Property { fget: b(pname, f), fset: Value::None, fdel: Value::None, doc: Value::None };
        d.set_str_key(Value::new_str(pname), Value::from_obj(prop));
    }
    let ns = garter_interp::value::Obj::new(Payload::Dict(std::cell::RefCell::new(d)));
    let int = Value::Obj(vm.g.types.int.clone());
    vm.new_class(name, &[int], &ns, None)
}

fn member(vm: &mut Vm, cls: &Value, n: i64) -> PyResult<Value> {
    let Some(c) = cls.as_obj() else { return Err(PyErr::internal("enum class")) };
    vm.new_instance(c, Args { values: &[Value::Int(n)], kwnames: &[] })
}

const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;

extern "C" fn c_handler(signum: libc::c_int) {
    garter_interp::signals::note_signal(signum);
}

fn handlers(vm: &Vm) -> Option<Value> {
    module_attr(vm, "signal", "_handlers")
}

fn table_get(vm: &Vm, signum: i32) -> Value {
    let dfl = module_attr(vm, "signal", "SIG_DFL").unwrap_or(Value::Int(SIG_DFL));
    let Some(h) = handlers(vm) else { return dfl };
    let Some(Payload::Dict(d)) = h.payload() else { return dfl };
    let key = signum.to_string();
    let v = d.borrow().get_str(&key).cloned();
    v.unwrap_or(dfl)
}

fn table_set(vm: &Vm, signum: i32, v: Value) {
    if let Some(Payload::Dict(d)) = handlers(vm).as_ref().and_then(|h| h.payload()) {
        d.borrow_mut().set_str_key(Value::from_string(signum.to_string()), v);
    }
}

/// After sending `signum` to this process: waits (briefly) until it has
/// been caught, when a Python handler is installed for it. The process's
/// signals may be delivered to another OS thread (the CLI runs the
/// interpreter on a thread of its own), so `kill` can return before the
/// handler marked the signal pending; CPython's handler would already have
/// run by then.
pub fn await_own_signal(vm: &Vm, signum: i32) {
    use std::sync::atomic::Ordering;
    if !(1..64).contains(&signum) || int_value(&table_get(vm, signum)).is_some() {
        return;
    }
    let bit = 1u64 << signum;
    let deadline = std::time::Instant::now() + std::time::Duration::from_millis(200);
    while garter_interp::signals::PENDING_SIGNALS.load(Ordering::SeqCst) & bit == 0 && std::time::Instant::now() < deadline {
        std::thread::yield_now();
    }
}

/// The hook the periodic check calls for each pending signal.
fn run_handler(vm: &mut Vm, signum: i32) -> PyResult<()> {
    let h = table_get(vm, signum);
    if int_value(&h).is_some() {
        // SIG_DFL or SIG_IGN set after the signal arrived.
        return Ok(());
    }
    vm.call(&h, &[Value::Int(signum as i64), Value::None])?;
    Ok(())
}

fn signum_arg(vm: &mut Vm, v: Option<&Value>, fname: &str) -> PyResult<i32> {
    let Some(v) = v else {
        return Err(PyErr::type_error(format!("{fname}() missing required argument 'signalnum' (pos 1)")));
    };
    let n = vm.index_value(v)?;
    if !(1..NSIG).contains(&n) {
        return Err(PyErr::value_error("signal number out of range"));
    }
    Ok(n as i32)
}

fn is_callable(vm: &mut Vm, v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Function(_) | Payload::Builtin(_) | Payload::Method { .. } | Payload::Type(_)) => true,
        _ => {
            let t = vm.type_of(v);
            vm.lookup_in_type(&t, "__call__").is_some()
        }
    }
}

/// `signal.signal(signalnum, handler)`: returns the previous handler.
fn signal_signal(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() != 2 {
        return Err(PyErr::type_error(format!("signal expected 2 arguments, got {}", p.len())));
    }
    let signum = signum_arg(vm, p.first(), "signal")?;
    let handler = p[1].clone();
    let disposition = match int_value(&handler) {
        Some(SIG_DFL) if !matches!(handler, Value::Bool(_)) => libc::SIG_DFL,
        Some(SIG_IGN) if !matches!(handler, Value::Bool(_)) => libc::SIG_IGN,
        _ => {
            if !is_callable(vm, &handler) {
                return Err(PyErr::type_error("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object"));
            }
            c_handler as extern "C" fn(libc::c_int) as libc::sighandler_t
        }
    };
    let old = table_get(vm, signum);
    // SAFETY: installing a handler that only performs an atomic store (or
    // a default/ignore disposition) for a validated signal number.
    let r = unsafe { libc::signal(signum, disposition) };
    if r == libc::SIG_ERR {
        return Err(PyErr::from_io(&std::io::Error::last_os_error()));
    }
    table_set(vm, signum, handler);
    Ok(old)
}

/// `signal.getsignal(signalnum)`.
fn signal_getsignal(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let signum = signum_arg(vm, a.pos().first(), "getsignal")?;
    Ok(table_get(vm, signum))
}

/// `signal.default_int_handler(signalnum, frame)`: raises KeyboardInterrupt.
fn default_int_handler(_vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Err(PyErr::new(ExcKind::KeyboardInterrupt, ""))
}

/// `signal.raise_signal(signalnum)`: sends the signal to this process and
/// runs its handler before returning.
fn signal_raise_signal(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let signum = signum_arg(vm, a.pos().first(), "raise_signal")?;
    // SAFETY: raise(3) with a validated signal number.
    if unsafe { libc::raise(signum) } != 0 {
        return Err(PyErr::from_io(&std::io::Error::last_os_error()));
    }
    garter_interp::signals::check(vm)?;
    Ok(Value::None)
}

/// `signal.alarm(seconds)`: the seconds left of the previous alarm.
fn signal_alarm(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(v) = a.pos().first() else { return Err(PyErr::type_error("alarm() missing required argument 'seconds' (pos 1)")) };
    let secs = vm.index_value(v)?;
    let secs = u32::try_from(secs).map_err(|_| PyErr::overflow_error("Python int too large to convert to C unsigned long"))?;
    // SAFETY: alarm(2) has no memory effects.
    Ok(Value::Int(unsafe { libc::alarm(secs) } as i64))
}

/// `signal.pause()`: waits for a signal, then runs its handler.
fn signal_pause(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    // SAFETY: pause(2) has no memory effects.
    unsafe { libc::pause() };
    garter_interp::signals::check(vm)?;
    Ok(Value::None)
}

/// `signal.strsignal(signalnum)`: the system's description, or None.
fn signal_strsignal(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let signum = signum_arg(vm, a.pos().first(), "strsignal")?;
    // SAFETY: strsignal returns a pointer to a static (or thread-local)
    // NUL-terminated string, copied at once.
    let p = unsafe { libc::strsignal(signum) };
    if p.is_null() {
        return Ok(Value::None);
    }
    // SAFETY: p is non-null and NUL-terminated (above).
    let s = unsafe { std::ffi::CStr::from_ptr(p) }.to_string_lossy().into_owned();
    if s.starts_with("Unknown signal") || s.starts_with("Real-time signal") {
        return Ok(Value::None);
    }
    Ok(Value::from_string(s))
}

/// `signal.valid_signals()`: the signal numbers of this platform.
fn signal_valid_signals(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    let nums: Vec<Value> = (1..NSIG).filter(|n| *n != 32 && *n != 33).map(Value::Int).collect();
    let set_type = Value::Obj(vm.g.types.set.clone());
    vm.call(&set_type, &[Value::new_list(nums)])
}

/// The disposition the process started with (`SIG_IGN` for ignored
/// signals such as SIGPIPE, `default_int_handler` for SIGINT).
fn initial_handler(signum: i32, int_handler: &Value, dfl: &Value, ign: &Value) -> Value {
    if signum == libc::SIGINT {
        return int_handler.clone();
    }
    // SAFETY: querying (not changing) the disposition into a zeroed struct.
    let ignored = unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(signum, std::ptr::null(), &mut old) == 0 && old.sa_sigaction == libc::SIG_IGN
    };
    if ignored {
        ign.clone()
    } else {
        dfl.clone()
    }
}

/// Seconds as a timeval the way CPython converts them: to nanoseconds
/// rounded up, then to microseconds rounded up.
fn timeval(secs: f64) -> libc::timeval {
    let ns = (secs.max(0.0) * 1e9).ceil().min(i64::MAX as f64) as i64;
    let us = (ns + 999) / 1000;
    libc::timeval { tv_sec: (us / 1_000_000) as libc::time_t, tv_usec: (us % 1_000_000) as libc::suseconds_t }
}

fn seconds(tv: &libc::timeval) -> f64 {
    tv.tv_sec as f64 + tv.tv_usec as f64 / 1_000_000.0
}

fn which_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<libc::c_int> {
    let Some(v) = v else { return Err(PyErr::type_error("setitimer() missing required argument 'which' (pos 1)")) };
    let w = vm.index_value(v)?;
    libc::c_int::try_from(w).map_err(|_| PyErr::overflow_error("Python int too large to convert to C int"))
}

fn itimer_error(vm: &mut Vm) -> PyErr {
    let e = std::io::Error::last_os_error();
    match module_attr(vm, "signal", "ItimerError") {
        Some(cls) => {
            let args = vec![Value::Int(e.raw_os_error().unwrap_or(0) as i64), Value::from_string(e.to_string().split(" (os error").next().unwrap_or("").to_string())];
            match vm.call(&cls, &args) {
                Ok(exc) => PyErr::from_object(exc),
                Err(err) => err,
            }
        }
        None => PyErr::from_io(&e),
    }
}

/// `signal.setitimer(which, seconds, interval=0.0)`: the old `(delay, interval)`.
fn signal_setitimer(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let which = which_arg(vm, p.first())?;
    let Some(secs) = p.get(1) else { return Err(PyErr::type_error("setitimer() missing required argument 'seconds' (pos 2)")) };
    let secs = crate::math::to_float(vm, secs)?;
    let interval = match p.get(2) {
        Some(v) => crate::math::to_float(vm, v)?,
        None => 0.0,
    };
    let new = libc::itimerval { it_interval: timeval(interval), it_value: timeval(secs) };
    let mut old = libc::itimerval { it_interval: timeval(0.0), it_value: timeval(0.0) };
    // SAFETY: new and old are valid itimervals owned by this frame.
    if unsafe { libc::setitimer(which as _, &new, &mut old) } != 0 {
        return Err(itimer_error(vm));
    }
    Ok(Value::new_tuple(vec![Value::Float(seconds(&old.it_value)), Value::Float(seconds(&old.it_interval))]))
}

/// `signal.getitimer(which)`: `(delay, interval)`.
fn signal_getitimer(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let which = which_arg(vm, a.pos().first())?;
    let mut cur = libc::itimerval { it_interval: timeval(0.0), it_value: timeval(0.0) };
    // SAFETY: cur is a valid itimerval owned by this frame.
    if unsafe { libc::getitimer(which as _, &mut cur) } != 0 {
        return Err(itimer_error(vm));
    }
    Ok(Value::new_tuple(vec![Value::Float(seconds(&cur.it_value)), Value::Float(seconds(&cur.it_interval))]))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("alarm", signal_alarm),
    ("getitimer", signal_getitimer),
    ("getsignal", signal_getsignal),
    ("pause", signal_pause),
    ("raise_signal", signal_raise_signal),
    ("setitimer", signal_setitimer),
    ("signal", signal_signal),
    ("strsignal", signal_strsignal),
    ("valid_signals", signal_valid_signals),
];

/// `signal.ItimerError`, a subclass of `OSError`.
fn itimer_error_class(vm: &mut Vm) -> PyResult<Value> {
    let mut d = Dict::new();
    d.set_str_key(Value::new_str("__module__"), Value::new_str("signal"));
    let ns = garter_interp::value::Obj::new(Payload::Dict(std::cell::RefCell::new(d)));
    let base = Value::Obj(vm.g.types.exception(ExcKind::OSError));
    vm.new_class("itimer_error", &[base], &ns, None)
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    garter_interp::signals::set_hook(run_handler);
    let int_handler = Value::from_obj(Payload::Builtin(Builtin { name: "default_int_handler", func: default_int_handler, receiver: Value::Null, owner: None }));
    let signals_cls = enum_class(vm, "Signals")?;
    let handlers_cls = enum_class(vm, "Handlers")?;
    let dfl = member(vm, &handlers_cls, SIG_DFL)?;
    let ign = member(vm, &handlers_cls, SIG_IGN)?;
    let mut table = Dict::new();
    for n in 1..NSIG as i32 {
        if n == 32 || n == 33 {
            continue;
        }
        table.set_str_key(Value::from_string(n.to_string()), initial_handler(n, &int_handler, &dfl, &ign));
    }
    let mut consts: Vec<(&str, Value)> = Vec::new();
    for (name, n) in SIGNALS {
        consts.push((name, member(vm, &signals_cls, *n as i64)?));
    }
    consts.extend([
        ("NSIG", Value::Int(NSIG)),
        ("SIG_DFL", dfl),
        ("SIG_IGN", ign),
        ("SIG_BLOCK", Value::Int(libc::SIG_BLOCK as i64)),
        ("SIG_UNBLOCK", Value::Int(libc::SIG_UNBLOCK as i64)),
        ("SIG_SETMASK", Value::Int(libc::SIG_SETMASK as i64)),
        ("ITIMER_REAL", Value::Int(libc::ITIMER_REAL as i64)),
        ("ITIMER_VIRTUAL", Value::Int(libc::ITIMER_VIRTUAL as i64)),
        ("ITIMER_PROF", Value::Int(libc::ITIMER_PROF as i64)),
        ("ItimerError", itimer_error_class(vm)?),
        ("Signals", signals_cls),
        ("Handlers", handlers_cls),
        ("default_int_handler", int_handler),
        ("_handlers", Value::new_dict(table)),
    ]);
    crate::sys::make_module(vm, "signal", FUNCTIONS, &consts)
}
