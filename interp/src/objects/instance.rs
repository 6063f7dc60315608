//! Instances of user-defined classes, exceptions included.
//!
//! The instance `__dict__` lives inline until Python code asks for
//! `obj.__dict__`; it then moves into a dict object shared with the caller,
//! so `obj.__dict__[k] = v` and `obj.__dict__.update(...)` write through
//! (as CPython's materialised dicts do). `dict()` hides which is in use.

use crate::objects::dict::Dict;
use crate::value::{Obj, Payload, Value};
use std::cell::{OnceCell, RefCell};

pub struct Instance {
    pub class: RefCell<Obj>,
    /// The instance `__dict__` while no dict object was handed out.
    inline_dict: RefCell<Dict>,
    /// The `__dict__` object once materialised (always a `Payload::Dict`).
    shared_dict: OnceCell<Obj>,
    pub extra: InstanceExtra,
}

impl Instance {
    pub fn new(class: Obj, extra: InstanceExtra) -> Instance {
        Instance { class: RefCell::new(class), inline_dict: RefCell::new(Dict::new()), shared_dict: OnceCell::new(), extra }
    }

    /// The instance `__dict__` storage.
    #[inline]
    pub fn dict(&self) -> &RefCell<Dict> {
        if let Some(o) = self.shared_dict.get() {
            if let Payload::Dict(d) = o.payload() {
                return d;
            }
        }
        &self.inline_dict
    }

    /// `obj.__dict__`: the dict object, materialised on first use.
    pub fn dict_object(&self) -> Obj {
        self.shared_dict
            .get_or_init(|| {
                let d = std::mem::take(&mut *self.inline_dict.borrow_mut());
                Obj::new(Payload::Dict(RefCell::new(d)))
            })
            .clone()
    }
}

/// State an instance carries beyond its `__dict__`, by the builtin base.
pub enum InstanceExtra {
    Plain,
    /// Instances of `BaseException` and its subclasses.
    Exception(RefCell<ExcData>),
    /// Subclasses of builtin types (`class L(list)`): the builtin value.
    Builtin(RefCell<Value>),
    /// Python subclasses of native classes (`class Q(queue.Queue)`): the
    /// native object the base's `__new__` made; its methods reach it
    /// through `self` (see `stdlib/src/native_class.rs`, `downcast`).
    Native(Value),
}

/// What every exception carries.
pub struct ExcData {
    /// `args`, a tuple.
    pub args: Value,
    /// Traceback entries, innermost first (printed outermost first).
    pub traceback: Vec<TracebackEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
}

impl ExcData {
    pub fn new(args: Value) -> ExcData {
        ExcData { args, traceback: Vec::new(), cause: Value::None, context: Value::None, suppress_context: false }
    }
}

/// One `File "...", line N, in name` line of a traceback.
#[derive(Clone, Debug)]
pub struct TracebackEntry {
    pub filename: std::rc::Rc<str>,
    pub line: u32,
    pub name: std::rc::Rc<str>,
    /// The frame's code and globals (for `tb.tb_frame.f_code`/`f_globals`).
    pub code: std::rc::Rc<crate::code::Code>,
    pub globals: crate::value::Obj,
    /// The failing instruction's column span (for the column markers).
    pub span: crate::code::Span,
}
