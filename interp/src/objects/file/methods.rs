//! The Python-visible methods and properties of the file classes; each
//! checks its receiver and arguments, then calls into `RawFile` or the
//! text layer in `mod.rs`.

use super::*;

// ====================================================================
// Methods
// ====================================================================

/// The receiver of a file method.
fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a FileObject> {
    let first = args.pos().first();
    match first.and_then(as_file) {
        Some(f) => Ok(f),
        None => Err(PyErr::type_error(format!(
            "descriptor '{name}' for '_io._IOBase' objects doesn't apply to a '{}' object",
            first.map(|v| vm.type_name(v)).unwrap_or_else(|| "NoneType".into())
        ))),
    }
}

/// The arguments after `self`, checked as a positional-only signature.
fn positional<'a>(f: &FileObject, args: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<[Option<&'a Value>; 4]> {
    parse_args(f.kind.class_name(), name, Parse::Positional(min, max), args)
}

/// A size argument: an int, or None for -1.
fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    match v {
        None | Some(Value::None) => Ok(-1),
        Some(v @ (Value::Int(_) | Value::Bool(_))) => vm.index_value(v),
        Some(v) => {
            if crate::vm::ops::is_user(v) || matches!(v.payload(), Some(Payload::BigInt(_))) {
                return vm.index_value(v);
            }
            Err(PyErr::type_error(format!("argument should be integer or None, not '{}'", vm.type_name(v))))
        }
    }
}

/// Checks that `f` is open and readable, with the wording of its class.
fn check_readable(vm: &mut Vm, f: &FileObject, what: &str) -> PyResult<()> {
    if f.is_text() {
        if f.is_closed() {
            return Err(closed_error(true));
        }
        if !f.readable {
            return Err(unsupported(vm, "not readable"));
        }
    } else {
        if !f.readable {
            return Err(unsupported(vm, "read"));
        }
        if f.is_closed() {
            return Err(PyErr::value_error(format!("{what} of closed file")));
        }
    }
    Ok(())
}

fn check_writable(vm: &mut Vm, f: &FileObject) -> PyResult<()> {
    if f.is_text() {
        if f.is_closed() {
            return Err(closed_error(true));
        }
        if !f.writable {
            return Err(unsupported(vm, "not writable"));
        }
    } else {
        if !f.writable {
            return Err(unsupported(vm, "write"));
        }
        if f.is_closed() {
            return Err(PyErr::value_error("write to closed file"));
        }
    }
    Ok(())
}

fn check_open(f: &FileObject, period: bool) -> PyResult<()> {
    if f.is_closed() {
        return Err(closed_error(period));
    }
    Ok(())
}

/// `read(size=-1, /)`.
fn file_read(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &args, "read")?;
    let a = positional(f, &args, "read", 0, 1)?;
    let size = size_arg(vm, a[0])?;
    check_readable(vm, f, "read")?;
    if f.is_text() {
        return Ok(Value::from_string(f.text_read(vm, size)?));
    }
    let r = f.blocking(vm, move |raw| if size < 0 { raw.read_all() } else { raw.read_n(size as usize) });
    Ok(Value::new_bytes(f.io(vm, r)?))
}

/// `read1(size=-1, /)` (binary): at most one OS read.
fn file_read1(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &args, "read1")?;
    let a = positional(f, &args, "read1", 0, 1)?;
    let size = size_arg(vm, a[0])?;
    check_readable(vm, f, "read")?;
    let r = f.blocking(vm, move |raw| raw.read1(if size < 0 { DEFAULT_BUFFER_SIZE } else { size as usize }));
    Ok(Value::new_bytes(f.io(vm, r)?))
}

/// One line as a value (str or bytes); empty at end of file.
fn read_line_value(vm: &mut Vm, f: &FileObject, limit: i64) -> PyResult<Value> {
    if f.is_text() {
        return Ok(Value::from_string(f.text_readline(vm, limit)?));
    }
    let r = f.blocking(vm, move |raw| raw.read_line(if limit < 0 { None } else { Some(limit as usize) }));
    Ok(Value::new_bytes(f.io(vm, r)?))
}

