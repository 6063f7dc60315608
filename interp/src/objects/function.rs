//! Functions: Python functions (code + globals + defaults + closure) and
//! builtins (Rust functions, optionally bound to a receiver).

use crate::code::Code;
use crate::errors::PyResult;
use crate::objects::dict::Dict;
use crate::value::{Obj, Value};
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// A function defined in Python.
pub struct Function {
    pub code: Rc<Code>,
    /// The module's globals dict object.
    pub globals: Obj,
    /// `__defaults__`: values for the last positional parameters.
    pub defaults: RefCell<Vec<Value>>,
    /// `__kwdefaults__`: a dict, or None.
    pub kwdefaults: RefCell<Value>,
    /// Cells for the code's free variables, in `freevars` order.
    pub closure: Vec<Value>,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    pub annotations: RefCell<Value>,
    /// Arbitrary attributes (`f.x = 1`, `__wrapped__`...).
    pub dict: RefCell<Dict>,
}

/// Positional argument values, then keyword argument values named by
/// `kwnames` (the last `kwnames.len()` entries of `values`).
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub values: &'a [Value],
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn positional_only(values: &'a [Value]) -> Args<'a> {
        Args { values, kwnames: &[] }
    }
    /// The positional arguments.
    #[inline]
    pub fn pos(&self) -> &'a [Value] {
        &self.values[..self.values.len() - self.kwnames.len()]
    }
    /// (name, value) pairs of the keyword arguments.
    pub fn kw(&self) -> impl Iterator<Item = (&'a str, &'a Value)> {
        let start = self.values.len() - self.kwnames.len();
        self.kwnames.iter().zip(&self.values[start..]).map(|(n, v)| (n.as_str().unwrap_or(""), v))
    }
    #[inline]
    pub fn has_kw(&self) -> bool {
        !self.kwnames.is_empty()
    }
    /// The keyword argument `name`, if given.
    pub fn kw_get(&self, name: &str) -> Option<&'a Value> {
        self.kw().find(|(n, _)| *n == name).map(|(_, v)| v)
    }
}

/// The signature of every builtin: the VM (the GIL token) and the arguments
/// (for methods, `self` is the first positional argument).
pub type NativeFn = fn(&mut Vm, Args<'_>) -> PyResult<Value>;

/// A function or method written in Rust.
pub struct Builtin {
    pub name: &'static str,
    pub func: NativeFn,
    /// `self` when bound (`"abc".upper`), else `Value::Null`.
    pub receiver: Value,
    /// The owning type's name for methods (`str` in `str.upper`), for repr.
    pub owner: Option<&'static str>,
}
