//! Files: the builtin `open` and the objects it returns, as CPython 3.11's
//! `_io` (`TextIOWrapper`, `BufferedReader`, `BufferedWriter`,
//! `BufferedRandom`, and `FileIO` for `buffering=0`).
//!
//! Files: `mod.rs` (modes, the `_io` module, `open`, the text layer),
//! `raw.rs` (`RawFile` and the OS calls), `methods.rs` (what Python sees).
//!
//! Two halves:
//! - `RawFile` (`raw.rs`), the OS half: the descriptor and the byte buffers (read-ahead
//!   and pending writes). Its methods make the OS calls and touch no Python
//!   object, and it sits behind an `Arc<Mutex<_>>`, so releasing the GIL
//!   around a blocking call is a one-line change at the call site
//!   (`vm.allow_threads(|| raw.lock().read_line(..))`).
//! - `FileObject`, the Python object: its class, name and mode, and for text
//!   files the decoding state (`TextState`). A text file's `buffer` is a
//!   binary `FileObject` sharing the same `RawFile`.
//!
//! Text reads keep decoded but *untranslated* text (`\r\n` still there) and
//! translate newlines as they hand it out. That keeps `tell()` exact: the
//! byte position is the raw position minus what is decoded or undecoded but
//! not yet handed out. As in CPython, a text write drops the read-ahead, so
//! after `readline()` on an `r+` file the write lands where the buffered
//! layer is (the end of the chunk read), not after the line.
//!
//! The classes live in the `_io` module, made on first use and kept in
//! `sys.modules`, where `open` finds them again. `io.UnsupportedOperation`
//! derives from both `OSError` and `ValueError`, as in CPython.
//!
//! Pending writes are flushed when the last handle is dropped, at `close()`,
//! and at process exit (an `atexit` hook walks a registry of weak handles):
//! module globals holding a file may sit in a reference cycle and never be
//! dropped, and CPython writes such files out at shutdown.

use crate::errors::{ExcKind, PyErr, PyResult};
use crate::objects::bytes_methods::{as_bytes_ref, decode};
use crate::objects::dict::Dict;
use crate::objects::function::{Args, Builtin, NativeFn};
use crate::objects::native::NativeObject;
use crate::objects::str_methods::{encode, lookup_codec, parse_args, Codec, ErrorHandler, Parse};
use crate::objects::typeobj::{TypeKind, TypeObject};
use crate::value::{Obj, Payload, Value};
use crate::vm::Vm;
use std::any::Any;
use std::cell::RefCell;
use std::fs::File;
use std::io::{self, Seek, SeekFrom};
use std::sync::{Arc, Mutex, MutexGuard};

/// `io.DEFAULT_BUFFER_SIZE`: the read chunk and the write-buffer limit.
pub const DEFAULT_BUFFER_SIZE: usize = 8192;

mod methods;
mod raw;

use methods::*;
use raw::*;

/// Opens `path` as the mode says (`O_CLOEXEC`, mode 0o666 as CPython).
/// A directory is refused with EISDIR even for reading, as CPython does.
fn os_open(path: &std::path::Path, spec: &ModeSpec) -> io::Result<File> {
    let mut o = std::fs::OpenOptions::new();
    o.read(spec.reading || spec.updating);
    match spec.primary {
        Primary::Read => {
            o.write(spec.updating);
        }
        Primary::Write => {
            o.write(true).create(true).truncate(true);
        }
        Primary::Append => {
            o.append(true).create(true);
        }
        Primary::Create => {
            o.write(true).create_new(true);
        }
    }
    let mut f = o.open(path)?;
    if f.metadata()?.is_dir() {
        return Err(io::Error::from_raw_os_error(21));
    }
    if spec.primary == Primary::Append {
        f.seek(SeekFrom::End(0))?;
    }
    Ok(f)
}

/// Adopts descriptor `fd` (`open(3)`); fails with EBADF if it is not open.
// ====================================================================
// Modes
// ====================================================================

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Primary {
    Read,
    Write,
    Append,
    Create,
}

/// A parsed `mode` argument.
#[derive(Clone, Debug)]
struct ModeSpec {
    primary: Primary,
    reading: bool,
    updating: bool,
    binary: bool,
}

