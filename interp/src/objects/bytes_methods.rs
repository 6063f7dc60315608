//! The methods of `bytes` and `bytearray`, as CPython 3.11's
//! `Objects/bytesobject.c`, `bytearrayobject.c` and `bytes_methods.c`,
//! and the helpers the VM calls for operators (`repr`, `b[i]`, `b[a:b]`,
//! `in`).
//!
//! As in `str_methods`, the logic is in pure functions over `&[u8]`
//! (tested in `interp/tests/strings.rs`) and the builtins are thin
//! wrappers. Each builtin is generic over `const BYTEARRAY: bool`: one body
//! serves both types, instantiated twice in `BYTES_METHODS` and
//! `BYTEARRAY_METHODS`, so that `self` checks and results (bytearray
//! methods return bytearrays) follow the type the method belongs to.
//!
//! Borrow discipline: a bytearray's `RefCell` is never borrowed across a
//! call into the VM (which may run Python code that mutates it). Each
//! builtin checks `self`'s type, converts its arguments (which may call
//! `__index__`), and only then borrows the data; mutators copy their
//! argument's bytes before taking `borrow_mut` (so `b.extend(b)` works).
//!
//! Character classes and case mappings are ASCII-only, as CPython's for
//! bytes (`Py_ISSPACE`: space, `\t\n\r\x0b\x0c`).

use crate::errors::{ExcKind, PyErr, PyResult};
use crate::objects::function::{Args, NativeFn};
use crate::objects::instance::InstanceExtra;
use crate::objects::str_methods::{
    adjust_indices, alloc_bytes, as_str_ref, c_int_arg, collect_for_join, lookup_codec, memory_error, parse_args,
    parse_positional, receiver, slice_arg, slice_length, ssize_arg, Codec, ErrorHandler, Parse, Side, Slots,
};
use crate::objects::typeobj::TypeKind;
use crate::value::{Payload, Value};
use crate::vm::Vm;
use std::cell::Ref;
use std::ops::Deref;

// ====================================================================
// Values: bytes-like arguments and results
// ====================================================================

/// Which of the two types a method belongs to (and so what it returns).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Bytes,
    ByteArray,
}

impl Kind {
    fn of<const BYTEARRAY: bool>() -> Kind {
        if BYTEARRAY {
            Kind::ByteArray
        } else {
            Kind::Bytes
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            Kind::Bytes => "bytes",
            Kind::ByteArray => "bytearray",
        }
    }
    /// A new object of this kind.
    pub fn make(self, data: Vec<u8>) -> Value {
        match self {
            Kind::Bytes => Value::new_bytes(data),
            Kind::ByteArray => Value::new_bytearray(data),
        }
    }
}

/// The bytes of a bytes-like object, borrowed where possible.
pub enum BytesRef<'a> {
    Slice(&'a [u8]),
    Cell(Ref<'a, Vec<u8>>),
    /// A copy (the value inside a subclass instance).
    Owned(Vec<u8>),
}

impl Deref for BytesRef<'_> {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            BytesRef::Slice(s) => s,
            BytesRef::Cell(r) => r,
            BytesRef::Owned(v) => v,
        }
    }
}

/// The bytes of `bytes`, `bytearray`, or an instance of a subclass.
pub fn as_bytes_ref(v: &Value) -> Option<BytesRef<'_>> {
    match v.payload()? {
        Payload::Bytes(b) => Some(BytesRef::Slice(b)),
        Payload::ByteArray(b) => Some(BytesRef::Cell(b.borrow())),
        Payload::Instance(i) => match &i.extra {
            InstanceExtra::Builtin(inner) => {
                let inner = inner.borrow().clone();
                let copy = as_bytes_ref(&inner).map(|b| b.to_vec());
                copy.map(BytesRef::Owned)
            }
            _ => None,
        },
        _ => None,
    }
}

/// Is `v` of `kind` (or a subclass instance of it)?
fn is_kind(v: &Value, kind: Kind) -> bool {
    match v.payload() {
        Some(Payload::Bytes(_)) => kind == Kind::Bytes,
        Some(Payload::ByteArray(_)) => kind == Kind::ByteArray,
        Some(Payload::Instance(i)) => match &i.extra {
            InstanceExtra::Builtin(inner) => is_kind(&inner.borrow(), kind),
            _ => false,
        },
        _ => false,
    }
}

/// Checks `self` (without borrowing its data yet).
fn check_self<'a, const BYTEARRAY: bool>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    let kind = Kind::of::<BYTEARRAY>();
    receiver(vm, args, kind.name(), name, |v| if is_kind(v, kind) { Some(v) } else { None })
}

/// The data of a checked `self`.
fn data_of(v: &Value) -> BytesRef<'_> {
    as_bytes_ref(v).unwrap_or(BytesRef::Owned(Vec::new()))
}

/// Is `v` an exact `bytes` (so a method may return it unchanged)?
fn is_exact_bytes(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Bytes(_)))
}

/// The result of a transformation: `self` when unchanged and an exact
/// bytes (CPython returns the same object), else a new object.
fn result<const BYTEARRAY: bool>(this: &Value, data: Vec<u8>, unchanged: bool) -> Value {
    if unchanged && !BYTEARRAY && is_exact_bytes(this) {
        return this.clone();
    }
    Kind::of::<BYTEARRAY>().make(data)
}

fn bytes_like_error(vm: &Vm, v: &Value) -> PyErr {
    PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v)))
}

/// A bytes-like argument: `a bytes-like object is required, not 'str'`.
pub fn bytes_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<BytesRef<'a>> {
    as_bytes_ref(v).ok_or_else(|| bytes_like_error(vm, v))
}

fn byte_range_error() -> PyErr {
    PyErr::value_error("byte must be in range(0, 256)")
}

/// An int argument that must be a byte (`append`, `in`, `count(98)`).
pub fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let n = match v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => match v.payload() {
            Some(Payload::BigInt(_)) => return Err(byte_range_error()),
            _ => vm.index_value(v).map_err(|e| {
                if e.lazy_kind() == Some(ExcKind::IndexError) {
                    byte_range_error()
                } else {
                    e
                }
            })?,
        },
    };
    u8::try_from(n).map_err(|_| byte_range_error())
}

/// The `sub` of find/count/index...: an int byte or a bytes-like object.
enum Needle<'a> {
    Byte([u8; 1]),
    Bytes(BytesRef<'a>),
}

impl Needle<'_> {
    fn as_slice(&self) -> &[u8] {
        match self {
            Needle::Byte(b) => b,
            Needle::Bytes(b) => b,
        }
    }
}

fn is_int_like(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_)) || matches!(v.payload(), Some(Payload::BigInt(_)))
}

/// The needle of find/count/index (ints converted first: call before
/// borrowing any bytearray).
fn needle_int(vm: &mut Vm, v: &Value) -> PyResult<Option<u8>> {
    if is_int_like(v) {
        return byte_value(vm, v).map(Some);
    }
    if matches!(v.payload(), Some(Payload::Instance(_))) && as_bytes_ref(v).is_none() {
        return match vm.index_value(v) {
            Ok(n) => u8::try_from(n).map(Some).map_err(|_| byte_range_error()),
            Err(e) if vm.err_is(&e, ExcKind::TypeError) => Err(PyErr::type_error(format!(
                "argument should be integer or bytes-like object, not '{}'",
                vm.type_name(v)
            ))),
            Err(e) => Err(e),
        };
    }
    Ok(None)
}

