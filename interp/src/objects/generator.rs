//! Generator objects: a suspended frame and its stack segment.
//!
//! Between resumptions the frame's values (locals, then operand stack) are
//! kept in `saved`; `vm/generator.rs` moves them onto the thread's value
//! stack to resume and back when the frame yields.

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
}