/// Parses `mode` with CPython's checks and messages:
/// `ValueError: invalid mode: 'q'`,
/// `ValueError: must have exactly one of create/read/write/append mode`,
/// `ValueError: can't have text and binary mode at once`.
fn parse_mode(mode: &str) -> PyResult<ModeSpec> {
    let invalid = || PyErr::value_error(format!("invalid mode: '{mode}'"));
    let (mut create, mut read, mut write, mut append, mut plus, mut text, mut binary) = (false, false, false, false, false, false, false);
    for (i, c) in mode.char_indices() {
        if mode[i + c.len_utf8()..].contains(c) {
            return Err(invalid());
        }
        match c {
            'x' => create = true,
            'r' => read = true,
            'w' => write = true,
            'a' => append = true,
            '+' => plus = true,
            't' => text = true,
            'b' => binary = true,
            _ => return Err(invalid()),
        }
    }
    if text && binary {
        return Err(PyErr::value_error("can't have text and binary mode at once"));
    }
    let count = [create, read, write, append].iter().filter(|&&b| b).count();
    if count > 1 {
        return Err(PyErr::value_error("must have exactly one of create/read/write/append mode"));
    }
    let primary = if create {
        Primary::Create
    } else if read {
        Primary::Read
    } else if write {
        Primary::Write
    } else if append {
        Primary::Append
    } else {
        return Err(PyErr::value_error("Must have exactly one of create/read/write/append mode and at most one plus"));
    };
    Ok(ModeSpec { primary, reading: read, updating: plus, binary })
}

impl ModeSpec {
    fn readable(&self) -> bool {
        self.reading || self.updating
    }
    fn writable(&self) -> bool {
        self.primary != Primary::Read || self.updating
    }
    /// The mode `FileIO` (and so the binary classes) report: `rb`, `rb+`,
    /// `wb`, `ab`, `ab+`, `xb`, `xb+` (`w+b` reads back as `rb+`).
    fn raw_mode(&self) -> &'static str {
        match (self.primary, self.updating) {
            (Primary::Create, false) => "xb",
            (Primary::Create, true) => "xb+",
            (Primary::Append, false) => "ab",
            (Primary::Append, true) => "ab+",
            (Primary::Read, false) => "rb",
            (Primary::Write, false) => "wb",
            (_, true) => "rb+",
        }
    }
}

/// The `newline` argument: how text reads split and translate lines, and
/// how text writes translate `\n`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Newline {
    /// `None`: any of `\n`, `\r`, `\r\n` ends a line and reads as `\n`.
    Universal,
    /// `''`: any ends a line; nothing is translated.
    UniversalUntranslated,
    Lf,
    Cr,
    CrLf,
}

impl Newline {
    /// What `\n` becomes on write (`os.linesep` is `\n` here).
    fn written(self) -> Option<&'static str> {
        match self {
            Newline::Cr => Some("\r"),
            Newline::CrLf => Some("\r\n"),
            _ => None,
        }
    }
}

// ====================================================================
// The Python objects
// ====================================================================

/// Which `_io` class a file object is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FileKind {
    Text,
    Reader,
    Writer,
    Random,
    /// `FileIO` (`buffering=0`).
    Raw,
}

impl FileKind {
    const ALL: [FileKind; 5] = [FileKind::Text, FileKind::Reader, FileKind::Writer, FileKind::Random, FileKind::Raw];
    pub fn class_name(self) -> &'static str {
        match self {
            FileKind::Text => "TextIOWrapper",
            FileKind::Reader => "BufferedReader",
            FileKind::Writer => "BufferedWriter",
            FileKind::Random => "BufferedRandom",
            FileKind::Raw => "FileIO",
        }
    }
}

/// Decoding state of a text file.
struct TextState {
    codec: Codec,
    errors: ErrorHandler,
    /// `f.encoding` as given (`'UTF-8'` when defaulted, as CPython's locale).
    encoding: String,
    errors_name: String,
    newline: Newline,
    line_buffering: bool,
    /// Decoded, untranslated text; `pending[pos..]` is not handed out yet.
    pending: String,
    pos: usize,
    /// Bytes read but not decodable yet (a split UTF-8 sequence).
    undecoded: Vec<u8>,
    /// The last OS read returned nothing.
    eof: bool,
}

/// A file object (any of the `_io` classes).
pub struct FileObject {
    class: Obj,
    kind: FileKind,
    raw: SharedRaw,
    /// The `file` argument: a path (str or bytes) or a descriptor.
    name: Value,
    /// `f.mode`: the mode given for text files, `raw_mode` for binary.
    mode: String,
    readable: bool,
    writable: bool,
    closefd: bool,
    text: Option<RefCell<TextState>>,
    /// A text file's `buffer`, made on first use.
    buffer: RefCell<Value>,
}