fn needle<'a>(vm: &Vm, v: &'a Value, int: Option<u8>) -> PyResult<Needle<'a>> {
    if let Some(b) = int {
        return Ok(Needle::Byte([b]));
    }
    as_bytes_ref(v).map(Needle::Bytes).ok_or_else(|| {
        PyErr::type_error(format!("argument should be integer or bytes-like object, not '{}'", vm.type_name(v)))
    })
}

fn required(slot: Option<&Value>) -> PyResult<&Value> {
    slot.ok_or_else(|| PyErr::internal("missing required argument after parsing"))
}

// ====================================================================
// Pure functions over bytes
// ====================================================================

/// `Py_ISSPACE`: space, `\t`, `\n`, `\r`, `\x0b`, `\x0c`.
#[inline]
pub fn is_space_byte(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// The first occurrence of `needle` in `hay`.
pub fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle {
        [] => Some(0),
        [b] => hay.iter().position(|x| x == b),
        [first, rest @ ..] => {
            let last_start = hay.len().checked_sub(needle.len())?;
            let mut i = 0;
            while i <= last_start {
                let at = i + hay[i..=last_start].iter().position(|x| x == first)?;
                if &hay[at + 1..at + needle.len()] == rest {
                    return Some(at);
                }
                i = at + 1;
            }
            None
        }
    }
}

/// The last occurrence of `needle` in `hay`.
pub fn rfind_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    if needle.is_empty() {
        return Some(hay.len());
    }
    (0..=hay.len() - needle.len()).rev().find(|&i| &hay[i..i + needle.len()] == needle)
}

/// Non-overlapping occurrences of a non-empty `needle`.
pub fn count_bytes(hay: &[u8], needle: &[u8]) -> usize {
    if let [b] = needle {
        return hay.iter().filter(|x| *x == b).count();
    }
    let mut n = 0;
    let mut rest = hay;
    while let Some(i) = find_bytes(rest, needle) {
        n += 1;
        rest = &rest[i + needle.len()..];
    }
    n
}

/// `b.find(sub, start, end)` (`Side::Left`) or `rfind` (`Side::Right`).
pub fn find(hay: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>, side: Side) -> i64 {
    let (start, end) = adjust_indices(start, end, hay.len());
    if end - start < sub.len() as i64 {
        return -1;
    }
    let window = &hay[start as usize..end as usize];
    let found = if side == Side::Right { rfind_bytes(window, sub) } else { find_bytes(window, sub) };
    found.map_or(-1, |i| start + i as i64)
}

/// `b.count(sub, start, end)`.
pub fn count(hay: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    let (start, end) = adjust_indices(start, end, hay.len());
    if end - start < sub.len() as i64 {
        return 0;
    }
    if sub.is_empty() {
        return end - start + 1;
    }
    count_bytes(&hay[start as usize..end as usize], sub) as i64
}

/// `b.startswith(prefix, start, end)` / `endswith` for one affix.
pub fn tail_match(hay: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>, side: Side) -> bool {
    let (start, end) = adjust_indices(start, end, hay.len());
    let end = end - sub.len() as i64;
    if end < start {
        return false;
    }
    let at = if side == Side::Right { end } else { start } as usize;
    hay.get(at..at + sub.len()) == Some(sub)
}

fn max_count(maxsplit: i64) -> usize {
    if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    }
}

/// `b.split(None, maxsplit)`: runs of ASCII whitespace separate.
pub fn split_whitespace(b: &[u8], maxsplit: i64) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut left = max_count(maxsplit);
    let n = b.len();
    loop {
        while i < n && is_space_byte(b[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        if left == 0 {
            out.push(&b[i..]);
            break;
        }
        left -= 1;
        let j = i;
        while i < n && !is_space_byte(b[i]) {
            i += 1;
        }
        out.push(&b[j..i]);
    }
    out
}

/// `b.rsplit(None, maxsplit)`, in left-to-right order.
pub fn rsplit_whitespace(b: &[u8], maxsplit: i64) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut i = b.len();
    let mut left = max_count(maxsplit);
    loop {
        while i > 0 && is_space_byte(b[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        if left == 0 {
            out.push(&b[..i]);
            break;
        }
        left -= 1;
        let j = i;
        while i > 0 && !is_space_byte(b[i - 1]) {
            i -= 1;
        }
        out.push(&b[i..j]);
    }
    out.reverse();
    out
}

/// `b.split(sep, maxsplit)` with a non-empty `sep`.
pub fn split_sep<'a>(b: &'a [u8], sep: &[u8], maxsplit: i64) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut rest = b;
    let mut left = max_count(maxsplit);
    while left > 0 {
        let Some(i) = find_bytes(rest, sep) else { break };
        out.push(&rest[..i]);
        rest = &rest[i + sep.len()..];
        left -= 1;
    }
    out.push(rest);
    out
}

/// `b.rsplit(sep, maxsplit)` with a non-empty `sep`, in left-to-right order.
pub fn rsplit_sep<'a>(b: &'a [u8], sep: &[u8], maxsplit: i64) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut rest = b;
    let mut left = max_count(maxsplit);
    while left > 0 {
        let Some(i) = rfind_bytes(rest, sep) else { break };
        out.push(&rest[i + sep.len()..]);
        rest = &rest[..i];
        left -= 1;
    }
    out.push(rest);
    out.reverse();
    out
}

/// `b.splitlines(keepends)`: `\n`, `\r`, `\r\n` only.
pub fn splitlines(b: &[u8], keepends: bool) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\n' || c == b'\r' {
            let mut next = i + 1;
            if c == b'\r' && b.get(next) == Some(&b'\n') {
                next += 1;
            }
            out.push(&b[start..if keepends { next } else { i }]);
            start = next;
            i = next;
        } else {
            i += 1;
        }
    }
    if start < b.len() {
        out.push(&b[start..]);
    }
    out
}

/// `b.strip(chars)` and friends: ASCII whitespace when `chars` is None.
pub fn strip<'a>(b: &'a [u8], chars: Option<&[u8]>, side: Side) -> &'a [u8] {
    let mut table = [false; 256];
    match chars {
        Some(set) => set.iter().for_each(|&c| table[c as usize] = true),
        None => (0..=255u8).filter(|&c| is_space_byte(c)).for_each(|c| table[c as usize] = true),
    }
    let mut start = 0;
    let mut end = b.len();
    if side != Side::Right {
        while start < end && table[b[start] as usize] {
            start += 1;
        }
    }
    if side != Side::Left {
        while end > start && table[b[end - 1] as usize] {
            end -= 1;
        }
    }
    &b[start..end]
}

/// `b.replace(old, new, count)` (`count < 0`: all).
pub fn replace(b: &[u8], old: &[u8], new: &[u8], count: i64) -> PyResult<Vec<u8>> {
    let limit = max_count(count);
    if limit == 0 {
        return Ok(b.to_vec());
    }
    if old.is_empty() {
        let n = limit.min(b.len() + 1);
        let size = new.len().checked_mul(n).and_then(|x| x.checked_add(b.len())).ok_or_else(memory_error)?;
        let mut out = alloc_bytes(size)?;
        for (i, &c) in b.iter().enumerate() {
            if i < n {
                out.extend_from_slice(new);
            }
            out.push(c);
        }
        if n > b.len() {
            out.extend_from_slice(new);
        }
        return Ok(out);
    }
    let mut size = b.len();
    if new.len() > old.len() {
        let n = count_bytes(b, old).min(limit);
        size = (new.len() - old.len()).checked_mul(n).and_then(|x| x.checked_add(b.len())).ok_or_else(memory_error)?;
    }
    let mut out = alloc_bytes(size)?;
    let mut rest = b;
    let mut left = limit;
    while left > 0 {
        let Some(i) = find_bytes(rest, old) else { break };
        out.extend_from_slice(&rest[..i]);
        out.extend_from_slice(new);
        rest = &rest[i + old.len()..];
        left -= 1;
    }
    out.extend_from_slice(rest);
    Ok(out)
}

