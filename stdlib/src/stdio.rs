//! `sys.stdin` (and `sys.stdin.buffer`): the process's standard input as a
//! file-like object, read through Rust's process-wide buffered stdin, so it
//! interleaves correctly with the builtin `input()`, which reads the same
//! buffer.
//!
//! Text reads decode UTF-8 (undecodable bytes become U+FFFD) and keep line
//! endings (CPython opens it with `newline='\n'`); the binary `buffer`
//! returns bytes. Unlike CPython's, the text object reads no further ahead
//! than it returns, so mixing it with `buffer` reads in order. Methods:
//! `read`, `readline`, `readlines`, iteration by lines, `fileno`, `isatty`,
//! `readable`, `writable`, `close`, and the attributes `name`, `mode`,
//! `encoding`, `closed`.

use garter_interp::errors::{PyErr, PyResult};
use garter_interp::objects::dict::Dict;
use garter_interp::objects::function::{Args, Builtin, NativeFn};
use garter_interp::objects::native::NativeObject;
use garter_interp::objects::typeobj::{TypeKind, TypeObject};
use garter_interp::value::{Obj, Payload, Value};
use garter_interp::vm::Vm;
use std::any::Any;
use std::cell::{Cell, RefCell};

/// `sys.stdin` (text) or `sys.stdin.buffer` (binary).
pub struct Stdin {
    class: Obj,
    binary: bool,
    closed: Cell<bool>,
    /// The text object's `buffer` (made on first use).
    buffer: RefCell<Value>,
}

impl NativeObject for Stdin {
    fn class(&self) -> Obj {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a Stdin> {
    match args.pos().first().and_then(|v| v.payload()) {
        Some(Payload::Native(n)) => n.as_any().downcast_ref::<Stdin>().ok_or_else(|| PyErr::type_error("expected sys.stdin")),
        _ => Err(PyErr::type_error("expected sys.stdin")),
    }
}

fn check_open(s: &Stdin) -> PyResult<()> {
    if s.closed.get() {
        return Err(PyErr::value_error("I/O operation on closed file."));
    }
    Ok(())
}

/// A size argument: None or negative for "all".
fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = vm.index_value(v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

/// One line of raw bytes (with its `\n`), at most `limit` bytes: through
/// the one stdin reader `input()` also uses (GIL released, Ctrl-C honoured).
fn read_line_bytes(vm: &mut Vm, limit: Option<usize>) -> PyResult<Vec<u8>> {
    garter_interp::sync::read_stdin(vm, garter_interp::sync::StdinWant::Line(limit))
}

/// At most `limit` bytes (all, to end of input, for None).
fn read_bytes(vm: &mut Vm, limit: Option<usize>) -> PyResult<Vec<u8>> {
    garter_interp::sync::read_stdin(vm, garter_interp::sync::StdinWant::Bytes(limit))
}

/// Decoded text; line endings are kept as they are (CPython's `sys.stdin`
/// is opened with `newline='\n'` on POSIX).
fn text(bytes: Vec<u8>) -> String {
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }
}

fn line(vm: &mut Vm, s: &Stdin, limit: Option<usize>) -> PyResult<Value> {
    let raw = read_line_bytes(vm, limit)?;
    Ok(if s.binary { Value::new_bytes(raw) } else { Value::from_string(text(raw)) })
}

/// `readline(size=-1)`.
fn m_readline(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(&a)?;
    check_open(s)?;
    let limit = size_arg(vm, a.pos().get(1).or(a.kw_get("size")))?;
    garter_interp::builtins::flush_stdout();
    line(vm, s, limit)
}

/// `read(size=-1)`.
fn m_read(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(&a)?;
    check_open(s)?;
    let limit = size_arg(vm, a.pos().get(1).or(a.kw_get("size")))?;
    garter_interp::builtins::flush_stdout();
    if s.binary {
        return Ok(Value::new_bytes(read_bytes(vm, limit)?));
    }
    let Some(n) = limit else { return Ok(Value::from_string(text(read_bytes(vm, None)?))) };
    // n characters: read bytes, then complete a split UTF-8 sequence.
    let mut raw = read_bytes(vm, Some(n))?;
    loop {
        let chars = String::from_utf8_lossy(&raw).chars().count();
        let complete = std::str::from_utf8(&raw).is_ok();
        if (chars >= n && complete) || raw.is_empty() {
            break;
        }
        let more = read_bytes(vm, Some(if complete { n - chars } else { 1 }))?;
        if more.is_empty() {
            break;
        }
        raw.extend(more);
    }
    Ok(Value::from_string(text(raw)))
}

/// `readlines(hint=-1)`.
fn m_readlines(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(&a)?;
    check_open(s)?;
    garter_interp::builtins::flush_stdout();
    let mut out = Vec::new();
    loop {
        let raw = read_line_bytes(vm, None)?;
        if raw.is_empty() {
            break;
        }
        out.push(if s.binary { Value::new_bytes(raw) } else { Value::from_string(text(raw)) });
    }
    Ok(Value::new_list(out))
}

fn m_iter(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(&a)?;
    check_open(s)?;
    Ok(a.pos()[0].clone())
}

fn m_next(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(&a)?;
    check_open(s)?;
    let raw = read_line_bytes(vm, None)?;
    if raw.is_empty() {
        return Err(PyErr::stop_iteration());
    }
    Ok(if s.binary { Value::new_bytes(raw) } else { Value::from_string(text(raw)) })
}

fn m_fileno(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    this(&a)?;
    Ok(Value::Int(0))
}

fn m_isatty(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(&a)?;
    check_open(s)?;
    // SAFETY: isatty(3) only inspects the descriptor.
    Ok(Value::Bool(unsafe { libc::isatty(0) } == 1))
}

fn m_true(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(&a)?;
    check_open(s)?;
    Ok(Value::Bool(true))
}

fn m_false(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(&a)?;
    check_open(s)?;
    Ok(Value::Bool(false))
}

fn m_close(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    this(&a)?.closed.set(true);
    Ok(Value::None)
}

fn p_closed(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(this(&a)?.closed.get()))
}
fn p_name(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    this(&a)?;
    Ok(Value::new_str("<stdin>"))
}
fn p_mode(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::new_str(if this(&a)?.binary { "rb" } else { "r" }))
}
fn p_encoding(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    this(&a)?;
    Ok(Value::new_str("utf-8"))
}

