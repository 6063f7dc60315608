//! `os`: a subset of CPython 3.11's `os` (process ids, the working
//! directory, directories and files, the environment, `urandom`, `kill`,
//! `_exit`, `system`) and `os.path` (CPython's `posixpath`) as a submodule
//! object, registered in `sys.modules` as `os.path` so `import os.path`
//! works. Also here: `walk.rs` (`stat`, `lstat`, `walk`), `paths.rs` (more
//! of `os.path`, `symlink`, `readlink`), `misc.rs` (`access`, `chmod`,
//! `umask`, `replace`, `get_terminal_size`, `uname`), `scandir.rs`.
//!
//! Host errors become `OSError` subclasses with `errno`, `strerror` and
//! `filename` (`garter_interp::objects::file::os_error`), worded as CPython:
//! `FileNotFoundError: [Errno 2] No such file or directory: 'x'`.
//!
//! `environ` is a dict snapshot taken at import: assigning to it does not
//! change the process environment (CPython's `os._Environ` does).
//!
//! Paths: str, bytes (results come back as bytes) or objects with
//! `__fspath__`. Non-UTF-8 bytes paths are read lossily.

use garter_interp::errors::{ExcKind, PyErr, PyResult};
use garter_interp::objects::dict::Dict;
use garter_interp::objects::file::{os_error, os_error2};
use garter_interp::objects::function::{Args, NativeFn};
use garter_interp::value::{Payload, Value};
use garter_interp::vm::Vm;
use std::os::raw::{c_int, c_long};

mod fd;
mod misc;
mod paths;
mod scandir;
mod walk;

extern "C" {
    // The C library's calls that std does not expose (std links libc).
    fn kill(pid: c_int, sig: c_int) -> c_int;
    fn _exit(status: c_int) -> !;
    fn sysconf(name: c_int) -> c_long;
}

/// `sysconf(_SC_NPROCESSORS_ONLN)` (Linux numbering).
const SC_NPROCESSORS_ONLN: c_int = 84;

// ---- arguments ------------------------------------------------------------

/// Binds positional and keyword arguments to `names`, the first `required`
/// of them required, with Argument Clinic's messages:
/// `remove() missing required argument 'path' (pos 1)`,
/// `mkdir() takes at most 3 arguments (4 given)`.
fn bind<'a, const N: usize>(args: &Args<'a>, fname: &str, names: [&str; N], required: usize) -> PyResult<[Option<&'a Value>; N]> {
    let total = args.values.len();
    if total > N {
        return Err(PyErr::type_error(format!(
            "{fname}() takes at most {N} argument{} ({total} given)",
            if N == 1 { "" } else { "s" }
        )));
    }
    let mut slots: [Option<&'a Value>; N] = [None; N];
    for (slot, v) in slots.iter_mut().zip(args.pos()) {
        *slot = Some(v);
    }
    for (k, v) in args.kw() {
        let Some(i) = names.iter().position(|n| *n == k) else {
            return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for {fname}()")));
        };
        if slots[i].is_some() {
            return Err(PyErr::type_error(format!("argument for {fname}() given by name ('{k}') and position ({})", i + 1)));
        }
        slots[i] = Some(v);
    }
    for (i, name) in names.iter().enumerate().take(required) {
        if slots[i].is_none() {
            return Err(PyErr::type_error(format!("{fname}() missing required argument '{name}' (pos {})", i + 1)));
        }
    }
    Ok(slots)
}

/// A path argument: its text, and whether it came as bytes.
struct PathArg {
    text: String,
    bytes: bool,
    /// The value to name in error messages (`filename`).
    value: Value,
}

impl PathArg {
    /// A result path in the argument's type.
    fn make(&self, s: &str) -> Value {
        if self.bytes {
            Value::new_bytes(s.as_bytes().to_vec())
        } else {
            Value::new_str(s)
        }
    }
}

/// Converts a path argument; `None` if `v` is not path-like.
fn try_path(vm: &mut Vm, v: &Value) -> PyResult<Option<PathArg>> {
    if let Some(s) = v.as_str() {
        return Ok(Some(PathArg { text: s.to_string(), bytes: false, value: v.clone() }));
    }
    if let Some(Payload::Bytes(b)) = v.payload() {
        return Ok(Some(PathArg { text: String::from_utf8_lossy(b).into_owned(), bytes: true, value: v.clone() }));
    }
    if garter_interp::vm::ops::is_user(v) {
        if let Some(p) = vm.call_dunder(v, "__fspath__", &[])? {
            if let Some(mut arg) = try_path(vm, &p)? {
                arg.value = p;
                return Ok(Some(arg));
            }
        }
    }
    Ok(None)
}

/// A path argument of an `os` function:
/// `TypeError: remove: path should be string, bytes or os.PathLike, not int`.
fn path_arg(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<PathArg> {
    match try_path(vm, v)? {
        Some(p) => {
            if p.text.contains('\0') {
                return Err(PyErr::value_error(format!("{fname}: embedded null character in path")));
            }
            Ok(p)
        }
        None => Err(PyErr::type_error(format!("{fname}: path should be string, bytes or os.PathLike, not {}", vm.type_name(v)))),
    }
}

/// A path argument of an `os.path` function:
/// `TypeError: expected str, bytes or os.PathLike object, not int`.
fn pure_path_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<PathArg> {
    let v = v.cloned().unwrap_or(Value::None);
    match try_path(vm, &v)? {
        Some(p) => Ok(p),
        None => Err(PyErr::type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(&v)))),
    }
}