/// `b.center(width, fill)` (`Side::Both`), `ljust` (`Left`), `rjust` (`Right`).
pub fn justify(b: &[u8], width: i64, fill: u8, side: Side) -> PyResult<Option<Vec<u8>>> {
    if width <= b.len() as i64 {
        return Ok(None);
    }
    let marg = (width - b.len() as i64) as usize;
    let left = match side {
        Side::Left => 0,
        Side::Right => marg,
        Side::Both => marg / 2 + (marg & width as usize & 1),
    };
    let mut out = alloc_bytes(width as usize)?;
    out.resize(left, fill);
    out.extend_from_slice(b);
    out.resize(width as usize, fill);
    Ok(Some(out))
}

/// `b.zfill(width)`.
pub fn zfill(b: &[u8], width: i64) -> PyResult<Option<Vec<u8>>> {
    let Some(mut out) = justify(b, width, b'0', Side::Right)? else { return Ok(None) };
    let fill = (width - b.len() as i64) as usize;
    if let Some(&sign @ (b'+' | b'-')) = out.get(fill) {
        out[0] = sign;
        out[fill] = b'0';
    }
    Ok(Some(out))
}

/// `b.expandtabs(tabsize)`.
pub fn expandtabs(b: &[u8], tabsize: i64) -> PyResult<Vec<u8>> {
    let too_long = || PyErr::overflow_error("result too long");
    let mut size: u64 = 0;
    let mut column: u64 = 0;
    for &c in b {
        if c == b'\t' {
            if tabsize > 0 {
                let incr = tabsize as u64 - column % tabsize as u64;
                column = column.checked_add(incr).ok_or_else(too_long)?;
                size = size.checked_add(incr).ok_or_else(too_long)?;
            }
        } else {
            size += 1;
            column = if c == b'\n' || c == b'\r' { 0 } else { column + 1 };
        }
    }
    if size > isize::MAX as u64 {
        return Err(too_long());
    }
    let mut out = alloc_bytes(size as usize)?;
    let mut column: u64 = 0;
    for &c in b {
        if c == b'\t' {
            if tabsize > 0 {
                let incr = tabsize as u64 - column % tabsize as u64;
                column += incr;
                out.resize(out.len() + incr as usize, b' ');
            }
        } else {
            out.push(c);
            column = if c == b'\n' || c == b'\r' { 0 } else { column + 1 };
        }
    }
    Ok(out)
}

