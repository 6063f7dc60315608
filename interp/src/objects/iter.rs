//! Iterator states for the builtin iterators (over lists, tuples, strs,
//! ranges, dicts, sets, and the lazy builtins enumerate/zip/map/filter/
//! reversed). `vm/iter.rs` advances them.
//!
//! Each state knows its `IterKind`, the Python type it reports
//! (`list_iterator`, `dict_keyiterator`, `enumerate`...), and keeps it when
//! exhausted, as CPython's iterator objects keep their type.

use crate::value::{Obj, Payload, Value};
use num_bigint::BigInt;

#[derive(Clone)]
pub enum IterState {
    /// Over a list, tuple, str, bytes or bytearray by index (a byte
    /// offset for non-ASCII strs).
    Seq { seq: Value, index: usize },
    Range { next: i64, stop: i64, step: i64 },
    /// A range whose bounds do not fit in i64 (`longrange_iterator`).
    BigRange { next: BigInt, stop: BigInt, step: BigInt },
    /// Over a dict's keys (0), values (1) or items (2); `len` detects size
    /// changes during iteration.
    Dict { dict: Obj, pos: usize, len: usize, which: u8 },
    /// `reversed(d)` and `reversed(d.keys())`...: `pos` counts down.
    DictRev { dict: Obj, pos: usize, len: usize, which: u8 },
    /// Over a set's slots; `used` detects size changes during iteration.
    Set { set: Obj, pos: usize, used: usize },
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
    Exhausted(IterKind),
}

/// The Python type of a builtin iterator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IterKind {
    List,
    ListReverse,
    Tuple,
    StrAscii,
    Str,
    Bytes,
    ByteArray,
    Range,
    LongRange,
    DictKeys,
    DictValues,
    DictItems,
    DictRevKeys,
    DictRevValues,
    DictRevItems,
    Set,
    Callable,
    SeqIter,
    Enumerate,
    Zip,
    Map,
    Filter,
    Reversed,
}

impl IterKind {
    pub const ALL: &'static [IterKind] = &[
        IterKind::List,
        IterKind::ListReverse,
        IterKind::Tuple,
        IterKind::StrAscii,
        IterKind::Str,
        IterKind::Bytes,
        IterKind::ByteArray,
        IterKind::Range,
        IterKind::LongRange,
        IterKind::DictKeys,
        IterKind::DictValues,
        IterKind::DictItems,
        IterKind::DictRevKeys,
        IterKind::DictRevValues,
        IterKind::DictRevItems,
        IterKind::Set,
        IterKind::Callable,
        IterKind::SeqIter,
        IterKind::Enumerate,
        IterKind::Zip,
        IterKind::Map,
        IterKind::Filter,
        IterKind::Reversed,
    ];

    /// The type's `__name__`, as CPython 3.11 names it.
    pub fn name(self) -> &'static str {
        match self {
            IterKind::List => "list_iterator",
            IterKind::ListReverse => "list_reverseiterator",
            IterKind::Tuple => "tuple_iterator",
            IterKind::StrAscii => "str_ascii_iterator",
            IterKind::Str => "str_iterator",
            IterKind::Bytes => "bytes_iterator",
            IterKind::ByteArray => "bytearray_iterator",
            IterKind::Range => "range_iterator",
            IterKind::LongRange => "longrange_iterator",
            IterKind::DictKeys => "dict_keyiterator",
            IterKind::DictValues => "dict_valueiterator",
            IterKind::DictItems => "dict_itemiterator",
            IterKind::DictRevKeys => "dict_reversekeyiterator",
            IterKind::DictRevValues => "dict_reversevalueiterator",
            IterKind::DictRevItems => "dict_reverseitemiterator",
            IterKind::Set => "set_iterator",
            IterKind::Callable => "callable_iterator",
            IterKind::SeqIter => "iterator",
            IterKind::Enumerate => "enumerate",
            IterKind::Zip => "zip",
            IterKind::Map => "map",
            IterKind::Filter => "filter",
            IterKind::Reversed => "reversed",
        }
    }

    /// The kinds that are builtins (callable types): enumerate, zip...
    pub fn is_builtin_name(self) -> bool {
        matches!(self, IterKind::Enumerate | IterKind::Zip | IterKind::Map | IterKind::Filter | IterKind::Reversed)
    }
}

impl IterState {
    pub fn kind(&self) -> IterKind {
        match self {
            IterState::Seq { seq, .. } => match seq.payload() {
                Some(Payload::List(_)) => IterKind::List,
                Some(Payload::Str(s)) if s.is_ascii() => IterKind::StrAscii,
                Some(Payload::Str(_)) => IterKind::Str,
                Some(Payload::Bytes(_)) => IterKind::Bytes,
                Some(Payload::ByteArray(_)) => IterKind::ByteArray,
                _ => IterKind::Tuple,
            },
            IterState::Range { .. } => IterKind::Range,
            IterState::BigRange { .. } => IterKind::LongRange,
            IterState::Dict { which: 0, .. } => IterKind::DictKeys,
            IterState::Dict { which: 1, .. } => IterKind::DictValues,
            IterState::Dict { .. } => IterKind::DictItems,
            IterState::DictRev { which: 0, .. } => IterKind::DictRevKeys,
            IterState::DictRev { which: 1, .. } => IterKind::DictRevValues,
            IterState::DictRev { .. } => IterKind::DictRevItems,
            IterState::Set { .. } => IterKind::Set,
            IterState::Callable { .. } => IterKind::Callable,
            IterState::Reversed { seq, .. } => match seq.payload() {
                Some(Payload::List(_)) => IterKind::ListReverse,
                _ => IterKind::Reversed,
            },
            IterState::Enumerate { .. } => IterKind::Enumerate,
            IterState::Zip { .. } => IterKind::Zip,
            IterState::Map { .. } => IterKind::Map,
            IterState::Filter { .. } => IterKind::Filter,
            IterState::GetItem { .. } => IterKind::SeqIter,
            IterState::Exhausted(k) => *k,
        }
    }

    /// This state, finished (keeping its kind).
    pub fn exhausted(&self) -> IterState {
        IterState::Exhausted(self.kind())
    }
}