impl NativeObject for FileObject {
    fn class(&self) -> Obj {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl FileObject {
    fn lock(&self) -> MutexGuard<'_, RawFile> {
        self.raw.lock().unwrap_or_else(|e| e.into_inner())
    }
    /// Runs a raw operation that may block (read, write, flush) with the
    /// GIL released.
    fn blocking<R: Send>(&self, vm: &mut Vm, op: impl FnOnce(&mut RawFile) -> R + Send) -> R {
        let raw = self.raw.clone();
        vm.allow_threads(move || op(&mut raw.lock().unwrap_or_else(|e| e.into_inner())))
    }
    fn is_closed(&self) -> bool {
        self.lock().is_closed()
    }
    fn is_text(&self) -> bool {
        self.text.is_some()
    }
}

/// The file object in `v`, if it is one.
pub fn as_file(v: &Value) -> Option<&FileObject> {
    match v.payload()? {
        Payload::Native(n) => n.as_any().downcast_ref::<FileObject>(),
        _ => None,
    }
}

// ---- errors ---------------------------------------------------------

/// `ValueError: I/O operation on closed file.` (CPython drops the period in
/// some methods; `period` says which wording).
fn closed_error(period: bool) -> PyErr {
    PyErr::value_error(if period { "I/O operation on closed file." } else { "I/O operation on closed file" })
}

/// The exception class an errno maps to, as CPython's `OSError.__new__`
/// (Linux numbering).
pub fn errno_kind(code: i32) -> ExcKind {
    crate::errors::errno_subclass(code as i64).unwrap_or(ExcKind::OSError)
}

/// An `OSError` (or its errno subclass) from a host error, with `errno`,
/// `strerror` and `filename` set: `FileNotFoundError: [Errno 2] No such
/// file or directory: 'x'`.
pub fn os_error(vm: &mut Vm, e: &io::Error, filename: Option<&Value>) -> PyErr {
    os_error2(vm, e, filename, None)
}

/// `os_error` naming two files, as `rename` does: `[Errno 2] No such file
/// or directory: 'a' -> 'b'`.
///
/// The message is the exception's one argument (garter's `str()` of a
/// multi-argument exception is the tuple's repr), and the attributes live in
/// the instance dict, which attribute lookup consults first.
pub fn os_error2(vm: &mut Vm, e: &io::Error, filename: Option<&Value>, filename2: Option<&Value>) -> PyErr {
    let Some(code) = e.raw_os_error() else { return PyErr::from_io(e) };
    let text = e.to_string();
    let strerror = text.split(" (os error").next().unwrap_or("").to_string();
    let mut msg = format!("[Errno {code}] {strerror}");
    if let Some(f) = filename {
        msg.push_str(&format!(": {}", vm.repr(f).unwrap_or_default()));
        if let Some(f2) = filename2 {
            msg.push_str(&format!(" -> {}", vm.repr(f2).unwrap_or_default()));
        }
    }
    let exc = vm.new_exception(errno_kind(code), vec![Value::from_string(msg)]);
    if let Some(Payload::Instance(i)) = exc.payload() {
        let mut d = i.dict().borrow_mut();
        d.set_str_key(vm.intern("errno"), Value::Int(code as i64));
        d.set_str_key(vm.intern("strerror"), Value::from_string(strerror));
        d.set_str_key(vm.intern("filename"), filename.cloned().unwrap_or(Value::None));
        d.set_str_key(vm.intern("filename2"), filename2.cloned().unwrap_or(Value::None));
    }
    PyErr::from_object(exc)
}

/// `io.UnsupportedOperation: msg`.
pub fn unsupported(vm: &mut Vm, msg: &str) -> PyErr {
    let cls = match io_module(vm).and_then(|m| module_get(&m, "UnsupportedOperation")) {
        Ok(Value::Obj(c)) => c,
        _ => return PyErr::new(ExcKind::OSError, msg.to_string()),
    };
    PyErr::from_object(crate::vm::exc::new_exception_of(cls, vec![Value::new_str(msg)]))
}

// ---- the `_io` module ------------------------------------------------

fn module_get(m: &Value, name: &str) -> PyResult<Value> {
    if let Some(Payload::Module(md)) = m.payload() {
        if let Payload::Dict(d) = md.dict.payload() {
            if let Some(v) = d.borrow().get_str(name) {
                return Ok(v.clone());
            }
        }
    }
    Err(PyErr::internal("the _io module lost a class"))
}

fn module_set(m: &Value, name: &str, v: Value) {
    if let Some(Payload::Module(md)) = m.payload() {
        if let Payload::Dict(d) = md.dict.payload() {
            d.borrow_mut().set_str_key(Value::new_str(name), v);
        }
    }
}

fn builtin_value(name: &'static str, func: NativeFn, owner: Option<&'static str>) -> Value {
    Value::from_obj(Payload::Builtin(Builtin { name, func, receiver: Value::Null, owner }))
}

/// A native class named `name` (`type(f).__name__`); its repr says
/// `<class '_io.name'>` as CPython's does.
fn make_class(vm: &Vm, kind: FileKind) -> Obj {
    let name = kind.class_name();
    let object = vm.g.types.object.clone();
    let ty = TypeObject::new(name, TypeKind::Native, TypeKind::Native, vec![object.clone()], vec![object], Dict::new());
    *ty.qualname.borrow_mut() = format!("_io.{name}");
    let cls = Obj::new(Payload::Type(Box::new(ty)));
    crate::vm::types::install(&cls, name, COMMON_METHODS);
    if kind != FileKind::Text {
        crate::vm::types::install(&cls, name, BINARY_METHODS);
    }
    let props: &[(&'static str, NativeFn)] = if kind == FileKind::Text { TEXT_PROPERTIES } else { BINARY_PROPERTIES };
    if let Payload::Type(t) = cls.payload() {
        let mut d = t.dict.borrow_mut();
        for &(pname, getter) in COMMON_PROPERTIES.iter().chain(props) {
            let prop = Payload::Property { fget: builtin_value(pname, getter, Some(name)), fset: Value::None, fdel: Value::None, doc: Value::None };
            d.set_str_key(Value::new_str(pname), Value::from_obj(prop));
        }
        d.set_str_key(Value::new_str("__module__"), Value::new_str("_io"));
    }
    cls
}

/// The `_io` module: the file classes, `UnsupportedOperation`, `open`.
/// Made once per interpreter and kept in `sys.modules` (the native-module
/// initialiser of both `_io` and, through `io_init`, `io`).
pub fn io_module(vm: &mut Vm) -> PyResult<Value> {
    if let Payload::Dict(d) = vm.g.modules.payload() {
        if let Some(m) = d.borrow().get_str("_io") {
            return Ok(m.clone());
        }
    }
    let (m, _) = vm.new_module("_io");
    for kind in FileKind::ALL {
        let cls = make_class(vm, kind);
        module_set(&m, kind.class_name(), Value::Obj(cls));
    }
    let ns = Obj::new(Payload::Dict(RefCell::new(Dict::new())));
    if let Payload::Dict(d) = ns.payload() {
        d.borrow_mut().set_str_key(Value::new_str("__module__"), Value::new_str("io"));
    }
    let bases = [Value::Obj(vm.g.types.exception(ExcKind::OSError)), Value::Obj(vm.g.types.exception(ExcKind::ValueError))];
    let unsupported = vm.new_class("UnsupportedOperation", &bases, &ns, None)?;
    module_set(&m, "UnsupportedOperation", unsupported);
    module_set(&m, "open", builtin_value("open", builtin_open, Some("builtins")));
    module_set(&m, "DEFAULT_BUFFER_SIZE", Value::Int(DEFAULT_BUFFER_SIZE as i64));
    vm.add_module("_io", m.clone());
    Ok(m)
}

/// The `io` module: `_io`'s names, the `SEEK_*` constants and, when the
/// frozen `_pyio_mem` is registered, `StringIO` and `BytesIO`.
pub fn io_init(vm: &mut Vm) -> PyResult<Value> {
    let inner = io_module(vm)?;
    let (m, _) = vm.new_module("io");
    for name in ["TextIOWrapper", "BufferedReader", "BufferedWriter", "BufferedRandom", "FileIO", "UnsupportedOperation", "open", "DEFAULT_BUFFER_SIZE"] {
        module_set(&m, name, module_get(&inner, name)?);
    }
    for (name, v) in [("SEEK_SET", 0), ("SEEK_CUR", 1), ("SEEK_END", 2)] {
        module_set(&m, name, Value::Int(v));
    }
    // The in-memory streams are Python (garter-stdlib's frozen `_pyio_mem`);
    // an interpreter without that module has an `io` without them.
    if vm.registered_module("_pyio_mem").is_some() {
        let mem = vm.import_module("_pyio_mem")?;
        for name in ["StringIO", "BytesIO"] {
            module_set(&m, name, vm.get_attr_str(&mem, name)?);
        }
    }
    Ok(m)
}

fn class_for(vm: &mut Vm, kind: FileKind) -> PyResult<Obj> {
    let m = io_module(vm)?;
    match module_get(&m, kind.class_name())? {
        Value::Obj(c) => Ok(c),
        _ => Err(PyErr::internal("_io class is not a class")),
    }
}

// ---- open() -----------------------------------------------------------

const OPEN_PARAMS: [&str; 8] = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"];

/// Binds `open`'s arguments by name, with Argument Clinic's messages.
fn bind_open_args<'a>(args: &Args<'a>) -> PyResult<[Option<&'a Value>; 8]> {
    let pos = args.pos();
    let total = args.values.len();
    if total > OPEN_PARAMS.len() {
        return Err(PyErr::type_error(format!("open() takes at most 8 arguments ({total} given)")));
    }
    let mut slots: [Option<&'a Value>; 8] = [None; 8];
    for (slot, v) in slots.iter_mut().zip(pos) {
        *slot = Some(v);
    }
    for (name, v) in args.kw() {
        let Some(i) = OPEN_PARAMS.iter().position(|p| *p == name) else {
            return Err(PyErr::type_error(format!("'{name}' is an invalid keyword argument for open()")));
        };
        if slots[i].is_some() {
            return Err(PyErr::type_error(format!("argument for open() given by name ('{name}') and position ({})", i + 1)));
        }
        slots[i] = Some(v);
    }
    if slots[0].is_none() {
        return Err(PyErr::type_error("open() missing required argument 'file' (pos 1)"));
    }
    Ok(slots)
}

/// An optional str argument of `open` (`None` allowed).
fn optional_str(vm: &Vm, v: Option<&Value>, what: &str) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match v.as_str() {
            Some(s) => Ok(Some(s.to_string())),
            None => Err(PyErr::type_error(format!("open() argument '{what}' must be str or None, not {}", vm.type_name(v)))),
        },
    }
}

/// What `open`'s `file` argument names.
enum Target {
    Path(std::path::PathBuf),
    Fd(i32),
}

fn open_target(vm: &mut Vm, file: &Value) -> PyResult<(Target, Value)> {
    use std::os::unix::ffi::OsStrExt;
    let path_of = |b: &[u8]| -> PyResult<std::path::PathBuf> {
        if b.contains(&0) {
            return Err(PyErr::value_error("embedded null byte"));
        }
        Ok(std::path::PathBuf::from(std::ffi::OsStr::from_bytes(b)))
    };
    match file {
        Value::Int(fd) => {
            if *fd < 0 {
                return Err(PyErr::value_error("negative file descriptor"));
            }
            let fd = i32::try_from(*fd).map_err(|_| PyErr::overflow_error("fd is greater than maximum"))?;
            return Ok((Target::Fd(fd), file.clone()));
        }
        Value::Bool(b) => return Ok((Target::Fd(*b as i32), file.clone())),
        _ => {}
    }
    if let Some(s) = file.as_str() {
        return Ok((Target::Path(path_of(s.as_bytes())?), file.clone()));
    }
    if let Some(Payload::Bytes(b)) = file.payload() {
        return Ok((Target::Path(path_of(b)?), file.clone()));
    }
    if crate::vm::ops::is_user(file) {
        if let Some(p) = vm.call_dunder(file, "__fspath__", &[])? {
            if p.as_str().is_some() || matches!(p.payload(), Some(Payload::Bytes(_))) {
                let (t, _) = open_target(vm, &p)?;
                return Ok((t, p));
            }
            return Err(PyErr::type_error(format!(
                "expected {}.__fspath__() to return str or bytes, not {}",
                vm.type_name(file),
                vm.type_name(&p)
            )));
        }
    }
    Err(PyErr::type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(file))))
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None,
/// newline=None, closefd=True, opener=None)`: a `TextIOWrapper`, or a
/// `BufferedReader`/`BufferedWriter`/`BufferedRandom` in binary mode
/// (`FileIO` with `buffering=0`).
pub fn builtin_open(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = bind_open_args(&args)?;
    let file = a[0].cloned().unwrap_or(Value::None);
    let mode = match a[1] {
        None => "r".to_string(),
        Some(v) => match v.as_str() {
            Some(s) => s.to_string(),
            None => return Err(PyErr::type_error(format!("open() argument 'mode' must be str, not {}", vm.type_name(v)))),
        },
    };
    let buffering = match a[2] {
        None => -1,
        Some(v) => vm.index_value(v)?,
    };
    let encoding = optional_str(vm, a[3], "encoding")?;
    let errors = optional_str(vm, a[4], "errors")?;
    let newline_arg = optional_str(vm, a[5], "newline")?;
    let closefd = match a[6] {
        None => true,
        Some(v) => vm.truthy(v)?,
    };
    if let Some(op) = a[7] {
        if !op.is_none() {
            return Err(PyErr::new(ExcKind::NotImplementedError, "open(): opener is not supported by garter"));
        }
    }
    let spec = parse_mode(&mode)?;
    if spec.binary {
        if encoding.is_some() {
            return Err(PyErr::value_error("binary mode doesn't take an encoding argument"));
        }
        if errors.is_some() {
            return Err(PyErr::value_error("binary mode doesn't take an errors argument"));
        }
        if newline_arg.is_some() {
            return Err(PyErr::value_error("binary mode doesn't take a newline argument"));
        }
    } else if buffering == 0 {
        return Err(PyErr::value_error("can't have unbuffered text I/O"));
    }
    let newline = match newline_arg.as_deref() {
        None => Newline::Universal,
        Some("") => Newline::UniversalUntranslated,
        Some("\n") => Newline::Lf,
        Some("\r") => Newline::Cr,
        Some("\r\n") => Newline::CrLf,
        Some(other) => return Err(PyErr::value_error(format!("illegal newline value: {other}"))),
    };
    // Codec lookup before opening, so a bad encoding leaves no file behind.
    let codec = match &encoding {
        Some(e) => lookup_codec(e)?,
        None => Codec::Utf8,
    };
    let (target, name) = open_target(vm, &file)?;
    let os_file = match target {
        Target::Fd(fd) => os_adopt_fd(fd).map_err(|e| os_error(vm, &e, None))?,
        Target::Path(p) => {
            if !closefd {
                return Err(PyErr::value_error("Cannot use closefd=False with file name"));
            }
            os_open(&p, &spec).map_err(|e| os_error(vm, &e, Some(&name)))?
        }
    };
    let raw = Arc::new(Mutex::new(RawFile::new(os_file, closefd, buffering == 0)));
    register_for_exit_flush(&raw);
    let binary_kind = if buffering == 0 {
        FileKind::Raw
    } else if spec.updating {
        FileKind::Random
    } else if spec.reading {
        FileKind::Reader
    } else {
        FileKind::Writer
    };
    let binary = new_binary(vm, binary_kind, raw.clone(), name.clone(), &spec, closefd)?;
    if spec.binary {
        return Ok(binary);
    }
    let text = TextState {
        codec,
        errors: ErrorHandler::from_name(errors.as_deref().unwrap_or("strict")),
        encoding: encoding.unwrap_or_else(|| "UTF-8".to_string()),
        errors_name: errors.unwrap_or_else(|| "strict".to_string()),
        newline,
        line_buffering: buffering == 1,
        pending: String::new(),
        pos: 0,
        undecoded: Vec::new(),
        eof: false,
    };
    let class = class_for(vm, FileKind::Text)?;
    Ok(Value::from_obj(Payload::Native(Box::new(FileObject {
        class,
        kind: FileKind::Text,
        raw,
        name,
        mode,
        readable: spec.readable(),
        writable: spec.writable(),
        closefd,
        text: Some(RefCell::new(text)),
        buffer: RefCell::new(binary),
    }))))
}

