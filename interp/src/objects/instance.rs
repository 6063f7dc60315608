//! Instances of user-defined classes, exceptions included.

use crate::objects::dict::Dict;
use crate::value::{Obj, Value};
use std::cell::RefCell;

pub struct Instance {
    pub class: RefCell<Obj>,
    /// The instance `__dict__`.
    pub dict: RefCell<Dict>,
    pub extra: InstanceExtra,
}

/// State an instance carries beyond its `__dict__`, by the builtin base.
pub enum InstanceExtra {
    Plain,
    /// Instances of `BaseException` and its subclasses.
    Exception(RefCell<ExcData>),
    /// Subclasses of builtin types (`class L(list)`): the builtin value.
    Builtin(RefCell<Value>),
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
}
