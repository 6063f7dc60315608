//! Frame records. A frame's slots (locals, then its operand stack) live on
//! the thread's value stack (`Vm::stack`), from `base`; a call pushes a
//! `Frame` record, not a heap object.

use crate::code::Code;
use crate::value::{Obj, Value};
use std::rc::Rc;

pub struct Frame {
    pub code: Rc<Code>,
    /// Index of the next instruction.
    pub ip: usize,
    /// Position of local slot 0 in the value stack.
    pub base: usize,
    /// Stack length to restore when the frame returns (drops the callable
    /// and anything else the caller had pushed for the call).
    pub ret_to: usize,
    /// Cell objects: `cellvars` then `freevars`.
    pub cells: Vec<Value>,
    pub globals: Obj,
    /// The namespace of module and class bodies (`LoadName`/`StoreName`).
    pub locals: Option<Obj>,
    /// True for a generator's frame: `YieldValue` suspends it.
    pub is_generator: bool,
}

impl Frame {
    /// Position of the operand stack's bottom.
    #[inline]
    pub fn stack_base(&self) -> usize {
        self.base + self.code.varnames.len()
    }
}
