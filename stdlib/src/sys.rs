//! `sys`: argv, exit, path, modules, the standard streams (`stdin` in
//! `stdio.rs`; stdout/stderr writers here), version info,
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

/// `sys.intern(string)`: garter's strs compare by value, so the string
/// itself is returned (after CPython's type check).
fn sys_intern(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() != 1 || a.has_kw() {
        return Err(PyErr::type_error(format!("intern() takes exactly one argument ({} given)", a.values.len())));
    }
    if p[0].as_str().is_none() {
        return Err(PyErr::type_error(format!("intern() argument must be str, not {}", vm.type_name(&p[0]))));
    }
    Ok(p[0].clone())
}

/// `sys.getsizeof(object[, default])`: an estimate of the size CPython
/// 3.11 (64-bit) reports for the builtin types; `__sizeof__` + 16 for
/// objects defining it.
fn sys_getsizeof(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    use garter_interp::objects::number;
    let Some(v) = a.pos().first() else {
        return Err(PyErr::type_error("getsizeof() missing required argument 'object' (pos 1)"));
    };
    let size = match v {
        Value::None => 16,
        Value::Bool(_) => 28,
        Value::Int(i) => {
            let bits = 64 - i.unsigned_abs().leading_zeros() as usize;
            24 + 4 * bits.div_ceil(30).max(1)
        }
        Value::Float(_) => 24,
        _ => match v.payload() {
            Some(Payload::BigInt(b)) => 24 + 4 * (b.bits() as usize).div_ceil(30),
            Some(Payload::Complex(..)) => 32,
            Some(Payload::Str(s)) => {
                let max = s.as_str().chars().map(|c| c as u32).max().unwrap_or(0);
                let n = s.char_len();
                if max < 128 {
                    49 + n
                } else if max < 256 {
                    73 + n
                } else if max < 65536 {
                    74 + 2 * n
                } else {
                    76 + 4 * n
                }
            }
            Some(Payload::Bytes(b)) => 33 + b.len(),
            Some(Payload::ByteArray(b)) => 57 + b.borrow().len(),
            Some(Payload::Tuple(t)) => 40 + 8 * t.len(),
            Some(Payload::List(l)) => 56 + 8 * l.borrow().capacity(),
            Some(Payload::Dict(d)) => {
                let n = d.borrow().len();
                if n == 0 {
                    64
                } else {
                    let mut slots = 8;
                    while slots * 2 / 3 < n {
                        slots *= 2;
                    }
                    104 + slots + slots * 2 / 3 * 24
                }
            }
            Some(Payload::Set(_) | Payload::FrozenSet(_)) => 216,
            _ => {
                if let Some(r) = vm.call_dunder(v, "__sizeof__", &[])? {
                    if let Some(n) = number::to_i64(&r) {
                        return Ok(Value::Int(n + 16));
                    }
                }
                match a.pos().get(1) {
                    Some(d) => return Ok(d.clone()),
                    None => 48,
                }
            }
        },
    };
    Ok(Value::Int(size as i64))
}

fn sys_getdefaultencoding(_vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::new_str("utf-8"))
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

/// `stream.buffer.write(b)`: raw bytes to stdout/stderr.
fn stream_write_bytes(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    use std::io::Write;
    let p = a.pos();
    let is_err = matches!(p.first().and_then(|s| s.as_str()), Some("stderr"));
    let data = match p.get(1).and_then(|v| v.payload()) {
        Some(Payload::Bytes(b)) => b.clone(),
        Some(Payload::ByteArray(b)) => b.borrow().clone(),
        _ => {
            let t = p.get(1).map(|v| vm.type_name(v)).unwrap_or_default();
            return Err(PyErr::type_error(format!("a bytes-like object is required, not '{t}'")));
        }
    };
    let r = if is_err {
        garter_interp::builtins::flush_stdout();
        std::io::stderr().lock().write_all(&data)
    } else {
        std::io::stdout().lock().write_all(&data)
    };
    r.map_err(|e| PyErr::from_io(&e))?;
    Ok(Value::Int(data.len() as i64))
}

/// `stream.fileno()`: 1 or 2.
fn stream_fileno(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let is_err = matches!(a.pos().first().and_then(|s| s.as_str()), Some("stderr"));
    Ok(Value::Int(if is_err { 2 } else { 1 }))
}

/// `stream.isatty()`.
fn stream_isatty(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let fd = if matches!(a.pos().first().and_then(|s| s.as_str()), Some("stderr")) { 2 } else { 1 };
    // SAFETY: isatty(3) only inspects the descriptor.
    Ok(Value::Bool(unsafe { libc::isatty(fd) } == 1))
}

