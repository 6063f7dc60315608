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

thread_local! {
    /// Generators dropped while suspended inside a `try` or `with`: their
    /// `finally` blocks and `__exit__`s still have to run, as CPython runs
    /// them when a generator is freed. `Drop` cannot run Python code, so the
    /// VM closes these at its next periodic check (and at exit):
    /// `Vm::run_pending_finalizers`.
    pub static PENDING_CLOSE: std::cell::RefCell<Vec<Generator>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Generators queued in any thread's `PENDING_CLOSE`: lets the periodic
/// check skip the thread-local lookup when there are none.
pub static PENDING_COUNT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

impl Drop for Generator {
    fn drop(&mut self) {
        if self.running || self.just_started {
            return;
        }
        let Some(frame) = self.frame.as_ref() else { return };
        // Only a frame suspended in a protected region has cleanup to run.
        let at = frame.ip.saturating_sub(1) as u32;
        if !frame.code.exception_table.iter().any(|e| e.start <= at && at < e.end) {
            return;
        }
        let mut pending = Some(Generator {
            frame: self.frame.take(),
            saved: std::mem::take(&mut self.saved),
            running: false,
            just_started: false,
            name: std::mem::replace(&mut self.name, Value::None),
            qualname: std::mem::replace(&mut self.qualname, Value::None),
            exc_state: std::mem::replace(&mut self.exc_state, Value::None),
        });
        let _ = PENDING_CLOSE.try_with(|q| {
            if let Ok(mut q) = q.try_borrow_mut() {
                if let Some(g) = pending.take() {
                    q.push(g);
                    PENDING_COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                }
            }
        });
        // Not queued (thread ending): drop it without finalising again.
        if let Some(mut g) = pending {
            g.frame = None;
        }
    }
}
