//! Values and heap objects.
//!
//! A `Value` is 16 bytes: `None`, `Bool`, small `Int` (i64) and `Float`
//! live inline; everything else is an `Obj`, a reference-counted pointer
//! to a `Payload`. `Null` is an internal marker (an unset local, an empty
//! cell, the "no self" slot of a `LoadMethod` pair) that Python code never
//! sees.
//!
//! Invariant (see `gil.rs`): reference counts are not atomic (`Rc`). That
//! is sound because a thread touches objects only while it holds the GIL;
//! `Obj` is `!Send`, so no object can be captured by code that runs without
//! the GIL (`Vm::allow_threads` takes a `Send` closure). Objects cross to a
//! new thread only through `gil::GilBound`, whose `unsafe` is justified there.
//!
//! Reference counts change only in `Clone` and `Drop`, so no error path can
//! forget a release.

use crate::code::Code;
use crate::objects::dict::Dict;
use crate::objects::function::{Builtin, Function};
use crate::objects::instance::Instance;
use crate::objects::iter::IterState;
use crate::objects::module::Module;
use crate::objects::set::SetData;
use crate::objects::str::PyStr;
use crate::objects::typeobj::TypeObject;
use num_bigint::BigInt;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// A Python value: small ones inline, the rest counted heap handles.
#[derive(Clone, Debug)]
pub enum Value {
    /// Internal marker, never visible to Python code.
    Null,
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(Obj),
}

const _: () = assert!(std::mem::size_of::<Value>() <= 16);
// Every heap object is a `Payload` behind an `Rc`: large, rare kinds are
// boxed so that strs, tuples and lists stay small allocations.
const _: () = assert!(std::mem::size_of::<Payload>() <= 80);

/// A counted handle to a heap object. Cloning adds a reference.
#[derive(Clone)]
pub struct Obj(pub Rc<Payload>);

impl std::fmt::Debug for Obj {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<{} at {:p}>", self.0.kind_name(), Rc::as_ptr(&self.0))
    }
}

impl Obj {
    pub fn new(payload: Payload) -> Obj {
        Obj(Rc::new(payload))
    }
    #[inline]
    pub fn payload(&self) -> &Payload {
        &self.0
    }
    #[inline]
    pub fn is(&self, other: &Obj) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
    /// The address, as `id()` reports it.
    pub fn addr(&self) -> usize {
        Rc::as_ptr(&self.0) as *const u8 as usize
    }
}

/// A cell (closure variable); `Value::Null` when empty.
pub type Cell = RefCell<Value>;

/// Everything that lives on the heap.
pub enum Payload {
    Str(PyStr),
    BigInt(BigInt),
    Complex(f64, f64),
    Bytes(Vec<u8>),
    ByteArray(RefCell<Vec<u8>>),
    Tuple(Vec<Value>),
    List(RefCell<Vec<Value>>),
    Dict(RefCell<Dict>),
    Set(RefCell<SetData>),
    FrozenSet(SetData),
    /// `range(start, stop, step)` with i64 bounds.
    Range { start: i64, stop: i64, step: i64 },
    /// A `range` with a bound outside i64 (`objects/range.rs`).
    BigRange(Box<crate::objects::range::BigRange>),
    /// `d.keys()`, `d.values()`, `d.items()` (`objects/dict_view.rs`).
    DictView(crate::objects::dict_view::DictView),
    Slice { start: Value, stop: Value, step: Value },
    Function(Box<Function>),
    /// A function written in Rust, possibly bound to `self`.
    Builtin(Builtin),
    /// A bound method: `func` called with `receiver` first.
    Method { func: Value, receiver: Value },
    Type(Box<TypeObject>),
    /// An instance of a user class (exceptions included).
    Instance(Box<Instance>),
    Module(Module),
    Cell(Cell),
    Code(Rc<Code>),
    Generator(Box<RefCell<crate::objects::generator::Generator>>),
    Iter(Box<RefCell<IterState>>),
    Property { fget: Value, fset: Value, fdel: Value, doc: Value },
    StaticMethod(Value),
    ClassMethod(Value),
    /// `super(type, obj)`: `this_class` is where the MRO search starts after.
    Super { this_class: Obj, receiver: Value, receiver_type: Obj },
    NotImplemented,
    Ellipsis,
    /// Objects of native (Rust) modules: files, locks, queues...
    Native(Box<dyn crate::objects::native::NativeObject>),
}

impl Payload {
    /// A short name for debugging output (not the Python type name).
    pub fn kind_name(&self) -> &'static str {
        match self {
            Payload::Str(_) => "str",
            Payload::BigInt(_) => "int",
            Payload::Complex(..) => "complex",
            Payload::Bytes(_) => "bytes",
            Payload::ByteArray(_) => "bytearray",
            Payload::Tuple(_) => "tuple",
            Payload::List(_) => "list",
            Payload::Dict(_) => "dict",
            Payload::Set(_) => "set",
            Payload::FrozenSet(_) => "frozenset",
            Payload::Range { .. } | Payload::BigRange(_) => "range",
            Payload::DictView(_) => "dict_view",
            Payload::Slice { .. } => "slice",
            Payload::Function(_) => "function",
            Payload::Builtin(_) => "builtin_function_or_method",
            Payload::Method { .. } => "method",
            Payload::Type(_) => "type",
            Payload::Instance(_) => "instance",
            Payload::Module(_) => "module",
            Payload::Cell(_) => "cell",
            Payload::Code(_) => "code",
            Payload::Generator(_) => "generator",
            Payload::Iter(_) => "iterator",
            Payload::Property { .. } => "property",
            Payload::StaticMethod(_) => "staticmethod",
            Payload::ClassMethod(_) => "classmethod",
            Payload::Super { .. } => "super",
            Payload::NotImplemented => "NotImplementedType",
            Payload::Ellipsis => "ellipsis",
            Payload::Native(_) => "native",
        }
    }
}