fn is_empty_line(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Str(s)) => s.as_str().is_empty(),
        Some(Payload::Bytes(b)) => b.is_empty(),
        _ => true,
    }
}

/// `readline(size=-1, /)`.
fn file_readline(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &args, "readline")?;
    let a = positional(f, &args, "readline", 0, 1)?;
    let limit = size_arg(vm, a[0])?;
    check_readable(vm, f, "readline")?;
    read_line_value(vm, f, limit)
}

/// `readlines(hint=-1, /)`: lines until their total size reaches `hint`.
fn file_readlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &args, "readlines")?;
    let a = positional(f, &args, "readlines", 0, 1)?;
    let hint = size_arg(vm, a[0])?;
    check_open(f, true)?;
    check_readable(vm, f, "readline")?;
    let mut lines = Vec::new();
    let mut total = 0usize;
    loop {
        let line = read_line_value(vm, f, -1)?;
        if is_empty_line(&line) {
            break;
        }
        total += match line.payload() {
            Some(Payload::Str(s)) => s.as_str().chars().count(),
            Some(Payload::Bytes(b)) => b.len(),
            _ => 0,
        };
        lines.push(line);
        if hint > 0 && total >= hint as usize {
            break;
        }
    }
    Ok(Value::new_list(lines))
}

/// Writes one value; returns the count CPython returns (characters for
/// text, bytes for binary).
fn write_value(vm: &mut Vm, f: &FileObject, v: &Value) -> PyResult<usize> {
    if f.is_text() {
        let base = vm.builtin_base(v);
        let Some(s) = base.as_str() else {
            return Err(PyErr::type_error(format!("write() argument must be str, not {}", vm.type_name(v))));
        };
        check_writable(vm, f)?;
        f.text_write(vm, s)?;
        return Ok(s.chars().count());
    }
    check_writable(vm, f)?;
    let Some(data) = as_bytes_ref(v) else {
        return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))));
    };
    let data = data.to_vec();
    let r = f.blocking(vm, |raw| raw.write(&data));
    f.io(vm, r)?;
    Ok(data.len())
}

/// `write(s, /)`: `TypeError: write() argument must be str, not bytes`.
fn file_write(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &args, "write")?;
    let a = positional(f, &args, "write", 1, 1)?;
    let v = a[0].cloned().unwrap_or(Value::None);
    if f.is_text() {
        check_open(f, true)?;
    }
    Ok(Value::Int(write_value(vm, f, &v)? as i64))
}

/// `writelines(lines, /)`.
fn file_writelines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &args, "writelines")?;
    let a = positional(f, &args, "writelines", 1, 1)?;
    check_open(f, true)?;
    let lines = a[0].cloned().unwrap_or(Value::None);
    let it = vm.get_iter(&lines)?;
    while let Some(line) = vm.next(&it)? {
        write_value(vm, f, &line)?;
    }
    Ok(Value::None)
}

/// `seek(offset, whence=0, /)`.
fn file_seek(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &args, "seek")?;
    let a = positional(f, &args, "seek", 1, 2)?;
    let offset = vm.index_value(a[0].unwrap_or(&Value::None))?;
    let whence = match a[1] {
        Some(w) => vm.index_value(w)?,
        None => 0,
    };
    if f.is_text() {
        check_open(f, true)?;
        match whence {
            0 if offset < 0 => return Err(PyErr::value_error(format!("negative seek position {offset}"))),
            1 if offset != 0 => return Err(unsupported(vm, "can't do nonzero cur-relative seeks")),
            2 if offset != 0 => return Err(unsupported(vm, "can't do nonzero end-relative seeks")),
            0..=2 => {}
            _ => return Err(PyErr::value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
        }
        if whence == 1 {
            return Ok(Value::Int(f.text_tell(vm)? as i64));
        }
        text_guard(f)?.reset();
    } else {
        if f.is_closed() {
            return Err(PyErr::value_error("seek of closed file"));
        }
        if !(0..=2).contains(&whence) {
            return Err(PyErr::value_error(format!("whence value {whence} unsupported")));
        }
    }
    let r = f.lock().seek(offset, whence);
    Ok(Value::Int(f.io(vm, r)? as i64))
}

