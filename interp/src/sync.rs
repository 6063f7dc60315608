//! Blocking waits for native synchronisation objects (locks, queues,
//! thread handles): each waits with the GIL released, honours a deadline,
//! and stays interruptible on the main thread — a pending signal (Ctrl-C)
//! ends the wait so the periodic machinery can raise `KeyboardInterrupt`, as
//! CPython's lock waits do.
//!
//! The waited-for state lives in a `parking_lot::Mutex` next to its
//! `Condvar`; it holds plain Rust data (counts, flags), never objects, so it
//! may be touched without the GIL.

use crate::errors::PyResult;
use crate::vm::Vm;
use parking_lot::{Condvar, Mutex};
use std::time::{Duration, Instant};

/// How long the main thread sleeps between looks at pending signals.
const SIGNAL_POLL: Duration = Duration::from_millis(10);

/// The largest timeout accepted (`threading.TIMEOUT_MAX`), in seconds.
pub const TIMEOUT_MAX: f64 = 9_223_372_036.0;

/// A deadline `secs` from now; None for "wait forever" (negative `secs`).
pub fn deadline_after(secs: f64) -> Option<Instant> {
    if secs < 0.0 {
        return None;
    }
    Instant::now().checked_add(Duration::from_secs_f64(secs.min(TIMEOUT_MAX)))
}

enum Outcome {
    Ready,
    TimedOut,
    Interrupted,
}

/// Waits, with the GIL released, until `ready(state)` is true (it may
/// update the state, e.g. take the lock) or `deadline` passes. Returns
/// whether `ready` succeeded. On the main thread a pending signal is handled
/// (its Python handler runs, or KeyboardInterrupt is raised) and the wait
/// goes on unless that raised.
pub fn wait_until<S: Send>(
    vm: &mut Vm,
    m: &Mutex<S>,
    cv: &Condvar,
    deadline: Option<Instant>,
    ready: impl Fn(&mut S) -> bool + Sync,
) -> PyResult<bool> {
    // The common case first, without giving the GIL up.
    if ready(&mut m.lock()) {
        return Ok(true);
    }
    let interruptible = vm.is_main;
    loop {
        let outcome = vm.allow_threads(|| {
            let mut st = m.lock();
            loop {
                if ready(&mut st) {
                    return Outcome::Ready;
                }
                if interruptible && crate::signals::pending() {
                    return Outcome::Interrupted;
                }
                let now = Instant::now();
                let mut until = match deadline {
                    Some(d) if d <= now => return Outcome::TimedOut,
                    Some(d) => d,
                    None => now + Duration::from_secs(3600),
                };
                if interruptible {
                    until = until.min(now + SIGNAL_POLL);
                }
                cv.wait_until(&mut st, until);
            }
        });
        match outcome {
            Outcome::Ready => return Ok(true),
            Outcome::TimedOut => return Ok(false),
            Outcome::Interrupted => crate::signals::check(vm)?,
        }
    }
}

/// `time.sleep`: sleeps with the GIL released; on the main thread a signal
/// ends the sleep early to be handled (and the sleep goes on if its handler
/// returns, as PEP 475 says).
pub fn sleep(vm: &mut Vm, secs: f64) -> PyResult<()> {
    if secs <= 0.0 {
        // `sleep(0)` still lets other threads run.
        vm.allow_threads(std::thread::yield_now);
        return Ok(());
    }
    let m = Mutex::new(());
    let cv = Condvar::new();
    let deadline = deadline_after(secs.max(0.0));
    let end = deadline.unwrap_or_else(Instant::now);
    wait_until(vm, &m, &cv, deadline, |_| Instant::now() >= end)?;
    Ok(())
}

/// Bytes `read_stdin_line` read from fd 0 beyond the line it returned.
static STDIN_PENDING: std::sync::Mutex<Vec<u8>> = std::sync::Mutex::new(Vec::new());

/// What one look at stdin found.
enum StdinOutcome {
    Data(Vec<u8>),
    Eof,
    Interrupted,
    Failed(std::io::Error),
}