/// `b.title()`: ASCII letters after a non-letter in uppercase, the rest lowercase.
pub fn title(b: &[u8]) -> Vec<u8> {
    let mut previous_is_cased = false;
    b.iter()
        .map(|&c| {
            let out = if previous_is_cased { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
            previous_is_cased = c.is_ascii_alphabetic();
            out
        })
        .collect()
}

/// `b.capitalize()`.
pub fn capitalize(b: &[u8]) -> Vec<u8> {
    b.iter().enumerate().map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect()
}

/// `b.swapcase()`.
pub fn swapcase(b: &[u8]) -> Vec<u8> {
    b.iter().map(|&c| if c.is_ascii_alphabetic() { c ^ 0x20 } else { c }).collect()
}

/// `b.islower()`: some lowercase ASCII letter, no uppercase one.
pub fn is_lower(b: &[u8]) -> bool {
    b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
}

/// `b.isupper()`.
pub fn is_upper(b: &[u8]) -> bool {
    b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
}

/// `b.istitle()`.
pub fn is_title(b: &[u8]) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for &c in b {
        if c.is_ascii_uppercase() {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

/// `b.hex(sep, bytes_per_sep)`: groups of `|bytes_per_sep|` bytes, counted
/// from the right when positive, from the left when negative.
pub fn hex(b: &[u8], sep: Option<u8>, bytes_per_sep: i64) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let group = bytes_per_sep.unsigned_abs() as usize;
    let mut out = String::with_capacity(b.len() * 3);
    for (i, &c) in b.iter().enumerate() {
        if let (Some(s), true) = (sep, group > 0 && i > 0) {
            let boundary = if bytes_per_sep > 0 { (b.len() - i).is_multiple_of(group) } else { i.is_multiple_of(group) };
            if boundary {
                out.push(s as char);
            }
        }
        out.push(DIGITS[(c >> 4) as usize] as char);
        out.push(DIGITS[(c & 15) as usize] as char);
    }
    out
}

/// `bytes.fromhex(s)`: pairs of hex digits, ASCII whitespace between
/// pairs: `ValueError: non-hexadecimal number found in fromhex() arg at
/// position 1`.
pub fn fromhex(s: &str) -> PyResult<Vec<u8>> {
    let error =
        |pos: usize| PyErr::value_error(format!("non-hexadecimal number found in fromhex() arg at position {pos}"));
    if !s.is_ascii() {
        let pos = s.chars().position(|c| !c.is_ascii()).unwrap_or(0);
        return Err(error(pos));
    }
    let b = s.as_bytes();
    let digit = |i: usize| b.get(i).and_then(|&c| (c as char).to_digit(16));
    let mut out = Vec::with_capacity(b.len() / 2);
    let mut i = 0;
    while i < b.len() {
        if is_space_byte(b[i]) {
            i += 1;
            continue;
        }
        let hi = digit(i).ok_or_else(|| error(i))?;
        let lo = digit(i + 1).ok_or_else(|| error(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

/// `bytes.maketrans(from, to)`: the 256-byte table for `translate`.
pub fn maketrans(from: &[u8], to: &[u8]) -> PyResult<Vec<u8>> {
    if from.len() != to.len() {
        return Err(PyErr::value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in from.iter().zip(to) {
        table[f as usize] = t;
    }
    Ok(table)
}

/// `b.translate(table, delete)`: `table` is None or 256 bytes.
pub fn translate(b: &[u8], table: Option<&[u8]>, delete: &[u8]) -> PyResult<Vec<u8>> {
    if let Some(t) = table {
        if t.len() != 256 {
            return Err(PyErr::value_error("translation table must be 256 characters long"));
        }
    }
    let mut deleted = [false; 256];
    for &d in delete {
        deleted[d as usize] = true;
    }
    Ok(b.iter().filter(|&&c| !deleted[c as usize]).map(|&c| table.map_or(c, |t| t[c as usize])).collect())
}

// ====================================================================
// Decoding
// ====================================================================

/// `UnicodeDecodeError(codec, data, start, end, reason)`; its `str()` is
/// CPython's "'utf-8' codec can't decode byte 0xff in position 0: ...".
fn decode_error(codec: &str, data: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    PyErr::with_args(
        ExcKind::UnicodeDecodeError,
        vec![
            Value::new_str(codec),
            Value::new_bytes(data.to_vec()),
            Value::Int(start as i64),
            Value::Int(end as i64),
            Value::new_str(reason),
        ],
    )
}

/// Applies a decode error handler to the bytes `data[start..end]`.
fn handle_decode_error(
    out: &mut String,
    errors: &ErrorHandler,
    codec: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyResult<()> {
    match errors {
        ErrorHandler::Strict => Err(decode_error(codec, data, start, end, reason)),
        ErrorHandler::Ignore => Ok(()),
        ErrorHandler::Replace => {
            out.push('\u{FFFD}');
            Ok(())
        }
        ErrorHandler::BackslashReplace => {
            for b in &data[start..end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(())
        }
        ErrorHandler::XmlCharRefReplace => {
            Err(PyErr::type_error("don't know how to handle UnicodeDecodeError in error callback"))
        }
        ErrorHandler::Unknown(name) => Err(ErrorHandler::unknown_error(name)),
    }
}

/// `data.decode(codec, errors)`: `UnicodeDecodeError: 'utf-8' codec can't
/// decode byte 0xff in position 0: invalid start byte`.
pub fn decode(data: &[u8], codec: Codec, errors: &ErrorHandler) -> PyResult<String> {
    match codec {
        Codec::Utf8 => decode_utf8(data, errors, "utf-8"),
        Codec::Utf8Sig => decode_utf8(data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data), errors, "utf-8-sig"),
        Codec::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Ascii => {
            if data.is_ascii() {
                return Ok(data.iter().map(|&b| b as char).collect());
            }
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                } else {
                    handle_decode_error(&mut out, errors, "ascii", data, i, i + 1, "ordinal not in range(128)")?;
                }
            }
            Ok(out)
        }
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => decode_utf16(data, codec, errors),
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => decode_utf32(data, codec, errors),
    }
}

fn decode_utf8(data: &[u8], errors: &ErrorHandler, codec: &str) -> PyResult<String> {
    let mut out = String::with_capacity(data.len());
    let mut pos = 0;
    while pos < data.len() {
        match std::str::from_utf8(&data[pos..]) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => {
                let valid = e.valid_up_to();
                out.push_str(std::str::from_utf8(&data[pos..pos + valid]).unwrap_or(""));
                let start = pos + valid;
                let (end, reason) = match e.error_len() {
                    Some(n) => {
                        let first = data[start];
                        let starts = first < 0x80 || (0xC2..=0xF4).contains(&first);
                        (start + n, if starts { "invalid continuation byte" } else { "invalid start byte" })
                    }
                    None => (data.len(), "unexpected end of data"),
                };
                handle_decode_error(&mut out, errors, codec, data, start, end, reason)?;
                pos = end;
            }
        }
    }
    Ok(out)
}

fn decode_utf16(data: &[u8], codec: Codec, errors: &ErrorHandler) -> PyResult<String> {
    let (mut big, mut body, mut offset) = (codec == Codec::Utf16Be, data, 0);
    if codec == Codec::Utf16 {
        if let Some(rest) = data.strip_prefix(b"\xFF\xFE") {
            (body, offset) = (rest, 2);
        } else if let Some(rest) = data.strip_prefix(b"\xFE\xFF") {
            (big, body, offset) = (true, rest, 2);
        }
    }
    let name = if big { "utf-16-be" } else { "utf-16-le" };
    let mut out = String::with_capacity(body.len() / 2);
    let unit = |i: usize| {
        let pair = [body[i], body[i + 1]];
        if big {
            u16::from_be_bytes(pair)
        } else {
            u16::from_le_bytes(pair)
        }
    };
    let mut i = 0;
    while i + 1 < body.len() {
        let u = unit(i);
        if !(0xD800..0xE000).contains(&u) {
            out.push(char::from_u32(u as u32).unwrap_or('\u{FFFD}'));
            i += 2;
        } else if u < 0xDC00 && i + 3 < body.len() && (0xDC00..0xE000).contains(&unit(i + 2)) {
            let c = 0x10000 + (((u as u32) - 0xD800) << 10) + (unit(i + 2) as u32 - 0xDC00);
            out.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
            i += 4;
        } else if u < 0xDC00 && i + 3 >= body.len() {
            let end = body.len();
            handle_decode_error(&mut out, errors, name, data, offset + i, offset + end, "unexpected end of data")?;
            i = end;
        } else {
            let reason = if u < 0xDC00 { "illegal UTF-16 surrogate" } else { "illegal encoding" };
            handle_decode_error(&mut out, errors, name, data, offset + i, offset + i + 2, reason)?;
            i += 2;
        }
    }
    if i < body.len() {
        handle_decode_error(&mut out, errors, name, data, offset + i, offset + body.len(), "truncated data")?;
    }
    Ok(out)
}

fn decode_utf32(data: &[u8], codec: Codec, errors: &ErrorHandler) -> PyResult<String> {
    let (mut big, mut body, mut offset) = (codec == Codec::Utf32Be, data, 0);
    if codec == Codec::Utf32 {
        if let Some(rest) = data.strip_prefix(b"\xFF\xFE\x00\x00") {
            (body, offset) = (rest, 4);
        } else if let Some(rest) = data.strip_prefix(b"\x00\x00\xFE\xFF") {
            (big, body, offset) = (true, rest, 4);
        }
    }
    let name = if big { "utf-32-be" } else { "utf-32-le" };
    let mut out = String::with_capacity(body.len() / 4);
    let mut i = 0;
    while i + 3 < body.len() {
        let quad = [body[i], body[i + 1], body[i + 2], body[i + 3]];
        let n = if big { u32::from_be_bytes(quad) } else { u32::from_le_bytes(quad) };
        match char::from_u32(n) {
            Some(c) => out.push(c),
            None => {
                let reason = if n < 0x110000 {
                    "code point in surrogate code point range(0xd800, 0xe000)"
                } else {
                    "code point not in range(0x110000)"
                };
                handle_decode_error(&mut out, errors, name, data, offset + i, offset + i + 4, reason)?;
            }
        }
        i += 4;
    }
    if i < body.len() {
        handle_decode_error(&mut out, errors, name, data, offset + i, offset + body.len(), "truncated data")?;
    }
    Ok(out)
}

// ====================================================================
// Operator helpers the VM calls
// ====================================================================

/// `repr(b)`: `b'...'`, double quotes when the data has `'` and no `"`;
/// `\\`, `\t`, `\n`, `\r` and the quote escaped, bytes outside 0x20-0x7e
/// as `\x..` (see `bytearray_repr` for bytearrays).
pub fn bytes_repr(b: &[u8]) -> String {
    repr_with(b, false)
}

/// `repr(bytearray)`: `bytearray(b'...')`, where (a CPython quirk) `'` is
/// escaped even inside double quotes: `bytearray(b"\'")`.
pub fn bytearray_repr(b: &[u8]) -> String {
    format!("bytearray({})", repr_with(b, true))
}

fn repr_with(b: &[u8], always_escape_single: bool) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { b'"' } else { b'\'' };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote || (always_escape_single && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                const DIGITS: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\x");
                out.push(DIGITS[(c >> 4) as usize] as char);
                out.push(DIGITS[(c & 15) as usize] as char);
            }
        }
    }
    out.push(quote as char);
    out
}

/// `b[index]` (negative from the end) as an int: `IndexError: index out
/// of range` (bytes), `bytearray index out of range`.
pub fn bytes_getitem(b: &[u8], index: i64, kind: Kind) -> PyResult<Value> {
    let len = b.len() as i64;
    let i = if index < 0 { index + len } else { index };
    match usize::try_from(i).ok().and_then(|i| b.get(i)) {
        Some(&v) => Ok(Value::Int(v as i64)),
        None => Err(PyErr::index_error(match kind {
            Kind::Bytes => "index out of range",
            Kind::ByteArray => "bytearray index out of range",
        })),
    }
}

/// `b[start:stop:step]` with bounds resolved as `slice.indices(len)`
/// returns them.
pub fn bytes_slice(b: &[u8], start: i64, stop: i64, step: i64) -> Vec<u8> {
    if step == 0 {
        return Vec::new();
    }
    let len = b.len() as i64;
    let (start, stop) = if step > 0 {
        (start.clamp(0, len), stop.clamp(0, len))
    } else {
        (start.clamp(-1, len - 1), stop.clamp(-1, len - 1))
    };
    let n = slice_length(start, stop, step);
    if step == 1 {
        return b.get(start as usize..start as usize + n).unwrap_or(&[]).to_vec();
    }
    (0..n).filter_map(|k| b.get((start + k as i64 * step) as usize).copied()).collect()
}

/// `needle in container` for a bytes or bytearray `container`: an int
/// byte or a bytes-like needle (`TypeError: a bytes-like object is
/// required, not 'str'`, `ValueError: byte must be in range(0, 256)`).
pub fn bytes_contains(vm: &mut Vm, container: &Value, needle: &Value) -> PyResult<bool> {
    let int = if is_int_like(needle)
        || (as_bytes_ref(needle).is_none() && matches!(needle.payload(), Some(Payload::Instance(_))))
    {
        Some(byte_value(vm, needle).map_err(|e| {
            if e.lazy_kind() == Some(ExcKind::TypeError) {
                bytes_like_error(vm, needle)
            } else {
                e
            }
        })?)
    } else {
        None
    };
    let hay = data_of(container);
    match int {
        Some(b) => Ok(hay.contains(&b)),
        None => {
            let sub = bytes_arg(vm, needle)?;
            Ok(find_bytes(&hay, &sub).is_some())
        }
    }
}

// ====================================================================
// The builtins (generic over the type: `BYTEARRAY`)
// ====================================================================

fn owner<const BYTEARRAY: bool>() -> &'static str {
    Kind::of::<BYTEARRAY>().name()
}

fn parse<'a, const BYTEARRAY: bool>(name: &str, p: Parse, args: &Args<'a>) -> PyResult<Slots<'a>> {
    parse_args(owner::<BYTEARRAY>(), name, p, args)
}

