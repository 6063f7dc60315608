//! More of `os.path` (CPython's `posixpath`): `expanduser`, `expandvars`, `realpath`,
//! `relpath`, `commonprefix`, `islink`, `lexists`, `samefile`, `normcase`,
//! `splitdrive`; and `os.symlink`/`os.readlink`, `os.fsencode`/`os.fsdecode`.

use super::{bind, normpath, os_error, pure_path_arg, PathArg};
use garter_interp::errors::{PyErr, PyResult};
use garter_interp::objects::function::Args;
use garter_interp::value::{Payload, Value};
use garter_interp::vm::Vm;
use std::os::unix::fs::MetadataExt;

fn abspath(vm: &mut Vm, p: &str) -> PyResult<String> {
    let full = if p.starts_with('/') {
        p.to_string()
    } else {
        let cwd = std::env::current_dir().map_err(|e| os_error(vm, &e, None))?;
        format!("{}/{}", cwd.to_string_lossy().trim_end_matches('/'), p)
    };
    Ok(normpath(&full))
}

/// The home directory of the user `name` (the current user for `None`)
/// from the password database.
fn home_of(name: Option<&str>) -> Option<String> {
    // SAFETY: getpwuid/getpwnam return a pointer to static storage (or
    // null); the directory string is copied before any other call.
    unsafe {
        let pw = match name {
            None => libc::getpwuid(libc::getuid()),
            Some(n) => {
                let c = std::ffi::CString::new(n).ok()?;
                libc::getpwnam(c.as_ptr())
            }
        };
        if pw.is_null() || (*pw).pw_dir.is_null() {
            return None;
        }
        Some(std::ffi::CStr::from_ptr((*pw).pw_dir).to_string_lossy().into_owned())
    }
}

/// `os.path.expanduser(path)`: `~` and `~user` at the start.
pub fn path_expanduser(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = bind(&a, "expanduser", ["path"], 1)?;
    let p = pure_path_arg(vm, s[0])?;
    if !p.text.starts_with('~') {
        return Ok(p.value.clone());
    }
    let i = p.text[1..].find('/').map_or(p.text.len(), |j| j + 1);
    let home = if i == 1 {
        let env_home = crate::args::module_attr(vm, "os", "environ").and_then(|env| match env.payload() {
            Some(Payload::Dict(d)) => d.borrow().get_str("HOME").and_then(|h| h.as_str().map(String::from)),
            _ => None,
        });
        match env_home.or_else(|| home_of(None)) {
            Some(h) => h,
            None => return Ok(p.value.clone()),
        }
    } else {
        match home_of(Some(&p.text[1..i])) {
            Some(h) => h,
            None => return Ok(p.value.clone()),
        }
    };
    let home = home.trim_end_matches('/');
    let out = format!("{home}{}", &p.text[i..]);
    Ok(p.make(if out.is_empty() { "/" } else { &out }))
}

/// `os.path.realpath(path)`: absolute, with symlinks resolved as far as
/// the path exists.
pub fn path_realpath(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = bind(&a, "realpath", ["filename", "strict"], 1)?;
    let p = pure_path_arg(vm, s[0])?;
    let abs = abspath(vm, &p.text)?;
    // Resolve the longest existing prefix; keep the rest as written.
    let comps: Vec<&str> = abs.split('/').filter(|c| !c.is_empty()).collect();
    for cut in (0..=comps.len()).rev() {
        let head = format!("/{}", comps[..cut].join("/"));
        if let Ok(real) = std::fs::canonicalize(&head) {
            let mut out = real.to_string_lossy().into_owned();
            for c in &comps[cut..] {
                if !out.ends_with('/') {
                    out.push('/');
                }
                out.push_str(c);
            }
            return Ok(p.make(&normpath(&out)));
        }
    }
    Ok(p.make(&abs))
}

/// `os.path.relpath(path, start=os.curdir)`.
pub fn path_relpath(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = bind(&a, "relpath", ["path", "start"], 1)?;
    let p = pure_path_arg(vm, s[0])?;
    if p.text.is_empty() {
        return Err(PyErr::value_error("no path specified"));
    }
    let start = match s[1] {
        None | Some(Value::None) => ".".to_string(),
        Some(v) => pure_path_arg(vm, Some(v))?.text,
    };
    let start_abs = abspath(vm, &start)?;
    let path_abs = abspath(vm, &p.text)?;
    let start_list: Vec<&str> = start_abs.split('/').filter(|c| !c.is_empty()).collect();
    let path_list: Vec<&str> = path_abs.split('/').filter(|c| !c.is_empty()).collect();
    let common = start_list.iter().zip(&path_list).take_while(|(a, b)| a == b).count();
    let mut rel: Vec<&str> = vec![".."; start_list.len() - common];
    rel.extend(&path_list[common..]);
    if rel.is_empty() {
        return Ok(p.make("."));
    }
    Ok(p.make(&rel.join("/")))
}

/// `os.path.commonprefix(list)`: the longest common leading part (of
/// strings, or of lists).
pub fn path_commonprefix(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = bind(&a, "commonprefix", ["m"], 1)?;
    let items = vm.collect(super::required(s[0]))?;
    if items.is_empty() {
        return Ok(Value::new_str(""));
    }
    let mut lo = items[0].clone();
    let mut hi = items[0].clone();
    for it in &items[1..] {
        if vm.compare_bool(it, &lo, garter_interp::code::CMP_LT)? {
            lo = it.clone();
        }
        if vm.compare_bool(it, &hi, garter_interp::code::CMP_GT)? {
            hi = it.clone();
        }
    }
    if let (Some(a), Some(b)) = (lo.as_str(), hi.as_str()) {
        let n = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
        return Ok(Value::from_string(a.chars().take(n).collect()));
    }
    let la = vm.collect(&lo)?;
    let lb = vm.collect(&hi)?;
    let mut n = 0;
    while n < la.len().min(lb.len()) && vm.eq(&la[n], &lb[n])? {
        n += 1;
    }
    vm.get_item(&lo, &Value::from_obj(Payload::Slice { start: Value::None, stop: Value::Int(n as i64), step: Value::None }))
}

