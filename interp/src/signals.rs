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
//! `install_sigint_handler` puts that handler in place, as CPython does at
//! startup — only when SIGINT has its default disposition, so a process
//! started with SIGINT ignored (`nohup`, a background job) keeps ignoring it.

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
        if matches!(old.handler(), SigHandler::SigIgn) {
            // SAFETY: as above; this puts back the disposition we found.
            let _ = unsafe { sigaction(Signal::SIGINT, &old) };
        }
    }
}

/// Raises KeyboardInterrupt if an interrupt is pending, then runs the
/// Python handlers of pending signals, lowest number first.
pub fn check(vm: &mut Vm) -> PyResult<()> {
    // A plain load first: the common case (nothing pending) takes no
    // locked read-modify-write.
    if INTERRUPT_PENDING.load(Ordering::Relaxed) && INTERRUPT_PENDING.swap(false, Ordering::Relaxed) {
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