fn map_bytes<const BYTEARRAY: bool>(
    vm: &mut Vm,
    args: Args<'_>,
    name: &str,
    f: fn(&[u8]) -> Vec<u8>,
) -> PyResult<Value> {
    let this = check_self::<BYTEARRAY>(vm, &args, name)?;
    parse::<BYTEARRAY>(name, Parse::NoArgs, &args)?;
    let out = f(&data_of(this));
    Ok(Kind::of::<BYTEARRAY>().make(out))
}

fn test_bytes<const BYTEARRAY: bool>(vm: &mut Vm, args: Args<'_>, name: &str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    let this = check_self::<BYTEARRAY>(vm, &args, name)?;
    parse::<BYTEARRAY>(name, Parse::NoArgs, &args)?;
    let r = f(&data_of(this));
    Ok(Value::Bool(r))
}

fn b_lower<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_bytes::<BA>(vm, args, "lower", |b| b.to_ascii_lowercase())
}
fn b_upper<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_bytes::<BA>(vm, args, "upper", |b| b.to_ascii_uppercase())
}
fn b_swapcase<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_bytes::<BA>(vm, args, "swapcase", swapcase)
}
fn b_title<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_bytes::<BA>(vm, args, "title", title)
}
fn b_capitalize<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_bytes::<BA>(vm, args, "capitalize", capitalize)
}

fn all_of(b: &[u8], f: fn(&u8) -> bool) -> bool {
    !b.is_empty() && b.iter().all(f)
}

fn b_isalnum<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test_bytes::<BA>(vm, args, "isalnum", |b| all_of(b, u8::is_ascii_alphanumeric))
}
fn b_isalpha<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test_bytes::<BA>(vm, args, "isalpha", |b| all_of(b, u8::is_ascii_alphabetic))
}
fn b_isascii<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test_bytes::<BA>(vm, args, "isascii", |b| b.is_ascii())
}
fn b_isdigit<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test_bytes::<BA>(vm, args, "isdigit", |b| all_of(b, u8::is_ascii_digit))
}
fn b_isspace<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test_bytes::<BA>(vm, args, "isspace", |b| all_of(b, |&c| is_space_byte(c)))
}
fn b_islower<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test_bytes::<BA>(vm, args, "islower", is_lower)
}
fn b_isupper<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test_bytes::<BA>(vm, args, "isupper", is_upper)
}
fn b_istitle<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test_bytes::<BA>(vm, args, "istitle", is_title)
}

/// The fill byte of center/ljust/rjust: `center() argument 2 must be a
/// byte string of length 1, not str`.
fn fill_byte(vm: &Vm, name: &str, v: Option<&Value>) -> PyResult<u8> {
    let Some(v) = v else { return Ok(b' ') };
    match as_bytes_ref(v) {
        Some(b) if b.len() == 1 => Ok(b[0]),
        _ => Err(PyErr::type_error(format!(
            "{name}() argument 2 must be a byte string of length 1, not {}",
            vm.type_name(v)
        ))),
    }
}

fn justify_method<const BA: bool>(vm: &mut Vm, args: Args<'_>, name: &str, side: Side) -> PyResult<Value> {
    let this = check_self::<BA>(vm, &args, name)?;
    let a = parse::<BA>(name, Parse::Positional(1, 2), &args)?;
    let width = ssize_arg(vm, required(a[0])?)?;
    let fill = fill_byte(vm, name, a[1])?;
    let data = data_of(this);
    let out = justify(&data, width, fill, side)?;
    let unchanged = out.is_none();
    let out = out.unwrap_or_else(|| data.to_vec());
    drop(data);
    Ok(result::<BA>(this, out, unchanged))
}

fn b_center<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    justify_method::<BA>(vm, args, "center", Side::Both)
}
fn b_ljust<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    justify_method::<BA>(vm, args, "ljust", Side::Left)
}
fn b_rjust<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    justify_method::<BA>(vm, args, "rjust", Side::Right)
}

fn b_zfill<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = check_self::<BA>(vm, &args, "zfill")?;
    let a = parse::<BA>("zfill", Parse::One, &args)?;
    let width = ssize_arg(vm, required(a[0])?)?;
    let data = data_of(this);
    let out = zfill(&data, width)?;
    let unchanged = out.is_none();
    let out = out.unwrap_or_else(|| data.to_vec());
    drop(data);
    Ok(result::<BA>(this, out, unchanged))
}

/// The `sub[, start[, end]]` of find/index/count; then `f` on the data.
fn with_find_args<const BA: bool, R>(
    vm: &mut Vm,
    args: &Args<'_>,
    name: &str,
    f: impl FnOnce(&[u8], &[u8], Option<i64>, Option<i64>) -> R,
) -> PyResult<R> {
    let this = check_self::<BA>(vm, args, name)?;
    let a = parse::<BA>(name, Parse::Tuple(1, 3), args)?;
    let sub_value = required(a[0])?;
    let int = needle_int(vm, sub_value)?;
    let start = slice_arg(vm, a[1])?;
    let end = slice_arg(vm, a[2])?;
    let sub = needle(vm, sub_value, int)?;
    let data = data_of(this);
    Ok(f(&data, sub.as_slice(), start, end))
}

fn find_method<const BA: bool>(vm: &mut Vm, args: Args<'_>, name: &str, side: Side, raise: bool) -> PyResult<Value> {
    let i = with_find_args::<BA, _>(vm, &args, name, |hay, sub, start, end| find(hay, sub, start, end, side))?;
    if raise && i < 0 {
        return Err(PyErr::value_error("subsection not found"));
    }
    Ok(Value::Int(i))
}

