//! Python exceptions raised from Rust, and the catalogue of CPython's
//! messages.
//!
//! A `PyErr` is either *lazy* (an exception kind and a message, made by
//! code that has no VM at hand) or an exception object. The VM turns a
//! lazy error into an object (`Vm::normalize`) the first time it needs one:
//! to attach a traceback entry or to bind it in an `except` clause.
//!
//! Three kinds of failure (STYLE.md §8): Python exceptions (`PyErr`),
//! interpreter bugs (`PyErr::internal`, surfacing as `SystemError`), host
//! errors (converted to `OSError` with errno where they occur).

use crate::value::Value;

pub type PyResult<T> = Result<T, PyErr>;

/// A raised Python exception.
pub struct PyErr(pub Box<ErrState>);

pub enum ErrState {
    Lazy { kind: ExcKind, msg: String },
    /// Lazy, with the exception's full `args` (e.g. UnicodeDecodeError's
    /// `(encoding, object, start, end, reason)`).
    LazyArgs { kind: ExcKind, args: Vec<Value> },
    Object(Value),
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &*self.0 {
            ErrState::Lazy { kind, msg } => write!(f, "{:?}: {}", kind, msg),
            ErrState::LazyArgs { kind, args } => write!(f, "{:?}{:?}", kind, args),
            ErrState::Object(v) => write!(f, "exception object {:?}", v),
        }
    }
}

impl PyErr {
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> PyErr {
        PyErr(Box::new(ErrState::Lazy { kind, msg: msg.into() }))
    }
    /// A lazy error whose exception gets exactly `args`.
    pub fn with_args(kind: ExcKind, args: Vec<Value>) -> PyErr {
        PyErr(Box::new(ErrState::LazyArgs { kind, args }))
    }
    pub fn from_object(exc: Value) -> PyErr {
        PyErr(Box::new(ErrState::Object(exc)))
    }
    /// An interpreter bug: `SystemError`, never a panic.
    pub fn internal(msg: &str) -> PyErr {
        PyErr::new(ExcKind::SystemError, format!("garter internal error: {msg}"))
    }
    pub fn type_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::TypeError, msg)
    }
    pub fn value_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::ValueError, msg)
    }
    pub fn index_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::IndexError, msg)
    }
    pub fn attribute_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::AttributeError, msg)
    }
    pub fn overflow_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::OverflowError, msg)
    }
    pub fn zero_division(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::ZeroDivisionError, msg)
    }
    pub fn name_error(name: &str) -> PyErr {
        PyErr::new(ExcKind::NameError, format!("name '{name}' is not defined"))
    }
    pub fn stop_iteration() -> PyErr {
        PyErr::new(ExcKind::StopIteration, String::new())
    }
    /// `OSError` (or the errno-specific subclass) from a host I/O error.
    pub fn from_io(e: &std::io::Error) -> PyErr {
        use std::io::ErrorKind as K;
        // The errno decides, as in CPython; errors without one by their kind.
        let kind = match e.raw_os_error() {
            Some(code) => errno_subclass(code as i64).unwrap_or(ExcKind::OSError),
            None => match e.kind() {
                K::NotFound => ExcKind::FileNotFoundError,
                K::AlreadyExists => ExcKind::FileExistsError,
                K::PermissionDenied => ExcKind::PermissionError,
                K::BrokenPipe => ExcKind::BrokenPipeError,
                K::TimedOut => ExcKind::TimeoutError,
                K::Interrupted => ExcKind::InterruptedError,
                _ => ExcKind::OSError,
            },
        };
        let msg = match e.raw_os_error() {
            Some(code) => {
                let text = e.to_string();
                let text = text.split(" (os error").next().unwrap_or("").to_string();
                format!("[Errno {code}] {text}")
            }
            None => e.to_string(),
        };
        PyErr::new(kind, msg)
    }
    /// The message a lazy error's exception will show (`str(exc)`).
    pub fn lazy_message(&self) -> Option<String> {
        match &*self.0 {
            ErrState::Lazy { msg, .. } => Some(msg.clone()),
            ErrState::LazyArgs { kind, args } if args.len() == 5 => Some(unicode_error_message(*kind == ExcKind::UnicodeDecodeError, args)),
            _ => None,
        }
    }
    /// The lazy kind, if this error has not been turned into an object.
    pub fn lazy_kind(&self) -> Option<ExcKind> {
        match &*self.0 {
            ErrState::Lazy { kind, .. } | ErrState::LazyArgs { kind, .. } => Some(*kind),
            ErrState::Object(_) => None,
        }
    }
}

macro_rules! exc_kinds {
    ($( $name:ident : $base:ident ),* $(,)?) => {
        /// The built-in exception classes, in definition order (a base
        /// always comes before its subclasses).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ExcKind { $( $name ),* }

        impl ExcKind {
            pub const ALL: &'static [ExcKind] = &[ $( ExcKind::$name ),* ];
            pub fn name(self) -> &'static str {
                match self { $( ExcKind::$name => stringify!($name) ),* }
            }
            /// The base class (BaseException is its own).
            pub fn base(self) -> ExcKind {
                match self { $( ExcKind::$name => ExcKind::$base ),* }
            }
        }
    };
}

