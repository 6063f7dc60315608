//! `os` functions on file descriptors (part of `os`): `pipe`, `read`, `write`, `close`.
//! `read` and `write` release the GIL (a read from an empty pipe blocks
//! until a writer writes), as CPython's do.

use garter_interp::errors::{PyErr, PyResult};
use garter_interp::objects::file::os_error;
use garter_interp::objects::function::{Args, NativeFn};
use garter_interp::value::{Payload, Value};
use garter_interp::vm::Vm;
use std::os::fd::{BorrowedFd, IntoRawFd};

fn fd_arg(vm: &mut Vm, a: &Args<'_>, i: usize, name: &str) -> PyResult<i32> {
    let v = a.pos().get(i).ok_or_else(|| PyErr::type_error(format!("{name}() missing required argument 'fd' (pos 1)")))?;
    let n = vm.index_value(v)?;
    i32::try_from(n).map_err(|_| PyErr::overflow_error("fd is greater than maximum"))
}

fn errno_error(vm: &mut Vm, e: nix::errno::Errno) -> PyErr {
    os_error(vm, &std::io::Error::from_raw_os_error(e as i32), None)
}

/// `os.pipe()`: (read end, write end), not inherited by child processes.
fn os_pipe(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    let (r, w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).map_err(|e| errno_error(vm, e))?;
    Ok(Value::new_tuple(vec![Value::Int(r.into_raw_fd() as i64), Value::Int(w.into_raw_fd() as i64)]))
}

/// `os.read(fd, n)`: at most `n` bytes; b'' at end of file.
fn os_read(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let fd = fd_arg(vm, &a, 0, "read")?;
    let n = match a.pos().get(1) {
        Some(v) => vm.index_value(v)?,
        None => return Err(PyErr::type_error("read expected 2 arguments, got 1")),
    };
    if n < 0 {
        return Err(PyErr::value_error("negative count"));
    }
    let mut buf = vec![0u8; (n as usize).min(1 << 30)];
    let r = vm.allow_threads(|| loop {
        // SAFETY: borrowed for this one call; a descriptor the script closed
        // makes read(2) fail with EBADF (no memory is touched).
        let borrowed = unsafe { BorrowedFd::borrow_raw(fd) };
        match nix::unistd::read(borrowed, &mut buf) {
            Err(nix::errno::Errno::EINTR) => continue,
            other => break other,
        }
    });
    let got = r.map_err(|e| errno_error(vm, e))?;
    buf.truncate(got);
    Ok(Value::new_bytes(buf))
}

/// `os.write(fd, data)`: the number of bytes written.
fn os_write(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let fd = fd_arg(vm, &a, 0, "write")?;
    let data: Vec<u8> = match a.pos().get(1).and_then(|v| v.payload()) {
        Some(Payload::Bytes(b)) => b.to_vec(),
        Some(Payload::ByteArray(b)) => b.borrow().to_vec(),
        _ => {
            let t = a.pos().get(1).map(|v| vm.type_name(v)).unwrap_or_else(|| "NoneType".into());
            return Err(PyErr::type_error(format!("a bytes-like object is required, not '{t}'")));
        }
    };
    let r = vm.allow_threads(|| loop {
        // SAFETY: the descriptor is only borrowed for this one call; if the
        // script closed it, write(2) fails with EBADF (no memory is touched).
        let borrowed = unsafe { BorrowedFd::borrow_raw(fd) };
        match nix::unistd::write(borrowed, &data) {
            Err(nix::errno::Errno::EINTR) => continue,
            other => break other,
        }
    });
    let n = r.map_err(|e| errno_error(vm, e))?;
    Ok(Value::Int(n as i64))
}

fn os_close(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let fd = fd_arg(vm, &a, 0, "close")?;
    nix::unistd::close(fd).map_err(|e| errno_error(vm, e))?;
    Ok(Value::None)
}

pub const FUNCTIONS: &[(&str, NativeFn)] = &[("close", os_close), ("pipe", os_pipe), ("read", os_read), ("write", os_write)];

/// Adds these functions to the `os` module object.
pub fn install(vm: &mut Vm, os: &Value) -> PyResult<()> {
    for &(name, f) in FUNCTIONS {
        let b = Value::from_obj(Payload::Builtin(garter_interp::objects::function::Builtin { name, func: f, receiver: Value::Null, owner: None }));
        vm.set_attr(os, &Value::new_str(name), b)?;
    }
    Ok(())
}
