//! Pending signals, checked by the GIL's periodic check. Ctrl-C sets a
//! flag from the signal handler; the main thread raises KeyboardInterrupt
//! at its next check.
//!
//! `install_sigint_handler` puts that handler in place, as CPython does at
//! startup — only when SIGINT has its default disposition, so a process
//! started with SIGINT ignored (`nohup`, a background job) keeps ignoring it.

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

/// The SIGINT handler: marks an interrupt pending, nothing else (an atomic
/// store is async-signal-safe).
extern "C" fn on_sigint(_signal: nix::libc::c_int) {
    INTERRUPT_PENDING.store(true, Ordering::Relaxed);
}

/// Makes Ctrl-C raise `KeyboardInterrupt` in the main thread (CPython's
/// `default_int_handler`). Blocking waits on the main thread poll
/// `pending()` (see `sync.rs`), so a wait in `join`, a lock, a queue, an
/// event or `time.sleep` ends promptly. Leaves an ignored SIGINT ignored.
pub fn install_sigint_handler() {
    use nix::sys::signal::{sigaction, SaFlags, SigAction, SigHandler, SigSet, Signal};
    let ours = SigAction::new(SigHandler::Handler(on_sigint), SaFlags::SA_RESTART, SigSet::empty());
    // SAFETY: `on_sigint` only stores to an atomic, which is
    // async-signal-safe; no other code of ours owns SIGINT's disposition.
    let previous = unsafe { sigaction(Signal::SIGINT, &ours) };
    if let Ok(old) = previous {
        if old.handler() == SigHandler::SigIgn {
            // SAFETY: as above; this puts back the disposition we found.
            let _ = unsafe { sigaction(Signal::SIGINT, &old) };
        }
    }
}

/// Raises KeyboardInterrupt if an interrupt is pending.
pub fn check(_vm: &mut Vm) -> PyResult<()> {
    if INTERRUPT_PENDING.swap(false, Ordering::Relaxed) {
        return Err(PyErr::new(ExcKind::KeyboardInterrupt, ""));
    }
    Ok(())
}