fn new_binary(vm: &mut Vm, kind: FileKind, raw: SharedRaw, name: Value, spec: &ModeSpec, closefd: bool) -> PyResult<Value> {
    let class = class_for(vm, kind)?;
    Ok(Value::from_obj(Payload::Native(Box::new(FileObject {
        class,
        kind,
        raw,
        name,
        mode: spec.raw_mode().to_string(),
        readable: spec.readable(),
        writable: spec.writable(),
        closefd,
        text: None,
        buffer: RefCell::new(Value::None),
    }))))
}

// ---- text decoding ----------------------------------------------------

/// How much of `buf` decodes without splitting a character (the rest waits
/// for the next read). Codecs other than UTF-8 and single-byte ones decode
/// only at end of file.
fn decodable_prefix(codec: Codec, buf: &[u8]) -> usize {
    match codec {
        Codec::Ascii | Codec::Latin1 => buf.len(),
        Codec::Utf8 => {
            // Find the last lead byte among the final three; keep its
            // sequence back if it is incomplete.
            let n = buf.len();
            for back in 1..=3.min(n) {
                let b = buf[n - back];
                if b & 0xC0 == 0x80 {
                    continue;
                }
                let need = if b >= 0xF0 {
                    4
                } else if b >= 0xE0 {
                    3
                } else if b >= 0xC0 {
                    2
                } else {
                    1
                };
                return if need > back { n - back } else { n };
            }
            n
        }
        _ => 0,
    }
}