fn b_find<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    find_method::<BA>(vm, args, "find", Side::Left, false)
}
fn b_rfind<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    find_method::<BA>(vm, args, "rfind", Side::Right, false)
}
fn b_index<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    find_method::<BA>(vm, args, "index", Side::Left, true)
}
fn b_rindex<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    find_method::<BA>(vm, args, "rindex", Side::Right, true)
}
fn b_count<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with_find_args::<BA, _>(vm, &args, "count", count).map(Value::Int)
}

fn affix_method<const BA: bool>(vm: &mut Vm, args: Args<'_>, name: &str, side: Side) -> PyResult<Value> {
    let this = check_self::<BA>(vm, &args, name)?;
    let a = parse::<BA>(name, Parse::Tuple(1, 3), &args)?;
    let start = slice_arg(vm, a[1])?;
    let end = slice_arg(vm, a[2])?;
    let arg = required(a[0])?;
    if let Some(items) = arg.as_tuple() {
        for item in items {
            let sub = bytes_arg(vm, item)?;
            if tail_match(&data_of(this), &sub, start, end, side) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    match as_bytes_ref(arg) {
        Some(sub) => Ok(Value::Bool(tail_match(&data_of(this), &sub, start, end, side))),
        None => Err(PyErr::type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            vm.type_name(arg)
        ))),
    }
}

fn b_startswith<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix_method::<BA>(vm, args, "startswith", Side::Left)
}
fn b_endswith<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix_method::<BA>(vm, args, "endswith", Side::Right)
}

/// `decode(encoding='utf-8', errors='strict')`.
fn b_decode<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = check_self::<BA>(vm, &args, "decode")?;
    let names = &["encoding", "errors"];
    let a = parse::<BA>("decode", Parse::Keywords { posonly: 0, required: 0, names }, &args)?;
    let mut texts = [None, None];
    for (i, name) in names.iter().enumerate() {
        if let Some(v) = a[i] {
            let s = as_str_ref(v).ok_or_else(|| {
                PyErr::type_error(format!("decode() argument '{name}' must be str, not {}", vm.type_name(v)))
            })?;
            texts[i] = Some(s.text().to_string());
        }
    }
    let codec = match &texts[0] {
        Some(e) => lookup_codec(e)?,
        None => Codec::Utf8,
    };
    let handler = texts[1].as_deref().map_or(ErrorHandler::Strict, ErrorHandler::from_name);
    let out = decode(&data_of(this), codec, &handler)?;
    Ok(Value::from_string(out))
}

/// `hex(sep=<unrepresentable>, bytes_per_sep=1)`.
fn b_hex<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = check_self::<BA>(vm, &args, "hex")?;
    let names = &["sep", "bytes_per_sep"];
    let a = parse::<BA>("hex", Parse::Keywords { posonly: 0, required: 0, names }, &args)?;
    let bytes_per_sep = match a[1] {
        Some(v) => c_int_arg(vm, v)?,
        None => 1,
    };
    let sep = match a[0] {
        None => None,
        Some(v) => {
            let sep: Vec<u8> = if let Some(s) = as_str_ref(v) {
                let t = s.text();
                if t.chars().count() == 1 && !t.is_ascii() {
                    return Err(PyErr::value_error("sep must be ASCII."));
                }
                t.as_bytes().to_vec()
            } else if let Some(b) = as_bytes_ref(v) {
                b.to_vec()
            } else {
                return Err(PyErr::type_error(format!("object of type '{}' has no len()", vm.type_name(v))));
            };
            match sep.as_slice() {
                [c] if c.is_ascii() => Some(*c),
                [_] => return Err(PyErr::value_error("sep must be ASCII.")),
                _ => return Err(PyErr::value_error("sep must be length 1.")),
            }
        }
    };
    let out = hex(&data_of(this), sep, bytes_per_sep);
    Ok(Value::from_string(out))
}

/// `fromhex(string, /)`, a class method. Called as a class method, the
/// first argument is the class; called on the type's dict entry directly
/// (`bytes.fromhex(s)` with no binding) it is the string; called on an
/// instance (`b''.fromhex(s)`) it is the instance. All three work.
fn b_fromhex<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let skip_first =
        pos.first().is_some_and(|v| matches!(v.payload(), Some(Payload::Type(_))) || is_kind(v, Kind::of::<BA>()));
    let rest = if skip_first { &pos[1..] } else { pos };
    let a = parse_positional(owner::<BA>(), "fromhex", Parse::One, rest, &args)?;
    let arg = required(a[0])?;
    let Some(s) = as_str_ref(arg) else {
        return Err(PyErr::type_error(format!("fromhex() argument must be str, not {}", vm.type_name(arg))));
    };
    let data = fromhex(s.text())?;
    // A subclass (`class B(bytes)`, `B.fromhex(...)`) gets `B(data)`.
    if let Some(cls) = pos.first().filter(|_| skip_first) {
        if let Some(t) = cls.as_type() {
            if t.kind == TypeKind::Heap {
                let value = Kind::of::<BA>().make(data);
                return vm.call(cls, &[value]);
            }
        }
    }
    Ok(Kind::of::<BA>().make(data))
}

/// `join(iterable_of_bytes, /)`.
fn b_join<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = check_self::<BA>(vm, &args, "join")?;
    let a = parse::<BA>("join", Parse::One, &args)?;
    let items = collect_for_join(vm, required(a[0])?)?;
    let mut parts = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        match as_bytes_ref(item) {
            Some(p) => parts.push(p),
            None => {
                return Err(PyErr::type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    vm.type_name(item)
                )))
            }
        }
    }
    let sep = data_of(this);
    let size = parts.iter().map(|p| p.len()).sum::<usize>() + sep.len() * parts.len().saturating_sub(1);
    let mut out = alloc_bytes(size)?;
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(p);
    }
    Ok(Kind::of::<BA>().make(out))
}

fn strip_method<const BA: bool>(vm: &mut Vm, args: Args<'_>, name: &str, side: Side) -> PyResult<Value> {
    let this = check_self::<BA>(vm, &args, name)?;
    let a = parse::<BA>(name, Parse::Positional(0, 1), &args)?;
    let chars = match a[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(vm, v)?),
    };
    let data = data_of(this);
    let out = strip(&data, chars.as_deref(), side);
    let unchanged = out.len() == data.len();
    let out = out.to_vec();
    drop(data);
    Ok(result::<BA>(this, out, unchanged))
}

fn b_strip<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_method::<BA>(vm, args, "strip", Side::Both)
}
fn b_lstrip<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_method::<BA>(vm, args, "lstrip", Side::Left)
}
fn b_rstrip<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_method::<BA>(vm, args, "rstrip", Side::Right)
}

fn partition_method<const BA: bool>(vm: &mut Vm, args: Args<'_>, name: &str, side: Side) -> PyResult<Value> {
    let this = check_self::<BA>(vm, &args, name)?;
    let a = parse::<BA>(name, Parse::One, &args)?;
    let sep_value = required(a[0])?;
    let sep = bytes_arg(vm, sep_value)?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let data = data_of(this);
    let found = if side == Side::Right { rfind_bytes(&data, &sep) } else { find_bytes(&data, &sep) };
    let kind = Kind::of::<BA>();
    let items = match found {
        Some(i) => {
            let middle = if !BA && is_exact_bytes(sep_value) { sep_value.clone() } else { kind.make(sep.to_vec()) };
            vec![kind.make(data[..i].to_vec()), middle, kind.make(data[i + sep.len()..].to_vec())]
        }
        None => {
            let whole = data.to_vec();
            drop(data);
            let whole = result::<BA>(this, whole, true);
            if side == Side::Right {
                vec![kind.make(Vec::new()), kind.make(Vec::new()), whole]
            } else {
                vec![whole, kind.make(Vec::new()), kind.make(Vec::new())]
            }
        }
    };
    Ok(Value::new_tuple(items))
}

