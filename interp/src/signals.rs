//! Pending signals, checked by the GIL's periodic check. Ctrl-C sets a
//! flag from the signal handler; the main thread raises KeyboardInterrupt
//! at its next check.
//!
//! Signals with a Python handler (the `signal` module's `signal.signal`)
//! are caught by a C handler that only sets their bit in
//! `PENDING_SIGNALS` (an atomic store: async-signal-safe). The periodic
//! check takes the bits and hands each signal number to the hook the
//! `signal` module registered, which calls the Python handler. A handler
//! that raises stops the round; the signals not yet handled stay pending.

use crate::errors::{ExcKind, PyErr, PyResult};
use crate::vm::Vm;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::OnceLock;

/// Set asynchronously (signal handler or embedder); cleared when raised.
pub static INTERRUPT_PENDING: AtomicBool = AtomicBool::new(false);

/// Caught signals not yet handled: bit `n` for signal number `n` (1..=63).
pub static PENDING_SIGNALS: AtomicU64 = AtomicU64::new(0);

/// Runs the Python handler of one signal (set once by the `signal` module).
pub type SignalHook = fn(&mut Vm, i32) -> PyResult<()>;
static HOOK: OnceLock<SignalHook> = OnceLock::new();

/// Registers the function that runs Python signal handlers.
pub fn set_hook(hook: SignalHook) {
    let _ = HOOK.set(hook);
}

/// Marks `signum` pending; safe to call from a C signal handler.
pub fn note_signal(signum: i32) {
    if (1..64).contains(&signum) {
        PENDING_SIGNALS.fetch_or(1u64 << signum, Ordering::SeqCst);
    }
}

/// Whether a signal is waiting to be handled (blocking waits on the main
/// thread look, to end early).
pub fn pending() -> bool {
    INTERRUPT_PENDING.load(Ordering::Relaxed) || PENDING_SIGNALS.load(Ordering::Relaxed) != 0
}

/// Raises KeyboardInterrupt if an interrupt is pending, then runs the
/// Python handlers of pending signals, lowest number first.
pub fn check(vm: &mut Vm) -> PyResult<()> {
    if INTERRUPT_PENDING.swap(false, Ordering::Relaxed) {
        return Err(PyErr::new(ExcKind::KeyboardInterrupt, ""));
    }
    if PENDING_SIGNALS.load(Ordering::Relaxed) == 0 {
        return Ok(());
    }
    let mut bits = PENDING_SIGNALS.swap(0, Ordering::SeqCst);
    let Some(hook) = HOOK.get().copied() else { return Ok(()) };
    while bits != 0 {
        let signum = bits.trailing_zeros() as i32;
        bits &= bits - 1;
        if let Err(e) = hook(vm, signum) {
            PENDING_SIGNALS.fetch_or(bits, Ordering::SeqCst);
            return Err(e);
        }
    }
    Ok(())
}