fn required<'a>(v: Option<&'a Value>) -> &'a Value {
    v.unwrap_or(&Value::None)
}

// ---- process --------------------------------------------------------------

/// `os.getpid()`.
fn os_getpid(_vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(std::process::id() as i64))
}

/// `os.getppid()`.
fn os_getppid(_vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(std::os::unix::process::parent_id() as i64))
}

/// `os.cpu_count()`: the processors online (not the affinity mask), as
/// CPython; None if unknown.
fn os_cpu_count(_vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    // SAFETY: sysconf only reads a system value.
    let n = unsafe { sysconf(SC_NPROCESSORS_ONLN) };
    if n > 0 {
        return Ok(Value::Int(n as i64));
    }
    Ok(match std::thread::available_parallelism() {
        Ok(n) => Value::Int(n.get() as i64),
        Err(_) => Value::None,
    })
}

/// `os.kill(pid, signal, /)`: `ProcessLookupError: [Errno 3] No such process`.
fn os_kill(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = bind(&a, "kill", ["pid", "signal"], 2)?;
    let pid = vm.index_value(required(s[0]))?;
    let sig = vm.index_value(required(s[1]))?;
    let (Ok(pid), Ok(sig)) = (c_int::try_from(pid), c_int::try_from(sig)) else {
        return Err(PyErr::overflow_error("signed integer is greater than maximum"));
    };
    // SAFETY: kill(2) takes plain integers and touches no memory of ours.
    if unsafe { kill(pid, sig) } != 0 {
        let e = std::io::Error::last_os_error();
        return Err(os_error(vm, &e, None));
    }
    // A signal sent to ourselves: run its Python handler now, as CPython's
    // eval loop would at once.
    if pid == std::process::id() as c_int || pid == 0 {
        crate::signal::await_own_signal(vm, sig);
    }
    garter_interp::signals::check(vm)?;
    Ok(Value::None)
}

/// `os._exit(status)`: ends the process at once: no cleanup, no flushing
/// of buffered files (as CPython).
fn os_exit(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = bind(&a, "_exit", ["status"], 1)?;
    let status = vm.index_value(required(s[0]))?;
    // SAFETY: _exit(2) never returns and has no preconditions.
    unsafe { _exit(status as c_int) }
}

/// `os.urandom(size, /)`: `ValueError: negative argument not allowed`.
fn os_urandom(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    use std::io::Read;
    let s = bind(&a, "urandom", ["size"], 1)?;
    let n = vm.index_value(required(s[0]))?;
    if n < 0 {
        return Err(PyErr::value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    let r = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf));
    r.map_err(|e| os_error(vm, &e, None))?;
    Ok(Value::new_bytes(buf))
}

