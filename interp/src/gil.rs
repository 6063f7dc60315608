//! The global interpreter lock.
//!
//! Invariant: a thread touches heap objects (anything behind a `Value` or an
//! `Obj`, whose reference counts are not atomic) only while it holds the GIL.
//! Holding a `&mut Vm` whose thread holds the GIL is the proof: a `Vm` is
//! created holding it, gives it up only inside `Vm::allow_threads` (whose
//! closure must be `Send`, so it cannot capture a `Value`) and at the
//! periodic check (between instructions, where the thread holds no borrows).
//!
//! Safe points: the GIL changes hands only in `Gil::periodic_switch` (every
//! `check_interval` ticks, from the dispatch loop) and around blocking calls.
//! Three switch policies:
//! - `Legacy` (Python 2): at every check with a waiter, release and at once
//!   compete to re-acquire; no hand-off, so on several cores the releasing
//!   thread usually wins again and the waiters wake for nothing (the
//!   documented multicore slowdown).
//! - `Timed` (CPython 3.2–3.12): a waiter that has waited a whole switch
//!   interval sets `drop_request`; the holder drops the GIL at its next check
//!   and does not compete until another thread has taken it. A thread coming
//!   back from I/O waits like any other, which makes CPython's convoy effect.
//! - `Fair` (garter's own, the bpo-7946 proposal): `Timed`, plus a thread
//!   returning from a blocking call asks at once and is handed the GIL at the
//!   holder's next check.
//!
//! Counters (acquisitions, switches, forced drops, wait time) are updated
//! only on the slow paths, so keeping them always costs nothing measurable.

use parking_lot::{Condvar, Mutex};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicU8, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How the GIL changes hands at the periodic check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Policy {
    Legacy = 0,
    Timed = 1,
    Fair = 2,
}

impl Policy {
    pub fn name(self) -> &'static str {
        match self {
            Policy::Legacy => "legacy",
            Policy::Timed => "timed",
            Policy::Fair => "fair",
        }
    }
    pub fn from_name(s: &str) -> Option<Policy> {
        match s {
            "legacy" => Some(Policy::Legacy),
            "timed" => Some(Policy::Timed),
            "fair" => Some(Policy::Fair),
            _ => None,
        }
    }
    fn from_u8(v: u8) -> Policy {
        match v {
            0 => Policy::Legacy,
            1 => Policy::Timed,
            _ => Policy::Fair,
        }
    }
}

/// The default policy (README, "The GIL", says why).
pub const DEFAULT_POLICY: Policy = Policy::Fair;
/// CPython's default switch interval: 5 ms.
pub const DEFAULT_SWITCH_INTERVAL: Duration = Duration::from_millis(5);

/// One thread's GIL counters; shared between the thread and `gil_stats()`.
#[derive(Default)]
pub struct ThreadStats {
    /// `threading.get_ident()` of the thread.
    pub ident: u64,
    /// The OS thread id (`get_native_id()`).
    pub native_id: u64,
    /// Unique over the whole run (idents are reused after a thread ends).
    pub serial: u64,
    pub acquisitions: AtomicU64,
    /// Acquisitions that had to wait for another thread.
    pub contended: AtomicU64,
    /// Times this thread gave the GIL up at a check because asked to.
    pub forced_drops: AtomicU64,
    /// Total and longest time spent waiting for the GIL, in nanoseconds.
    pub wait_ns: AtomicU64,
    pub longest_wait_ns: AtomicU64,
    /// Blocking calls made with the GIL released.
    pub blocking_calls: AtomicU64,
    /// Whether the thread has finished.
    pub finished: AtomicBool,
}

struct State {
    locked: bool,
    /// `ident` of the holder (or of the last holder when unlocked).
    holder: u64,
    /// Incremented at every acquisition: a dropping holder waits until it
    /// changes, i.e. until some other thread has taken the GIL.
    takes: u64,
    /// Under `Fair`: the thread the GIL is being handed to.
    handoff: Option<u64>,
}