/// `sys.stdin.buffer`: the binary object over the same input.
fn p_buffer(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(&a)?;
    if s.binary {
        return Err(PyErr::attribute_error("'_io.BufferedReader' object has no attribute 'buffer'"));
    }
    let existing = s.buffer.borrow().clone();
    if !existing.is_none() {
        return Ok(existing);
    }
    let b = new_stdin(vm, true);
    *s.buffer.borrow_mut() = b.clone();
    Ok(b)
}

const METHODS: &[(&str, NativeFn)] = &[
    ("__iter__", m_iter),
    ("__next__", m_next),
    ("close", m_close),
    ("fileno", m_fileno),
    ("isatty", m_isatty),
    ("read", m_read),
    ("readable", m_true),
    ("readline", m_readline),
    ("readlines", m_readlines),
    ("seekable", m_false),
    ("writable", m_false),
];

fn builtin(name: &'static str, func: NativeFn, owner: &'static str) -> Value {
    Value::from_obj(Payload::Builtin(Builtin { name, func, receiver: Value::Null, owner: Some(owner) }))
}

fn make_class(vm: &Vm, binary: bool) -> Obj {
    let name = if binary { "BufferedReader" } else { "TextIOWrapper" };
    let object = vm.g.types.object.clone();
    let ty = TypeObject::new(name, TypeKind::Native, TypeKind::Native, vec![object.clone()], vec![object], Dict::new());
    *ty.qualname.borrow_mut() = name.to_string();
    let cls = Obj::new(Payload::Type(Box::new(ty)));
    garter_interp::vm::types::install(&cls, name, METHODS);
    if let Payload::Type(t) = cls.payload() {
        let mut d = t.dict.borrow_mut();
        d.set_str_key(Value::new_str("__module__"), Value::new_str("_io"));
        let mut props: Vec<(&'static str, NativeFn)> = vec![("closed", p_closed), ("mode", p_mode), ("name", p_name)];
        if !binary {
            props.push(("buffer", p_buffer));
            props.push(("encoding", p_encoding));
        }
        for (pname, getter) in props {
            let prop = Payload::Property { fget: builtin(pname, getter, name), fset: Value::None, fdel: Value::None, doc: Value::None };
            d.set_str_key(Value::new_str(pname), Value::from_obj(prop));
        }
    }
    cls
}

/// A new `sys.stdin` (text) or its `buffer` (binary).
pub fn new_stdin(vm: &Vm, binary: bool) -> Value {
    let class = make_class(vm, binary);
    Value::from_obj(Payload::Native(Box::new(Stdin { class, binary, closed: Cell::new(false), buffer: RefCell::new(Value::None) })))
}