fn lstat_quiet(vm: &mut Vm, a: &Args<'_>, fname: &str) -> PyResult<Option<std::fs::Metadata>> {
    let s = bind(a, fname, ["path"], 1)?;
    let p: PathArg = pure_path_arg(vm, s[0])?;
    Ok(std::fs::symlink_metadata(&p.text).ok())
}

/// `os.path.islink(path)`.
pub fn path_islink(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(lstat_quiet(vm, &a, "islink")?.map_or(false, |m| m.file_type().is_symlink())))
}

/// `os.path.lexists(path)`.
pub fn path_lexists(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(lstat_quiet(vm, &a, "lexists")?.is_some()))
}

/// `os.path.samefile(f1, f2)`.
pub fn path_samefile(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = bind(&a, "samefile", ["f1", "f2"], 2)?;
    let p1 = pure_path_arg(vm, s[0])?;
    let p2 = pure_path_arg(vm, s[1])?;
    let m1 = std::fs::metadata(&p1.text).map_err(|e| os_error(vm, &e, Some(&p1.value)))?;
    let m2 = std::fs::metadata(&p2.text).map_err(|e| os_error(vm, &e, Some(&p2.value)))?;
    Ok(Value::Bool(m1.dev() == m2.dev() && m1.ino() == m2.ino()))
}

/// `os.path.normcase(s)`: unchanged on POSIX.
pub fn path_normcase(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = bind(&a, "normcase", ["s"], 1)?;
    Ok(pure_path_arg(vm, s[0])?.value)
}

/// `os.path.splitdrive(p)`: no drives on POSIX.
pub fn path_splitdrive(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = bind(&a, "splitdrive", ["p"], 1)?;
    let p = pure_path_arg(vm, s[0])?;
    Ok(Value::new_tuple(vec![p.make(""), p.value.clone()]))
}

/// `os.symlink(src, dst)`.
pub fn os_symlink(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = bind(&a, "symlink", ["src", "dst", "target_is_directory"], 2)?;
    let src = super::path_arg(vm, super::required(s[0]), "symlink")?;
    let dst = super::path_arg(vm, super::required(s[1]), "symlink")?;
    std::os::unix::fs::symlink(&src.text, &dst.text).map_err(|e| garter_interp::objects::file::os_error2(vm, &e, Some(&src.value), Some(&dst.value)))?;
    Ok(Value::None)
}

/// `os.readlink(path)`.
pub fn os_readlink(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = bind(&a, "readlink", ["path"], 1)?;
    let p = super::path_arg(vm, super::required(s[0]), "readlink")?;
    let target = std::fs::read_link(&p.text).map_err(|e| os_error(vm, &e, Some(&p.value)))?;
    Ok(p.make(&target.to_string_lossy()))
}

/// `os.path.expandvars(path)`: `$name` and `${name}` replaced by their
/// `os.environ` values; unknown names are left as they are.
pub fn path_expandvars(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = bind(&a, "expandvars", ["path"], 1)?;
    let p = pure_path_arg(vm, s[0])?;
    if !p.text.contains('$') {
        return Ok(p.value.clone());
    }
    let env = crate::args::module_attr(vm, "os", "environ");
    let lookup = |name: &str| -> Option<String> {
        match env.as_ref().and_then(|e| e.payload()) {
            Some(Payload::Dict(d)) => d.borrow().get_str(name).and_then(|v| v.as_str().map(String::from)),
            _ => None,
        }
    };
    let chars: Vec<char> = p.text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '$' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // `\$(\w+|\{[^}]*\})`
        let (name, end) = if chars.get(i + 1) == Some(&'{') {
            match chars[i + 2..].iter().position(|&c| c == '}') {
                Some(j) => (chars[i + 2..i + 2 + j].iter().collect::<String>(), i + 3 + j),
                None => (String::new(), i),
            }
        } else {
            let j = chars[i + 1..].iter().take_while(|c| c.is_alphanumeric() || **c == '_').count();
            (chars[i + 1..i + 1 + j].iter().collect::<String>(), i + 1 + j)
        };
        if end == i || (name.is_empty() && chars.get(i + 1) != Some(&'{')) {
            out.push('$');
            i += 1;
            continue;
        }
        match lookup(&name) {
            Some(v) => out.push_str(&v),
            None => out.extend(&chars[i..end]),
        }
        i = end;
    }
    Ok(p.make(&out))
}

/// `os.fsencode(filename)`: str to UTF-8 bytes (bytes pass through).
pub fn os_fsencode(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = bind(&a, "fsencode", ["filename"], 1)?;
    let p = pure_path_arg(vm, s[0])?;
    if p.bytes {
        return Ok(p.value.clone());
    }
    Ok(Value::new_bytes(p.text.into_bytes()))
}

/// `os.fsdecode(filename)`: bytes to str (str passes through).
pub fn os_fsdecode(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = bind(&a, "fsdecode", ["filename"], 1)?;
    let p = pure_path_arg(vm, s[0])?;
    if !p.bytes {
        return Ok(p.value.clone());
    }
    Ok(Value::from_string(p.text))
}
