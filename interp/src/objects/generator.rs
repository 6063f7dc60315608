//! Generator objects: a suspended frame and its stack segment.
//!
//! Between resumptions the frame's values (locals, then operand stack) are
//! kept in `saved`; `vm/generator.rs` moves them onto the thread's value
//! stack to resume and back when the frame yields. While the generator runs
//! (`running`), `frame` is None (the record is on the VM's frame stack) and
//! `saved` is empty.

use crate::value::Value;
use crate::vm::frame::Frame;

pub struct Generator {
    /// The suspended frame (None once finished).
    pub frame: Option<Frame>,
    /// The frame's slots: locals then operand stack.
    pub saved: Vec<Value>,
    pub running: bool,
    /// True until the first resumption (only `None` may be sent).
    pub just_started: bool,
    pub name: Value,
    pub qualname: Value,
    /// The exception the suspended frame is handling (CPython's
    /// `gi_exc_state`): swapped into `Vm::handled` while it runs, so a
    /// generator suspended in an `except` block keeps its own exception
    /// and its caller's is untouched. None when it handles none. While it
    /// runs, this holds the consumer's handled exception instead, restored
    /// when the generator yields or finishes.
    pub exc_state: Value,
}
