//! Weak-reference callbacks: `weakref.ref(obj, callback)` calls
//! `callback(ref)` once `obj` has died.
//!
//! Reference counts are plain `Rc`s with no hook on an object's death, so a
//! ref with a callback registers (referent, ref) here as two `Weak`s, and the
//! periodic check looks at a few entries each time (`ENTRIES_PER_CHECK`,
//! round robin): a callback runs within a few checks of the death, not at
//! the instant CPython runs it. A ref that died first is dropped silently,
//! as in CPython. At exit every entry is looked at once more.

use crate::value::{Obj, Payload, Value};
use crate::vm::Vm;
use std::rc::Weak;

/// Entries looked at per periodic check.
pub const ENTRIES_PER_CHECK: usize = 64;

#[derive(Default)]
pub struct DeathWatch {
    entries: Vec<(Weak<Payload>, Weak<Payload>)>,
    cursor: usize,
}

impl DeathWatch {
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Watches `referent`; `weakref` (the ref object) gets its callback.
    pub fn watch(&mut self, referent: &Obj, weakref: &Obj) {
        self.entries.push((std::rc::Rc::downgrade(&referent.0), std::rc::Rc::downgrade(&weakref.0)));
    }

    /// Removes up to `limit` entries whose referent died; returns the refs
    /// still alive among them.
    fn take_dead(&mut self, limit: usize) -> Vec<Obj> {
        let mut fired = Vec::new();
        let mut looked = 0;
        while looked < limit && !self.entries.is_empty() {
            if self.cursor >= self.entries.len() {
                self.cursor = 0;
            }
            let (referent, weakref) = &self.entries[self.cursor];
            if referent.strong_count() == 0 || weakref.strong_count() == 0 {
                if let Some(r) = weakref.upgrade() {
                    if referent.strong_count() == 0 {
                        fired.push(Obj(r));
                    }
                }
                self.entries.swap_remove(self.cursor);
            } else {
                self.cursor += 1;
            }
            looked += 1;
        }
        fired
    }
}

impl Vm {
    /// Runs the callbacks of up to `limit` watched refs whose referent has
    /// died; an exception in one is reported as CPython reports exceptions
    /// in weakref callbacks.
    pub fn run_death_callbacks(&mut self, limit: usize) {
        let fired = match self.g.death_watch.try_borrow_mut() {
            Ok(mut w) => w.take_dead(limit),
            Err(_) => return,
        };
        for weakref in fired {
            let r = Value::Obj(weakref);
            let callback = match self.get_attr_str(&r, "__callback__") {
                Ok(c) if !c.is_none() => c,
                _ => continue,
            };
            if let Err(e) = self.call(&callback, &[r.clone()]) {
                let exc = self.normalize(e);
                let what = self.repr(&callback).unwrap_or_default();
                let text = self.format_exception(&exc);
                crate::builtins::flush_stdout();
                crate::builtins::write_stderr(self, &format!("Exception ignored in: {what}\n{text}"));
            }
        }
    }

    /// At exit: every watched ref whose referent is dead by now.
    pub fn run_all_death_callbacks(&mut self) {
        let n = self.g.death_watch.borrow().entries.len();
        self.run_death_callbacks(n.max(1));
    }
}