fn b_partition<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_method::<BA>(vm, args, "partition", Side::Left)
}
fn b_rpartition<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_method::<BA>(vm, args, "rpartition", Side::Right)
}

fn affix_remove<const BA: bool>(vm: &mut Vm, args: Args<'_>, name: &str, side: Side) -> PyResult<Value> {
    let this = check_self::<BA>(vm, &args, name)?;
    let a = parse::<BA>(name, Parse::One, &args)?;
    let affix = bytes_arg(vm, required(a[0])?)?;
    let data = data_of(this);
    let rest = if side == Side::Left { data.strip_prefix(&*affix) } else { data.strip_suffix(&*affix) };
    let (out, unchanged) = match rest {
        Some(r) if !affix.is_empty() => (r.to_vec(), false),
        _ => (data.to_vec(), true),
    };
    drop(data);
    Ok(result::<BA>(this, out, unchanged))
}

fn b_removeprefix<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix_remove::<BA>(vm, args, "removeprefix", Side::Left)
}
fn b_removesuffix<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix_remove::<BA>(vm, args, "removesuffix", Side::Right)
}

/// `replace(old, new, count=-1, /)`.
fn b_replace<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = check_self::<BA>(vm, &args, "replace")?;
    let a = parse::<BA>("replace", Parse::Positional(2, 3), &args)?;
    let count_arg = match a[2] {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let old = bytes_arg(vm, required(a[0])?)?;
    let new = bytes_arg(vm, required(a[1])?)?;
    let data = data_of(this);
    let unchanged = count_arg == 0 || (!old.is_empty() && find_bytes(&data, &old).is_none());
    let out = if unchanged { data.to_vec() } else { replace(&data, &old, &new, count_arg)? };
    drop(data);
    Ok(result::<BA>(this, out, unchanged))
}

fn split_method<const BA: bool>(vm: &mut Vm, args: Args<'_>, name: &str, side: Side) -> PyResult<Value> {
    let this = check_self::<BA>(vm, &args, name)?;
    let names = &["sep", "maxsplit"];
    let a = parse::<BA>(name, Parse::Keywords { posonly: 0, required: 0, names }, &args)?;
    let maxsplit = match a[1] {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let sep = match a[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(vm, v)?),
    };
    if sep.as_ref().is_some_and(|s| s.is_empty()) {
        return Err(PyErr::value_error("empty separator"));
    }
    let data = data_of(this);
    let parts = match (sep.as_deref(), side) {
        (None, Side::Right) => rsplit_whitespace(&data, maxsplit),
        (None, _) => split_whitespace(&data, maxsplit),
        (Some(sep), Side::Right) => rsplit_sep(&data, sep, maxsplit),
        (Some(sep), _) => split_sep(&data, sep, maxsplit),
    };
    let kind = Kind::of::<BA>();
    let items = parts.into_iter().map(|p| kind.make(p.to_vec())).collect();
    Ok(Value::new_list(items))
}

fn b_split<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    split_method::<BA>(vm, args, "split", Side::Left)
}
fn b_rsplit<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    split_method::<BA>(vm, args, "rsplit", Side::Right)
}

/// `splitlines(keepends=False)`.
fn b_splitlines<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = check_self::<BA>(vm, &args, "splitlines")?;
    let names = &["keepends"];
    let a = parse::<BA>("splitlines", Parse::Keywords { posonly: 0, required: 0, names }, &args)?;
    let keepends = match a[0] {
        Some(v) => c_int_arg(vm, v)? != 0,
        None => false,
    };
    let data = data_of(this);
    let kind = Kind::of::<BA>();
    let items = splitlines(&data, keepends).into_iter().map(|p| kind.make(p.to_vec())).collect();
    Ok(Value::new_list(items))
}

/// `expandtabs(tabsize=8)`.
fn b_expandtabs<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = check_self::<BA>(vm, &args, "expandtabs")?;
    let names = &["tabsize"];
    let a = parse::<BA>("expandtabs", Parse::Keywords { posonly: 0, required: 0, names }, &args)?;
    let tabsize = match a[0] {
        Some(v) => c_int_arg(vm, v)?,
        None => 8,
    };
    let out = expandtabs(&data_of(this), tabsize)?;
    Ok(Kind::of::<BA>().make(out))
}

/// `translate(table, /, delete=b'')`.
fn b_translate<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = check_self::<BA>(vm, &args, "translate")?;
    let names = &["table", "delete"];
    let a = parse::<BA>("translate", Parse::Keywords { posonly: 1, required: 1, names }, &args)?;
    let table = match required(a[0])? {
        Value::None => None,
        v => Some(bytes_arg(vm, v)?),
    };
    let delete = match a[1] {
        Some(v) => Some(bytes_arg(vm, v)?),
        None => None,
    };
    let data = data_of(this);
    let out = translate(&data, table.as_deref(), delete.as_deref().unwrap_or(&[]))?;
    let unchanged = table.is_none() && out.len() == data.len();
    drop(data);
    Ok(result::<BA>(this, out, unchanged))
}

/// `maketrans(frm, to, /)`, a static method.
fn b_maketrans<const BA: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = parse_positional(owner::<BA>(), "maketrans", Parse::Positional(2, 2), args.pos(), &args)?;
    let from = bytes_arg(vm, required(a[0])?)?;
    let to = bytes_arg(vm, required(a[1])?)?;
    Ok(Value::new_bytes(maketrans(&from, &to)?))
}

// ---- bytearray mutators ----

/// The `RefCell` of a bytearray `self` (or of the bytearray inside a
/// subclass instance).
fn with_bytearray<R>(this: &Value, f: impl FnOnce(&mut Vec<u8>) -> R) -> PyResult<R> {
    match this.payload() {
        Some(Payload::ByteArray(cell)) => {
            let mut data = cell
                .try_borrow_mut()
                .map_err(|_| PyErr::new(ExcKind::BufferError, "Existing exports of data: object cannot be re-sized"))?;
            Ok(f(&mut data))
        }
        Some(Payload::Instance(i)) => match &i.extra {
            InstanceExtra::Builtin(inner) => {
                let inner = inner.borrow().clone();
                with_bytearray(&inner, f)
            }
            _ => Err(PyErr::internal("bytearray method on a non-bytearray")),
        },
        _ => Err(PyErr::internal("bytearray method on a non-bytearray")),
    }
}

/// `bytearray.append(item, /)`.
fn ba_append(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = check_self::<true>(vm, &args, "append")?;
    let a = parse::<true>("append", Parse::One, &args)?;
    let b = byte_value(vm, required(a[0])?)?;
    with_bytearray(this, |d| d.push(b))?;
    Ok(Value::None)
}

/// `bytearray.extend(iterable_of_ints, /)`.
fn ba_extend(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = check_self::<true>(vm, &args, "extend")?;
    let a = parse::<true>("extend", Parse::One, &args)?;
    let arg = required(a[0])?;
    let bytes: Vec<u8> = match as_bytes_ref(arg) {
        Some(b) => b.to_vec(),
        None => {
            let it = match vm.get_iter(arg) {
                Ok(it) => it,
                Err(e) if vm.err_is(&e, ExcKind::TypeError) => {
                    return Err(PyErr::type_error(format!("can't extend bytearray with {}", vm.type_name(arg))))
                }
                Err(e) => return Err(e),
            };
            let mut out = Vec::new();
            while let Some(x) = vm.next(&it)? {
                out.push(byte_value(vm, &x)?);
            }
            out
        }
    };
    with_bytearray(this, |d| d.extend_from_slice(&bytes))?;
    Ok(Value::None)
}