// ---- environment ----------------------------------------------------------

/// `os.getenv(key, default=None)`: read live from the process environment.
fn os_getenv(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = bind(&a, "getenv", ["key", "default"], 0)?;
    let Some(key) = s[0] else {
        return Err(PyErr::type_error("getenv() missing 1 required positional argument: 'key'"));
    };
    let Some(k) = key.as_str() else {
        return Err(PyErr::type_error(format!("str expected, not {}", vm.type_name(key))));
    };
    if k.is_empty() || k.contains('=') || k.contains('\0') {
        return Ok(s[1].cloned().unwrap_or(Value::None));
    }
    // CPython's getenv is `environ.get(key, default)`: it sees what the
    // program stored in `os.environ`.
    if let Some(env) = crate::args::module_attr(vm, "os", "environ") {
        let default = s[1].cloned().unwrap_or(Value::None);
        return vm.call_method(&env, "get", &[key.clone(), default]);
    }
    Ok(match std::env::var_os(k) {
        Some(v) => Value::from_string(v.to_string_lossy().into_owned()),
        None => s[1].cloned().unwrap_or(Value::None),
    })
}

fn environ_snapshot() -> Value {
    let mut d = Dict::new();
    for (k, v) in std::env::vars_os() {
        d.set_str_key(Value::from_string(k.to_string_lossy().into_owned()), Value::from_string(v.to_string_lossy().into_owned()));
    }
    Value::new_dict(d)
}

/// `os.system(command)`: runs `/bin/sh -c command` with the standard
/// streams inherited and the environment of `os.environ`; returns the wait
/// status (exit code << 8, or the signal number).
fn os_system(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    use std::os::unix::process::ExitStatusExt;
    let s = bind(&a, "system", ["command"], 1)?;
    let cmd = path_arg(vm, required(s[0]), "system")?;
    garter_interp::builtins::flush_stdout();
    let mut command = std::process::Command::new("/bin/sh");
    command.arg("-c").arg(&cmd.text);
    if let Some(Value::Obj(env)) = crate::args::module_attr(vm, "os", "environ") {
        if let Payload::Dict(d) = env.payload() {
            command.env_clear();
            for (k, v) in d.borrow().items() {
                if let (Some(k), Some(v)) = (k.as_str(), v.as_str()) {
                    command.env(k, v);
                }
            }
        }
    }
    let status = command.status().map_err(|e| os_error(vm, &e, None))?;
    Ok(Value::Int(status.into_raw() as i64))
}

/// `os.putenv(key, value)`: changes the process environment (not `os.environ`).
fn os_putenv(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = bind(&a, "putenv", ["name", "value"], 2)?;
    let k = path_arg(vm, required(s[0]), "putenv")?;
    let v = path_arg(vm, required(s[1]), "putenv")?;
    if k.text.is_empty() || k.text.contains('=') {
        return Err(PyErr::value_error("illegal environment variable name"));
    }
    std::env::set_var(&k.text, &v.text);
    Ok(Value::None)
}

/// `os.unsetenv(key)`.
fn os_unsetenv(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = bind(&a, "unsetenv", ["name"], 1)?;
    let k = path_arg(vm, required(s[0]), "unsetenv")?;
    if k.text.is_empty() || k.text.contains('=') {
        return Err(PyErr::value_error("illegal environment variable name"));
    }
    std::env::remove_var(&k.text);
    Ok(Value::None)
}

macro_rules! id_fn {
    ($name:ident, $call:ident) => {
        fn $name(_vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
            // SAFETY: the get*id calls cannot fail and touch no memory.
            Ok(Value::Int(unsafe { libc::$call() } as i64))
        }
    };
}
id_fn!(os_getuid, getuid);
id_fn!(os_geteuid, geteuid);
id_fn!(os_getgid, getgid);
id_fn!(os_getegid, getegid);