/// The encoded length of `s` (for `tell()`).
fn encoded_len(codec: Codec, s: &str) -> usize {
    match codec {
        Codec::Utf8 | Codec::Utf8Sig => s.len(),
        Codec::Ascii | Codec::Latin1 => s.chars().count(),
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => s.encode_utf16().count() * 2,
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => s.chars().count() * 4,
    }
}

/// Universal-newline translation: `\r\n` and `\r` become `\n`.
fn translate_newlines(s: &str) -> String {
    if !s.contains('\r') {
        return s.to_string();
    }
    s.replace("\r\n", "\n").replace('\r', "\n")
}

impl TextState {
    fn rest(&self) -> &str {
        &self.pending[self.pos..]
    }

    /// Forgets decoded and undecoded read-ahead (after a seek or a write).
    fn reset(&mut self) {
        self.pending.clear();
        self.pos = 0;
        self.undecoded.clear();
        self.eof = false;
    }

    /// Decodes `chunk` (after what was left undecoded); at end of file
    /// (`last`) everything must decode. Returns the characters added.
    fn feed(&mut self, chunk: &[u8], last: bool) -> PyResult<usize> {
        self.undecoded.extend_from_slice(chunk);
        let cut = if last { self.undecoded.len() } else { decodable_prefix(self.codec, &self.undecoded) };
        if cut == 0 {
            return Ok(0);
        }
        let text = decode(&self.undecoded[..cut], self.codec, &self.errors)?;
        self.undecoded.drain(..cut);
        if self.pos > 0 && self.pos * 2 >= self.pending.len() {
            self.pending.drain(..self.pos);
            self.pos = 0;
        }
        self.pending.push_str(&text);
        Ok(text.chars().count())
    }