exc_kinds! {
    BaseException: BaseException,
    SystemExit: BaseException,
    KeyboardInterrupt: BaseException,
    GeneratorExit: BaseException,
    Exception: BaseException,
    StopIteration: Exception,
    StopAsyncIteration: Exception,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    FileExistsError: OSError,
    FileNotFoundError: OSError,
    InterruptedError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    PermissionError: OSError,
    ProcessLookupError: OSError,
    TimeoutError: OSError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    UnicodeTranslateError: UnicodeError,
    Warning: Exception,
    DeprecationWarning: Warning,
    PendingDeprecationWarning: Warning,
    RuntimeWarning: Warning,
    SyntaxWarning: Warning,
    UserWarning: Warning,
    FutureWarning: Warning,
    ImportWarning: Warning,
    UnicodeWarning: Warning,
    BytesWarning: Warning,
    ResourceWarning: Warning,
    EncodingWarning: Warning,
}

// ---- the message catalogue: each quotes the CPython 3.11 wording ----

/// `TypeError: unsupported operand type(s) for +: 'int' and 'str'`
pub fn unsupported_binop(symbol: &str, left: &str, right: &str) -> PyErr {
    PyErr::type_error(format!("unsupported operand type(s) for {symbol}: '{left}' and '{right}'"))
}

/// `TypeError: '<' not supported between instances of 'int' and 'str'`
pub fn unorderable(symbol: &str, left: &str, right: &str) -> PyErr {
    PyErr::type_error(format!("'{symbol}' not supported between instances of '{left}' and '{right}'"))
}

/// `TypeError: bad operand type for unary -: 'str'`
pub fn bad_unary(symbol: &str, operand: &str) -> PyErr {
    PyErr::type_error(format!("bad operand type for unary {symbol}: '{operand}'"))
}

/// `AttributeError: 'int' object has no attribute 'foo'`
pub fn no_attribute(type_name: &str, attr: &str) -> PyErr {
    PyErr::attribute_error(format!("'{type_name}' object has no attribute '{attr}'"))
}

/// `TypeError: 'int' object is not callable`
pub fn not_callable(type_name: &str) -> PyErr {
    PyErr::type_error(format!("'{type_name}' object is not callable"))
}

/// `TypeError: 'int' object is not iterable`
pub fn not_iterable(type_name: &str) -> PyErr {
    PyErr::type_error(format!("'{type_name}' object is not iterable"))
}

/// `TypeError: 'int' object is not subscriptable`
pub fn not_subscriptable(type_name: &str) -> PyErr {
    PyErr::type_error(format!("'{type_name}' object is not subscriptable"))
}

/// `UnboundLocalError: cannot access local variable 'x' where it is not associated with a value`
pub fn unbound_local(name: &str) -> PyErr {
    PyErr::new(
        ExcKind::UnboundLocalError,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

/// `NameError: cannot access free variable 'x' where it is not associated with a value in enclosing scope`
pub fn unbound_free(name: &str) -> PyErr {
    PyErr::new(
        ExcKind::NameError,
        format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
    )
}

/// `ZeroDivisionError: division by zero`
pub fn division_by_zero() -> PyErr {
    PyErr::zero_division("division by zero")
}

/// CPython's `str()` of UnicodeDecodeError/UnicodeEncodeError from
/// `(encoding, object, start, end, reason)`.
pub fn unicode_error_message(decode: bool, a: &[Value]) -> String {
    let enc = a[0].as_str().unwrap_or("");
    let reason = a[4].as_str().unwrap_or("");
    let (start, end) = match (&a[2], &a[3]) {
        (Value::Int(s), Value::Int(e)) => (*s, *e),
        _ => (0, 0),
    };
    if decode {
        let byte = match a[1].payload() {
            Some(crate::value::Payload::Bytes(b)) => b.get(start as usize).copied().unwrap_or(0),
            Some(crate::value::Payload::ByteArray(b)) => b.borrow().get(start as usize).copied().unwrap_or(0),
            _ => 0,
        };
        if end - start <= 1 {
            format!("'{enc}' codec can't decode byte 0x{byte:02x} in position {start}: {reason}")
        } else {
            format!("'{enc}' codec can't decode bytes in position {start}-{}: {reason}", end - 1)
        }
    } else {
        let ch = a[1].as_pystr().and_then(|s| s.char_at(start as usize)).map(|c| c as u32).unwrap_or(0);
        if end - start <= 1 {
            let esc = if ch < 0x100 { format!("\\x{ch:02x}") } else if ch < 0x10000 { format!("\\u{ch:04x}") } else { format!("\\U{ch:08x}") };
            format!("'{enc}' codec can't encode character '{esc}' in position {start}: {reason}")
        } else {
            format!("'{enc}' codec can't encode characters in position {start}-{}: {reason}", end - 1)
        }
    }
}

/// The `OSError` subclass CPython picks for an errno (Linux numbering), as
/// `OSError.__new__` does; None for plain `OSError`.
pub fn errno_subclass(errno: i64) -> Option<ExcKind> {
    Some(match errno {
        11 | 114 | 115 => ExcKind::BlockingIOError,
        10 => ExcKind::ChildProcessError,
        32 | 108 => ExcKind::BrokenPipeError,
        103 => ExcKind::ConnectionAbortedError,
        111 => ExcKind::ConnectionRefusedError,
        104 => ExcKind::ConnectionResetError,
        17 => ExcKind::FileExistsError,
        2 => ExcKind::FileNotFoundError,
        4 => ExcKind::InterruptedError,
        21 => ExcKind::IsADirectoryError,
        20 => ExcKind::NotADirectoryError,
        1 | 13 => ExcKind::PermissionError,
        3 => ExcKind::ProcessLookupError,
        110 => ExcKind::TimeoutError,
        _ => return None,
    })
}