// ---- directories and files ------------------------------------------------

/// `os.getcwd()`.
fn os_getcwd(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    match std::env::current_dir() {
        Ok(p) => Ok(Value::from_string(p.to_string_lossy().into_owned())),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

/// `os.chdir(path)`.
fn os_chdir(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = bind(&a, "chdir", ["path"], 1)?;
    let p = path_arg(vm, required(s[0]), "chdir")?;
    std::env::set_current_dir(&p.text).map_err(|e| os_error(vm, &e, Some(&p.value)))?;
    Ok(Value::None)
}

/// `os.listdir(path=None)`: names in directory order (not sorted), bytes
/// for a bytes path.
fn os_listdir(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = bind(&a, "listdir", ["path"], 0)?;
    let p = match s[0] {
        None | Some(Value::None) => PathArg { text: ".".into(), bytes: false, value: Value::new_str(".") },
        Some(v) => match try_path(vm, v)? {
            Some(p) => p,
            None => {
                return Err(PyErr::type_error(format!(
                    "listdir: path should be string, bytes, os.PathLike, integer or None, not {}",
                    vm.type_name(v)
                )))
            }
        },
    };
    let entries = std::fs::read_dir(&p.text).map_err(|e| os_error(vm, &e, Some(&p.value)))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| os_error(vm, &e, Some(&p.value)))?;
        names.push(p.make(&entry.file_name().to_string_lossy()));
    }
    Ok(Value::new_list(names))
}

fn mode_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<u32> {
    match v {
        None => Ok(0o777),
        Some(v) => Ok(vm.index_value(v)? as u32 & 0o7777),
    }
}

fn create_dir(path: &str, mode: u32) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new().mode(mode).create(path)
}

/// `os.mkdir(path, mode=0o777)`: `FileExistsError: [Errno 17] File exists: 'x'`.
fn os_mkdir(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = bind(&a, "mkdir", ["path", "mode", "dir_fd"], 1)?;
    let p = path_arg(vm, required(s[0]), "mkdir")?;
    let mode = mode_arg(vm, s[1])?;
    create_dir(&p.text, mode).map_err(|e| os_error(vm, &e, Some(&p.value)))?;
    Ok(Value::None)
}

/// CPython's `os.makedirs` algorithm; on failure, the error and the path
/// that failed.
fn make_dirs(name: &str, mode: u32, exist_ok: bool) -> Result<(), (std::io::Error, String)> {
    let (mut head, mut tail) = split(name);
    if tail.is_empty() {
        (head, tail) = split(&head);
    }
    if !head.is_empty() && !tail.is_empty() && std::fs::metadata(&head).is_err() {
        match make_dirs(&head, mode, exist_ok) {
            Err((e, _)) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
            Ok(()) => {}
        }
        if tail == "." {
            return Ok(());
        }
    }
    match create_dir(name, mode) {
        Ok(()) => Ok(()),
        Err(e) => {
            if exist_ok && std::fs::metadata(name).map(|m| m.is_dir()).unwrap_or(false) {
                Ok(())
            } else {
                Err((e, name.to_string()))
            }
        }
    }
}