    /// Hands out `end - pos` bytes of `pending`, translated as the mode says.
    fn consume_to(&mut self, end: usize) -> String {
        let piece = &self.pending[self.pos..end];
        let out = if self.newline == Newline::Universal { translate_newlines(piece) } else { piece.to_string() };
        self.pos = end;
        out
    }

    /// Hands out up to `n` characters (counted after translation).
    fn consume_chars(&mut self, n: usize) -> String {
        let rest = self.rest();
        let bytes = rest.as_bytes();
        let universal = self.newline == Newline::Universal;
        let mut out = String::new();
        let mut i = 0;
        let mut count = 0;
        while count < n && i < rest.len() {
            let Some(c) = rest[i..].chars().next() else { break };
            if universal && c == '\r' {
                out.push('\n');
                i += if bytes.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            } else {
                out.push(c);
                i += c.len_utf8();
            }
            count += 1;
        }
        self.pos += i;
        out
    }

    /// Where the first line of `rest()` ends (an index into `pending`),
    /// if it is sure to end there: a final `\r` may yet be followed by `\n`.
    fn line_end(&self, from: usize) -> Option<usize> {
        let rest = &self.pending[from..];
        let at = |i: usize| from + i;
        match self.newline {
            Newline::Universal | Newline::UniversalUntranslated => {
                let i = rest.find(['\r', '\n'])?;
                if rest.as_bytes()[i] == b'\n' {
                    return Some(at(i + 1));
                }
                match rest.as_bytes().get(i + 1) {
                    Some(b'\n') => Some(at(i + 2)),
                    Some(_) => Some(at(i + 1)),
                    None if self.eof => Some(at(i + 1)),
                    None => None,
                }
            }
            Newline::Lf => rest.find('\n').map(|i| at(i + 1)),
            Newline::Cr => rest.find('\r').map(|i| at(i + 1)),
            Newline::CrLf => rest.find("\r\n").map(|i| at(i + 2)),
        }
    }
}