/// `tell()`.
fn file_tell(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &args, "tell")?;
    positional(f, &args, "tell", 0, 0)?;
    check_open(f, f.is_text())?;
    if f.is_text() {
        return Ok(Value::Int(f.text_tell(vm)? as i64));
    }
    let r = f.lock().tell();
    Ok(Value::Int(f.io(vm, r)? as i64))
}

/// `truncate(pos=None, /)`.
fn file_truncate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &args, "truncate")?;
    let a = positional(f, &args, "truncate", 0, 1)?;
    if f.is_closed() {
        return Err(if f.is_text() { closed_error(true) } else { PyErr::value_error("truncate of closed file") });
    }
    if !f.writable {
        return Err(unsupported(vm, if f.is_text() { "not writable" } else { "truncate" }));
    }
    let size = match a[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let n = vm.index_value(v)?;
            Some(u64::try_from(n).map_err(|_| PyErr::value_error(format!("negative size value {n}")))?)
        }
    };
    let size = match (size, f.is_text()) {
        (None, true) => Some(f.text_tell(vm)?),
        (s, _) => s,
    };
    if let Some(t) = &f.text {
        text_borrow(t)?.reset();
    }
    let r = f.lock().truncate(size);
    Ok(Value::Int(f.io(vm, r)? as i64))
}

/// `flush()`.
fn file_flush(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &args, "flush")?;
    positional(f, &args, "flush", 0, 0)?;
    if f.is_closed() {
        let writer = matches!(f.kind, FileKind::Writer | FileKind::Random);
        return Err(if writer { PyErr::value_error("flush of closed file") } else { closed_error(true) });
    }
    let r = f.blocking(vm, |raw| raw.flush_writes());
    f.io(vm, r)?;
    Ok(Value::None)
}

/// `close()`: flushes and closes; closing twice is allowed.
fn file_close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &args, "close")?;
    positional(f, &args, "close", 0, 0)?;
    if let Some(t) = &f.text {
        text_borrow(t)?.reset();
    }
    let r = f.lock().close();
    f.io(vm, r)?;
    Ok(Value::None)
}

fn file_fileno(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &args, "fileno")?;
    positional(f, &args, "fileno", 0, 0)?;
    check_open(f, false)?;
    let r = f.lock().fileno();
    Ok(Value::Int(f.io(vm, r)? as i64))
}

fn file_isatty(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &args, "isatty")?;
    positional(f, &args, "isatty", 0, 0)?;
    check_open(f, false)?;
    let r = f.lock().isatty();
    Ok(Value::Bool(f.io(vm, r)?))
}

/// `readable()`: on a closed file CPython raises, except where the
/// underlying class answers without looking (a writer is never readable).
fn file_readable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &args, "readable")?;
    positional(f, &args, "readable", 0, 0)?;
    if f.kind != FileKind::Raw && !f.readable {
        return Ok(Value::Bool(false));
    }
    check_open(f, false)?;
    Ok(Value::Bool(f.readable))
}

fn file_writable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &args, "writable")?;
    positional(f, &args, "writable", 0, 0)?;
    if f.kind != FileKind::Raw && !f.writable {
        return Ok(Value::Bool(false));
    }
    check_open(f, false)?;
    Ok(Value::Bool(f.writable))
}

fn file_seekable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &args, "seekable")?;
    positional(f, &args, "seekable", 0, 0)?;
    check_open(f, false)?;
    let r = f.lock().seekable();
    Ok(Value::Bool(f.io(vm, r)?))
}

fn file_enter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &args, "__enter__")?;
    check_open(f, true)?;
    Ok(args.pos()[0].clone())
}

/// `__exit__(*exc_info)`: closes; never swallows the exception.
fn file_exit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &args, "__exit__")?;
    if let Some(t) = &f.text {
        text_borrow(t)?.reset();
    }
    let r = f.lock().close();
    f.io(vm, r)?;
    Ok(Value::None)
}

