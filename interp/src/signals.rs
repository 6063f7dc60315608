//! Pending signals, checked by the GIL's periodic check. Ctrl-C sets a
//! flag from the signal handler; the main thread raises KeyboardInterrupt
//! at its next check.

use crate::errors::{ExcKind, PyErr, PyResult};
use crate::vm::Vm;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set asynchronously (signal handler or embedder); cleared when raised.
pub static INTERRUPT_PENDING: AtomicBool = AtomicBool::new(false);

/// Whether a signal is waiting to be handled (blocking waits on the main
/// thread look, to end early).
pub fn pending() -> bool {
    INTERRUPT_PENDING.load(Ordering::Relaxed)
}

/// Raises KeyboardInterrupt if an interrupt is pending.
pub fn check(_vm: &mut Vm) -> PyResult<()> {
    if INTERRUPT_PENDING.swap(false, Ordering::Relaxed) {
        return Err(PyErr::new(ExcKind::KeyboardInterrupt, ""));
    }
    Ok(())
}