/// The lock itself. One per interpreter, shared by its threads' `Vm`s.
pub struct Gil {
    state: Mutex<State>,
    /// Signalled when the GIL is released.
    released: Condvar,
    /// Signalled when the GIL is taken (a dropping holder waits on it).
    taken: Condvar,
    /// Set when the holder should drop the GIL at its next check.
    drop_request: AtomicBool,
    /// Threads waiting to acquire.
    waiting: AtomicUsize,
    policy: AtomicU8,
    switch_interval_ns: AtomicU64,
    /// Changes of holder from one thread to another.
    pub switches: AtomicU64,
    pub forced_drops: AtomicU64,
    /// Every thread that has run Python code, in start order.
    threads: Mutex<Vec<Arc<ThreadStats>>>,
    /// When the GIL was created (the run's start for statistics).
    pub created: Instant,
}

impl Gil {
    /// A GIL already held by the creating thread, `holder`.
    pub fn new_held(holder: &Arc<ThreadStats>) -> Arc<Gil> {
        holder.acquisitions.fetch_add(1, Ordering::Relaxed);
        Arc::new(Gil {
            state: Mutex::new(State { locked: true, holder: holder.ident, takes: 1, handoff: None }),
            released: Condvar::new(),
            taken: Condvar::new(),
            drop_request: AtomicBool::new(false),
            waiting: AtomicUsize::new(0),
            policy: AtomicU8::new(DEFAULT_POLICY as u8),
            switch_interval_ns: AtomicU64::new(DEFAULT_SWITCH_INTERVAL.as_nanos() as u64),
            switches: AtomicU64::new(0),
            forced_drops: AtomicU64::new(0),
            threads: Mutex::new(vec![holder.clone()]),
            created: Instant::now(),
        })
    }

    pub fn policy(&self) -> Policy {
        Policy::from_u8(self.policy.load(Ordering::Relaxed))
    }
    pub fn set_policy(&self, p: Policy) {
        self.policy.store(p as u8, Ordering::Relaxed);
    }
    pub fn switch_interval(&self) -> Duration {
        Duration::from_nanos(self.switch_interval_ns.load(Ordering::Relaxed))
    }
    pub fn set_switch_interval(&self, d: Duration) {
        self.switch_interval_ns.store(d.as_nanos().max(1) as u64, Ordering::Relaxed);
    }

    /// Records a new thread for `gil_stats()`.
    pub fn register_thread(&self, t: &Arc<ThreadStats>) {
        let mut threads = self.threads.lock();
        // Keep the record bounded for programs that start many threads:
        // finished threads beyond the newest 256 are folded away.
        if threads.len() >= 1024 {
            let mut finished = threads.iter().filter(|t| t.finished.load(Ordering::Relaxed)).count();
            threads.retain(|t| {
                if finished > 256 && t.finished.load(Ordering::Relaxed) {
                    finished -= 1;
                    false
                } else {
                    true
                }
            });
        }
        threads.push(t.clone());
    }

    pub fn threads(&self) -> Vec<Arc<ThreadStats>> {
        self.threads.lock().clone()
    }

    /// True when some thread waits for the GIL: the dispatch loop's cheap
    /// test before `periodic_switch`.
    #[inline(always)]
    pub fn switch_wanted(&self) -> bool {
        self.drop_request.load(Ordering::Relaxed)
            || (self.waiting.load(Ordering::Relaxed) != 0 && self.policy.load(Ordering::Relaxed) == Policy::Legacy as u8)
    }