/// `os.makedirs(name, mode=0o777, exist_ok=False)`.
fn os_makedirs(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = bind(&a, "makedirs", ["name", "mode", "exist_ok"], 1)?;
    let p = path_arg(vm, required(s[0]), "mkdir")?;
    let mode = mode_arg(vm, s[1])?;
    let exist_ok = match s[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if let Err((e, failed)) = make_dirs(&p.text, mode, exist_ok) {
        let name = p.make(&failed);
        return Err(os_error(vm, &e, Some(&name)));
    }
    Ok(Value::None)
}

/// `os.remove(path)` / `os.unlink(path)`.
fn remove_impl(vm: &mut Vm, a: Args<'_>, fname: &str) -> PyResult<Value> {
    let s = bind(&a, fname, ["path", "dir_fd"], 1)?;
    let p = path_arg(vm, required(s[0]), fname)?;
    std::fs::remove_file(&p.text).map_err(|e| os_error(vm, &e, Some(&p.value)))?;
    Ok(Value::None)
}

fn os_remove(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    remove_impl(vm, a, "remove")
}

fn os_unlink(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    remove_impl(vm, a, "unlink")
}

/// `os.rmdir(path)`.
fn os_rmdir(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = bind(&a, "rmdir", ["path", "dir_fd"], 1)?;
    let p = path_arg(vm, required(s[0]), "rmdir")?;
    std::fs::remove_dir(&p.text).map_err(|e| os_error(vm, &e, Some(&p.value)))?;
    Ok(Value::None)
}

/// `os.rename(src, dst)`: `[Errno 2] No such file or directory: 'a' -> 'b'`.
fn os_rename(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = bind(&a, "rename", ["src", "dst", "src_dir_fd", "dst_dir_fd"], 2)?;
    let src = path_arg(vm, required(s[0]), "rename")?;
    let dst = path_arg(vm, required(s[1]), "rename")?;
    std::fs::rename(&src.text, &dst.text).map_err(|e| os_error2(vm, &e, Some(&src.value), Some(&dst.value)))?;
    Ok(Value::None)
}

/// `os.fspath(path)`.
fn os_fspath(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = bind(&a, "fspath", ["path"], 1)?;
    let v = required(s[0]).clone();
    if v.as_str().is_some() || matches!(v.payload(), Some(Payload::Bytes(_))) {
        return Ok(v);
    }
    match try_path(vm, &v)? {
        Some(p) => Ok(p.value),
        None => Err(PyErr::type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(&v)))),
    }
}

// ---- os.path (posixpath) ----------------------------------------------------

/// `posixpath.split`: (head, tail); the head loses trailing slashes unless
/// it is all slashes.
fn split(p: &str) -> (String, String) {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    let (head, tail) = (&p[..i], &p[i..]);
    let head = if !head.is_empty() && !head.bytes().all(|b| b == b'/') { head.trim_end_matches('/') } else { head };
    (head.to_string(), tail.to_string())
}

/// `posixpath.splitext`: leading dots of the last component are not an
/// extension (`.bashrc` has none).
fn splitext(p: &str) -> (String, String) {
    let sep = p.rfind('/').map_or(-1, |i| i as i64);
    if let Some(dot) = p.rfind('.') {
        if dot as i64 > sep {
            let start = (sep + 1) as usize;
            if p[start..dot].bytes().any(|b| b != b'.') {
                return (p[..dot].to_string(), p[dot..].to_string());
            }
        }
    }
    (p.to_string(), String::new())
}