fn stream_true(_vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

/// A minimal stream object (`sys.stdout`/`sys.stderr`): a module-like
/// object whose `write`, `flush`, `fileno`, `isatty` and `writable` are
/// bound builtins, with `encoding`, `name` and a `buffer` taking bytes.
fn make_stream(vm: &mut Vm, which: &str) -> PyResult<Value> {
    let tag = Value::new_str(which);
    let bound = |name: &'static str, func: NativeFn| Value::from_obj(Payload::Builtin(Builtin { name, func, receiver: tag.clone(), owner: None }));
    let (buffer, bd) = vm.new_module(which);
    if let Payload::Dict(dd) = bd.payload() {
        let mut dd = dd.borrow_mut();
        dd.set_str_key(Value::new_str("write"), bound("write", stream_write_bytes));
        dd.set_str_key(Value::new_str("flush"), bound("flush", stream_flush));
        dd.set_str_key(Value::new_str("fileno"), bound("fileno", stream_fileno));
    }
    let (m, d) = vm.new_module(which);
    if let Payload::Dict(dd) = d.payload() {
        let mut dd = dd.borrow_mut();
        dd.set_str_key(Value::new_str("write"), bound("write", stream_write));
        dd.set_str_key(Value::new_str("flush"), bound("flush", stream_flush));
        dd.set_str_key(Value::new_str("fileno"), bound("fileno", stream_fileno));
        dd.set_str_key(Value::new_str("isatty"), bound("isatty", stream_isatty));
        dd.set_str_key(Value::new_str("writable"), bound("writable", stream_true));
        dd.set_str_key(Value::new_str("encoding"), Value::new_str("utf-8"));
        dd.set_str_key(Value::new_str("name"), Value::from_string(format!("<{which}>")));
        dd.set_str_key(Value::new_str("buffer"), buffer);
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
    ("getdefaultencoding", sys_getdefaultencoding),
    ("getfilesystemencoding", sys_getdefaultencoding),
    ("getsizeof", sys_getsizeof),
    ("intern", sys_intern),
    ("setcheckinterval", crate::garter_mod::sys_setcheckinterval),
    ("setrecursionlimit", sys_setrecursionlimit),
    ("setswitchinterval", crate::garter_mod::sys_setswitchinterval),
];

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let argv: Vec<Value> = vm.g.argv.borrow().iter().map(|a| Value::new_str(a)).collect();
    let stdout = make_stream(vm, "stdout")?;
    let stderr = make_stream(vm, "stderr")?;
    let stdin = crate::stdio::new_stdin(vm, false);
    let version_info = crate::structseq::make(
        vm,
        "version_info",
        "sys",
        "sys.version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
        vec![Value::Int(3), Value::Int(11), Value::Int(0), Value::new_str("final"), Value::Int(0)],
    )?;
    let float_info = crate::structseq::make(
        vm,
        "float_info",
        "sys",
        "sys.float_info",
        &["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"],
        vec![
            Value::Float(f64::MAX),
            Value::Int(f64::MAX_EXP as i64),
            Value::Int(f64::MAX_10_EXP as i64),
            Value::Float(f64::MIN_POSITIVE),
            Value::Int(f64::MIN_EXP as i64),
            Value::Int(f64::MIN_10_EXP as i64),
            Value::Int(f64::DIGITS as i64),
            Value::Int(f64::MANTISSA_DIGITS as i64),
            Value::Float(f64::EPSILON),
            Value::Int(2),
            Value::Int(1),
        ],
    )?;
    let int_info = crate::structseq::make(
        vm,
        "int_info",
        "sys",
        "sys.int_info",
        &["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
        vec![Value::Int(30), Value::Int(4), Value::Int(4300), Value::Int(640)],
    )?;
    let hash_info = crate::structseq::make(
        vm,
        "hash_info",
        "sys",
        "sys.hash_info",
        &["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
        vec![
            Value::Int(64),
            Value::Int((1i64 << 61) - 1),
            Value::Int(314_159),
            Value::Int(0),
            Value::Int(1_000_003),
            Value::new_str("siphash13"),
            Value::Int(64),
            Value::Int(128),
            Value::Int(0),
        ],
    )?;
    let flag_names = [
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
        "int_max_str_digits",
    ];
    let mut flag_values: Vec<Value> = flag_names.iter().map(|_| Value::Int(0)).collect();
    // garter's str hashes are not randomised (as CPython with PYTHONHASHSEED=0).
    flag_values[13] = Value::Bool(false);
    flag_values[16] = Value::Bool(false);
    flag_values[17] = Value::Int(-1);
    let flags = crate::structseq::make(vm, "flags", "sys", "sys.flags", &flag_names, flag_values)?;
    let hexversion = Value::Int(0x030b_00f0);
    let implementation = crate::structseq::namespace(
        vm,
        vec![
            ("name", Value::new_str("garter")),
            ("cache_tag", Value::None),
            ("version", version_info.clone()),
            ("hexversion", hexversion.clone()),
        ],
    )?;
    let consts = [
        ("argv", Value::new_list(argv)),
        ("path", Value::Obj(vm.g.path.clone())),
        ("modules", Value::Obj(vm.g.modules.clone())),
        ("stdin", stdin.clone()),
        ("__stdin__", stdin),
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
        ("float_info", float_info),
        ("int_info", int_info),
        ("hash_info", hash_info),
        ("hexversion", hexversion),
        ("implementation", implementation),
        ("maxunicode", Value::Int(0x10ffff)),
        ("flags", flags),
        ("api_version", Value::Int(1013)),
        ("dont_write_bytecode", Value::Bool(true)),
        ("warnoptions", Value::new_list(Vec::new())),
        ("prefix", Value::new_str("/usr/local")),
        ("exec_prefix", Value::new_str("/usr/local")),
        ("base_prefix", Value::new_str("/usr/local")),
        ("base_exec_prefix", Value::new_str("/usr/local")),
        ("float_repr_style", Value::new_str("short")),
        ("executable", Value::new_str(&std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default())),
    ];
    let m = make_module(vm, "sys", FUNCTIONS, &consts)?;
    let hook = vm.get_attr_str(&m, "excepthook")?;
    vm.set_attr_str(&m, "__excepthook__", hook)?;
    Ok(m)
}