    /// Takes the GIL for `me`, waiting as the policy says. `after_blocking`
    /// marks a thread coming back from a blocking call (`Fair` hands it the
    /// GIL at the holder's next check).
    pub fn acquire(&self, me: &ThreadStats, after_blocking: bool) {
        let mut st = self.state.lock();
        if !st.locked && st.handoff.is_none() {
            self.take(&mut st, me);
            return;
        }
        let start = Instant::now();
        self.waiting.fetch_add(1, Ordering::Relaxed);
        let policy = self.policy();
        if after_blocking && policy == Policy::Fair && st.handoff.is_none() {
            st.handoff = Some(me.ident);
            self.drop_request.store(true, Ordering::Relaxed);
        }
        loop {
            if !st.locked && st.handoff.map_or(true, |h| h == me.ident) {
                break;
            }
            match policy {
                Policy::Legacy => self.released.wait(&mut st),
                Policy::Timed | Policy::Fair => {
                    let takes = st.takes;
                    let timed_out = self.released.wait_for(&mut st, self.switch_interval()).timed_out();
                    if timed_out && st.locked && st.takes == takes {
                        self.drop_request.store(true, Ordering::Relaxed);
                    }
                }
            }
        }
        self.waiting.fetch_sub(1, Ordering::Relaxed);
        if st.handoff == Some(me.ident) {
            st.handoff = None;
        }
        self.take(&mut st, me);
        let waited = start.elapsed().as_nanos() as u64;
        me.contended.fetch_add(1, Ordering::Relaxed);
        me.wait_ns.fetch_add(waited, Ordering::Relaxed);
        me.longest_wait_ns.fetch_max(waited, Ordering::Relaxed);
    }

    fn take(&self, st: &mut State, me: &ThreadStats) {
        st.locked = true;
        if st.holder != me.ident {
            self.switches.fetch_add(1, Ordering::Relaxed);
        }
        st.holder = me.ident;
        st.takes = st.takes.wrapping_add(1);
        if st.handoff.is_none() {
            self.drop_request.store(false, Ordering::Relaxed);
        }
        me.acquisitions.fetch_add(1, Ordering::Relaxed);
        self.taken.notify_all();
    }

    /// Gives the GIL up.
    pub fn release(&self) {
        let mut st = self.state.lock();
        st.locked = false;
        if st.handoff.is_some() {
            self.released.notify_all();
        } else {
            self.released.notify_one();
        }
    }

    /// The GIL part of the periodic check, called by the holder when
    /// `switch_wanted()` said so.
    pub fn periodic_switch(&self, me: &ThreadStats) {
        match self.policy() {
            Policy::Legacy => {
                // Release and compete at once: no hand-off. The waiter is
                // signalled after the state lock is dropped — a real wake-up,
                // as Python 2's `sem_post` was — so it runs on another core
                // and usually finds the GIL taken again.
                {
                    let mut st = self.state.lock();
                    st.locked = false;
                }
                self.released.notify_one();
                self.acquire(me, false);
            }
            Policy::Timed | Policy::Fair => {
                if !self.drop_request.load(Ordering::Relaxed) {
                    return;
                }
                me.forced_drops.fetch_add(1, Ordering::Relaxed);
                self.forced_drops.fetch_add(1, Ordering::Relaxed);
                let mut st = self.state.lock();
                self.drop_request.store(false, Ordering::Relaxed);
                let takes = st.takes;
                st.locked = false;
                if st.handoff.is_some() {
                    self.released.notify_all();
                } else {
                    self.released.notify_one();
                }
                // Do not compete until another thread has taken it.
                while st.takes == takes && self.waiting.load(Ordering::Relaxed) != 0 {
                    self.taken.wait_for(&mut st, Duration::from_millis(50));
                }
                drop(st);
                self.acquire(me, false);
            }
        }
    }
}

/// A value moved to another OS thread without the GIL.
///
/// Invariant: the contents are objects (or a `Vm`) created while holding the
/// GIL; the receiving thread touches them only after acquiring it. Moving a
/// value between threads changes no reference count, so the move itself needs
/// no lock.
pub struct SendBox<T>(pub T);

// SAFETY: see the invariant above; every `SendBox` is opened only by a
// thread that holds the GIL (`_thread.start_new_thread`'s thread body).
unsafe impl<T> Send for SendBox<T> {}

static NEXT_SERIAL: AtomicU64 = AtomicU64::new(1);

/// A number never given to another thread of this process.
pub fn next_serial() -> u64 {
    NEXT_SERIAL.fetch_add(1, Ordering::Relaxed)
}

/// The calling thread's identifier as `threading.get_ident()` returns it.
pub fn current_ident() -> u64 {
    // pthread_self is what CPython returns; it is unique among live threads.
    nix::sys::pthread::pthread_self() as u64
}

/// The OS thread id (Linux `gettid`).
pub fn current_native_id() -> u64 {
    nix::unistd::gettid().as_raw() as u64
}