/// `posixpath.normpath`.
fn normpath(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    let initial = if p.starts_with("//") && !p.starts_with("///") {
        2
    } else if p.starts_with('/') {
        1
    } else {
        0
    };
    let mut comps: Vec<&str> = Vec::new();
    for comp in p.split('/') {
        if comp.is_empty() || comp == "." {
            continue;
        }
        if comp != ".." || (initial == 0 && comps.is_empty()) || comps.last() == Some(&"..") {
            comps.push(comp);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let out = format!("{}{}", "/".repeat(initial), comps.join("/"));
    if out.is_empty() {
        ".".into()
    } else {
        out
    }
}

/// `os.path.join(a, *p)`:
/// `TypeError: join() argument must be str, bytes, or os.PathLike object, not 'int'`.
fn path_join(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if a.has_kw() {
        return Err(PyErr::type_error("join() takes no keyword arguments"));
    }
    let pos = a.pos();
    if pos.is_empty() {
        return Err(PyErr::type_error("join() missing 1 required positional argument: 'a'"));
    }
    let mut parts = Vec::with_capacity(pos.len());
    parts.push(pure_path_arg(vm, pos.first())?);
    for v in &pos[1..] {
        match try_path(vm, v)? {
            Some(p) => parts.push(p),
            None => {
                return Err(PyErr::type_error(format!(
                    "join() argument must be str, bytes, or os.PathLike object, not '{}'",
                    vm.type_name(v)
                )))
            }
        }
    }
    if parts.iter().any(|p| p.bytes != parts[0].bytes) {
        return Err(PyErr::type_error("Can't mix strings and bytes in path components"));
    }
    let mut path = parts[0].text.clone();
    for p in &parts[1..] {
        if p.text.starts_with('/') {
            path = p.text.clone();
        } else if path.is_empty() || path.ends_with('/') {
            path.push_str(&p.text);
        } else {
            path.push('/');
            path.push_str(&p.text);
        }
    }
    Ok(parts[0].make(&path))
}

fn one_path(vm: &mut Vm, a: &Args<'_>, fname: &str) -> PyResult<PathArg> {
    let s = bind(a, fname, ["p"], 1)?;
    pure_path_arg(vm, s[0])
}

fn path_split(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = one_path(vm, &a, "split")?;
    let (head, tail) = split(&p.text);
    Ok(Value::new_tuple(vec![p.make(&head), p.make(&tail)]))
}

fn path_basename(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = one_path(vm, &a, "basename")?;
    let i = p.text.rfind('/').map_or(0, |i| i + 1);
    Ok(p.make(&p.text[i..]))
}

fn path_dirname(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = one_path(vm, &a, "dirname")?;
    let (head, _) = split(&p.text);
    Ok(p.make(&head))
}

fn path_splitext(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = one_path(vm, &a, "splitext")?;
    let (root, ext) = splitext(&p.text);
    Ok(Value::new_tuple(vec![p.make(&root), p.make(&ext)]))
}

fn path_normpath(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = one_path(vm, &a, "normpath")?;
    Ok(p.make(&normpath(&p.text)))
}

fn path_isabs(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = one_path(vm, &a, "isabs")?;
    Ok(Value::Bool(p.text.starts_with('/')))
}

/// `os.path.abspath(path)`: joined to the working directory, normalised.
fn path_abspath(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = one_path(vm, &a, "abspath")?;
    let full = if p.text.starts_with('/') {
        p.text.clone()
    } else {
        let cwd = std::env::current_dir().map_err(|e| os_error(vm, &e, None))?;
        format!("{}/{}", cwd.to_string_lossy().trim_end_matches('/'), p.text)
    };
    Ok(p.make(&normpath(&full)))
}

/// The metadata of a path for the `exists`/`isfile`/`isdir` family, which
/// answer False (not an exception) for missing or unusable paths.
fn stat_quietly(vm: &mut Vm, a: &Args<'_>, fname: &str) -> PyResult<Option<std::fs::Metadata>> {
    let s = bind(a, fname, ["path"], 1)?;
    let v = required(s[0]).clone();
    let Some(p) = try_path(vm, &v)? else {
        return Err(PyErr::type_error(format!("stat: path should be string, bytes, os.PathLike or integer, not {}", vm.type_name(&v))));
    };
    if p.text.contains('\0') {
        return Ok(None);
    }
    Ok(std::fs::metadata(&p.text).ok())
}

fn path_exists(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(stat_quietly(vm, &a, "exists")?.is_some()))
}

fn path_isfile(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(stat_quietly(vm, &a, "isfile")?.map_or(false, |m| m.is_file())))
}

fn path_isdir(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(stat_quietly(vm, &a, "isdir")?.map_or(false, |m| m.is_dir())))
}

/// `os.path.getsize(filename)`: `FileNotFoundError` for a missing file.
fn path_getsize(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = bind(&a, "getsize", ["filename"], 1)?;
    let p = path_arg(vm, required(s[0]), "stat")?;
    let m = std::fs::metadata(&p.text).map_err(|e| os_error(vm, &e, Some(&p.value)))?;
    Ok(Value::Int(m.len() as i64))
}

