//! `os` calls on file modes, the terminal and the system: `access`,
//! `chmod`, `umask`, `replace`, `get_terminal_size` (`os.terminal_size`),
//! `uname` (`os.uname_result`).

use super::{bind, os_error, os_error2, path_arg, required};
use garter_interp::errors::PyResult;
use garter_interp::objects::function::Args;
use garter_interp::value::Value;
use garter_interp::vm::Vm;
use std::os::unix::fs::PermissionsExt;

/// `os.access(path, mode)`: True when the real ids may access `path`.
pub fn os_access(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = bind(&a, "access", ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], 2)?;
    let p = path_arg(vm, required(s[0]), "access")?;
    let mode = vm.index_value(required(s[1]))?;
    let Ok(c) = std::ffi::CString::new(p.text.as_bytes()) else { return Ok(Value::Bool(false)) };
    // SAFETY: access(2) reads the NUL-terminated path only.
    Ok(Value::Bool(unsafe { libc::access(c.as_ptr(), mode as libc::c_int) } == 0))
}

/// `os.chmod(path, mode)`.
pub fn os_chmod(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = bind(&a, "chmod", ["path", "mode", "dir_fd", "follow_symlinks"], 2)?;
    let p = path_arg(vm, required(s[0]), "chmod")?;
    let mode = vm.index_value(required(s[1]))?;
    std::fs::set_permissions(&p.text, std::fs::Permissions::from_mode(mode as u32)).map_err(|e| os_error(vm, &e, Some(&p.value)))?;
    Ok(Value::None)
}

/// `os.umask(mask)`: sets the mask, returns the previous one.
pub fn os_umask(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = bind(&a, "umask", ["mask"], 1)?;
    let mask = vm.index_value(required(s[0]))?;
    // SAFETY: umask(2) cannot fail.
    Ok(Value::Int(unsafe { libc::umask(mask as libc::mode_t) } as i64))
}

/// `os.replace(src, dst)`: rename, replacing `dst`.
pub fn os_replace(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = bind(&a, "replace", ["src", "dst", "src_dir_fd", "dst_dir_fd"], 2)?;
    let src = path_arg(vm, required(s[0]), "replace")?;
    let dst = path_arg(vm, required(s[1]), "replace")?;
    std::fs::rename(&src.text, &dst.text).map_err(|e| os_error2(vm, &e, Some(&src.value), Some(&dst.value)))?;
    Ok(Value::None)
}

/// `os.get_terminal_size(fd=1)`: `os.terminal_size(columns, lines)`;
/// `OSError: [Errno 25] Inappropriate ioctl for device` off a terminal.
pub fn os_get_terminal_size(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = bind(&a, "get_terminal_size", ["fd"], 0)?;
    let fd = match s[0] {
        Some(v) => vm.index_value(v)?,
        None => 1,
    };
    let mut ws = libc::winsize { ws_row: 0, ws_col: 0, ws_xpixel: 0, ws_ypixel: 0 };
    // SAFETY: TIOCGWINSZ writes a winsize into ws, which we own.
    if unsafe { libc::ioctl(fd as libc::c_int, libc::TIOCGWINSZ, &mut ws) } != 0 {
        let e = std::io::Error::last_os_error();
        return Err(os_error(vm, &e, None));
    }
    let cls = crate::args::module_attr(vm, "os", "terminal_size").unwrap_or(Value::None);
    crate::structseq::new(vm, &cls, vec![Value::Int(ws.ws_col as i64), Value::Int(ws.ws_row as i64)])
}

/// `os.uname()`: `os.uname_result(sysname, nodename, release, version, machine)`.
pub fn os_uname(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    // SAFETY: utsname is plain data filled by uname(2).
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: u is a valid, writable utsname.
    if unsafe { libc::uname(&mut u) } != 0 {
        let e = std::io::Error::last_os_error();
        return Err(os_error(vm, &e, None));
    }
    let field = |f: &[libc::c_char]| {
        let bytes: Vec<u8> = f.iter().take_while(|&&c| c != 0).map(|&c| c as u8).collect();
        Value::from_string(String::from_utf8_lossy(&bytes).into_owned())
    };
    let values = vec![field(&u.sysname), field(&u.nodename), field(&u.release), field(&u.version), field(&u.machine)];
    let cls = crate::args::module_attr(vm, "os", "uname_result").unwrap_or(Value::None);
    crate::structseq::new(vm, &cls, values)
}

/// The struct-sequence classes of this file.
pub fn classes(vm: &mut Vm) -> PyResult<[(&'static str, Value); 2]> {
    let terminal_size = crate::structseq::make_class(vm, "terminal_size", "os", "os.terminal_size", &["columns", "lines"])?;
    let uname_result =
        crate::structseq::make_class(vm, "uname_result", "posix", "posix.uname_result", &["sysname", "nodename", "release", "version", "machine"])?;
    Ok([("terminal_size", terminal_size), ("uname_result", uname_result)])
}
