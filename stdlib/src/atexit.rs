//! `atexit`: callbacks run when the main program ends (after its
//! traceback, if any, is printed), last registered first, as CPython 3.11.
//!
//! The callbacks live in a list in the module's dict (`_exithandlers`, one
//! `(func, args, kwargs)` tuple each). `run_exitfuncs` is called by the
//! embedding facade when `__main__` finishes; an exception in a callback
//! (`SystemExit` included) is printed as `Exception ignored in atexit
//! callback: <repr>` with its traceback, and the next callback runs.

use crate::args::module_attr;
use garter_interp::errors::{PyErr, PyResult};
use garter_interp::objects::dict::Dict;
use garter_interp::objects::function::{Args, NativeFn};
use garter_interp::value::{Payload, Value};
use garter_interp::vm::Vm;

const HANDLERS: &str = "_exithandlers";

fn handlers(vm: &Vm) -> Option<Value> {
    module_attr(vm, "atexit", HANDLERS)
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

/// `atexit.register(func, *args, **kwargs)`: returns `func`.
fn atexit_register(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let Some(func) = p.first() else {
        return Err(PyErr::type_error("register() takes at least 1 argument (0 given)"));
    };
    if !is_callable(vm, func) {
        return Err(PyErr::type_error("the first argument must be callable"));
    }
    let mut kwargs = Dict::new();
    for (k, v) in a.kw() {
        kwargs.set_str_key(Value::new_str(k), v.clone());
    }
    let entry = Value::new_tuple(vec![func.clone(), Value::new_tuple(p[1..].to_vec()), Value::new_dict(kwargs)]);
    if let Some(Payload::List(l)) = handlers(vm).as_ref().and_then(|h| h.payload()) {
        l.borrow_mut().push(entry);
    }
    Ok(func.clone())
}

/// `atexit.unregister(func)`: drops every registration of `func` (by `==`).
fn atexit_unregister(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(func) = a.pos().first().cloned() else {
        return Err(PyErr::type_error("atexit.unregister() takes exactly one argument (0 given)"));
    };
    let Some(list) = handlers(vm) else { return Ok(Value::None) };
    let Some(Payload::List(l)) = list.payload() else { return Ok(Value::None) };
    let entries = l.borrow().clone();
    let mut keep = Vec::with_capacity(entries.len());
    for e in entries {
        let f = e.as_tuple().and_then(|t| t.first().cloned()).unwrap_or(Value::None);
        if !vm.eq(&f, &func)? {
            keep.push(e);
        }
    }
    *l.borrow_mut() = keep;
    Ok(Value::None)
}

/// `atexit._clear()`.
fn atexit_clear(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    if let Some(Payload::List(l)) = handlers(vm).as_ref().and_then(|h| h.payload()) {
        l.borrow_mut().clear();
    }
    Ok(Value::None)
}

/// `atexit._ncallbacks()`.
fn atexit_ncallbacks(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    let n = match handlers(vm).as_ref().and_then(|h| h.payload()) {
        Some(Payload::List(l)) => l.borrow().len(),
        _ => 0,
    };
    Ok(Value::Int(n as i64))
}

/// `atexit._run_exitfuncs()`.
fn atexit_run(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    run_exitfuncs(vm);
    Ok(Value::None)
}

/// Runs the registered callbacks, last first, and forgets them; errors are
/// reported on stderr as CPython's "Exception ignored in atexit callback".
pub fn run_exitfuncs(vm: &mut Vm) {
    let Some(list) = handlers(vm) else { return };
    loop {
        let entry = match list.payload() {
            Some(Payload::List(l)) => l.borrow_mut().pop(),
            _ => None,
        };
        let Some(entry) = entry else { break };
        // `_exithandlers` is reachable from Python: skip malformed entries.
        let Some([func, args, kwargs]) = entry.as_tuple().and_then(|t| <[Value; 3]>::try_from(t.to_vec()).ok()) else { continue };
        let mut values: Vec<Value> = args.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
        let mut names = Vec::new();
        if let Some(Payload::Dict(d)) = kwargs.payload() {
            for (k, v) in d.borrow().items() {
                names.push(k);
                values.push(v);
            }
        }
        if let Err(e) = vm.call_args(&func, Args { values: &values, kwnames: &names }) {
            garter_interp::builtins::flush_stdout();
            let exc = vm.normalize(e);
            let r = vm.repr(&func).unwrap_or_default();
            garter_interp::builtins::write_stderr(vm, &format!("Exception ignored in atexit callback: {r}\n"));
            vm.print_exception(&exc);
        }
    }
    garter_interp::builtins::flush_stdout();
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("_clear", atexit_clear),
    ("_ncallbacks", atexit_ncallbacks),
    ("_run_exitfuncs", atexit_run),
    ("register", atexit_register),
    ("unregister", atexit_unregister),
];

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    crate::sys::make_module(vm, "atexit", FUNCTIONS, &[(HANDLERS, Value::new_list(Vec::new()))])
}
