//! `sys`: argv, exit, path, modules, stdout/stderr writers, version info,
//! recursion limit; plus `make_module`, the helper every native module
//! uses to build its module object.

use garter_interp::errors::{ExcKind, PyErr, PyResult};
use garter_interp::objects::function::{Args, Builtin, NativeFn};
use garter_interp::value::{Payload, Value};
use garter_interp::vm::Vm;

/// Builds a module named `name` with builtin `functions` and `consts`.
pub fn make_module(vm: &mut Vm, name: &str, functions: &[(&'static str, NativeFn)], consts: &[(&str, Value)]) -> PyResult<Value> {
    let (m, d) = vm.new_module(name);
    if let Payload::Dict(dd) = d.payload() {
        let mut dd = dd.borrow_mut();
        for &(fname, func) in functions {
            let f = Value::from_obj(Payload::Builtin(Builtin { name: fname, func, receiver: Value::Null, owner: None }));
            dd.set_str_key(Value::new_str(fname), f);
        }
        for (cname, v) in consts {
            dd.set_str_key(Value::new_str(cname), v.clone());
        }
    }
    Ok(m)
}

fn sys_exit(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    // sys.exit(None) and sys.exit() both raise SystemExit() (args ()).
    let args: Vec<Value> = a.pos().first().filter(|v| !v.is_none()).cloned().into_iter().collect();
    let e = vm.new_exception(ExcKind::SystemExit, args);
    Err(PyErr::from_object(e))
}

fn sys_getrecursionlimit(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(vm.g.recursion_limit.get() as i64))
}

fn sys_setrecursionlimit(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let n = vm.index_value(a.pos().first().unwrap_or(&Value::None))?;
    if n < 1 {
        return Err(PyErr::value_error("recursion limit must be greater or equal than 1"));
    }
    vm.g.recursion_limit.set(n as usize);
    Ok(Value::None)
}

fn sys_intern(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(a.pos().first().cloned().unwrap_or(Value::None))
}

fn sys_exc_info(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    let h = vm.handled.clone();
    if h.is_none() {
        return Ok(Value::new_tuple(vec![Value::None, Value::None, Value::None]));
    }
    let t = Value::Obj(vm.type_of(&h));
    let tb = vm.traceback_value(&h);
    Ok(Value::new_tuple(vec![t, h, tb]))
}

/// `sys.excepthook(type, value, traceback)` (also `sys.__excepthook__`):
/// prints `value`'s traceback to stderr as for an uncaught exception.
fn sys_excepthook(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() != 3 {
        return Err(PyErr::type_error(format!("excepthook expected 3 arguments, got {}", p.len())));
    }
    if garter_interp::vm::exc::exc_data(&p[1]).is_some() {
        vm.print_exception(&p[1]);
    } else {
        let text = format!("TypeError: print_exception(): Exception expected for value, {} found\n", vm.type_name(&p[1]));
        garter_interp::builtins::write_stderr(vm, &text);
    }
    Ok(Value::None)
}

/// `sys._getframe(depth=0)`: the frame `depth` calls above the caller.
fn sys_getframe(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let depth = match a.pos().first() {
        None => 0,
        Some(v) => vm.index_value(v)?,
    };
    let index = usize::try_from(depth).ok().and_then(|d| vm.frames.len().checked_sub(1 + d));
    match index {
        Some(i) => Ok(vm.frame_value(i)),
        None => Err(PyErr::value_error("call stack is not deep enough")),
    }
}

fn sys_exception(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(vm.handled.clone())
}

fn stream_write(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let is_err = matches!(p.first().and_then(|s| s.as_str()), Some("stderr"));
    let text = match p.get(1).and_then(|t| t.as_str()) {
        Some(t) => t.to_string(),
        None => {
            return Err(PyErr::type_error(format!(
                "write() argument must be str, not {}",
                p.get(1).map(|v| vm.type_name(v)).unwrap_or_default()
            )))
        }
    };
    if is_err {
        garter_interp::builtins::flush_stdout();
        garter_interp::builtins::write_stderr(vm, &text);
    } else {
        garter_interp::builtins::write_stdout(vm, &text)?;
    }
    Ok(Value::Int(text.chars().count() as i64))
}

fn stream_flush(_vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    garter_interp::builtins::flush_stdout();
    Ok(Value::None)
}

/// A minimal stream object (`sys.stdout`/`sys.stderr`): a module-like
/// object whose `write` and `flush` are bound builtins.
fn make_stream(vm: &mut Vm, which: &str) -> PyResult<Value> {
    let tag = Value::new_str(which);
    let (m, d) = vm.new_module(which);
    if let Payload::Dict(dd) = d.payload() {
        let mut dd = dd.borrow_mut();
        dd.set_str_key(Value::new_str("write"), Value::from_obj(Payload::Builtin(Builtin { name: "write", func: stream_write, receiver: tag.clone(), owner: None })));
        dd.set_str_key(Value::new_str("flush"), Value::from_obj(Payload::Builtin(Builtin { name: "flush", func: stream_flush, receiver: tag, owner: None })));
        dd.set_str_key(Value::new_str("name"), Value::from_string(format!("<{which}>")));
    }
    Ok(m)
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("_getframe", sys_getframe),
    ("exc_info", sys_exc_info),
    ("excepthook", sys_excepthook),
    ("exception", sys_exception),
    ("exit", sys_exit),
    ("getcheckinterval", crate::garter_mod::sys_getcheckinterval),
    ("getrecursionlimit", sys_getrecursionlimit),
    ("getswitchinterval", crate::garter_mod::sys_getswitchinterval),
    ("intern", sys_intern),
    ("setcheckinterval", crate::garter_mod::sys_setcheckinterval),
    ("setrecursionlimit", sys_setrecursionlimit),
    ("setswitchinterval", crate::garter_mod::sys_setswitchinterval),
];

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let argv: Vec<Value> = vm.g.argv.borrow().iter().map(|a| Value::new_str(a)).collect();
    let stdout = make_stream(vm, "stdout")?;
    let stderr = make_stream(vm, "stderr")?;
    let version_info = Value::new_tuple(vec![Value::Int(3), Value::Int(11), Value::Int(0), Value::new_str("final"), Value::Int(0)]);
    let consts = [
        ("argv", Value::new_list(argv)),
        ("path", Value::Obj(vm.g.path.clone())),
        ("modules", Value::Obj(vm.g.modules.clone())),
        ("stdout", stdout.clone()),
        ("stderr", stderr.clone()),
        ("__stdout__", stdout),
        ("__stderr__", stderr),
        ("maxsize", Value::Int(i64::MAX)),
        ("byteorder", Value::new_str(if cfg!(target_endian = "little") { "little" } else { "big" })),
        ("platform", Value::new_str("linux")),
        ("version", Value::new_str("3.11.0 (garter 0.1.0)")),
        ("version_info", version_info),
        // `-X` options; the command line fills it (`garter::new_vm_with_xoptions`).
        ("_xoptions", Value::new_dict(garter_interp::objects::dict::Dict::new())),
        ("executable", Value::new_str(&std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default())),
    ];
    let m = make_module(vm, "sys", FUNCTIONS, &consts)?;
    let hook = vm.get_attr_str(&m, "excepthook")?;
    vm.set_attr_str(&m, "__excepthook__", hook)?;
    Ok(m)
}
