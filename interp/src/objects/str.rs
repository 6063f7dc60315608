//! The `str` payload: immutable Unicode text with a cached hash.
//!
//! Indexing: ASCII strings (the common case) index bytes directly, so
//! `s[i]` is O(1); other strings walk chars (O(n)), which CPython avoids
//! with its fixed-width layouts. `char_len` is computed once.

use std::cell::Cell;

pub struct PyStr {
    /// The text. A `String` (not `Box<str>`) so that `s += t` on a str
    /// nobody else holds can append in place with amortised growth
    /// (`push_str`, CPython's `unicode_concatenate` trick).
    data: String,
    /// Number of code points.
    char_len: usize,
    /// Cached hash; `HASH_UNSET` until first computed.
    hash: Cell<i64>,
}

const HASH_UNSET: i64 = -1;

/// Spare capacity a new str may keep (see `from_string`).
const MAX_SLACK: usize = 32;

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr::from_string(s.to_owned())
    }
    pub fn from_string(mut s: String) -> PyStr {
        let char_len = if s.is_ascii() { s.len() } else { s.chars().count() };
        // Keep a little slack (it costs a realloc to drop), not a lot.
        if s.capacity() - s.len() > MAX_SLACK {
            s.shrink_to_fit();
        }
        PyStr { data: s, char_len, hash: Cell::new(HASH_UNSET) }
    }
    /// A str whose code point count the caller already knows (a piece of
    /// an ASCII string is ASCII: `char_len == s.len()`).
    pub fn with_char_len(s: String, char_len: usize) -> PyStr {
        debug_assert_eq!(char_len, s.chars().count());
        PyStr { data: s, char_len, hash: Cell::new(HASH_UNSET) }
    }
    /// Appends `other` in place. Only for a str no one else can see (its
    /// `Rc` is unique), so no one can observe the change; the cached hash
    /// is reset.
    pub fn push_str(&mut self, other: &PyStr) {
        self.data.push_str(&other.data);
        self.char_len += other.char_len;
        self.hash.set(HASH_UNSET);
    }
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.data
    }
    /// Length in code points (`len(s)`).
    #[inline]
    pub fn char_len(&self) -> usize {
        self.char_len
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.data.len()
    }
    /// The code point at `index` (0-based, in range).
    pub fn char_at(&self, index: usize) -> Option<char> {
        if self.is_ascii() {
            self.data.as_bytes().get(index).map(|&b| b as char)
        } else {
            self.data.chars().nth(index)
        }
    }
    /// The substring of code points `[start, end)` (both clamped).
    pub fn substring(&self, start: usize, end: usize) -> &str {
        let end = end.min(self.char_len);
        let start = start.min(end);
        if self.is_ascii() {
            &self.data[start..end]
        } else {
            let mut it = self.data.char_indices().map(|(i, _)| i).chain(std::iter::once(self.data.len()));
            let s = it.by_ref().nth(start).unwrap_or(self.data.len());
            let e = if end == start { s } else { it.nth(end - start - 1).unwrap_or(self.data.len()) };
            &self.data[s..e]
        }
    }
    /// `hash(s)`: FNV-1a over the UTF-8 bytes, cached. (CPython randomises
    /// str hashes per process; nothing may depend on their values.)
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != HASH_UNSET {
            return h;
        }
        let h = hash_str(&self.data);
        self.hash.set(h);
        h
    }
}

/// The hash of a str's text (never -1, as in CPython).
pub fn hash_str(s: &str) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in s.as_bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    let h = (h >> 1) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}
