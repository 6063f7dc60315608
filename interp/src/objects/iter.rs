//! Iterator states for the builtin iterators (over lists, tuples, strs,
//! ranges, dicts, and the lazy builtins enumerate/zip/map/filter/reversed).
//! `vm/iter.rs` advances them.

use crate::value::{Obj, Value};

pub enum IterState {
    /// Over a list, tuple, str, bytes or bytearray by index.
    Seq { seq: Value, index: usize },
    Range { next: i64, stop: i64, step: i64 },
    /// Over a dict's keys (0), values (1) or items (2); `version` detects
    /// size changes during iteration.
    Dict { dict: Obj, pos: usize, len: usize, which: u8 },
    /// `iter(callable, sentinel)`.
    Callable { func: Value, sentinel: Value },
    /// `reversed(seq)` for sequences: `index` counts down.
    Reversed { seq: Value, index: usize },
    Enumerate { iter: Value, count: Value },
    Zip { iters: Vec<Value>, strict: bool },
    Map { func: Value, iters: Vec<Value> },
    Filter { func: Value, iter: Value },
    /// Over a sequence-like object via `__getitem__` (0, 1, ... until IndexError).
    GetItem { obj: Value, index: i64 },
    Exhausted,
}