/// One line of stdin for `input()`, its `\n` included (empty at end of
/// input; the last line may lack the `\n`). Waits with the GIL released;
/// on the main thread a pending signal ends the wait so Ctrl-C raises
/// `KeyboardInterrupt` at an `input()` prompt, as in CPython. (The SIGINT
/// handler restarts interrupted reads, so the wait polls instead of
/// blocking in `read`.)
pub fn read_stdin_line(vm: &mut Vm) -> PyResult<Vec<u8>> {
    read_stdin(vm, StdinWant::Line(None))
}

/// What a read of stdin asks for.
#[derive(Clone, Copy)]
pub enum StdinWant {
    /// A line (with its `\n`), at most this many bytes.
    Line(Option<usize>),
    /// This many bytes, or everything to end of input.
    Bytes(Option<usize>),
}

/// The one reader of fd 0: `input()` and `sys.stdin` (and its `buffer`)
/// all read through it, so they share what was read ahead. Waits as
/// `read_stdin_line` says.
pub fn read_stdin(vm: &mut Vm, want: StdinWant) -> PyResult<Vec<u8>> {
    let interruptible = vm.is_main;
    loop {
        {
            let mut pending = STDIN_PENDING.lock().unwrap_or_else(|e| e.into_inner());
            match want {
                StdinWant::Line(limit) => {
                    let lim = limit.unwrap_or(usize::MAX);
                    if let Some(end) = pending.iter().take(lim).position(|&b| b == b'\n') {
                        return Ok(pending.drain(..=end).collect());
                    }
                    if pending.len() >= lim {
                        return Ok(pending.drain(..lim).collect());
                    }
                }
                StdinWant::Bytes(Some(n)) if pending.len() >= n => return Ok(pending.drain(..n).collect()),
                StdinWant::Bytes(_) => {}
            }
        }
        let outcome = vm.allow_threads(move || loop {
            if interruptible && crate::signals::pending() {
                return StdinOutcome::Interrupted;
            }
            let mut fds = nix::libc::pollfd { fd: 0, events: nix::libc::POLLIN, revents: 0 };
            let timeout_ms = if interruptible { SIGNAL_POLL.as_millis() as nix::libc::c_int } else { -1 };
            // SAFETY: `fds` is one valid pollfd that outlives the call.
            let ready = unsafe { nix::libc::poll(&mut fds, 1, timeout_ms) };
            if ready <= 0 {
                continue; // timed out (look at signals again) or EINTR
            }
            if fds.revents & nix::libc::POLLNVAL != 0 {
                return StdinOutcome::Eof; // no stdin at all reads as empty, as CPython
            }
            let mut chunk = vec![0u8; 4096];
            // SAFETY: `chunk` is a writable buffer of `chunk.len()` bytes.
            let n = unsafe { nix::libc::read(0, chunk.as_mut_ptr().cast(), chunk.len()) };
            if n > 0 {
                chunk.truncate(n as usize);
                return StdinOutcome::Data(chunk);
            }
            if n == 0 {
                return StdinOutcome::Eof;
            }
            let err = std::io::Error::last_os_error();
            match err.kind() {
                std::io::ErrorKind::Interrupted | std::io::ErrorKind::WouldBlock => continue,
                _ if err.raw_os_error() == Some(nix::libc::EBADF) => return StdinOutcome::Eof,
                _ => return StdinOutcome::Failed(err),
            }
        });
        match outcome {
            StdinOutcome::Data(bytes) => STDIN_PENDING.lock().unwrap_or_else(|e| e.into_inner()).extend(bytes),
            StdinOutcome::Eof => {
                let mut pending = STDIN_PENDING.lock().unwrap_or_else(|e| e.into_inner());
                let n = match want {
                    StdinWant::Line(Some(n)) | StdinWant::Bytes(Some(n)) => n.min(pending.len()),
                    _ => pending.len(),
                };
                return Ok(pending.drain(..n).collect());
            }
            StdinOutcome::Interrupted => crate::signals::check(vm)?,
            StdinOutcome::Failed(err) => return Err(crate::errors::PyErr::from_io(&err)),
        }
    }
}