impl Value {
    // ---- constructors -------------------------------------------------

    pub fn new_str(s: &str) -> Value {
        Value::Obj(Obj::new(Payload::Str(PyStr::new(s))))
    }
    pub fn from_string(s: String) -> Value {
        Value::Obj(Obj::new(Payload::Str(PyStr::from_string(s))))
    }
    /// A str from text the caller knows is ASCII (skips counting chars).
    pub fn from_ascii_string(s: String) -> Value {
        debug_assert!(s.is_ascii());
        let n = s.len();
        Value::Obj(Obj::new(Payload::Str(PyStr::with_char_len(s, n))))
    }
    /// An int from a `BigInt`, normalised to the inline form when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::Obj(Obj::new(Payload::BigInt(b))),
        }
    }
    /// An int from decimal digits (the compiler's big literals).
    pub fn from_decimal_digits(digits: &str) -> Option<Value> {
        let b: BigInt = digits.parse().ok()?;
        Some(Value::from_bigint(b))
    }
    pub fn new_complex(re: f64, im: f64) -> Value {
        Value::Obj(Obj::new(Payload::Complex(re, im)))
    }
    pub fn new_bytes(b: Vec<u8>) -> Value {
        Value::Obj(Obj::new(Payload::Bytes(b)))
    }
    pub fn new_bytearray(b: Vec<u8>) -> Value {
        Value::Obj(Obj::new(Payload::ByteArray(RefCell::new(b))))
    }
    pub fn new_tuple(items: Vec<Value>) -> Value {
        Value::Obj(Obj::new(Payload::Tuple(items)))
    }
    pub fn new_list(items: Vec<Value>) -> Value {
        Value::Obj(Obj::new(Payload::List(RefCell::new(items))))
    }
    pub fn new_dict(d: Dict) -> Value {
        Value::Obj(Obj::new(Payload::Dict(RefCell::new(d))))
    }
    pub fn new_code(code: Code) -> Value {
        Value::Obj(Obj::new(Payload::Code(Rc::new(code))))
    }
    pub fn new_cell(v: Value) -> Value {
        Value::Obj(Obj::new(Payload::Cell(RefCell::new(v))))
    }
    pub fn from_obj(p: Payload) -> Value {
        Value::Obj(Obj::new(p))
    }

    // ---- inspection ---------------------------------------------------

    #[inline]
    pub fn as_obj(&self) -> Option<&Obj> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }
    #[inline]
    pub fn payload(&self) -> Option<&Payload> {
        match self {
            Value::Obj(o) => Some(&o.0),
            _ => None,
        }
    }
    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }
    #[inline]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
    /// The `&str` of a str object.
    #[inline]
    pub fn as_str(&self) -> Option<&str> {
        match self.payload() {
            Some(Payload::Str(s)) => Some(s.as_str()),
            _ => None,
        }
    }
    #[inline]
    pub fn as_pystr(&self) -> Option<&PyStr> {
        match self.payload() {
            Some(Payload::Str(s)) => Some(s),
            _ => None,
        }
    }
    pub fn as_tuple(&self) -> Option<&[Value]> {
        match self.payload() {
            Some(Payload::Tuple(t)) => Some(t),
            _ => None,
        }
    }
    pub fn as_code(&self) -> Option<&Rc<Code>> {
        match self.payload() {
            Some(Payload::Code(c)) => Some(c),
            _ => None,
        }
    }
    pub fn as_type(&self) -> Option<&TypeObject> {
        match self.payload() {
            Some(Payload::Type(t)) => Some(t),
            _ => None,
        }
    }
    /// Identity (`is`).
    #[inline]
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            // NotImplemented and Ellipsis are singletons, even when made apart.
            (Value::Obj(a), Value::Obj(b)) => {
                a.is(b)
                    || matches!(
                        (a.payload(), b.payload()),
                        (Payload::Ellipsis, Payload::Ellipsis) | (Payload::NotImplemented, Payload::NotImplemented)
                    )
            }
            (Value::None, Value::None) | (Value::Null, Value::Null) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            // Small ints are cached in CPython; equal inline ints are "the same".
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            _ => false,
        }
    }
}

/// Interned identifier strings: one str object per distinct name, so that
/// dict lookups by name can compare pointers first.
///
/// It also holds the one-character ASCII strs, made on first use and shared
/// (CPython shares its one-character Latin-1 strs the same way), so `str(7)`
/// and the like allocate nothing.
#[derive(Default)]
pub struct Interner {
    table: HashMap<Box<str>, Value>,
    ascii_chars: Vec<Value>,
}

impl Interner {
    pub fn new() -> Interner {
        Interner::default()
    }
    /// The interned str object for `s`.
    pub fn intern(&mut self, s: &str) -> Value {
        if let Some(v) = self.table.get(s) {
            return v.clone();
        }
        let v = Value::new_str(s);
        self.table.insert(s.into(), v.clone());
        v
    }
    /// The shared one-character str for an ASCII byte.
    #[inline]
    pub fn ascii_char(&mut self, b: u8) -> Value {
        debug_assert!(b.is_ascii());
        if self.ascii_chars.is_empty() {
            self.ascii_chars = (0u8..128).map(|c| Value::new_str(std::str::from_utf8(&[c]).unwrap_or("?"))).collect();
        }
        self.ascii_chars[(b & 0x7f) as usize].clone()
    }
}