fn file_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &args, "__iter__")?;
    check_open(f, true)?;
    Ok(args.pos()[0].clone())
}

/// `__next__()`: the next line; StopIteration at end of file.
fn file_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &args, "__next__")?;
    check_readable(vm, f, "readline")?;
    let line = read_line_value(vm, f, -1)?;
    if is_empty_line(&line) {
        return Err(PyErr::stop_iteration());
    }
    Ok(line)
}

/// `<_io.TextIOWrapper name='f.txt' mode='w' encoding='UTF-8'>`,
/// `<_io.BufferedReader name='f.bin'>`,
/// `<_io.FileIO name='f.bin' mode='rb' closefd=True>` (`<_io.FileIO
/// [closed]>` once closed).
fn file_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &args, "__repr__")?;
    let name = vm.repr(&f.name)?;
    let text = match (&f.text, f.kind) {
        (Some(t), _) => {
            let enc = vm.repr(&Value::new_str(&t.borrow().encoding))?;
            let mode = vm.repr(&Value::new_str(&f.mode))?;
            format!("<_io.TextIOWrapper name={name} mode={mode} encoding={enc}>")
        }
        (None, FileKind::Raw) => {
            if f.is_closed() {
                "<_io.FileIO [closed]>".to_string()
            } else {
                let closefd = if f.closefd { "True" } else { "False" };
                format!("<_io.FileIO name={name} mode='{}' closefd={closefd}>", f.mode)
            }
        }
        (None, kind) => format!("<_io.{} name={name}>", kind.class_name()),
    };
    Ok(Value::from_string(text))
}

// ---- properties --------------------------------------------------------

fn prop_closed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(this(vm, &args, "closed")?.is_closed()))
}

fn prop_name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(this(vm, &args, "name")?.name.clone())
}

fn prop_mode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::new_str(&this(vm, &args, "mode")?.mode))
}

fn prop_encoding(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &args, "encoding")?;
    Ok(Value::new_str(&text_state(f)?.borrow().encoding))
}

fn prop_errors(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &args, "errors")?;
    Ok(Value::new_str(&text_state(f)?.borrow().errors_name))
}

fn prop_line_buffering(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &args, "line_buffering")?;
    Ok(Value::Bool(text_state(f)?.borrow().line_buffering))
}

/// `newlines`: garter does not record the newlines seen; None.
fn prop_newlines(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

fn prop_buffer(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(this(vm, &args, "buffer")?.buffer.borrow().clone())
}

fn prop_closefd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(this(vm, &args, "closefd")?.closefd))
}

pub(super) const COMMON_METHODS: &[(&str, NativeFn)] = &[
    ("read", file_read),
    ("readline", file_readline),
    ("readlines", file_readlines),
    ("write", file_write),
    ("writelines", file_writelines),
    ("seek", file_seek),
    ("tell", file_tell),
    ("truncate", file_truncate),
    ("flush", file_flush),
    ("close", file_close),
    ("fileno", file_fileno),
    ("isatty", file_isatty),
    ("readable", file_readable),
    ("writable", file_writable),
    ("seekable", file_seekable),
    ("__enter__", file_enter),
    ("__exit__", file_exit),
    ("__iter__", file_iter),
    ("__next__", file_next),
    ("__repr__", file_repr),
];

pub(super) const COMMON_PROPERTIES: &[(&str, NativeFn)] = &[("closed", prop_closed), ("name", prop_name), ("mode", prop_mode)];

pub(super) const TEXT_PROPERTIES: &[(&str, NativeFn)] = &[
    ("encoding", prop_encoding),
    ("errors", prop_errors),
    ("line_buffering", prop_line_buffering),
    ("newlines", prop_newlines),
    ("buffer", prop_buffer),
];

pub(super) const BINARY_METHODS: &[(&str, NativeFn)] = &[("read1", file_read1)];

pub(super) const BINARY_PROPERTIES: &[(&str, NativeFn)] = &[("closefd", prop_closefd)];