const PATH_FUNCTIONS: &[(&str, NativeFn)] = &[
    ("abspath", path_abspath),
    ("basename", path_basename),
    ("commonprefix", paths::path_commonprefix),
    ("dirname", path_dirname),
    ("exists", path_exists),
    ("expanduser", paths::path_expanduser),
    ("expandvars", paths::path_expandvars),
    ("getatime", walk::path_getatime),
    ("getctime", walk::path_getctime),
    ("getmtime", walk::path_getmtime),
    ("getsize", path_getsize),
    ("isabs", path_isabs),
    ("isdir", path_isdir),
    ("isfile", path_isfile),
    ("islink", paths::path_islink),
    ("join", path_join),
    ("lexists", paths::path_lexists),
    ("normcase", paths::path_normcase),
    ("normpath", path_normpath),
    ("realpath", paths::path_realpath),
    ("relpath", paths::path_relpath),
    ("samefile", paths::path_samefile),
    ("split", path_split),
    ("splitdrive", paths::path_splitdrive),
    ("splitext", path_splitext),
];

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("_exit", os_exit),
    ("access", misc::os_access),
    ("chdir", os_chdir),
    ("chmod", misc::os_chmod),
    ("cpu_count", os_cpu_count),
    ("fsdecode", paths::os_fsdecode),
    ("fsencode", paths::os_fsencode),
    ("fspath", os_fspath),
    ("get_terminal_size", misc::os_get_terminal_size),
    ("getcwd", os_getcwd),
    ("getegid", os_getegid),
    ("getenv", os_getenv),
    ("geteuid", os_geteuid),
    ("getgid", os_getgid),
    ("getpid", os_getpid),
    ("getppid", os_getppid),
    ("getuid", os_getuid),
    ("kill", os_kill),
    ("listdir", os_listdir),
    ("lstat", walk::os_lstat),
    ("makedirs", os_makedirs),
    ("mkdir", os_mkdir),
    ("putenv", os_putenv),
    ("readlink", paths::os_readlink),
    ("remove", os_remove),
    ("rename", os_rename),
    ("replace", misc::os_replace),
    ("rmdir", os_rmdir),
    ("scandir", scandir::os_scandir),
    ("stat", walk::os_stat),
    ("symlink", paths::os_symlink),
    ("system", os_system),
    ("umask", misc::os_umask),
    ("uname", misc::os_uname),
    ("unlink", os_unlink),
    ("unsetenv", os_unsetenv),
    ("urandom", os_urandom),
    ("walk", walk::os_walk),
];

/// Builds `os` and its `path` submodule (also `sys.modules['os.path']`).
pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let str_consts = [
        ("sep", "/"),
        ("altsep", ""),
        ("curdir", "."),
        ("pardir", ".."),
        ("extsep", "."),
        ("pathsep", ":"),
        ("defpath", "/bin:/usr/bin"),
        ("devnull", "/dev/null"),
    ];
    let mut path_consts: Vec<(&str, Value)> = str_consts.iter().map(|&(k, v)| (k, Value::new_str(v))).collect();
    path_consts.retain(|(k, _)| *k != "altsep");
    path_consts.push(("altsep", Value::None));
    let path = crate::sys::make_module(vm, "posixpath", PATH_FUNCTIONS, &path_consts)?;
    vm.add_module("os.path", path.clone());
    let mut consts = path_consts;
    consts.extend([
        ("name", Value::new_str("posix")),
        ("linesep", Value::new_str("\n")),
        ("environ", environ_snapshot()),
        ("path", path),
        ("stat_result", walk::stat_result_class(vm)?),
        ("_walk_iterator", walk::make_walk_class(vm)?),
        ("error", Value::Obj(vm.g.types.exception(ExcKind::OSError))),
        ("SEEK_SET", Value::Int(0)),
        ("SEEK_CUR", Value::Int(1)),
        ("SEEK_END", Value::Int(2)),
        ("F_OK", Value::Int(0)),
        ("R_OK", Value::Int(4)),
        ("W_OK", Value::Int(2)),
        ("X_OK", Value::Int(1)),
    ]);
    consts.extend(misc::classes(vm)?);
    consts.push(("DirEntry", scandir::dir_entry_class(vm)));
    let os = crate::sys::make_module(vm, "os", FUNCTIONS, &consts)?;
    fd::install(vm, &os)?;
    Ok(os)
}