/// Byte index in `s` after its first `n` characters (or its length).
fn char_boundary(s: &str, n: usize) -> usize {
    s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)
}

fn text_state(f: &FileObject) -> PyResult<&RefCell<TextState>> {
    f.text.as_ref().ok_or_else(|| PyErr::internal("text operation on a binary file"))
}

/// The text state, borrowed for an operation. Text reads hold it across a
/// blocking read (GIL released), so another thread using the same file at
/// that moment gets CPython's "reentrant call" RuntimeError, not a panic.
fn text_borrow(cell: &RefCell<TextState>) -> PyResult<std::cell::RefMut<'_, TextState>> {
    cell.try_borrow_mut().map_err(|_| PyErr::new(ExcKind::RuntimeError, "reentrant call inside <_io.TextIOWrapper>"))
}

/// `text_borrow` of `f`'s text state.
fn text_guard(f: &FileObject) -> PyResult<std::cell::RefMut<'_, TextState>> {
    text_borrow(text_state(f)?)
}

impl FileObject {
    fn io<T>(&self, vm: &mut Vm, r: io::Result<T>) -> PyResult<T> {
        r.map_err(|e| os_error(vm, &e, None))
    }

    /// Reads one chunk into the text state (setting `eof` at end of file);
    /// returns the characters decoded.
    fn text_fill(&self, vm: &mut Vm, st: &mut TextState) -> PyResult<usize> {
        let r = self.blocking(vm, |raw| raw.read1(DEFAULT_BUFFER_SIZE));
        let chunk = self.io(vm, r)?;
        if chunk.is_empty() {
            st.eof = true;
            return st.feed(&[], true);
        }
        st.feed(&chunk, false)
    }