/// `bytearray.pop(index=-1, /)`.
fn ba_pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = check_self::<true>(vm, &args, "pop")?;
    let a = parse::<true>("pop", Parse::Positional(0, 1), &args)?;
    let index = match a[0] {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let popped = with_bytearray(this, |d| {
        if d.is_empty() {
            return Err(PyErr::index_error("pop from empty bytearray"));
        }
        let len = d.len() as i64;
        let i = if index < 0 { index + len } else { index };
        if i < 0 || i >= len {
            return Err(PyErr::index_error("pop index out of range"));
        }
        Ok(d.remove(i as usize))
    })??;
    Ok(Value::Int(popped as i64))
}

/// `bytearray.insert(index, item, /)`.
fn ba_insert(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = check_self::<true>(vm, &args, "insert")?;
    let a = parse::<true>("insert", Parse::Positional(2, 2), &args)?;
    let index = ssize_arg(vm, required(a[0])?)?;
    let b = byte_value(vm, required(a[1])?)?;
    with_bytearray(this, |d| {
        let len = d.len() as i64;
        let i = if index < 0 { (index + len).max(0) } else { index.min(len) };
        d.insert(i as usize, b);
    })?;
    Ok(Value::None)
}

/// `bytearray.remove(value, /)`.
fn ba_remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = check_self::<true>(vm, &args, "remove")?;
    let a = parse::<true>("remove", Parse::One, &args)?;
    let b = byte_value(vm, required(a[0])?)?;
    with_bytearray(this, |d| match d.iter().position(|&x| x == b) {
        Some(i) => {
            d.remove(i);
            Ok(())
        }
        None => Err(PyErr::value_error("value not found in bytearray")),
    })??;
    Ok(Value::None)
}

/// `bytearray.clear()`.
fn ba_clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = check_self::<true>(vm, &args, "clear")?;
    parse::<true>("clear", Parse::NoArgs, &args)?;
    with_bytearray(this, |d| d.clear())?;
    Ok(Value::None)
}

/// `bytearray.reverse()`.
fn ba_reverse(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = check_self::<true>(vm, &args, "reverse")?;
    parse::<true>("reverse", Parse::NoArgs, &args)?;
    with_bytearray(this, |d| d.reverse())?;
    Ok(Value::None)
}

/// `bytearray.copy()`.
fn ba_copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = check_self::<true>(vm, &args, "copy")?;
    parse::<true>("copy", Parse::NoArgs, &args)?;
    let data = data_of(this).to_vec();
    Ok(Value::new_bytearray(data))
}

/// The methods of `bytes`, for the VM to install in the type's dict.
/// `fromhex` is a class method and `maketrans` a static method: the VM
/// should wrap them in `Payload::ClassMethod` / `Payload::StaticMethod`
/// (both also work unwrapped when called on the type, `bytes.fromhex(s)`).
pub const BYTES_METHODS: &[(&str, NativeFn)] = &[
    ("capitalize", b_capitalize::<false>),
    ("center", b_center::<false>),
    ("count", b_count::<false>),
    ("decode", b_decode::<false>),
    ("endswith", b_endswith::<false>),
    ("expandtabs", b_expandtabs::<false>),
    ("find", b_find::<false>),
    ("fromhex", b_fromhex::<false>),
    ("hex", b_hex::<false>),
    ("index", b_index::<false>),
    ("isalnum", b_isalnum::<false>),
    ("isalpha", b_isalpha::<false>),
    ("isascii", b_isascii::<false>),
    ("isdigit", b_isdigit::<false>),
    ("islower", b_islower::<false>),
    ("isspace", b_isspace::<false>),
    ("istitle", b_istitle::<false>),
    ("isupper", b_isupper::<false>),
    ("join", b_join::<false>),
    ("ljust", b_ljust::<false>),
    ("lower", b_lower::<false>),
    ("lstrip", b_lstrip::<false>),
    ("maketrans", b_maketrans::<false>),
    ("partition", b_partition::<false>),
    ("removeprefix", b_removeprefix::<false>),
    ("removesuffix", b_removesuffix::<false>),
    ("replace", b_replace::<false>),
    ("rfind", b_rfind::<false>),
    ("rindex", b_rindex::<false>),
    ("rjust", b_rjust::<false>),
    ("rpartition", b_rpartition::<false>),
    ("rsplit", b_rsplit::<false>),
    ("rstrip", b_rstrip::<false>),
    ("split", b_split::<false>),
    ("splitlines", b_splitlines::<false>),
    ("startswith", b_startswith::<false>),
    ("strip", b_strip::<false>),
    ("swapcase", b_swapcase::<false>),
    ("title", b_title::<false>),
    ("translate", b_translate::<false>),
    ("upper", b_upper::<false>),
    ("zfill", b_zfill::<false>),
];

/// The methods of `bytearray` (the same as `bytes`'s, returning
/// bytearrays, plus the mutators). `fromhex`/`maketrans` as for bytes.
pub const BYTEARRAY_METHODS: &[(&str, NativeFn)] = &[
    ("append", ba_append),
    ("capitalize", b_capitalize::<true>),
    ("center", b_center::<true>),
    ("clear", ba_clear),
    ("copy", ba_copy),
    ("count", b_count::<true>),
    ("decode", b_decode::<true>),
    ("endswith", b_endswith::<true>),
    ("expandtabs", b_expandtabs::<true>),
    ("extend", ba_extend),
    ("find", b_find::<true>),
    ("fromhex", b_fromhex::<true>),
    ("hex", b_hex::<true>),
    ("index", b_index::<true>),
    ("insert", ba_insert),
    ("isalnum", b_isalnum::<true>),
    ("isalpha", b_isalpha::<true>),
    ("isascii", b_isascii::<true>),
    ("isdigit", b_isdigit::<true>),
    ("islower", b_islower::<true>),
    ("isspace", b_isspace::<true>),
    ("istitle", b_istitle::<true>),
    ("isupper", b_isupper::<true>),
    ("join", b_join::<true>),
    ("ljust", b_ljust::<true>),
    ("lower", b_lower::<true>),
    ("lstrip", b_lstrip::<true>),
    ("maketrans", b_maketrans::<true>),
    ("partition", b_partition::<true>),
    ("pop", ba_pop),
    ("remove", ba_remove),
    ("removeprefix", b_removeprefix::<true>),
    ("removesuffix", b_removesuffix::<true>),
    ("replace", b_replace::<true>),
    ("reverse", ba_reverse),
    ("rfind", b_rfind::<true>),
    ("rindex", b_rindex::<true>),
    ("rjust", b_rjust::<true>),
    ("rpartition", b_rpartition::<true>),
    ("rsplit", b_rsplit::<true>),
    ("rstrip", b_rstrip::<true>),
    ("split", b_split::<true>),
    ("splitlines", b_splitlines::<true>),
    ("startswith", b_startswith::<true>),
    ("strip", b_strip::<true>),
    ("swapcase", b_swapcase::<true>),
    ("title", b_title::<true>),
    ("translate", b_translate::<true>),
    ("upper", b_upper::<true>),
    ("zfill", b_zfill::<true>),
];

/// The class methods among the bytes/bytearray methods.
pub const BYTES_CLASS_METHODS: &[&str] = &["fromhex"];
/// The static methods among the bytes/bytearray methods.
pub const BYTES_STATIC_METHODS: &[&str] = &["maketrans"];