    fn text_read(&self, vm: &mut Vm, size: i64) -> PyResult<String> {
        let cell = text_state(self)?;
        let mut st = text_borrow(cell)?;
        st.eof = false;
        if size < 0 {
            let r = self.blocking(vm, |raw| raw.read_all());
            let rest = self.io(vm, r)?;
            st.feed(&rest, true)?;
            st.eof = true;
            let end = st.pending.len();
            let out = st.consume_to(end);
            st.pending.clear();
            st.pos = 0;
            return Ok(out);
        }
        let n = size as usize;
        // Enough characters that the n-th has its look-ahead (`\r\n`).
        let mut have = if st.rest().len() > n.saturating_add(1).saturating_mul(4) { usize::MAX } else { st.rest().chars().count() };
        while have <= n && !st.eof {
            have += self.text_fill(vm, &mut st)?;
        }
        Ok(st.consume_chars(n))
    }

    fn text_readline(&self, vm: &mut Vm, limit: i64) -> PyResult<String> {
        let cell = text_state(self)?;
        let mut st = text_borrow(cell)?;
        st.eof = false;
        let mut scan_from = st.pos;
        let mut have = if limit >= 0 { st.rest().chars().count() } else { 0 };
        loop {
            if let Some(end) = st.line_end(scan_from) {
                let end = if limit >= 0 { end.min(st.pos + char_boundary(st.rest(), limit as usize)) } else { end };
                return Ok(st.consume_to(end));
            }
            if limit >= 0 && have >= limit as usize {
                let end = st.pos + char_boundary(st.rest(), limit as usize);
                return Ok(st.consume_to(end));
            }
            if st.eof {
                let end = st.pending.len();
                return Ok(st.consume_to(end));
            }
            // Scan again from the last character: a final `\r` may pair
            // with a `\n` from the next chunk.
            let last = st.rest().chars().next_back().map_or(0, |c| c.len_utf8());
            scan_from = st.pending.len() - last;
            let before = st.pos;
            have += self.text_fill(vm, &mut st)?;
            // `feed` may have dropped the consumed prefix of `pending`.
            scan_from -= before - st.pos;
        }
    }

    fn text_write(&self, vm: &mut Vm, s: &str) -> PyResult<()> {
        let cell = text_state(self)?;
        let mut st = text_borrow(cell)?;
        let translated;
        let text = match st.newline.written() {
            Some(nl) if s.contains('\n') => {
                translated = s.replace('\n', nl);
                translated.as_str()
            }
            _ => s,
        };
        let data = encode(text, st.codec, &st.errors)?;
        st.reset();
        let flush = st.line_buffering && (s.contains('\n') || s.contains('\r'));
        drop(st);
        let r = self.blocking(vm, move |raw| raw.write(&data).and_then(|_| if flush { raw.flush_writes() } else { Ok(()) }));
        self.io(vm, r)
    }

    fn text_tell(&self, vm: &mut Vm) -> PyResult<u64> {
        let cell = text_state(self)?;
        let st = cell.borrow();
        let r = self.lock().tell();
        let raw_pos = self.io(vm, r)?;
        let ahead = st.undecoded.len() + encoded_len(st.codec, st.rest());
        Ok(raw_pos.saturating_sub(ahead as u64))
    }
}
