//! The methods of `str`, as CPython 3.11's `Objects/unicodeobject.c`, and
//! the str helpers the VM calls for operators (`s[i]`, `s[a:b]`, `in`,
//! `*`, `repr`, `ascii`, comparisons).
//!
//! Layout: the logic lives in pure functions over `&str` (`split`,
//! `strip`, `find`, `str_repr`...), testable without a VM
//! (`interp/tests/strings.rs`); the builtins (`STR_METHODS`) are thin
//! wrappers that check `self`, parse arguments and call them.
//!
//! Indices are code points, as in Python. ASCII strings (the common case)
//! take byte-level fast paths; other strings convert code-point indices to
//! byte offsets by walking the text, and every slice of a `&str` is taken
//! at a char boundary (a byte offset found by `char_indices`, or next to
//! an ASCII delimiter, which UTF-8 never places inside a multi-byte char).
//!
//! Argument errors are worded as CPython words them, which depends on how
//! the C method parses its arguments (METH_NOARGS, METH_O, PyArg_ParseTuple,
//! Argument Clinic with or without keywords): `Parse` names the five
//! styles and `parse_args` produces each one's messages. `bytes_methods`
//! shares it.
//!
//! Unicode character classes (`isalpha`, `isdecimal`, `isprintable`...)
//! come from tables generated from Python 3.11's `unicodedata` (Unicode
//! 14.0) at the end of this file; case mappings come from Rust's `char`
//! (full mappings, as Python's) plus the generated titlecase and
//! case-folding exceptions. `isidentifier` approximates XID_Start /
//! XID_Continue the way the lexer does.

use crate::errors::{ExcKind, PyErr, PyResult};
use crate::objects::function::{Args, NativeFn};
use crate::objects::instance::InstanceExtra;
use crate::objects::str::PyStr;
use crate::value::{Payload, Value};
use crate::vm::Vm;
use std::borrow::Cow;
use std::cmp::Ordering;

// ====================================================================
// Argument parsing, shared with bytes_methods
// ====================================================================

/// How the C method parses its arguments; decides the wording of errors.
#[derive(Clone, Copy, Debug)]
pub enum Parse {
    /// METH_NOARGS: `str.upper() takes no arguments (1 given)`.
    NoArgs,
    /// METH_O: `str.join() takes exactly one argument (0 given)`.
    One,
    /// PyArg_ParseTuple (`"O|nn:count"`), min and max:
    /// `count() takes at least 1 argument (0 given)`.
    Tuple(usize, usize),
    /// Argument Clinic, positional-only, min and max:
    /// `center expected at least 1 argument, got 0`.
    Positional(usize, usize),
    /// Argument Clinic with keywords: the first `posonly` parameters are
    /// positional-only, the first `required` are required, `names` names
    /// every parameter: `split() takes at most 2 arguments (3 given)`,
    /// `'x' is an invalid keyword argument for split()`.
    Keywords { posonly: usize, required: usize, names: &'static [&'static str] },
}

/// The parsed arguments (after `self`), by parameter position.
pub type Slots<'a> = [Option<&'a Value>; 4];

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Checks the arguments after `self` against `parse`, with CPython's
/// messages for `owner.name`; returns them by parameter position.
pub fn parse_args<'a>(owner: &str, name: &str, parse: Parse, args: &Args<'a>) -> PyResult<Slots<'a>> {
    parse_positional(owner, name, parse, args.pos().get(1..).unwrap_or(&[]), args)
}

/// `parse_args` for the positional arguments `pos` (all of them, for
/// static methods, which have no `self`).
pub fn parse_positional<'a>(
    owner: &str,
    name: &str,
    parse: Parse,
    pos: &'a [Value],
    args: &Args<'a>,
) -> PyResult<Slots<'a>> {
    let n = pos.len();
    let mut slots: Slots<'a> = [None; 4];
    let no_keywords = || PyErr::type_error(format!("{owner}.{name}() takes no keyword arguments"));
    match parse {
        Parse::NoArgs => {
            if args.has_kw() {
                return Err(no_keywords());
            }
            if n != 0 {
                return Err(PyErr::type_error(format!("{owner}.{name}() takes no arguments ({n} given)")));
            }
        }
        Parse::One => {
            if args.has_kw() {
                return Err(no_keywords());
            }
            if n != 1 {
                return Err(PyErr::type_error(format!("{owner}.{name}() takes exactly one argument ({n} given)")));
            }
        }
        Parse::Tuple(min, max) => {
            if args.has_kw() {
                return Err(no_keywords());
            }
            if n < min || n > max {
                let (how, count) = if min == max {
                    ("exactly", min)
                } else if n < min {
                    ("at least", min)
                } else {
                    ("at most", max)
                };
                return Err(PyErr::type_error(format!(
                    "{name}() takes {how} {count} argument{} ({n} given)",
                    plural(count)
                )));
            }
        }
        Parse::Positional(min, max) => {
            if args.has_kw() {
                return Err(no_keywords());
            }
            if n < min {
                let how = if min == max { "" } else { "at least " };
                return Err(PyErr::type_error(format!("{name} expected {how}{min} argument{}, got {n}", plural(min))));
            }
            if n > max {
                let how = if min == max { "" } else { "at most " };
                return Err(PyErr::type_error(format!("{name} expected {how}{max} argument{}, got {n}", plural(max))));
            }
        }
        Parse::Keywords { posonly, required, names } => {
            return parse_keywords(name, pos, args, posonly, required, names);
        }
    }
    for (slot, v) in slots.iter_mut().zip(pos) {
        *slot = Some(v);
    }
    Ok(slots)
}

/// Argument Clinic's `_PyArg_UnpackKeywords`, message for message.
fn parse_keywords<'a>(
    name: &str,
    pos: &'a [Value],
    args: &Args<'a>,
    posonly: usize,
    required: usize,
    names: &'static [&'static str],
) -> PyResult<Slots<'a>> {
    let nargs = pos.len();
    let kw: Vec<(&'a str, &'a Value)> = args.kw().collect();
    let maxargs = names.len();
    let total = nargs + kw.len();
    if total > maxargs {
        return Err(PyErr::type_error(format!(
            "{name}() takes at most {maxargs} {}argument{} ({total} given)",
            if nargs == 0 { "keyword " } else { "" },
            plural(maxargs)
        )));
    }
    let min_posonly = posonly.min(required);
    if nargs < min_posonly {
        let how = if posonly < maxargs { "at least" } else { "exactly" };
        return Err(PyErr::type_error(format!(
            "{name}() takes {how} {min_posonly} positional argument{} ({nargs} given)",
            plural(min_posonly)
        )));
    }
    let mut slots: Slots<'a> = [None; 4];
    for (slot, v) in slots.iter_mut().zip(pos) {
        *slot = Some(v);
    }
    let mut unused = kw.len();
    for (i, &param) in names.iter().enumerate().skip(nargs.max(posonly)) {
        let found = kw.iter().find(|(k, _)| *k == param).map(|(_, v)| *v);
        match found {
            Some(v) => {
                if let Some(slot) = slots.get_mut(i) {
                    *slot = Some(v);
                }
                unused -= 1;
            }
            None if i < required => {
                return Err(PyErr::type_error(format!(
                    "{name}() missing required argument '{param}' (pos {})",
                    i + 1
                )));
            }
            None => {}
        }
    }
    if unused > 0 {
        for (i, &param) in names.iter().enumerate().take(nargs).skip(posonly) {
            if kw.iter().any(|(k, _)| *k == param) {
                return Err(PyErr::type_error(format!(
                    "argument for {name}() given by name ('{param}') and position ({})",
                    i + 1
                )));
            }
        }
        if let Some((k, _)) = kw.iter().find(|(k, _)| !names[posonly..].contains(k)) {
            return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for {name}()")));
        }
    }
    Ok(slots)
}

/// The receiver of a method of builtin type `owner`, checked by `accept`:
/// `unbound method str.upper() needs an argument`, `descriptor 'upper' for
/// 'str' objects doesn't apply to a 'int' object`.
pub fn receiver<'a, T>(
    vm: &Vm,
    args: &Args<'a>,
    owner: &str,
    name: &str,
    accept: impl FnOnce(&'a Value) -> Option<T>,
) -> PyResult<T> {
    let Some(first) = args.pos().first() else {
        return Err(PyErr::type_error(format!("unbound method {owner}.{name}() needs an argument")));
    };
    match accept(first) {
        Some(t) => Ok(t),
        None => Err(PyErr::type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            vm.type_name(first)
        ))),
    }
}

/// A `&str` borrowed from a str object, or from the str inside an
/// instance of a subclass of str.
pub enum StrRef<'a> {
    Plain(&'a PyStr),
    /// The builtin value of a str subclass instance (checked to be a str).
    Sub(Value),
}

impl StrRef<'_> {
    pub fn text(&self) -> &str {
        match self {
            StrRef::Plain(p) => p.as_str(),
            // Checked to be a str when made; "" cannot happen.
            StrRef::Sub(v) => v.as_str().unwrap_or(""),
        }
    }
    /// Length in code points.
    pub fn char_len(&self) -> usize {
        match self {
            StrRef::Plain(p) => p.char_len(),
            StrRef::Sub(_) => self.text().chars().count(),
        }
    }
}

/// The text of a str or str-subclass instance.
pub fn as_str_ref(v: &Value) -> Option<StrRef<'_>> {
    match v.payload()? {
        Payload::Str(s) => Some(StrRef::Plain(s)),
        Payload::Instance(i) => match &i.extra {
            InstanceExtra::Builtin(b) => {
                let inner = b.borrow().clone();
                if inner.as_str().is_some() {
                    Some(StrRef::Sub(inner))
                } else {
                    None
                }
            }
            _ => None,
        },
        _ => None,
    }
}

fn str_self<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<StrRef<'a>> {
    receiver(vm, args, "str", name, as_str_ref)
}

/// `self` unchanged when it is an exact str (CPython returns the same
/// object), else a new str with the same text.
fn same_str(args: &Args<'_>, s: &StrRef<'_>) -> Value {
    match (s, args.pos().first()) {
        (StrRef::Plain(_), Some(v)) => v.clone(),
        _ => Value::new_str(s.text()),
    }
}

/// A str argument, else `TypeError: {prefix}must be str, not int`.
fn str_arg<'a>(vm: &Vm, v: &'a Value, prefix: &str) -> PyResult<StrRef<'a>> {
    as_str_ref(v).ok_or_else(|| PyErr::type_error(format!("{prefix}must be str, not {}", vm.type_name(v))))
}

/// `n` as a C `Py_ssize_t` (`'str' object cannot be interpreted as an
/// integer`, `Python int too large to convert to C ssize_t`).
pub fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        _ => match v.payload() {
            Some(Payload::BigInt(_)) => Err(PyErr::overflow_error("Python int too large to convert to C ssize_t")),
            _ => vm.index_value(v).map_err(|e| {
                if e.lazy_kind() == Some(ExcKind::IndexError) {
                    PyErr::overflow_error("Python int too large to convert to C ssize_t")
                } else {
                    e
                }
            }),
        },
    }
}

/// `n` as a C `int` (`Python int too large to convert to C int`).
pub fn c_int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let n = ssize_arg(vm, v).map_err(|e| {
        if e.lazy_kind() == Some(ExcKind::OverflowError) {
            PyErr::overflow_error("Python int too large to convert to C int")
        } else {
            e
        }
    })?;
    if n < i32::MIN as i64 || n > i32::MAX as i64 {
        return Err(PyErr::overflow_error("Python int too large to convert to C int"));
    }
    Ok(n)
}

/// A `start`/`end` argument of `find`, `count`...: None means absent;
/// huge ints clamp (as `_PyEval_SliceIndex`).
pub fn slice_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    let Some(v) = v else { return Ok(None) };
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        _ => match v.payload() {
            Some(Payload::BigInt(b)) => Ok(Some(if b.sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX })),
            Some(Payload::Instance(_)) => vm.index_value(v).map(Some).map_err(|e| {
                if e.lazy_kind() == Some(ExcKind::TypeError) {
                    slice_index_error()
                } else {
                    e
                }
            }),
            _ => Err(slice_index_error()),
        },
    }
}

fn slice_index_error() -> PyErr {
    PyErr::type_error("slice indices must be integers or None or have an __index__ method")
}

/// `MemoryError` (CPython's, with no message).
pub fn memory_error() -> PyErr {
    PyErr::new(ExcKind::MemoryError, "")
}

/// An empty String with room for `bytes`, or MemoryError: never abort on
/// a huge request.
pub fn alloc_string(bytes: usize) -> PyResult<String> {
    let mut s = String::new();
    s.try_reserve_exact(bytes).map_err(|_| memory_error())?;
    Ok(s)
}

/// An empty Vec with room for `n` bytes, or MemoryError.
pub fn alloc_bytes(n: usize) -> PyResult<Vec<u8>> {
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| memory_error())?;
    Ok(v)
}

/// A list of new strs; `ascii` says the pieces come from an ASCII string
/// (so each is ASCII and needs no char count).
fn new_list_of_strs(parts: Vec<&str>, ascii: bool) -> Value {
    if ascii {
        Value::new_list(parts.into_iter().map(|p| Value::from_ascii_string(p.to_owned())).collect())
    } else {
        Value::new_list(parts.into_iter().map(Value::new_str).collect())
    }
}

/// Python's whitespace among ASCII bytes (`str.isspace`).
#[inline]
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c | 0x1c..=0x1f)
}

/// `s.split()` of an ASCII string: whitespace-separated words, by bytes.
fn split_ascii_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut left = max_count(maxsplit);
    let mut i = 0;
    loop {
        while i < b.len() && is_ascii_space(b[i]) {
            i += 1;
        }
        if i == b.len() {
            break;
        }
        if left == 0 {
            out.push(&s[i..]);
            break;
        }
        left -= 1;
        let start = i;
        while i < b.len() && !is_ascii_space(b[i]) {
            i += 1;
        }
        out.push(&s[start..i]);
    }
    out
}

// ====================================================================
// Character classes (Python's, not Rust's)
// ====================================================================

fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let n = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < n {
                Ordering::Less
            } else if lo > n {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        })
        .is_ok()
}

fn lookup_map(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    let n = c as u32;
    table.binary_search_by(|&(k, _)| k.cmp(&n)).ok().map(|i| table[i].1)
}

/// `str.isspace()` for one char: bidi class WS/B/S or category Zs (so
/// `\x1c`-`\x1f` too); what `split()` and `strip()` split and strip on.
#[inline]
pub fn is_space(c: char) -> bool {
    match c {
        ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1f' => true,
        _ if (c as u32) < 0x80 => false,
        _ => c.is_whitespace(),
    }
}

/// `str.isalpha()` for one char: categories Lu, Ll, Lt, Lm, Lo.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_ranges(unicode_tables::ALPHA, c)
    }
}

/// `str.isdecimal()` for one char: category Nd.
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_ranges(unicode_tables::DECIMAL, c)
    }
}

/// The value of a decimal digit (category Nd), as `int()` reads it.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    if c.is_ascii() {
        return None;
    }
    let n = c as u32;
    let table = unicode_tables::DECIMAL;
    let i = table.partition_point(|&(lo, _)| lo <= n);
    let &(lo, hi) = table.get(i.checked_sub(1)?)?;
    if n <= hi {
        Some((n - lo) % 10)
    } else {
        None
    }
}

/// `str.isdigit()` for one char: Numeric_Type Decimal or Digit.
pub fn is_digit(c: char) -> bool {
    is_decimal(c) || (!c.is_ascii() && in_ranges(unicode_tables::DIGIT_EXTRA, c))
}

/// `str.isnumeric()` for one char: any Numeric_Type (`½`, `一`, `Ⅷ`).
pub fn is_numeric(c: char) -> bool {
    is_digit(c) || (!c.is_ascii() && in_ranges(unicode_tables::NUMERIC_EXTRA, c))
}

/// `str.isalnum()` for one char.
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        is_alpha(c) || is_numeric(c)
    }
}

/// `str.isprintable()` for one char: not in C*, Z* (space excepted); the
/// chars `repr()` shows as they are.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        (' '..='~').contains(&c)
    } else {
        !in_ranges(unicode_tables::NOT_PRINTABLE, c)
    }
}

/// Category Lt (`ǅ`).
pub fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && in_ranges(unicode_tables::TITLECASE, c)
}

/// The Unicode `Cased` property: Lowercase, Uppercase or Lt.
pub fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

fn is_id_start(c: char) -> bool {
    c == '_' || is_alpha(c) || (c.is_alphabetic() && is_numeric(c))
}

fn is_id_continue(c: char) -> bool {
    is_id_start(c)
        || is_decimal(c)
        || c.is_alphanumeric()
        || matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF
            | 0xFE20..=0xFE2F | 0x203F | 0x2040 | 0x2054 | 0xFE33 | 0xFE34 | 0xFE4D..=0xFE4F | 0xFF3F
            | 0x00B7 | 0x0387 | 0x0900..=0x0DFF)
}

// ---- predicates over whole strings, as the `is*` methods ----

/// `str.isspace()`, `isalpha()`...: non-empty and every char passes.
pub fn all_chars(s: &str, pred: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(pred)
}

/// `str.isprintable()` (true for the empty string).
pub fn is_printable_str(s: &str) -> bool {
    s.chars().all(is_printable)
}

/// `str.isidentifier()`: XID_Start XID_Continue*, approximated as the
/// lexer does (see `grammar/src/lexer.rs`), exact for ASCII.
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if is_id_start(c) => chars.all(is_id_continue),
        _ => false,
    }
}

/// `str.islower()`: some cased char, none uppercase or titlecase.
pub fn is_lower_str(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            return false;
        }
        if !cased && c.is_lowercase() {
            cased = true;
        }
    }
    cased
}

/// `str.isupper()`: some cased char, none lowercase or titlecase.
pub fn is_upper_str(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_lowercase() || is_titlecase(c) {
            return false;
        }
        if !cased && c.is_uppercase() {
            cased = true;
        }
    }
    cased
}

/// `str.istitle()`: uppercase/titlecase chars only after uncased ones,
/// lowercase only after cased ones, and at least one cased char.
pub fn is_title_str(s: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if c.is_lowercase() {
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

// ====================================================================
// Case mapping
// ====================================================================

/// `str.lower()`: full lowercase mapping, Σ becoming ς at the end of a
/// word (Unicode's Final_Sigma, as CPython and Rust both implement it).
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        s.to_ascii_lowercase()
    } else {
        s.to_lowercase()
    }
}

/// `str.upper()`: full uppercase mapping (`ß` → `SS`).
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        s.to_ascii_uppercase()
    } else {
        s.to_uppercase()
    }
}

/// `str.casefold()`: full case folding (`ß` → `ss`, `ς` → `σ`).
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match lookup_map(unicode_tables::CASEFOLD_MAP, c) {
            Some(m) => out.push_str(m),
            None => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Pushes the titlecase mapping of `c` (`ǆ` → `ǅ`, `ß` → `Ss`).
fn push_title(out: &mut String, c: char) {
    match lookup_map(unicode_tables::TITLE_MAP, c) {
        Some(m) => out.push_str(m),
        None => out.extend(c.to_uppercase()),
    }
}

/// Lowercases the chars of `s` one at a time, as CPython's `lower_ucs4`:
/// the Final_Sigma context needs the whole string, so for each Σ of `s`
/// the answer is read from `s.to_lowercase()` (only Σ lowercases to σ/ς,
/// so the n-th σ/ς/Σ of `s` is the n-th σ/ς of the lowered text).
struct SigmaLowerer {
    /// For each of σ, ς, Σ in `s`, in order: what it lowercases to.
    sigmas: Vec<char>,
    next: usize,
}

impl SigmaLowerer {
    fn new(s: &str) -> SigmaLowerer {
        let sigmas = if s.contains('Σ') {
            s.to_lowercase().chars().filter(|&c| c == 'σ' || c == 'ς').collect()
        } else {
            Vec::new()
        };
        SigmaLowerer { sigmas, next: 0 }
    }
    /// Call for every char of `s`, in order, whether it is lowered or not.
    fn push_lower(&mut self, out: &mut String, c: char, lower_it: bool) {
        let is_sigma = matches!(c, 'σ' | 'ς' | 'Σ');
        if is_sigma {
            let mapped = self.sigmas.get(self.next).copied();
            self.next += 1;
            if lower_it && c == 'Σ' {
                out.push(mapped.unwrap_or('σ'));
                return;
            }
        }
        if lower_it {
            out.extend(c.to_lowercase());
        }
    }
}

/// `str.swapcase()`: uppercase chars lowered, lowercase chars uppered.
pub fn swapcase(s: &str) -> String {
    if s.is_ascii() {
        return s.bytes().map(|b| (if b.is_ascii_alphabetic() { b ^ 0x20 } else { b }) as char).collect();
    }
    let mut out = String::with_capacity(s.len());
    let mut sigma = SigmaLowerer::new(s);
    for c in s.chars() {
        if c.is_uppercase() {
            sigma.push_lower(&mut out, c, true);
        } else {
            sigma.push_lower(&mut out, c, false);
            if c.is_lowercase() {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
        }
    }
    out
}

/// `str.title()`: the first cased char of each run of cased chars in
/// titlecase, the rest lowercase (`"they're"` → `"They'Re"`).
pub fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    if s.is_ascii() {
        let mut previous_is_cased = false;
        for b in s.bytes() {
            let c = if previous_is_cased { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() };
            out.push(c as char);
            previous_is_cased = b.is_ascii_alphabetic();
        }
        return out;
    }
    let mut sigma = SigmaLowerer::new(s);
    let mut previous_is_cased = false;
    for c in s.chars() {
        sigma.push_lower(&mut out, c, previous_is_cased);
        if !previous_is_cased {
            push_title(&mut out, c);
        }
        previous_is_cased = is_cased(c);
    }
    out
}

/// `str.capitalize()`: the first char in titlecase, the rest lowercase.
pub fn capitalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    if s.is_ascii() {
        for (i, b) in s.bytes().enumerate() {
            out.push(if i == 0 { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() } as char);
        }
        return out;
    }
    let mut sigma = SigmaLowerer::new(s);
    for (i, c) in s.chars().enumerate() {
        sigma.push_lower(&mut out, c, i > 0);
        if i == 0 {
            push_title(&mut out, c);
        }
    }
    out
}

// ====================================================================
// Searching (code-point indices)
// ====================================================================

/// A str with its code-point length, for index arithmetic.
#[derive(Clone, Copy)]
pub struct Text<'a> {
    pub s: &'a str,
    pub ascii: bool,
    /// Length in code points.
    pub len: usize,
}

impl<'a> Text<'a> {
    pub fn new(s: &'a str) -> Text<'a> {
        let ascii = s.is_ascii();
        Text { s, ascii, len: if ascii { s.len() } else { s.chars().count() } }
    }
    /// With a known code-point length (a `PyStr`'s cached one).
    pub fn with_len(s: &'a str, len: usize) -> Text<'a> {
        Text { s, ascii: len == s.len(), len }
    }
    /// The byte offset of code point `i` (the end of the text if beyond).
    pub fn byte_at(&self, i: usize) -> usize {
        if self.ascii || i == 0 {
            i.min(self.s.len())
        } else if i >= self.len {
            self.s.len()
        } else {
            self.s.char_indices().nth(i).map_or(self.s.len(), |(b, _)| b)
        }
    }
    /// The text of code points `[start, end)`, both within `0..=len`.
    pub fn slice(&self, start: usize, end: usize) -> &'a str {
        let b = self.byte_at(start);
        let e = if self.ascii { end.min(self.s.len()) } else { self.byte_at(end) };
        self.s.get(b..e.max(b)).unwrap_or("")
    }
    /// The code-point index of byte offset `b` (a char boundary).
    pub fn char_index(&self, b: usize) -> usize {
        if self.ascii {
            b
        } else {
            self.s.get(..b).map_or(0, |p| p.chars().count())
        }
    }
}

/// CPython's `ADJUST_INDICES`: `start`/`end` of `find`, `count`... made
/// non-negative (`end` at most `len`; `start` may exceed it).
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = end.saturating_add(len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = start.saturating_add(len).max(0);
    }
    (start, end)
}

/// Which end a search or strip works from.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Side {
    Left,
    Right,
    Both,
}

/// `s.find(sub, start, end)` (`Side::Left`) or `s.rfind(...)`
/// (`Side::Right`): the code-point index, or -1.
pub fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>, side: Side) -> i64 {
    find_in(Text::new(s), sub, start, end, side)
}

pub fn find_in(t: Text<'_>, sub: &str, start: Option<i64>, end: Option<i64>, side: Side) -> i64 {
    let (start, end) = adjust_indices(start, end, t.len);
    let sub_len = if sub.is_ascii() { sub.len() } else { sub.chars().count() } as i64;
    if end - start < sub_len {
        return -1;
    }
    if sub.is_empty() {
        return if side == Side::Right { end } else { start };
    }
    let hay = t.slice(start as usize, end as usize);
    let found = match (side, sub.as_bytes()) {
        (Side::Right, &[b]) if b < 0x80 => hay.rfind(b as char),
        (Side::Right, _) => hay.rfind(sub),
        (_, &[b]) if b < 0x80 => hay.find(b as char),
        _ => hay.find(sub),
    };
    match found {
        Some(b) => start + Text::new(hay).char_index(b) as i64,
        None => -1,
    }
}

/// `s.count(sub, start, end)`: non-overlapping occurrences.
pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    count_in(Text::new(s), sub, start, end)
}

pub fn count_in(t: Text<'_>, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let (start, end) = adjust_indices(start, end, t.len);
    let sub_len = if sub.is_ascii() { sub.len() } else { sub.chars().count() } as i64;
    if end - start < sub_len {
        return 0;
    }
    if sub.is_empty() {
        return end - start + 1;
    }
    let hay = t.slice(start as usize, end as usize);
    match sub.as_bytes() {
        &[b] if b < 0x80 => hay.bytes().filter(|&x| x == b).count() as i64,
        _ => hay.matches(sub).count() as i64,
    }
}

/// `s.startswith(prefix, start, end)` (`Side::Left`) or `s.endswith(...)`
/// (`Side::Right`) for one prefix/suffix, as CPython's `tailmatch`.
pub fn tail_match(s: &str, sub: &str, start: Option<i64>, end: Option<i64>, side: Side) -> bool {
    tail_match_in(Text::new(s), sub, start, end, side)
}

pub fn tail_match_in(t: Text<'_>, sub: &str, start: Option<i64>, end: Option<i64>, side: Side) -> bool {
    if start.is_none() && end.is_none() {
        return if side == Side::Right { t.s.ends_with(sub) } else { t.s.starts_with(sub) };
    }
    let (start, end) = adjust_indices(start, end, t.len);
    let sub_len = if sub.is_ascii() { sub.len() } else { sub.chars().count() } as i64;
    let end = end - sub_len;
    if end < start {
        return false;
    }
    if sub.is_empty() {
        return true;
    }
    let at = if side == Side::Right { end } else { start } as usize;
    t.slice(at, at + sub_len as usize) == sub
}

/// `s.partition(sep)` (`Side::Left`) or `s.rpartition(sep)`; `sep` is not
/// empty. Not found: `(s, "", "")` or `("", "", s)`.
pub fn partition<'a>(s: &'a str, sep: &str, side: Side) -> (&'a str, bool, &'a str) {
    let found = if side == Side::Right { s.rsplit_once(sep) } else { s.split_once(sep) };
    match (found, side) {
        (Some((a, b)), _) => (a, true, b),
        (None, Side::Right) => ("", false, s),
        (None, _) => (s, false, ""),
    }
}

// ====================================================================
// Splitting and stripping
// ====================================================================

fn max_count(maxsplit: i64) -> usize {
    if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    }
}

/// `s.split(None, maxsplit)`: runs of whitespace separate; none at the
/// ends; the remainder after `maxsplit` splits keeps its trailing spaces.
pub fn split_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    let mut left = max_count(maxsplit);
    loop {
        rest = rest.trim_start_matches(is_space);
        if rest.is_empty() {
            break;
        }
        if left == 0 {
            out.push(rest);
            break;
        }
        left -= 1;
        match rest.find(is_space) {
            Some(i) => {
                out.push(&rest[..i]);
                rest = &rest[i..];
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out
}

/// `s.rsplit(None, maxsplit)`, in left-to-right order.
pub fn rsplit_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    let mut left = max_count(maxsplit);
    loop {
        rest = rest.trim_end_matches(is_space);
        if rest.is_empty() {
            break;
        }
        if left == 0 {
            out.push(rest);
            break;
        }
        left -= 1;
        match rest.rfind(is_space) {
            Some(i) => {
                // `i` starts a whitespace char; the word follows it.
                let after = i + rest[i..].chars().next().map_or(1, char::len_utf8);
                out.push(&rest[after..]);
                rest = &rest[..after];
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out.reverse();
    out
}

/// `s.split(sep, maxsplit)` with a non-empty `sep`.
pub fn split_sep<'a>(s: &'a str, sep: &str, maxsplit: i64) -> Vec<&'a str> {
    let n = max_count(maxsplit).saturating_add(1);
    match sep.as_bytes() {
        &[b] if b < 0x80 => s.splitn(n, b as char).collect(),
        _ => s.splitn(n, sep).collect(),
    }
}

/// `s.rsplit(sep, maxsplit)` with a non-empty `sep`, in left-to-right order.
pub fn rsplit_sep<'a>(s: &'a str, sep: &str, maxsplit: i64) -> Vec<&'a str> {
    let n = max_count(maxsplit).saturating_add(1);
    let mut out: Vec<&str> = match sep.as_bytes() {
        &[b] if b < 0x80 => s.rsplitn(n, b as char).collect(),
        _ => s.rsplitn(n, sep).collect(),
    };
    out.reverse();
    out
}

/// Python's line boundaries: `\n`, `\r`, `\r\n`, `\v`, `\f`, `\x1c`-`\x1e`,
/// `\x85`, U+2028, U+2029.
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// `s.splitlines(keepends)`.
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut iter = s.char_indices();
    while let Some((i, c)) = iter.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut next = i + c.len_utf8();
        if c == '\r' && bytes.get(next) == Some(&b'\n') {
            next += 1;
            iter.next();
        }
        out.push(&s[start..if keepends { next } else { i }]);
        start = next;
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

/// `s.strip(chars)`, `lstrip`, `rstrip`: whitespace when `chars` is None.
pub fn strip<'a>(s: &'a str, chars: Option<&str>, side: Side) -> &'a str {
    match chars {
        None => match side {
            Side::Left => s.trim_start_matches(is_space),
            Side::Right => s.trim_end_matches(is_space),
            Side::Both => s.trim_matches(is_space),
        },
        Some(set) if set.is_ascii() => {
            let mut table = [false; 128];
            for b in set.bytes() {
                table[b as usize] = true;
            }
            let pred = |c: char| (c as u32) < 128 && table[c as usize];
            match side {
                Side::Left => s.trim_start_matches(pred),
                Side::Right => s.trim_end_matches(pred),
                Side::Both => s.trim_matches(pred),
            }
        }
        Some(set) => {
            let pred = |c: char| set.contains(c);
            match side {
                Side::Left => s.trim_start_matches(pred),
                Side::Right => s.trim_end_matches(pred),
                Side::Both => s.trim_matches(pred),
            }
        }
    }
}

// ====================================================================
// Building new strings
// ====================================================================

/// `s.replace(old, new, count)`: `count < 0` means all; an empty `old`
/// inserts `new` before every char and at the end.
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> PyResult<String> {
    let limit = max_count(count);
    if limit == 0 {
        return Ok(s.to_string());
    }
    if old.is_empty() {
        let chars = if s.is_ascii() { s.len() } else { s.chars().count() };
        let n = limit.min(chars + 1);
        let size = new.len().checked_mul(n).and_then(|x| x.checked_add(s.len())).ok_or_else(too_long)?;
        let mut out = alloc_string(size)?;
        let mut rest = s;
        for _ in 0..n {
            out.push_str(new);
            let mut it = rest.chars();
            if let Some(c) = it.next() {
                out.push(c);
            }
            rest = it.as_str();
        }
        out.push_str(rest);
        return Ok(out);
    }
    // Measure first when the result could grow large, so that a huge
    // result is a MemoryError, not an abort.
    let mut size = s.len();
    if new.len() > old.len() {
        let bound = (s.len() / old.len()).min(limit).saturating_mul(new.len());
        if bound > (1 << 24) {
            let n = s.matches(old).take(limit).count();
            size = (new.len() - old.len()).checked_mul(n).and_then(|x| x.checked_add(s.len())).ok_or_else(too_long)?;
        }
    }
    let mut out = alloc_string(size)?;
    let mut last = 0;
    for (i, _) in s.match_indices(old).take(limit) {
        out.push_str(&s[last..i]);
        out.push_str(new);
        last = i + old.len();
    }
    out.push_str(&s[last..]);
    Ok(out)
}

fn too_long() -> PyErr {
    PyErr::overflow_error("replace string is too long")
}

/// `s` with `left` and `right` copies of `fill` around it.
pub fn pad(s: &str, left: usize, right: usize, fill: char) -> PyResult<String> {
    let size = left
        .checked_add(right)
        .and_then(|n| n.checked_mul(fill.len_utf8()))
        .and_then(|n| n.checked_add(s.len()))
        .ok_or_else(memory_error)?;
    let mut out = alloc_string(size)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// `s.center(width, fill)`, `ljust` (`Side::Left`: text on the left),
/// `rjust` (`Side::Right`), given the text's length in code points.
pub fn justify(s: &str, char_len: usize, width: i64, fill: char, side: Side) -> PyResult<Option<String>> {
    if width <= char_len as i64 {
        return Ok(None);
    }
    let marg = (width - char_len as i64) as usize;
    let (left, right) = match side {
        Side::Left => (0, marg),
        Side::Right => (marg, 0),
        Side::Both => {
            // CPython's rounding: the odd space goes left when width is odd.
            let left = marg / 2 + (marg & width as usize & 1);
            (left, marg - left)
        }
    };
    pad(s, left, right, fill).map(Some)
}

/// `s.zfill(width)`: zeros after a leading sign.
pub fn zfill(s: &str, char_len: usize, width: i64) -> PyResult<Option<String>> {
    let Some(mut out) = justify(s, char_len, width, '0', Side::Right)? else { return Ok(None) };
    let fill = (width - char_len as i64) as usize;
    if let Some(&sign @ (b'+' | b'-')) = out.as_bytes().get(fill) {
        // Both are ASCII: swapping them keeps the text valid UTF-8.
        out.replace_range(fill..fill + 1, "0");
        out.replace_range(0..1, if sign == b'+' { "+" } else { "-" });
    }
    Ok(Some(out))
}

/// `s.expandtabs(tabsize)`: columns restart after `\n` and `\r`; a
/// tabsize of 0 or less deletes tabs.
pub fn expandtabs(s: &str, tabsize: i64) -> PyResult<String> {
    // First pass: the size, so that a huge result is an error, not an abort.
    let mut size: u64 = 0;
    let mut column: u64 = 0;
    let too_long = || PyErr::overflow_error("new string is too long");
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize as u64 - column % tabsize as u64;
                column = column.checked_add(incr).ok_or_else(too_long)?;
                size = size.checked_add(incr).ok_or_else(too_long)?;
            }
        } else {
            column += 1;
            size += c.len_utf8() as u64;
            if c == '\n' || c == '\r' {
                column = 0;
            }
        }
    }
    if size > isize::MAX as u64 {
        return Err(too_long());
    }
    let mut out = alloc_string(size as usize)?;
    let mut column: u64 = 0;
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize as u64 - column % tabsize as u64;
                column += incr;
                out.extend(std::iter::repeat_n(' ', incr as usize));
            }
        } else {
            column += 1;
            out.push(c);
            if c == '\n' || c == '\r' {
                column = 0;
            }
        }
    }
    Ok(out)
}

/// `sep.join(parts)`.
pub fn join<S: AsRef<str>>(sep: &str, parts: &[S]) -> PyResult<String> {
    let mut size = sep.len().saturating_mul(parts.len().saturating_sub(1));
    for p in parts {
        size = size.saturating_add(p.as_ref().len());
    }
    let mut out = alloc_string(size)?;
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(p.as_ref());
    }
    Ok(out)
}

// ====================================================================
// repr, ascii and the operator helpers the VM calls
// ====================================================================

fn push_escape(out: &mut String, n: u32) {
    use std::fmt::Write;
    let _ = if n < 0x100 {
        write!(out, "\\x{n:02x}")
    } else if n < 0x10000 {
        write!(out, "\\u{n:04x}")
    } else {
        write!(out, "\\U{n:08x}")
    };
}

fn repr_with(s: &str, escape_non_ascii: bool) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            c if c.is_ascii() || escape_non_ascii || !is_printable(c) => push_escape(&mut out, c as u32),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// `repr(s)`: single quotes unless the text has `'` and no `"`; `\\`,
/// `\n`, `\r`, `\t` and the quote escaped; other non-printable chars as
/// `\x..`, `\u....`, `\U........`; printable non-ASCII kept.
pub fn str_repr(s: &str) -> String {
    repr_with(s, false)
}

/// `ascii(s)`: `repr(s)` with every non-ASCII char escaped.
pub fn str_ascii(s: &str) -> String {
    repr_with(s, true)
}

/// `s[index]` (negative from the end): `IndexError: string index out of range`.
pub fn str_getitem(s: &PyStr, index: i64) -> PyResult<Value> {
    let len = s.char_len() as i64;
    let i = if index < 0 { index + len } else { index };
    if i < 0 || i >= len {
        return Err(PyErr::index_error("string index out of range"));
    }
    if s.is_ascii() {
        let text = s.as_str();
        return Ok(Value::new_str(text.get(i as usize..i as usize + 1).unwrap_or("")));
    }
    let c = s.char_at(i as usize).ok_or_else(|| PyErr::index_error("string index out of range"))?;
    let mut buf = [0u8; 4];
    Ok(Value::new_str(c.encode_utf8(&mut buf)))
}

/// The number of items of a slice resolved as `slice.indices(len)`
/// resolves it (CPython's `PySlice_AdjustIndices`).
pub fn slice_length(start: i64, stop: i64, step: i64) -> usize {
    if step > 0 && start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else if step < 0 && stop < start {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    }
}

/// Clamps resolved slice bounds into the sequence, defensively (they come
/// from `slice_indices` already in range).
fn clamp_slice(len: usize, start: i64, stop: i64, step: i64) -> (i64, i64) {
    let len = len as i64;
    if step > 0 {
        (start.clamp(0, len), stop.clamp(0, len))
    } else {
        (start.clamp(-1, len - 1), stop.clamp(-1, len - 1))
    }
}

/// `s[start:stop:step]` with the bounds resolved as `slice.indices(len)`
/// returns them (any step but 0, which gives "").
pub fn str_slice(s: &PyStr, start: i64, stop: i64, step: i64) -> Value {
    Value::from_string(slice_text(s.as_str(), s.char_len(), start, stop, step))
}

/// The text of `s[start:stop:step]` (bounds resolved; `char_len` is the
/// length of `s` in code points).
pub fn slice_text(s: &str, char_len: usize, start: i64, stop: i64, step: i64) -> String {
    if step == 0 {
        return String::new();
    }
    let (start, stop) = clamp_slice(char_len, start, stop, step);
    let n = slice_length(start, stop, step);
    if n == 0 {
        return String::new();
    }
    let t = Text::with_len(s, char_len);
    if step == 1 {
        return t.slice(start as usize, start as usize + n).to_string();
    }
    if t.ascii {
        let bytes = s.as_bytes();
        return (0..n).filter_map(|k| bytes.get((start + k as i64 * step) as usize)).map(|&b| b as char).collect();
    }
    let chars: Vec<char> = s.chars().collect();
    (0..n).filter_map(|k| chars.get((start + k as i64 * step) as usize)).collect()
}

/// `needle in hay`.
pub fn str_contains(hay: &str, needle: &str) -> bool {
    match needle.as_bytes() {
        &[b] if b < 0x80 => hay.as_bytes().contains(&b),
        _ => hay.contains(needle),
    }
}

/// `s * n`: empty for `n <= 0`; OverflowError/MemoryError when too big.
pub fn str_repeat(s: &str, n: i64) -> PyResult<Value> {
    Ok(Value::from_string(repeat_text(s, n)?))
}

/// The text of `s * n`.
pub fn repeat_text(s: &str, n: i64) -> PyResult<String> {
    if n <= 0 || s.is_empty() {
        return Ok(String::new());
    }
    let size = s
        .len()
        .checked_mul(n as usize)
        .filter(|&x| x <= isize::MAX as usize)
        .ok_or_else(|| PyErr::overflow_error("repeated string is too long"))?;
    let mut out = alloc_bytes(size)?;
    out.extend_from_slice(s.as_bytes());
    while out.len() < size {
        let take = out.len().min(size - out.len());
        out.extend_from_within(..take);
    }
    // Copies of a whole str are valid UTF-8.
    Ok(String::from_utf8(out).unwrap_or_default())
}

/// `a < b` and friends: code point order (which UTF-8 byte order is).
pub fn str_compare(a: &str, b: &str) -> Ordering {
    a.cmp(b)
}

// ====================================================================
// Codecs: names, error handlers, encode
// ====================================================================

/// The codecs garter knows.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    Utf16,
    Utf16Le,
    Utf16Be,
    Utf32,
    Utf32Le,
    Utf32Be,
}

impl Codec {
    /// The name CPython's error messages use.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16 => "utf-16",
            Codec::Utf16Le => "utf-16-le",
            Codec::Utf16Be => "utf-16-be",
            Codec::Utf32 => "utf-32",
            Codec::Utf32Le => "utf-32-le",
            Codec::Utf32Be => "utf-32-be",
        }
    }
}

/// Looks up an encoding name as `codecs.lookup` does (case and
/// punctuation insensitive, with the usual aliases):
/// `LookupError: unknown encoding: utf-9`.
pub fn lookup_codec(name: &str) -> PyResult<Codec> {
    // encodings.normalize_encoding: runs of punctuation become one '_'.
    let mut norm = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if punct && !norm.is_empty() {
                norm.push('_');
            }
            if c.is_ascii() {
                norm.push(c.to_ascii_lowercase());
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    let codec = match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "utf_8_sig" | "utf8_sig" => Codec::Utf8Sig,
        "ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367"
        | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us" | "us_ascii" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "8859" | "cp819" | "csisolatin1" | "ibm819" | "iso8859"
        | "iso8859_1" | "iso_8859_1" | "iso_8859_1_1987" | "iso_ir_100" => Codec::Latin1,
        "utf_16" | "utf16" | "u16" => Codec::Utf16,
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Codec::Utf16Le,
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Codec::Utf16Be,
        "utf_32" | "utf32" | "u32" => Codec::Utf32,
        "utf_32_le" | "utf_32le" => Codec::Utf32Le,
        "utf_32_be" | "utf_32be" => Codec::Utf32Be,
        _ => return Err(PyErr::new(ExcKind::LookupError, format!("unknown encoding: {name}"))),
    };
    Ok(codec)
}

/// A codec error handler; `Unknown` fails only when an error happens
/// (`LookupError: unknown error handler name 'bogus'`), as in CPython.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorHandler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    Unknown(String),
}

impl ErrorHandler {
    /// `surrogateescape` and `surrogatepass` need lone surrogates, which
    /// Rust strings cannot hold: they behave as `strict`.
    pub fn from_name(name: &str) -> ErrorHandler {
        match name {
            "strict" | "surrogateescape" | "surrogatepass" => ErrorHandler::Strict,
            "ignore" => ErrorHandler::Ignore,
            "replace" => ErrorHandler::Replace,
            "backslashreplace" => ErrorHandler::BackslashReplace,
            "xmlcharrefreplace" => ErrorHandler::XmlCharRefReplace,
            other => ErrorHandler::Unknown(other.to_string()),
        }
    }
    pub fn unknown_error(name: &str) -> PyErr {
        PyErr::new(ExcKind::LookupError, format!("unknown error handler name '{name}'"))
    }
}

/// `s.encode(encoding, errors)`.
pub fn encode(s: &str, codec: Codec, errors: &ErrorHandler) -> PyResult<Vec<u8>> {
    match codec {
        Codec::Utf8 => Ok(s.as_bytes().to_vec()),
        Codec::Utf8Sig => {
            let mut out = vec![0xEF, 0xBB, 0xBF];
            out.extend_from_slice(s.as_bytes());
            Ok(out)
        }
        Codec::Ascii => encode_charmap(s, 0x80, codec, errors),
        Codec::Latin1 => encode_charmap(s, 0x100, codec, errors),
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let big = codec == Codec::Utf16Be;
            let mut out = Vec::with_capacity(s.len() * 2 + 2);
            if codec == Codec::Utf16 {
                out.extend_from_slice(&[0xFF, 0xFE]);
            }
            for unit in s.encode_utf16() {
                out.extend_from_slice(&if big { unit.to_be_bytes() } else { unit.to_le_bytes() });
            }
            Ok(out)
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let big = codec == Codec::Utf32Be;
            let mut out = Vec::with_capacity(s.len() * 4 + 4);
            if codec == Codec::Utf32 {
                out.extend_from_slice(&[0xFF, 0xFE, 0, 0]);
            }
            for c in s.chars() {
                let n = c as u32;
                out.extend_from_slice(&if big { n.to_be_bytes() } else { n.to_le_bytes() });
            }
            Ok(out)
        }
    }
}

/// ASCII and Latin-1: one byte per char below `limit`.
fn encode_charmap(s: &str, limit: u32, codec: Codec, errors: &ErrorHandler) -> PyResult<Vec<u8>> {
    if s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let mut out = Vec::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let n = chars[i] as u32;
        if n < limit {
            out.push(n as u8);
            i += 1;
            continue;
        }
        // The run of unencodable chars, as CPython reports it.
        let mut end = i + 1;
        while end < chars.len() && chars[end] as u32 >= limit {
            end += 1;
        }
        match errors {
            ErrorHandler::Strict => {
                // UnicodeEncodeError(encoding, object, start, end, reason):
                // its str() gives CPython's "can't encode character" text.
                let reason = format!("ordinal not in range({limit})");
                return Err(PyErr::with_args(
                    ExcKind::UnicodeEncodeError,
                    vec![
                        Value::new_str(codec.name()),
                        Value::new_str(s),
                        Value::Int(i as i64),
                        Value::Int(end as i64),
                        Value::from_string(reason),
                    ],
                ));
            }
            ErrorHandler::Ignore => {}
            ErrorHandler::Replace => out.extend(std::iter::repeat_n(b'?', end - i)),
            ErrorHandler::BackslashReplace => {
                for &c in &chars[i..end] {
                    let mut esc = String::new();
                    push_escape(&mut esc, c as u32);
                    out.extend_from_slice(esc.as_bytes());
                }
            }
            ErrorHandler::XmlCharRefReplace => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            ErrorHandler::Unknown(name) => return Err(ErrorHandler::unknown_error(name)),
        }
        i = end;
    }
    Ok(out)
}

// ====================================================================
// The builtins
// ====================================================================

impl AsRef<str> for StrRef<'_> {
    fn as_ref(&self) -> &str {
        self.text()
    }
}

fn text_of<'a>(s: &'a StrRef<'_>) -> Text<'a> {
    Text::with_len(s.text(), s.char_len())
}

/// A required argument slot (the parser guarantees it; a SystemError if not).
fn required(slot: Option<&Value>) -> PyResult<&Value> {
    slot.ok_or_else(|| PyErr::internal("missing required argument after parsing"))
}

fn map_text(vm: &mut Vm, args: Args<'_>, name: &'static str, f: fn(&str) -> String) -> PyResult<Value> {
    let s = str_self(vm, &args, name)?;
    parse_args("str", name, Parse::NoArgs, &args)?;
    if s.char_len() == s.text().len() {
        // Case mappings take ASCII to ASCII.
        return Ok(Value::from_ascii_string(f(s.text())));
    }
    Ok(Value::from_string(f(s.text())))
}

fn test_text(vm: &mut Vm, args: Args<'_>, name: &'static str, f: fn(&str) -> bool) -> PyResult<Value> {
    let s = str_self(vm, &args, name)?;
    parse_args("str", name, Parse::NoArgs, &args)?;
    Ok(Value::Bool(f(s.text())))
}

fn str_capitalize(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_text(vm, args, "capitalize", capitalize)
}
fn str_casefold(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_text(vm, args, "casefold", casefold)
}
fn str_lower(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_text(vm, args, "lower", lower)
}
fn str_upper(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_text(vm, args, "upper", upper)
}
fn str_swapcase(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_text(vm, args, "swapcase", swapcase)
}
fn str_title(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_text(vm, args, "title", title)
}

fn str_isalnum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test_text(vm, args, "isalnum", |s| all_chars(s, is_alnum))
}
fn str_isalpha(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test_text(vm, args, "isalpha", |s| all_chars(s, is_alpha))
}
fn str_isascii(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test_text(vm, args, "isascii", |s| s.is_ascii())
}
fn str_isdecimal(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test_text(vm, args, "isdecimal", |s| all_chars(s, is_decimal))
}
fn str_isdigit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test_text(vm, args, "isdigit", |s| all_chars(s, is_digit))
}
fn str_isidentifier(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test_text(vm, args, "isidentifier", is_identifier)
}
fn str_islower(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test_text(vm, args, "islower", is_lower_str)
}
fn str_isnumeric(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test_text(vm, args, "isnumeric", |s| all_chars(s, is_numeric))
}
fn str_isprintable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test_text(vm, args, "isprintable", is_printable_str)
}
fn str_isspace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test_text(vm, args, "isspace", |s| all_chars(s, is_space))
}
fn str_istitle(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test_text(vm, args, "istitle", is_title_str)
}
fn str_isupper(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test_text(vm, args, "isupper", is_upper_str)
}

/// The fill character of `center`/`ljust`/`rjust`.
fn fill_char(vm: &Vm, v: Option<&Value>) -> PyResult<char> {
    let Some(v) = v else { return Ok(' ') };
    let Some(s) = as_str_ref(v) else {
        return Err(PyErr::type_error(format!(
            "The fill character must be a unicode character, not {}",
            vm.type_name(v)
        )));
    };
    let mut chars = s.text().chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(PyErr::type_error("The fill character must be exactly one character long")),
    }
}

fn justify_method(vm: &mut Vm, args: Args<'_>, name: &'static str, side: Side) -> PyResult<Value> {
    let s = str_self(vm, &args, name)?;
    let a = parse_args("str", name, Parse::Positional(1, 2), &args)?;
    let width = ssize_arg(vm, required(a[0])?)?;
    let fill = fill_char(vm, a[1])?;
    match justify(s.text(), s.char_len(), width, fill, side)? {
        Some(out) => Ok(Value::from_string(out)),
        None => Ok(same_str(&args, &s)),
    }
}

/// `str.center(width, fillchar=' ', /)`.
fn str_center(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    justify_method(vm, args, "center", Side::Both)
}
/// `str.ljust(width, fillchar=' ', /)`.
fn str_ljust(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    justify_method(vm, args, "ljust", Side::Left)
}
/// `str.rjust(width, fillchar=' ', /)`.
fn str_rjust(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    justify_method(vm, args, "rjust", Side::Right)
}

/// `str.zfill(width, /)`.
fn str_zfill(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = str_self(vm, &args, "zfill")?;
    let a = parse_args("str", "zfill", Parse::One, &args)?;
    let width = ssize_arg(vm, required(a[0])?)?;
    match zfill(s.text(), s.char_len(), width)? {
        Some(out) => Ok(Value::from_string(out)),
        None => Ok(same_str(&args, &s)),
    }
}

/// The `sub[, start[, end]]` arguments of find, index, count...
fn find_args<'a>(vm: &mut Vm, args: &Args<'a>, name: &'static str) -> PyResult<(StrRef<'a>, Option<i64>, Option<i64>)> {
    let a = parse_args("str", name, Parse::Tuple(1, 3), args)?;
    let start = slice_arg(vm, a[1])?;
    let end = slice_arg(vm, a[2])?;
    let sub = str_arg(vm, required(a[0])?, "")?;
    Ok((sub, start, end))
}

fn find_method(vm: &mut Vm, args: Args<'_>, name: &'static str, side: Side, raise: bool) -> PyResult<Value> {
    let s = str_self(vm, &args, name)?;
    let (sub, start, end) = find_args(vm, &args, name)?;
    let i = find_in(text_of(&s), sub.text(), start, end, side);
    if raise && i < 0 {
        return Err(PyErr::value_error("substring not found"));
    }
    Ok(Value::Int(i))
}

/// `str.find(sub[, start[, end]])`.
fn str_find(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    find_method(vm, args, "find", Side::Left, false)
}
/// `str.rfind(sub[, start[, end]])`.
fn str_rfind(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    find_method(vm, args, "rfind", Side::Right, false)
}
/// `str.index(sub[, start[, end]])`: `ValueError: substring not found`.
fn str_index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    find_method(vm, args, "index", Side::Left, true)
}
/// `str.rindex(sub[, start[, end]])`.
fn str_rindex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    find_method(vm, args, "rindex", Side::Right, true)
}

/// `str.count(sub[, start[, end]])`.
fn str_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = str_self(vm, &args, "count")?;
    let (sub, start, end) = find_args(vm, &args, "count")?;
    Ok(Value::Int(count_in(text_of(&s), sub.text(), start, end)))
}

fn affix_method(vm: &mut Vm, args: Args<'_>, name: &'static str, side: Side) -> PyResult<Value> {
    let s = str_self(vm, &args, name)?;
    let a = parse_args("str", name, Parse::Tuple(1, 3), &args)?;
    let start = slice_arg(vm, a[1])?;
    let end = slice_arg(vm, a[2])?;
    let t = text_of(&s);
    let arg = required(a[0])?;
    if let Some(items) = arg.as_tuple() {
        for item in items {
            let Some(sub) = as_str_ref(item) else {
                return Err(PyErr::type_error(format!(
                    "tuple for {name} must only contain str, not {}",
                    vm.type_name(item)
                )));
            };
            if tail_match_in(t, sub.text(), start, end, side) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    match as_str_ref(arg) {
        Some(sub) => Ok(Value::Bool(tail_match_in(t, sub.text(), start, end, side))),
        None => {
            Err(PyErr::type_error(format!("{name} first arg must be str or a tuple of str, not {}", vm.type_name(arg))))
        }
    }
}

/// `str.startswith(prefix[, start[, end]])`; `prefix` may be a tuple.
fn str_startswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix_method(vm, args, "startswith", Side::Left)
}
/// `str.endswith(suffix[, start[, end]])`; `suffix` may be a tuple.
fn str_endswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix_method(vm, args, "endswith", Side::Right)
}

/// `str.encode(encoding='utf-8', errors='strict')`.
fn str_encode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = str_self(vm, &args, "encode")?;
    let names = &["encoding", "errors"];
    let a = parse_args("str", "encode", Parse::Keywords { posonly: 0, required: 0, names }, &args)?;
    let encoding = match a[0] {
        Some(v) => Some(str_arg(vm, v, "encode() argument 'encoding' ")?),
        None => None,
    };
    let errors = match a[1] {
        Some(v) => Some(str_arg(vm, v, "encode() argument 'errors' ")?),
        None => None,
    };
    let codec = match &encoding {
        Some(e) => lookup_codec(e.text())?,
        None => Codec::Utf8,
    };
    let handler = errors.as_ref().map_or(ErrorHandler::Strict, |e| ErrorHandler::from_name(e.text()));
    Ok(Value::new_bytes(encode(s.text(), codec, &handler)?))
}

/// `str.expandtabs(tabsize=8)`.
fn str_expandtabs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = str_self(vm, &args, "expandtabs")?;
    let names = &["tabsize"];
    let a = parse_args("str", "expandtabs", Parse::Keywords { posonly: 0, required: 0, names }, &args)?;
    let tabsize = match a[0] {
        Some(v) => c_int_arg(vm, v)?,
        None => 8,
    };
    if !s.text().contains('\t') {
        return Ok(same_str(&args, &s));
    }
    Ok(Value::from_string(expandtabs(s.text(), tabsize)?))
}

/// `str.join(iterable, /)`: `TypeError: sequence item 1: expected str
/// instance, int found`.
fn str_join(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let sep = str_self(vm, &args, "join")?;
    let a = parse_args("str", "join", Parse::One, &args)?;
    let items = collect_for_join(vm, required(a[0])?)?;
    let mut parts = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        match as_str_ref(item) {
            Some(p) => parts.push(p),
            None => {
                return Err(PyErr::type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(item)
                )))
            }
        }
    }
    if parts.len() == 1 {
        if let (StrRef::Plain(_), Some(v)) = (&parts[0], items.first()) {
            return Ok(v.clone());
        }
    }
    Ok(Value::from_string(join(sep.text(), &parts)?))
}

/// The items of `join`'s argument: `TypeError: can only join an iterable`.
pub fn collect_for_join(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v.payload() {
        Some(Payload::List(l)) => return Ok(l.borrow().clone()),
        Some(Payload::Tuple(t)) => return Ok(t.clone()),
        _ => {}
    }
    let it = match vm.get_iter(v) {
        Ok(it) => it,
        Err(e) if vm.err_is(&e, ExcKind::TypeError) => return Err(PyErr::type_error("can only join an iterable")),
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        out.push(x);
    }
    Ok(out)
}

fn strip_method(vm: &mut Vm, args: Args<'_>, name: &'static str, side: Side) -> PyResult<Value> {
    let s = str_self(vm, &args, name)?;
    let a = parse_args("str", name, Parse::Positional(0, 1), &args)?;
    let chars = match a[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(as_str_ref(v).ok_or_else(|| PyErr::type_error(format!("{name} arg must be None or str")))?),
    };
    let out = strip(s.text(), chars.as_ref().map(|c| c.text()), side);
    if out.len() == s.text().len() {
        return Ok(same_str(&args, &s));
    }
    Ok(Value::new_str(out))
}

/// `str.strip(chars=None, /)`.
fn str_strip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_method(vm, args, "strip", Side::Both)
}
/// `str.lstrip(chars=None, /)`.
fn str_lstrip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_method(vm, args, "lstrip", Side::Left)
}
/// `str.rstrip(chars=None, /)`.
fn str_rstrip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_method(vm, args, "rstrip", Side::Right)
}

fn partition_method(vm: &mut Vm, args: Args<'_>, name: &'static str, side: Side) -> PyResult<Value> {
    let s = str_self(vm, &args, name)?;
    let a = parse_args("str", name, Parse::One, &args)?;
    let sep = str_arg(vm, required(a[0])?, "")?;
    if sep.text().is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let (before, found, after) = partition(s.text(), sep.text(), side);
    let empty = || Value::new_str("");
    // The separator object itself is returned, as CPython does.
    let items = if found {
        vec![Value::new_str(before), required(a[0])?.clone(), Value::new_str(after)]
    } else if side == Side::Right {
        vec![empty(), empty(), same_str(&args, &s)]
    } else {
        vec![same_str(&args, &s), empty(), empty()]
    };
    Ok(Value::new_tuple(items))
}

/// `str.partition(sep, /)`.
fn str_partition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_method(vm, args, "partition", Side::Left)
}
/// `str.rpartition(sep, /)`.
fn str_rpartition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_method(vm, args, "rpartition", Side::Right)
}

fn affix_remove(vm: &mut Vm, args: Args<'_>, name: &'static str, side: Side) -> PyResult<Value> {
    let s = str_self(vm, &args, name)?;
    let a = parse_args("str", name, Parse::One, &args)?;
    let affix = str_arg(vm, required(a[0])?, &format!("{name}() argument "))?;
    let out =
        if side == Side::Left { s.text().strip_prefix(affix.text()) } else { s.text().strip_suffix(affix.text()) };
    match out {
        Some(rest) if !affix.text().is_empty() => Ok(Value::new_str(rest)),
        _ => Ok(same_str(&args, &s)),
    }
}

/// `str.removeprefix(prefix, /)`.
fn str_removeprefix(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix_remove(vm, args, "removeprefix", Side::Left)
}
/// `str.removesuffix(suffix, /)`.
fn str_removesuffix(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix_remove(vm, args, "removesuffix", Side::Right)
}

/// `str.replace(old, new, count=-1, /)`.
fn str_replace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = str_self(vm, &args, "replace")?;
    let a = parse_args("str", "replace", Parse::Positional(2, 3), &args)?;
    let old = str_arg(vm, required(a[0])?, "replace() argument 1 ")?;
    let new = str_arg(vm, required(a[1])?, "replace() argument 2 ")?;
    let count = match a[2] {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    if count == 0 || (!old.text().is_empty() && !str_contains(s.text(), old.text())) {
        return Ok(same_str(&args, &s));
    }
    Ok(Value::from_string(replace(s.text(), old.text(), new.text(), count)?))
}

fn split_method(vm: &mut Vm, args: Args<'_>, name: &'static str, side: Side) -> PyResult<Value> {
    let s = str_self(vm, &args, name)?;
    let names = &["sep", "maxsplit"];
    let a = parse_args("str", name, Parse::Keywords { posonly: 0, required: 0, names }, &args)?;
    let maxsplit = match a[1] {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let sep_ref = match a[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(str_arg(vm, v, "")?),
    };
    let sep = sep_ref.as_ref().map(|r| r.text());
    let text = s.text();
    let ascii = s.char_len() == text.len();
    let parts = match (sep, side) {
        (None, Side::Right) => rsplit_whitespace(text, maxsplit),
        (None, _) if ascii => split_ascii_whitespace(text, maxsplit),
        (None, _) => split_whitespace(text, maxsplit),
        (Some(""), _) => return Err(PyErr::value_error("empty separator")),
        (Some(sep), Side::Right) => rsplit_sep(text, sep, maxsplit),
        (Some(sep), _) => split_sep(text, sep, maxsplit),
    };
    if parts.len() == 1 && parts[0].len() == text.len() {
        return Ok(Value::new_list(vec![same_str(&args, &s)]));
    }
    Ok(new_list_of_strs(parts, ascii))
}

/// `str.split(sep=None, maxsplit=-1)`.
fn str_split(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    split_method(vm, args, "split", Side::Left)
}
/// `str.rsplit(sep=None, maxsplit=-1)`.
fn str_rsplit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    split_method(vm, args, "rsplit", Side::Right)
}

/// `str.splitlines(keepends=False)`.
fn str_splitlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = str_self(vm, &args, "splitlines")?;
    let names = &["keepends"];
    let a = parse_args("str", "splitlines", Parse::Keywords { posonly: 0, required: 0, names }, &args)?;
    let keepends = match a[0] {
        Some(v) => c_int_arg(vm, v)? != 0,
        None => false,
    };
    let ascii = s.char_len() == s.text().len();
    Ok(new_list_of_strs(splitlines(s.text(), keepends), ascii))
}

/// What `translate` does with one char.
#[derive(Clone)]
enum Mapped {
    Keep,
    Delete,
    Text(String),
}

/// `str.translate(table, /)`: `table[ord(c)]` is a str, an ordinal or
/// None; a LookupError keeps the char.
fn str_translate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = str_self(vm, &args, "translate")?;
    let a = parse_args("str", "translate", Parse::One, &args)?;
    let table = required(a[0])?;
    let mut cache: std::collections::HashMap<char, Mapped> = std::collections::HashMap::new();
    let mut out = String::with_capacity(s.text().len());
    for c in s.text().chars() {
        let mapped = match cache.get(&c) {
            Some(m) => m.clone(),
            None => {
                let m = translate_char(vm, table, c)?;
                cache.insert(c, m.clone());
                m
            }
        };
        match mapped {
            Mapped::Keep => out.push(c),
            Mapped::Delete => {}
            Mapped::Text(t) => out.push_str(&t),
        }
    }
    Ok(Value::from_string(out))
}

fn translate_char(vm: &mut Vm, table: &Value, c: char) -> PyResult<Mapped> {
    let key = Value::Int(c as i64);
    let found = match table.as_obj().map(|o| (o, o.payload())) {
        Some((o, Payload::Dict(_))) => vm.dict_get_item(o, &key)?,
        _ => match vm.get_item(table, &key) {
            Ok(v) => Some(v),
            Err(e) if vm.err_is(&e, ExcKind::LookupError) => None,
            Err(e) => return Err(e),
        },
    };
    let Some(v) = found else { return Ok(Mapped::Keep) };
    let out_of_range = || PyErr::value_error("character mapping must be in range(0x110000)");
    match &v {
        Value::None => Ok(Mapped::Delete),
        Value::Int(_) | Value::Bool(_) => {
            let n = if let Value::Int(i) = v { i } else { matches!(v, Value::Bool(true)) as i64 };
            if !(0..0x110000).contains(&n) {
                return Err(out_of_range());
            }
            // Lone surrogates cannot live in a Rust string: U+FFFD stands in.
            let ch = char::from_u32(n as u32).unwrap_or('\u{FFFD}');
            Ok(Mapped::Text(ch.to_string()))
        }
        _ => match v.payload() {
            Some(Payload::BigInt(_)) => Err(out_of_range()),
            _ => match as_str_ref(&v) {
                Some(t) => Ok(Mapped::Text(t.text().to_string())),
                None => Err(PyErr::type_error("character mapping must return integer, None or str")),
            },
        },
    }
}

/// `str.maketrans(x, y=None, z=None, /)`, a static method: a dict of
/// ordinals for `translate`.
fn str_maketrans(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = parse_positional("str", "maketrans", Parse::Positional(1, 3), args.pos(), &args)?;
    let x = required(a[0])?;
    let y = match a[1] {
        Some(v) => Some(str_arg(vm, v, "maketrans() argument 2 ")?),
        None => None,
    };
    let z = match a[2] {
        Some(v) => Some(str_arg(vm, v, "maketrans() argument 3 ")?),
        None => None,
    };
    let mut flat = Vec::new();
    if let Some(y) = y {
        let Some(x) = as_str_ref(x) else {
            return Err(PyErr::type_error("first maketrans argument must be a string if there is a second argument"));
        };
        let (xs, ys): (Vec<char>, Vec<char>) = (x.text().chars().collect(), y.text().chars().collect());
        if xs.len() != ys.len() {
            return Err(PyErr::value_error("the first two maketrans arguments must have equal length"));
        }
        for (a, b) in xs.into_iter().zip(ys) {
            flat.push(Value::Int(a as i64));
            flat.push(Value::Int(b as i64));
        }
        if let Some(z) = z {
            for c in z.text().chars() {
                flat.push(Value::Int(c as i64));
                flat.push(Value::None);
            }
        }
        return vm.new_dict_from_flat(flat);
    }
    let base = vm.builtin_base(x);
    let Some(Payload::Dict(d)) = base.payload() else {
        return Err(PyErr::type_error("if you give only one argument to maketrans it must be a dict"));
    };
    let items = d.borrow().items();
    for (k, v) in items {
        let key = match (&k, as_str_ref(&k)) {
            (_, Some(s)) => {
                let mut chars = s.text().chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => Value::Int(c as i64),
                    _ => return Err(PyErr::value_error("string keys in translate table must be of length 1")),
                }
            }
            (Value::Int(_) | Value::Bool(_), _) => k.clone(),
            _ if matches!(k.payload(), Some(Payload::BigInt(_))) => k.clone(),
            _ => return Err(PyErr::type_error("keys in translate table must be strings or integers")),
        };
        flat.push(key);
        flat.push(v);
    }
    vm.new_dict_from_flat(flat)
}

/// `str.format(*args, **kwargs)`.
fn str_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = str_self(vm, &args, "format")?;
    let positional = args.pos().get(1..).unwrap_or(&[]);
    let source = FieldSource::Args { positional, keywords: args };
    Ok(Value::from_string(format_string(vm, s.text(), &source)?))
}

/// `str.format_map(mapping, /)`.
fn str_format_map(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = str_self(vm, &args, "format_map")?;
    let a = parse_args("str", "format_map", Parse::One, &args)?;
    let source = FieldSource::Mapping(required(a[0])?);
    Ok(Value::from_string(format_string(vm, s.text(), &source)?))
}

/// The methods of `str`, for the VM to install in the type's dict.
/// `maketrans` is a static method: the VM should wrap it in
/// `Payload::StaticMethod` (it takes every positional argument as its own).
pub const STR_METHODS: &[(&str, NativeFn)] = &[
    ("capitalize", str_capitalize),
    ("casefold", str_casefold),
    ("center", str_center),
    ("count", str_count),
    ("encode", str_encode),
    ("endswith", str_endswith),
    ("expandtabs", str_expandtabs),
    ("find", str_find),
    ("format", str_format),
    ("format_map", str_format_map),
    ("index", str_index),
    ("isalnum", str_isalnum),
    ("isalpha", str_isalpha),
    ("isascii", str_isascii),
    ("isdecimal", str_isdecimal),
    ("isdigit", str_isdigit),
    ("isidentifier", str_isidentifier),
    ("islower", str_islower),
    ("isnumeric", str_isnumeric),
    ("isprintable", str_isprintable),
    ("isspace", str_isspace),
    ("istitle", str_istitle),
    ("isupper", str_isupper),
    ("join", str_join),
    ("ljust", str_ljust),
    ("lower", str_lower),
    ("lstrip", str_lstrip),
    ("maketrans", str_maketrans),
    ("partition", str_partition),
    ("removeprefix", str_removeprefix),
    ("removesuffix", str_removesuffix),
    ("replace", str_replace),
    ("rfind", str_rfind),
    ("rindex", str_rindex),
    ("rjust", str_rjust),
    ("rpartition", str_rpartition),
    ("rsplit", str_rsplit),
    ("rstrip", str_rstrip),
    ("split", str_split),
    ("splitlines", str_splitlines),
    ("startswith", str_startswith),
    ("strip", str_strip),
    ("swapcase", str_swapcase),
    ("title", str_title),
    ("translate", str_translate),
    ("upper", str_upper),
    ("zfill", str_zfill),
];

/// The static methods among `STR_METHODS`.
pub const STR_STATIC_METHODS: &[&str] = &["maketrans"];

// ====================================================================
// str.format: the field grammar (CPython's Objects/stringlib/unicode_format.h)
// ====================================================================

/// One replacement field `{name!conversion:spec}`.
#[derive(Debug, PartialEq, Eq)]
pub struct FormatField<'a> {
    /// `0`, `name`, `0.attr[key]`, or empty (automatic numbering).
    pub name: &'a str,
    pub conversion: Option<char>,
    pub spec: &'a str,
    /// The spec has nested fields (`{:{width}}`).
    pub spec_needs_expanding: bool,
}

/// Splits a format string into literal text and fields, as CPython's
/// `MarkupIterator`. Scans bytes: every delimiter is ASCII, so each slice
/// falls on a char boundary.
pub struct MarkupIter<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> MarkupIter<'a> {
    pub fn new(s: &'a str) -> MarkupIter<'a> {
        MarkupIter { s, pos: 0 }
    }

    /// The next literal text and the field after it (if any); `{{` and
    /// `}}` come out as a literal ending in one brace.
    pub fn next_item(&mut self) -> PyResult<Option<(&'a str, Option<FormatField<'a>>)>> {
        let b = self.s.as_bytes();
        if self.pos >= b.len() {
            return Ok(None);
        }
        let start = self.pos;
        let mut c = 0u8;
        let mut markup_follows = false;
        while self.pos < b.len() {
            c = b[self.pos];
            self.pos += 1;
            if c == b'{' || c == b'}' {
                markup_follows = true;
                break;
            }
        }
        let at_end = self.pos >= b.len();
        let mut len = self.pos - start;
        if c == b'}' && markup_follows && (at_end || b[self.pos] != b'}') {
            return Err(PyErr::value_error("Single '}' encountered in format string"));
        }
        if at_end && c == b'{' && markup_follows {
            return Err(PyErr::value_error("Single '{' encountered in format string"));
        }
        if !at_end && markup_follows {
            if b[self.pos] == c {
                // An escaped brace: keep the first, skip the second.
                self.pos += 1;
                markup_follows = false;
            } else {
                len -= 1;
            }
        }
        let literal = &self.s[start..start + len];
        if !markup_follows {
            return Ok(Some((literal, None)));
        }
        let field = self.parse_field()?;
        Ok(Some((literal, Some(field))))
    }

    /// After a `{`: the field up to its matching `}`.
    fn parse_field(&mut self) -> PyResult<FormatField<'a>> {
        let b = self.s.as_bytes();
        let name_start = self.pos;
        let mut c = 0u8;
        while self.pos < b.len() {
            c = b[self.pos];
            self.pos += 1;
            match c {
                b'{' => return Err(PyErr::value_error("unexpected '{' in field name")),
                b'[' => {
                    while self.pos < b.len() && b[self.pos] != b']' {
                        self.pos += 1;
                    }
                    continue;
                }
                b'}' | b':' | b'!' => break,
                _ => continue,
            }
        }
        if c != b'}' && c != b':' && c != b'!' {
            return Err(PyErr::value_error("expected '}' before end of string"));
        }
        let name = &self.s[name_start..self.pos - 1];
        let mut field = FormatField { name, conversion: None, spec: "", spec_needs_expanding: false };
        if c == b'}' {
            return Ok(field);
        }
        if c == b'!' {
            let Some(conv) = self.s[self.pos..].chars().next() else {
                return Err(PyErr::value_error("end of string while looking for conversion specifier"));
            };
            self.pos += conv.len_utf8();
            field.conversion = Some(conv);
            if self.pos < b.len() {
                let next = b[self.pos];
                self.pos += 1;
                if next == b'}' {
                    return Ok(field);
                }
                if next != b':' {
                    return Err(PyErr::value_error("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = self.pos;
        let mut depth = 1;
        while self.pos < b.len() {
            let c = b[self.pos];
            self.pos += 1;
            if c == b'{' {
                field.spec_needs_expanding = true;
                depth += 1;
            } else if c == b'}' {
                depth -= 1;
                if depth == 0 {
                    field.spec = &self.s[spec_start..self.pos - 1];
                    return Ok(field);
                }
            }
        }
        Err(PyErr::value_error("unmatched '{' in format spec"))
    }
}

/// One step after a field's first name: `.attr`, `[0]`, `[key]`.
#[derive(Debug, PartialEq, Eq)]
pub enum Accessor<'a> {
    Attr(&'a str),
    Index(usize),
    Key(&'a str),
}

/// A field name's leading part and the accessors after it.
pub fn split_field_name(name: &str) -> (&str, &str) {
    let i = name.find(['.', '[']).unwrap_or(name.len());
    (&name[..i], &name[i..])
}

/// A field name made of decimal digits as a number (`get_integer`);
/// None for other names.
pub fn field_index(s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut n: usize = 0;
    for c in s.chars() {
        let Some(d) = decimal_value(c) else { return Ok(None) };
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(|| PyErr::value_error("Too many decimal digits in format string"))?;
    }
    Ok(Some(n))
}

/// The next accessor of `rest` (the part after the first name).
pub fn next_accessor<'a>(rest: &mut &'a str) -> PyResult<Option<Accessor<'a>>> {
    let Some(&first) = rest.as_bytes().first() else { return Ok(None) };
    let after = &rest[1..];
    let empty = || PyErr::value_error("Empty attribute in format string");
    match first {
        b'.' => {
            let end = after.find(['.', '[']).unwrap_or(after.len());
            *rest = &after[end..];
            if end == 0 {
                return Err(empty());
            }
            Ok(Some(Accessor::Attr(&after[..end])))
        }
        b'[' => {
            let Some(end) = after.find(']') else {
                return Err(PyErr::value_error("Missing ']' in format string"));
            };
            *rest = &after[end + 1..];
            let key = &after[..end];
            if key.is_empty() {
                return Err(empty());
            }
            Ok(Some(match field_index(key)? {
                Some(i) => Accessor::Index(i),
                None => Accessor::Key(key),
            }))
        }
        _ => Err(PyErr::value_error("Only '.' or '[' may follow ']' in format field specifier")),
    }
}

/// Where fields get their values: `format`'s arguments or `format_map`'s
/// mapping.
pub enum FieldSource<'a> {
    Args { positional: &'a [Value], keywords: Args<'a> },
    Mapping(&'a Value),
}

#[derive(PartialEq, Eq)]
enum Numbering {
    Unset,
    Auto,
    Manual,
}

struct AutoNumber {
    numbering: Numbering,
    next: usize,
}

/// `template.format(...)` / `format_map(...)`.
pub fn format_string(vm: &mut Vm, template: &str, source: &FieldSource<'_>) -> PyResult<String> {
    let mut auto = AutoNumber { numbering: Numbering::Unset, next: 0 };
    build_string(vm, template, source, &mut auto, 2)
}

fn build_string(vm: &mut Vm, s: &str, source: &FieldSource<'_>, auto: &mut AutoNumber, depth: i32) -> PyResult<String> {
    if depth <= 0 {
        return Err(PyErr::value_error("Max string recursion exceeded"));
    }
    let mut out = String::with_capacity(s.len() + 16);
    let mut it = MarkupIter::new(s);
    while let Some((literal, field)) = it.next_item()? {
        out.push_str(literal);
        let Some(field) = field else { continue };
        let obj = field_object(vm, field.name, source, auto)?;
        let obj = match field.conversion {
            None => obj,
            Some('r') => Value::from_string(vm.repr(&obj)?),
            Some('s') => Value::from_string(vm.str_of(&obj)?),
            Some('a') => Value::from_string(vm.ascii(&obj)?),
            Some(c) if (c as u32) > 32 && (c as u32) < 127 => {
                return Err(PyErr::value_error(format!("Unknown conversion specifier {c}")))
            }
            Some(c) => return Err(PyErr::value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))),
        };
        let spec: Cow<'_, str> = if field.spec_needs_expanding {
            Cow::Owned(build_string(vm, field.spec, source, auto, depth - 1)?)
        } else {
            Cow::Borrowed(field.spec)
        };
        match (&obj, spec.is_empty()) {
            (v, true) if v.as_str().is_some() => out.push_str(v.as_str().unwrap_or("")),
            _ => out.push_str(&vm.format(&obj, &spec)?),
        }
    }
    Ok(out)
}

/// The value a field name designates (`get_field_object`).
fn field_object(vm: &mut Vm, name: &str, source: &FieldSource<'_>, auto: &mut AutoNumber) -> PyResult<Value> {
    let (first, mut rest) = split_field_name(name);
    let mut index = field_index(first)?;
    let empty = first.is_empty();
    if empty || index.is_some() {
        if auto.numbering == Numbering::Unset {
            auto.numbering = if empty { Numbering::Auto } else { Numbering::Manual };
        }
        if auto.numbering == Numbering::Manual && empty {
            return Err(PyErr::value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        if auto.numbering == Numbering::Auto && !empty {
            return Err(PyErr::value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        if empty {
            index = Some(auto.next);
            auto.next += 1;
        }
    }
    let mut obj = match (index, source) {
        (None, FieldSource::Args { keywords, .. }) => match keywords.kw_get(first) {
            Some(v) => v.clone(),
            None => return Err(vm.key_error(&Value::new_str(first))),
        },
        (None, FieldSource::Mapping(m)) => vm.get_item(m, &Value::new_str(first))?,
        (Some(i), FieldSource::Args { positional, .. }) => match positional.get(i) {
            Some(v) => v.clone(),
            None => {
                return Err(PyErr::index_error(format!("Replacement index {i} out of range for positional args tuple")))
            }
        },
        (Some(_), FieldSource::Mapping(_)) => {
            return Err(PyErr::value_error("Format string contains positional fields"))
        }
    };
    while let Some(accessor) = next_accessor(&mut rest)? {
        obj = match accessor {
            Accessor::Attr(a) => vm.get_attr_str(&obj, a)?,
            Accessor::Index(i) => vm.get_item(&obj, &Value::Int(i as i64))?,
            Accessor::Key(k) => vm.get_item(&obj, &Value::new_str(k))?,
        };
    }
    Ok(obj)
}

// ====================================================================
// Unicode tables
// ====================================================================

/// Character tables generated from Python 3.11.7's `unicodedata` (Unicode
/// 14.0.0), so that the `is*` methods and `repr` agree with CPython's. To
/// regenerate, run this script with python3.11 and replace the module body:
///
/// ```text
/// # Generates the Unicode tables of str_methods.rs from Python 3.11's unicodedata.
/// import unicodedata, sys
/// N = 0x110000
/// def ranges(pred, lo=0x80):
///     rs=[]; start=None
///     for c in range(lo, N):
///         p = pred(chr(c))
///         if p and start is None: start=c
///         if not p and start is not None: rs.append((start,c-1)); start=None
///     if start is not None: rs.append((start,N-1))
///     return rs
/// def emit_ranges(name, doc, rs):
///     out = [f"/// {doc}", f"pub(super) const {name}: &[(u32, u32)] = &["]
///     line = "   "
///     for a,b in rs:
///         item = f" (0x{a:04X}, 0x{b:04X}),"
///         if len(line) + len(item) > 100:
///             out.append(line); line = "   "
///         line += item
///     out.append(line)
///     out.append("];")
///     return "\n".join(out)
/// def esc(s):
///     return "".join(c if 0x20 <= ord(c) < 0x7f and c not in '"\\' else f"\\u{{{ord(c):X}}}" for c in s)
/// def emit_map(name, doc, pairs):
///     out = [f"/// {doc}", f"pub(super) const {name}: &[(u32, &str)] = &["]
///     line = "   "
///     for c, s in pairs:
///         item = f' (0x{c:04X}, "{esc(s)}"),'
///         if len(line) + len(item) > 100:
///             out.append(line); line = "   "
///         line += item
///     out.append(line)
///     out.append("];")
///     return "\n".join(out)
/// parts = []
/// parts.append(emit_ranges("ALPHA", "Non-ASCII code points for which `str.isalpha()` is true (categories L*).", ranges(lambda c: c.isalpha())))
/// dec = ranges(lambda c: c.isdecimal(), 0)
/// for a,b in dec:
///     assert unicodedata.decimal(chr(a)) == 0, hex(a)
///     for c in range(a,b+1):
///         assert unicodedata.decimal(chr(c)) == (c-a) % 10, hex(c)
/// parts.append(emit_ranges("DECIMAL", "Code points for which `str.isdecimal()` is true (category Nd); each range starts at a digit zero, so a digit's value is `(c - start) % 10`.", dec))
/// parts.append(emit_ranges("DIGIT_EXTRA", "Code points that are `isdigit()` but not `isdecimal()`.", ranges(lambda c: c.isdigit() and not c.isdecimal(), 0)))
/// parts.append(emit_ranges("NUMERIC_EXTRA", "Code points that are `isnumeric()` but not `isdigit()`.", ranges(lambda c: c.isnumeric() and not c.isdigit(), 0)))
/// parts.append(emit_ranges("NOT_PRINTABLE", "Non-ASCII code points for which `str.isprintable()` is false (categories C*, Z* but space), which `repr()` escapes.", ranges(lambda c: not c.isprintable())))
/// parts.append(emit_ranges("TITLECASE", "Titlecase letters (category Lt).", ranges(lambda c: unicodedata.category(c)=='Lt', 0)))
/// parts.append(emit_map("TITLE_MAP", "Code points whose titlecase mapping differs from their uppercase mapping.", [(c, chr(c).title()) for c in range(N) if chr(c).title()!=chr(c).upper()]))
/// parts.append(emit_map("CASEFOLD_MAP", "Code points whose case folding differs from their lowercase mapping.", [(c, chr(c).casefold()) for c in range(N) if chr(c).casefold()!=chr(c).lower()]))
/// print(f"// Generated from Python {sys.version.split()[0]}'s unicodedata (Unicode {unicodedata.unidata_version}) by\n// the script in the comment at the top of this module.\n")
/// print("\n\n".join(parts))
/// ```
#[rustfmt::skip]
mod unicode_tables {
    /// Non-ASCII code points for which `str.isalpha()` is true (categories L*).
    pub(super) const ALPHA: &[(u32, u32)] = &[
        (0x00AA, 0x00AA), (0x00B5, 0x00B5), (0x00BA, 0x00BA), (0x00C0, 0x00D6), (0x00D8, 0x00F6),
        (0x00F8, 0x02C1), (0x02C6, 0x02D1), (0x02E0, 0x02E4), (0x02EC, 0x02EC), (0x02EE, 0x02EE),
        (0x0370, 0x0374), (0x0376, 0x0377), (0x037A, 0x037D), (0x037F, 0x037F), (0x0386, 0x0386),
        (0x0388, 0x038A), (0x038C, 0x038C), (0x038E, 0x03A1), (0x03A3, 0x03F5), (0x03F7, 0x0481),
        (0x048A, 0x052F), (0x0531, 0x0556), (0x0559, 0x0559), (0x0560, 0x0588), (0x05D0, 0x05EA),
        (0x05EF, 0x05F2), (0x0620, 0x064A), (0x066E, 0x066F), (0x0671, 0x06D3), (0x06D5, 0x06D5),
        (0x06E5, 0x06E6), (0x06EE, 0x06EF), (0x06FA, 0x06FC), (0x06FF, 0x06FF), (0x0710, 0x0710),
        (0x0712, 0x072F), (0x074D, 0x07A5), (0x07B1, 0x07B1), (0x07CA, 0x07EA), (0x07F4, 0x07F5),
        (0x07FA, 0x07FA), (0x0800, 0x0815), (0x081A, 0x081A), (0x0824, 0x0824), (0x0828, 0x0828),
        (0x0840, 0x0858), (0x0860, 0x086A), (0x0870, 0x0887), (0x0889, 0x088E), (0x08A0, 0x08C9),
        (0x0904, 0x0939), (0x093D, 0x093D), (0x0950, 0x0950), (0x0958, 0x0961), (0x0971, 0x0980),
        (0x0985, 0x098C), (0x098F, 0x0990), (0x0993, 0x09A8), (0x09AA, 0x09B0), (0x09B2, 0x09B2),
        (0x09B6, 0x09B9), (0x09BD, 0x09BD), (0x09CE, 0x09CE), (0x09DC, 0x09DD), (0x09DF, 0x09E1),
        (0x09F0, 0x09F1), (0x09FC, 0x09FC), (0x0A05, 0x0A0A), (0x0A0F, 0x0A10), (0x0A13, 0x0A28),
        (0x0A2A, 0x0A30), (0x0A32, 0x0A33), (0x0A35, 0x0A36), (0x0A38, 0x0A39), (0x0A59, 0x0A5C),
        (0x0A5E, 0x0A5E), (0x0A72, 0x0A74), (0x0A85, 0x0A8D), (0x0A8F, 0x0A91), (0x0A93, 0x0AA8),
        (0x0AAA, 0x0AB0), (0x0AB2, 0x0AB3), (0x0AB5, 0x0AB9), (0x0ABD, 0x0ABD), (0x0AD0, 0x0AD0),
        (0x0AE0, 0x0AE1), (0x0AF9, 0x0AF9), (0x0B05, 0x0B0C), (0x0B0F, 0x0B10), (0x0B13, 0x0B28),
        (0x0B2A, 0x0B30), (0x0B32, 0x0B33), (0x0B35, 0x0B39), (0x0B3D, 0x0B3D), (0x0B5C, 0x0B5D),
        (0x0B5F, 0x0B61), (0x0B71, 0x0B71), (0x0B83, 0x0B83), (0x0B85, 0x0B8A), (0x0B8E, 0x0B90),
        (0x0B92, 0x0B95), (0x0B99, 0x0B9A), (0x0B9C, 0x0B9C), (0x0B9E, 0x0B9F), (0x0BA3, 0x0BA4),
        (0x0BA8, 0x0BAA), (0x0BAE, 0x0BB9), (0x0BD0, 0x0BD0), (0x0C05, 0x0C0C), (0x0C0E, 0x0C10),
        (0x0C12, 0x0C28), (0x0C2A, 0x0C39), (0x0C3D, 0x0C3D), (0x0C58, 0x0C5A), (0x0C5D, 0x0C5D),
        (0x0C60, 0x0C61), (0x0C80, 0x0C80), (0x0C85, 0x0C8C), (0x0C8E, 0x0C90), (0x0C92, 0x0CA8),
        (0x0CAA, 0x0CB3), (0x0CB5, 0x0CB9), (0x0CBD, 0x0CBD), (0x0CDD, 0x0CDE), (0x0CE0, 0x0CE1),
        (0x0CF1, 0x0CF2), (0x0D04, 0x0D0C), (0x0D0E, 0x0D10), (0x0D12, 0x0D3A), (0x0D3D, 0x0D3D),
        (0x0D4E, 0x0D4E), (0x0D54, 0x0D56), (0x0D5F, 0x0D61), (0x0D7A, 0x0D7F), (0x0D85, 0x0D96),
        (0x0D9A, 0x0DB1), (0x0DB3, 0x0DBB), (0x0DBD, 0x0DBD), (0x0DC0, 0x0DC6), (0x0E01, 0x0E30),
        (0x0E32, 0x0E33), (0x0E40, 0x0E46), (0x0E81, 0x0E82), (0x0E84, 0x0E84), (0x0E86, 0x0E8A),
        (0x0E8C, 0x0EA3), (0x0EA5, 0x0EA5), (0x0EA7, 0x0EB0), (0x0EB2, 0x0EB3), (0x0EBD, 0x0EBD),
        (0x0EC0, 0x0EC4), (0x0EC6, 0x0EC6), (0x0EDC, 0x0EDF), (0x0F00, 0x0F00), (0x0F40, 0x0F47),
        (0x0F49, 0x0F6C), (0x0F88, 0x0F8C), (0x1000, 0x102A), (0x103F, 0x103F), (0x1050, 0x1055),
        (0x105A, 0x105D), (0x1061, 0x1061), (0x1065, 0x1066), (0x106E, 0x1070), (0x1075, 0x1081),
        (0x108E, 0x108E), (0x10A0, 0x10C5), (0x10C7, 0x10C7), (0x10CD, 0x10CD), (0x10D0, 0x10FA),
        (0x10FC, 0x1248), (0x124A, 0x124D), (0x1250, 0x1256), (0x1258, 0x1258), (0x125A, 0x125D),
        (0x1260, 0x1288), (0x128A, 0x128D), (0x1290, 0x12B0), (0x12B2, 0x12B5), (0x12B8, 0x12BE),
        (0x12C0, 0x12C0), (0x12C2, 0x12C5), (0x12C8, 0x12D6), (0x12D8, 0x1310), (0x1312, 0x1315),
        (0x1318, 0x135A), (0x1380, 0x138F), (0x13A0, 0x13F5), (0x13F8, 0x13FD), (0x1401, 0x166C),
        (0x166F, 0x167F), (0x1681, 0x169A), (0x16A0, 0x16EA), (0x16F1, 0x16F8), (0x1700, 0x1711),
        (0x171F, 0x1731), (0x1740, 0x1751), (0x1760, 0x176C), (0x176E, 0x1770), (0x1780, 0x17B3),
        (0x17D7, 0x17D7), (0x17DC, 0x17DC), (0x1820, 0x1878), (0x1880, 0x1884), (0x1887, 0x18A8),
        (0x18AA, 0x18AA), (0x18B0, 0x18F5), (0x1900, 0x191E), (0x1950, 0x196D), (0x1970, 0x1974),
        (0x1980, 0x19AB), (0x19B0, 0x19C9), (0x1A00, 0x1A16), (0x1A20, 0x1A54), (0x1AA7, 0x1AA7),
        (0x1B05, 0x1B33), (0x1B45, 0x1B4C), (0x1B83, 0x1BA0), (0x1BAE, 0x1BAF), (0x1BBA, 0x1BE5),
        (0x1C00, 0x1C23), (0x1C4D, 0x1C4F), (0x1C5A, 0x1C7D), (0x1C80, 0x1C88), (0x1C90, 0x1CBA),
        (0x1CBD, 0x1CBF), (0x1CE9, 0x1CEC), (0x1CEE, 0x1CF3), (0x1CF5, 0x1CF6), (0x1CFA, 0x1CFA),
        (0x1D00, 0x1DBF), (0x1E00, 0x1F15), (0x1F18, 0x1F1D), (0x1F20, 0x1F45), (0x1F48, 0x1F4D),
        (0x1F50, 0x1F57), (0x1F59, 0x1F59), (0x1F5B, 0x1F5B), (0x1F5D, 0x1F5D), (0x1F5F, 0x1F7D),
        (0x1F80, 0x1FB4), (0x1FB6, 0x1FBC), (0x1FBE, 0x1FBE), (0x1FC2, 0x1FC4), (0x1FC6, 0x1FCC),
        (0x1FD0, 0x1FD3), (0x1FD6, 0x1FDB), (0x1FE0, 0x1FEC), (0x1FF2, 0x1FF4), (0x1FF6, 0x1FFC),
        (0x2071, 0x2071), (0x207F, 0x207F), (0x2090, 0x209C), (0x2102, 0x2102), (0x2107, 0x2107),
        (0x210A, 0x2113), (0x2115, 0x2115), (0x2119, 0x211D), (0x2124, 0x2124), (0x2126, 0x2126),
        (0x2128, 0x2128), (0x212A, 0x212D), (0x212F, 0x2139), (0x213C, 0x213F), (0x2145, 0x2149),
        (0x214E, 0x214E), (0x2183, 0x2184), (0x2C00, 0x2CE4), (0x2CEB, 0x2CEE), (0x2CF2, 0x2CF3),
        (0x2D00, 0x2D25), (0x2D27, 0x2D27), (0x2D2D, 0x2D2D), (0x2D30, 0x2D67), (0x2D6F, 0x2D6F),
        (0x2D80, 0x2D96), (0x2DA0, 0x2DA6), (0x2DA8, 0x2DAE), (0x2DB0, 0x2DB6), (0x2DB8, 0x2DBE),
        (0x2DC0, 0x2DC6), (0x2DC8, 0x2DCE), (0x2DD0, 0x2DD6), (0x2DD8, 0x2DDE), (0x2E2F, 0x2E2F),
        (0x3005, 0x3006), (0x3031, 0x3035), (0x303B, 0x303C), (0x3041, 0x3096), (0x309D, 0x309F),
        (0x30A1, 0x30FA), (0x30FC, 0x30FF), (0x3105, 0x312F), (0x3131, 0x318E), (0x31A0, 0x31BF),
        (0x31F0, 0x31FF), (0x3400, 0x4DBF), (0x4E00, 0xA48C), (0xA4D0, 0xA4FD), (0xA500, 0xA60C),
        (0xA610, 0xA61F), (0xA62A, 0xA62B), (0xA640, 0xA66E), (0xA67F, 0xA69D), (0xA6A0, 0xA6E5),
        (0xA717, 0xA71F), (0xA722, 0xA788), (0xA78B, 0xA7CA), (0xA7D0, 0xA7D1), (0xA7D3, 0xA7D3),
        (0xA7D5, 0xA7D9), (0xA7F2, 0xA801), (0xA803, 0xA805), (0xA807, 0xA80A), (0xA80C, 0xA822),
        (0xA840, 0xA873), (0xA882, 0xA8B3), (0xA8F2, 0xA8F7), (0xA8FB, 0xA8FB), (0xA8FD, 0xA8FE),
        (0xA90A, 0xA925), (0xA930, 0xA946), (0xA960, 0xA97C), (0xA984, 0xA9B2), (0xA9CF, 0xA9CF),
        (0xA9E0, 0xA9E4), (0xA9E6, 0xA9EF), (0xA9FA, 0xA9FE), (0xAA00, 0xAA28), (0xAA40, 0xAA42),
        (0xAA44, 0xAA4B), (0xAA60, 0xAA76), (0xAA7A, 0xAA7A), (0xAA7E, 0xAAAF), (0xAAB1, 0xAAB1),
        (0xAAB5, 0xAAB6), (0xAAB9, 0xAABD), (0xAAC0, 0xAAC0), (0xAAC2, 0xAAC2), (0xAADB, 0xAADD),
        (0xAAE0, 0xAAEA), (0xAAF2, 0xAAF4), (0xAB01, 0xAB06), (0xAB09, 0xAB0E), (0xAB11, 0xAB16),
        (0xAB20, 0xAB26), (0xAB28, 0xAB2E), (0xAB30, 0xAB5A), (0xAB5C, 0xAB69), (0xAB70, 0xABE2),
        (0xAC00, 0xD7A3), (0xD7B0, 0xD7C6), (0xD7CB, 0xD7FB), (0xF900, 0xFA6D), (0xFA70, 0xFAD9),
        (0xFB00, 0xFB06), (0xFB13, 0xFB17), (0xFB1D, 0xFB1D), (0xFB1F, 0xFB28), (0xFB2A, 0xFB36),
        (0xFB38, 0xFB3C), (0xFB3E, 0xFB3E), (0xFB40, 0xFB41), (0xFB43, 0xFB44), (0xFB46, 0xFBB1),
        (0xFBD3, 0xFD3D), (0xFD50, 0xFD8F), (0xFD92, 0xFDC7), (0xFDF0, 0xFDFB), (0xFE70, 0xFE74),
        (0xFE76, 0xFEFC), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A), (0xFF66, 0xFFBE), (0xFFC2, 0xFFC7),
        (0xFFCA, 0xFFCF), (0xFFD2, 0xFFD7), (0xFFDA, 0xFFDC), (0x10000, 0x1000B), (0x1000D, 0x10026),
        (0x10028, 0x1003A), (0x1003C, 0x1003D), (0x1003F, 0x1004D), (0x10050, 0x1005D),
        (0x10080, 0x100FA), (0x10280, 0x1029C), (0x102A0, 0x102D0), (0x10300, 0x1031F),
        (0x1032D, 0x10340), (0x10342, 0x10349), (0x10350, 0x10375), (0x10380, 0x1039D),
        (0x103A0, 0x103C3), (0x103C8, 0x103CF), (0x10400, 0x1049D), (0x104B0, 0x104D3),
        (0x104D8, 0x104FB), (0x10500, 0x10527), (0x10530, 0x10563), (0x10570, 0x1057A),
        (0x1057C, 0x1058A), (0x1058C, 0x10592), (0x10594, 0x10595), (0x10597, 0x105A1),
        (0x105A3, 0x105B1), (0x105B3, 0x105B9), (0x105BB, 0x105BC), (0x10600, 0x10736),
        (0x10740, 0x10755), (0x10760, 0x10767), (0x10780, 0x10785), (0x10787, 0x107B0),
        (0x107B2, 0x107BA), (0x10800, 0x10805), (0x10808, 0x10808), (0x1080A, 0x10835),
        (0x10837, 0x10838), (0x1083C, 0x1083C), (0x1083F, 0x10855), (0x10860, 0x10876),
        (0x10880, 0x1089E), (0x108E0, 0x108F2), (0x108F4, 0x108F5), (0x10900, 0x10915),
        (0x10920, 0x10939), (0x10980, 0x109B7), (0x109BE, 0x109BF), (0x10A00, 0x10A00),
        (0x10A10, 0x10A13), (0x10A15, 0x10A17), (0x10A19, 0x10A35), (0x10A60, 0x10A7C),
        (0x10A80, 0x10A9C), (0x10AC0, 0x10AC7), (0x10AC9, 0x10AE4), (0x10B00, 0x10B35),
        (0x10B40, 0x10B55), (0x10B60, 0x10B72), (0x10B80, 0x10B91), (0x10C00, 0x10C48),
        (0x10C80, 0x10CB2), (0x10CC0, 0x10CF2), (0x10D00, 0x10D23), (0x10E80, 0x10EA9),
        (0x10EB0, 0x10EB1), (0x10F00, 0x10F1C), (0x10F27, 0x10F27), (0x10F30, 0x10F45),
        (0x10F70, 0x10F81), (0x10FB0, 0x10FC4), (0x10FE0, 0x10FF6), (0x11003, 0x11037),
        (0x11071, 0x11072), (0x11075, 0x11075), (0x11083, 0x110AF), (0x110D0, 0x110E8),
        (0x11103, 0x11126), (0x11144, 0x11144), (0x11147, 0x11147), (0x11150, 0x11172),
        (0x11176, 0x11176), (0x11183, 0x111B2), (0x111C1, 0x111C4), (0x111DA, 0x111DA),
        (0x111DC, 0x111DC), (0x11200, 0x11211), (0x11213, 0x1122B), (0x11280, 0x11286),
        (0x11288, 0x11288), (0x1128A, 0x1128D), (0x1128F, 0x1129D), (0x1129F, 0x112A8),
        (0x112B0, 0x112DE), (0x11305, 0x1130C), (0x1130F, 0x11310), (0x11313, 0x11328),
        (0x1132A, 0x11330), (0x11332, 0x11333), (0x11335, 0x11339), (0x1133D, 0x1133D),
        (0x11350, 0x11350), (0x1135D, 0x11361), (0x11400, 0x11434), (0x11447, 0x1144A),
        (0x1145F, 0x11461), (0x11480, 0x114AF), (0x114C4, 0x114C5), (0x114C7, 0x114C7),
        (0x11580, 0x115AE), (0x115D8, 0x115DB), (0x11600, 0x1162F), (0x11644, 0x11644),
        (0x11680, 0x116AA), (0x116B8, 0x116B8), (0x11700, 0x1171A), (0x11740, 0x11746),
        (0x11800, 0x1182B), (0x118A0, 0x118DF), (0x118FF, 0x11906), (0x11909, 0x11909),
        (0x1190C, 0x11913), (0x11915, 0x11916), (0x11918, 0x1192F), (0x1193F, 0x1193F),
        (0x11941, 0x11941), (0x119A0, 0x119A7), (0x119AA, 0x119D0), (0x119E1, 0x119E1),
        (0x119E3, 0x119E3), (0x11A00, 0x11A00), (0x11A0B, 0x11A32), (0x11A3A, 0x11A3A),
        (0x11A50, 0x11A50), (0x11A5C, 0x11A89), (0x11A9D, 0x11A9D), (0x11AB0, 0x11AF8),
        (0x11C00, 0x11C08), (0x11C0A, 0x11C2E), (0x11C40, 0x11C40), (0x11C72, 0x11C8F),
        (0x11D00, 0x11D06), (0x11D08, 0x11D09), (0x11D0B, 0x11D30), (0x11D46, 0x11D46),
        (0x11D60, 0x11D65), (0x11D67, 0x11D68), (0x11D6A, 0x11D89), (0x11D98, 0x11D98),
        (0x11EE0, 0x11EF2), (0x11FB0, 0x11FB0), (0x12000, 0x12399), (0x12480, 0x12543),
        (0x12F90, 0x12FF0), (0x13000, 0x1342E), (0x14400, 0x14646), (0x16800, 0x16A38),
        (0x16A40, 0x16A5E), (0x16A70, 0x16ABE), (0x16AD0, 0x16AED), (0x16B00, 0x16B2F),
        (0x16B40, 0x16B43), (0x16B63, 0x16B77), (0x16B7D, 0x16B8F), (0x16E40, 0x16E7F),
        (0x16F00, 0x16F4A), (0x16F50, 0x16F50), (0x16F93, 0x16F9F), (0x16FE0, 0x16FE1),
        (0x16FE3, 0x16FE3), (0x17000, 0x187F7), (0x18800, 0x18CD5), (0x18D00, 0x18D08),
        (0x1AFF0, 0x1AFF3), (0x1AFF5, 0x1AFFB), (0x1AFFD, 0x1AFFE), (0x1B000, 0x1B122),
        (0x1B150, 0x1B152), (0x1B164, 0x1B167), (0x1B170, 0x1B2FB), (0x1BC00, 0x1BC6A),
        (0x1BC70, 0x1BC7C), (0x1BC80, 0x1BC88), (0x1BC90, 0x1BC99), (0x1D400, 0x1D454),
        (0x1D456, 0x1D49C), (0x1D49E, 0x1D49F), (0x1D4A2, 0x1D4A2), (0x1D4A5, 0x1D4A6),
        (0x1D4A9, 0x1D4AC), (0x1D4AE, 0x1D4B9), (0x1D4BB, 0x1D4BB), (0x1D4BD, 0x1D4C3),
        (0x1D4C5, 0x1D505), (0x1D507, 0x1D50A), (0x1D50D, 0x1D514), (0x1D516, 0x1D51C),
        (0x1D51E, 0x1D539), (0x1D53B, 0x1D53E), (0x1D540, 0x1D544), (0x1D546, 0x1D546),
        (0x1D54A, 0x1D550), (0x1D552, 0x1D6A5), (0x1D6A8, 0x1D6C0), (0x1D6C2, 0x1D6DA),
        (0x1D6DC, 0x1D6FA), (0x1D6FC, 0x1D714), (0x1D716, 0x1D734), (0x1D736, 0x1D74E),
        (0x1D750, 0x1D76E), (0x1D770, 0x1D788), (0x1D78A, 0x1D7A8), (0x1D7AA, 0x1D7C2),
        (0x1D7C4, 0x1D7CB), (0x1DF00, 0x1DF1E), (0x1E100, 0x1E12C), (0x1E137, 0x1E13D),
        (0x1E14E, 0x1E14E), (0x1E290, 0x1E2AD), (0x1E2C0, 0x1E2EB), (0x1E7E0, 0x1E7E6),
        (0x1E7E8, 0x1E7EB), (0x1E7ED, 0x1E7EE), (0x1E7F0, 0x1E7FE), (0x1E800, 0x1E8C4),
        (0x1E900, 0x1E943), (0x1E94B, 0x1E94B), (0x1EE00, 0x1EE03), (0x1EE05, 0x1EE1F),
        (0x1EE21, 0x1EE22), (0x1EE24, 0x1EE24), (0x1EE27, 0x1EE27), (0x1EE29, 0x1EE32),
        (0x1EE34, 0x1EE37), (0x1EE39, 0x1EE39), (0x1EE3B, 0x1EE3B), (0x1EE42, 0x1EE42),
        (0x1EE47, 0x1EE47), (0x1EE49, 0x1EE49), (0x1EE4B, 0x1EE4B), (0x1EE4D, 0x1EE4F),
        (0x1EE51, 0x1EE52), (0x1EE54, 0x1EE54), (0x1EE57, 0x1EE57), (0x1EE59, 0x1EE59),
        (0x1EE5B, 0x1EE5B), (0x1EE5D, 0x1EE5D), (0x1EE5F, 0x1EE5F), (0x1EE61, 0x1EE62),
        (0x1EE64, 0x1EE64), (0x1EE67, 0x1EE6A), (0x1EE6C, 0x1EE72), (0x1EE74, 0x1EE77),
        (0x1EE79, 0x1EE7C), (0x1EE7E, 0x1EE7E), (0x1EE80, 0x1EE89), (0x1EE8B, 0x1EE9B),
        (0x1EEA1, 0x1EEA3), (0x1EEA5, 0x1EEA9), (0x1EEAB, 0x1EEBB), (0x20000, 0x2A6DF),
        (0x2A700, 0x2B738), (0x2B740, 0x2B81D), (0x2B820, 0x2CEA1), (0x2CEB0, 0x2EBE0),
        (0x2F800, 0x2FA1D), (0x30000, 0x3134A),
    ];

    /// Code points for which `str.isdecimal()` is true (category Nd); each range starts at a digit zero, so a digit's value is `(c - start) % 10`.
    pub(super) const DECIMAL: &[(u32, u32)] = &[
        (0x0030, 0x0039), (0x0660, 0x0669), (0x06F0, 0x06F9), (0x07C0, 0x07C9), (0x0966, 0x096F),
        (0x09E6, 0x09EF), (0x0A66, 0x0A6F), (0x0AE6, 0x0AEF), (0x0B66, 0x0B6F), (0x0BE6, 0x0BEF),
        (0x0C66, 0x0C6F), (0x0CE6, 0x0CEF), (0x0D66, 0x0D6F), (0x0DE6, 0x0DEF), (0x0E50, 0x0E59),
        (0x0ED0, 0x0ED9), (0x0F20, 0x0F29), (0x1040, 0x1049), (0x1090, 0x1099), (0x17E0, 0x17E9),
        (0x1810, 0x1819), (0x1946, 0x194F), (0x19D0, 0x19D9), (0x1A80, 0x1A89), (0x1A90, 0x1A99),
        (0x1B50, 0x1B59), (0x1BB0, 0x1BB9), (0x1C40, 0x1C49), (0x1C50, 0x1C59), (0xA620, 0xA629),
        (0xA8D0, 0xA8D9), (0xA900, 0xA909), (0xA9D0, 0xA9D9), (0xA9F0, 0xA9F9), (0xAA50, 0xAA59),
        (0xABF0, 0xABF9), (0xFF10, 0xFF19), (0x104A0, 0x104A9), (0x10D30, 0x10D39), (0x11066, 0x1106F),
        (0x110F0, 0x110F9), (0x11136, 0x1113F), (0x111D0, 0x111D9), (0x112F0, 0x112F9),
        (0x11450, 0x11459), (0x114D0, 0x114D9), (0x11650, 0x11659), (0x116C0, 0x116C9),
        (0x11730, 0x11739), (0x118E0, 0x118E9), (0x11950, 0x11959), (0x11C50, 0x11C59),
        (0x11D50, 0x11D59), (0x11DA0, 0x11DA9), (0x16A60, 0x16A69), (0x16AC0, 0x16AC9),
        (0x16B50, 0x16B59), (0x1D7CE, 0x1D7FF), (0x1E140, 0x1E149), (0x1E2F0, 0x1E2F9),
        (0x1E950, 0x1E959), (0x1FBF0, 0x1FBF9),
    ];

    /// Code points that are `isdigit()` but not `isdecimal()`.
    pub(super) const DIGIT_EXTRA: &[(u32, u32)] = &[
        (0x00B2, 0x00B3), (0x00B9, 0x00B9), (0x1369, 0x1371), (0x19DA, 0x19DA), (0x2070, 0x2070),
        (0x2074, 0x2079), (0x2080, 0x2089), (0x2460, 0x2468), (0x2474, 0x247C), (0x2488, 0x2490),
        (0x24EA, 0x24EA), (0x24F5, 0x24FD), (0x24FF, 0x24FF), (0x2776, 0x277E), (0x2780, 0x2788),
        (0x278A, 0x2792), (0x10A40, 0x10A43), (0x10E60, 0x10E68), (0x11052, 0x1105A),
        (0x1F100, 0x1F10A),
    ];

    /// Code points that are `isnumeric()` but not `isdigit()`.
    pub(super) const NUMERIC_EXTRA: &[(u32, u32)] = &[
        (0x00BC, 0x00BE), (0x09F4, 0x09F9), (0x0B72, 0x0B77), (0x0BF0, 0x0BF2), (0x0C78, 0x0C7E),
        (0x0D58, 0x0D5E), (0x0D70, 0x0D78), (0x0F2A, 0x0F33), (0x1372, 0x137C), (0x16EE, 0x16F0),
        (0x17F0, 0x17F9), (0x2150, 0x2182), (0x2185, 0x2189), (0x2469, 0x2473), (0x247D, 0x2487),
        (0x2491, 0x249B), (0x24EB, 0x24F4), (0x24FE, 0x24FE), (0x277F, 0x277F), (0x2789, 0x2789),
        (0x2793, 0x2793), (0x2CFD, 0x2CFD), (0x3007, 0x3007), (0x3021, 0x3029), (0x3038, 0x303A),
        (0x3192, 0x3195), (0x3220, 0x3229), (0x3248, 0x324F), (0x3251, 0x325F), (0x3280, 0x3289),
        (0x32B1, 0x32BF), (0x3405, 0x3405), (0x3483, 0x3483), (0x382A, 0x382A), (0x3B4D, 0x3B4D),
        (0x4E00, 0x4E00), (0x4E03, 0x4E03), (0x4E07, 0x4E07), (0x4E09, 0x4E09), (0x4E5D, 0x4E5D),
        (0x4E8C, 0x4E8C), (0x4E94, 0x4E94), (0x4E96, 0x4E96), (0x4EBF, 0x4EC0), (0x4EDF, 0x4EDF),
        (0x4EE8, 0x4EE8), (0x4F0D, 0x4F0D), (0x4F70, 0x4F70), (0x5104, 0x5104), (0x5146, 0x5146),
        (0x5169, 0x5169), (0x516B, 0x516B), (0x516D, 0x516D), (0x5341, 0x5341), (0x5343, 0x5345),
        (0x534C, 0x534C), (0x53C1, 0x53C4), (0x56DB, 0x56DB), (0x58F1, 0x58F1), (0x58F9, 0x58F9),
        (0x5E7A, 0x5E7A), (0x5EFE, 0x5EFF), (0x5F0C, 0x5F0E), (0x5F10, 0x5F10), (0x62FE, 0x62FE),
        (0x634C, 0x634C), (0x67D2, 0x67D2), (0x6F06, 0x6F06), (0x7396, 0x7396), (0x767E, 0x767E),
        (0x8086, 0x8086), (0x842C, 0x842C), (0x8CAE, 0x8CAE), (0x8CB3, 0x8CB3), (0x8D30, 0x8D30),
        (0x9621, 0x9621), (0x9646, 0x9646), (0x964C, 0x964C), (0x9678, 0x9678), (0x96F6, 0x96F6),
        (0xA6E6, 0xA6EF), (0xA830, 0xA835), (0xF96B, 0xF96B), (0xF973, 0xF973), (0xF978, 0xF978),
        (0xF9B2, 0xF9B2), (0xF9D1, 0xF9D1), (0xF9D3, 0xF9D3), (0xF9FD, 0xF9FD), (0x10107, 0x10133),
        (0x10140, 0x10178), (0x1018A, 0x1018B), (0x102E1, 0x102FB), (0x10320, 0x10323),
        (0x10341, 0x10341), (0x1034A, 0x1034A), (0x103D1, 0x103D5), (0x10858, 0x1085F),
        (0x10879, 0x1087F), (0x108A7, 0x108AF), (0x108FB, 0x108FF), (0x10916, 0x1091B),
        (0x109BC, 0x109BD), (0x109C0, 0x109CF), (0x109D2, 0x109FF), (0x10A44, 0x10A48),
        (0x10A7D, 0x10A7E), (0x10A9D, 0x10A9F), (0x10AEB, 0x10AEF), (0x10B58, 0x10B5F),
        (0x10B78, 0x10B7F), (0x10BA9, 0x10BAF), (0x10CFA, 0x10CFF), (0x10E69, 0x10E7E),
        (0x10F1D, 0x10F26), (0x10F51, 0x10F54), (0x10FC5, 0x10FCB), (0x1105B, 0x11065),
        (0x111E1, 0x111F4), (0x1173A, 0x1173B), (0x118EA, 0x118F2), (0x11C5A, 0x11C6C),
        (0x11FC0, 0x11FD4), (0x12400, 0x1246E), (0x16B5B, 0x16B61), (0x16E80, 0x16E96),
        (0x1D2E0, 0x1D2F3), (0x1D360, 0x1D378), (0x1E8C7, 0x1E8CF), (0x1EC71, 0x1ECAB),
        (0x1ECAD, 0x1ECAF), (0x1ECB1, 0x1ECB4), (0x1ED01, 0x1ED2D), (0x1ED2F, 0x1ED3D),
        (0x1F10B, 0x1F10C), (0x20001, 0x20001), (0x20064, 0x20064), (0x200E2, 0x200E2),
        (0x20121, 0x20121), (0x2092A, 0x2092A), (0x20983, 0x20983), (0x2098C, 0x2098C),
        (0x2099C, 0x2099C), (0x20AEA, 0x20AEA), (0x20AFD, 0x20AFD), (0x20B19, 0x20B19),
        (0x22390, 0x22390), (0x22998, 0x22998), (0x23B1B, 0x23B1B), (0x2626D, 0x2626D),
        (0x2F890, 0x2F890),
    ];

    /// Non-ASCII code points for which `str.isprintable()` is false (categories C*, Z* but space), which `repr()` escapes.
    pub(super) const NOT_PRINTABLE: &[(u32, u32)] = &[
        (0x0080, 0x00A0), (0x00AD, 0x00AD), (0x0378, 0x0379), (0x0380, 0x0383), (0x038B, 0x038B),
        (0x038D, 0x038D), (0x03A2, 0x03A2), (0x0530, 0x0530), (0x0557, 0x0558), (0x058B, 0x058C),
        (0x0590, 0x0590), (0x05C8, 0x05CF), (0x05EB, 0x05EE), (0x05F5, 0x0605), (0x061C, 0x061C),
        (0x06DD, 0x06DD), (0x070E, 0x070F), (0x074B, 0x074C), (0x07B2, 0x07BF), (0x07FB, 0x07FC),
        (0x082E, 0x082F), (0x083F, 0x083F), (0x085C, 0x085D), (0x085F, 0x085F), (0x086B, 0x086F),
        (0x088F, 0x0897), (0x08E2, 0x08E2), (0x0984, 0x0984), (0x098D, 0x098E), (0x0991, 0x0992),
        (0x09A9, 0x09A9), (0x09B1, 0x09B1), (0x09B3, 0x09B5), (0x09BA, 0x09BB), (0x09C5, 0x09C6),
        (0x09C9, 0x09CA), (0x09CF, 0x09D6), (0x09D8, 0x09DB), (0x09DE, 0x09DE), (0x09E4, 0x09E5),
        (0x09FF, 0x0A00), (0x0A04, 0x0A04), (0x0A0B, 0x0A0E), (0x0A11, 0x0A12), (0x0A29, 0x0A29),
        (0x0A31, 0x0A31), (0x0A34, 0x0A34), (0x0A37, 0x0A37), (0x0A3A, 0x0A3B), (0x0A3D, 0x0A3D),
        (0x0A43, 0x0A46), (0x0A49, 0x0A4A), (0x0A4E, 0x0A50), (0x0A52, 0x0A58), (0x0A5D, 0x0A5D),
        (0x0A5F, 0x0A65), (0x0A77, 0x0A80), (0x0A84, 0x0A84), (0x0A8E, 0x0A8E), (0x0A92, 0x0A92),
        (0x0AA9, 0x0AA9), (0x0AB1, 0x0AB1), (0x0AB4, 0x0AB4), (0x0ABA, 0x0ABB), (0x0AC6, 0x0AC6),
        (0x0ACA, 0x0ACA), (0x0ACE, 0x0ACF), (0x0AD1, 0x0ADF), (0x0AE4, 0x0AE5), (0x0AF2, 0x0AF8),
        (0x0B00, 0x0B00), (0x0B04, 0x0B04), (0x0B0D, 0x0B0E), (0x0B11, 0x0B12), (0x0B29, 0x0B29),
        (0x0B31, 0x0B31), (0x0B34, 0x0B34), (0x0B3A, 0x0B3B), (0x0B45, 0x0B46), (0x0B49, 0x0B4A),
        (0x0B4E, 0x0B54), (0x0B58, 0x0B5B), (0x0B5E, 0x0B5E), (0x0B64, 0x0B65), (0x0B78, 0x0B81),
        (0x0B84, 0x0B84), (0x0B8B, 0x0B8D), (0x0B91, 0x0B91), (0x0B96, 0x0B98), (0x0B9B, 0x0B9B),
        (0x0B9D, 0x0B9D), (0x0BA0, 0x0BA2), (0x0BA5, 0x0BA7), (0x0BAB, 0x0BAD), (0x0BBA, 0x0BBD),
        (0x0BC3, 0x0BC5), (0x0BC9, 0x0BC9), (0x0BCE, 0x0BCF), (0x0BD1, 0x0BD6), (0x0BD8, 0x0BE5),
        (0x0BFB, 0x0BFF), (0x0C0D, 0x0C0D), (0x0C11, 0x0C11), (0x0C29, 0x0C29), (0x0C3A, 0x0C3B),
        (0x0C45, 0x0C45), (0x0C49, 0x0C49), (0x0C4E, 0x0C54), (0x0C57, 0x0C57), (0x0C5B, 0x0C5C),
        (0x0C5E, 0x0C5F), (0x0C64, 0x0C65), (0x0C70, 0x0C76), (0x0C8D, 0x0C8D), (0x0C91, 0x0C91),
        (0x0CA9, 0x0CA9), (0x0CB4, 0x0CB4), (0x0CBA, 0x0CBB), (0x0CC5, 0x0CC5), (0x0CC9, 0x0CC9),
        (0x0CCE, 0x0CD4), (0x0CD7, 0x0CDC), (0x0CDF, 0x0CDF), (0x0CE4, 0x0CE5), (0x0CF0, 0x0CF0),
        (0x0CF3, 0x0CFF), (0x0D0D, 0x0D0D), (0x0D11, 0x0D11), (0x0D45, 0x0D45), (0x0D49, 0x0D49),
        (0x0D50, 0x0D53), (0x0D64, 0x0D65), (0x0D80, 0x0D80), (0x0D84, 0x0D84), (0x0D97, 0x0D99),
        (0x0DB2, 0x0DB2), (0x0DBC, 0x0DBC), (0x0DBE, 0x0DBF), (0x0DC7, 0x0DC9), (0x0DCB, 0x0DCE),
        (0x0DD5, 0x0DD5), (0x0DD7, 0x0DD7), (0x0DE0, 0x0DE5), (0x0DF0, 0x0DF1), (0x0DF5, 0x0E00),
        (0x0E3B, 0x0E3E), (0x0E5C, 0x0E80), (0x0E83, 0x0E83), (0x0E85, 0x0E85), (0x0E8B, 0x0E8B),
        (0x0EA4, 0x0EA4), (0x0EA6, 0x0EA6), (0x0EBE, 0x0EBF), (0x0EC5, 0x0EC5), (0x0EC7, 0x0EC7),
        (0x0ECE, 0x0ECF), (0x0EDA, 0x0EDB), (0x0EE0, 0x0EFF), (0x0F48, 0x0F48), (0x0F6D, 0x0F70),
        (0x0F98, 0x0F98), (0x0FBD, 0x0FBD), (0x0FCD, 0x0FCD), (0x0FDB, 0x0FFF), (0x10C6, 0x10C6),
        (0x10C8, 0x10CC), (0x10CE, 0x10CF), (0x1249, 0x1249), (0x124E, 0x124F), (0x1257, 0x1257),
        (0x1259, 0x1259), (0x125E, 0x125F), (0x1289, 0x1289), (0x128E, 0x128F), (0x12B1, 0x12B1),
        (0x12B6, 0x12B7), (0x12BF, 0x12BF), (0x12C1, 0x12C1), (0x12C6, 0x12C7), (0x12D7, 0x12D7),
        (0x1311, 0x1311), (0x1316, 0x1317), (0x135B, 0x135C), (0x137D, 0x137F), (0x139A, 0x139F),
        (0x13F6, 0x13F7), (0x13FE, 0x13FF), (0x1680, 0x1680), (0x169D, 0x169F), (0x16F9, 0x16FF),
        (0x1716, 0x171E), (0x1737, 0x173F), (0x1754, 0x175F), (0x176D, 0x176D), (0x1771, 0x1771),
        (0x1774, 0x177F), (0x17DE, 0x17DF), (0x17EA, 0x17EF), (0x17FA, 0x17FF), (0x180E, 0x180E),
        (0x181A, 0x181F), (0x1879, 0x187F), (0x18AB, 0x18AF), (0x18F6, 0x18FF), (0x191F, 0x191F),
        (0x192C, 0x192F), (0x193C, 0x193F), (0x1941, 0x1943), (0x196E, 0x196F), (0x1975, 0x197F),
        (0x19AC, 0x19AF), (0x19CA, 0x19CF), (0x19DB, 0x19DD), (0x1A1C, 0x1A1D), (0x1A5F, 0x1A5F),
        (0x1A7D, 0x1A7E), (0x1A8A, 0x1A8F), (0x1A9A, 0x1A9F), (0x1AAE, 0x1AAF), (0x1ACF, 0x1AFF),
        (0x1B4D, 0x1B4F), (0x1B7F, 0x1B7F), (0x1BF4, 0x1BFB), (0x1C38, 0x1C3A), (0x1C4A, 0x1C4C),
        (0x1C89, 0x1C8F), (0x1CBB, 0x1CBC), (0x1CC8, 0x1CCF), (0x1CFB, 0x1CFF), (0x1F16, 0x1F17),
        (0x1F1E, 0x1F1F), (0x1F46, 0x1F47), (0x1F4E, 0x1F4F), (0x1F58, 0x1F58), (0x1F5A, 0x1F5A),
        (0x1F5C, 0x1F5C), (0x1F5E, 0x1F5E), (0x1F7E, 0x1F7F), (0x1FB5, 0x1FB5), (0x1FC5, 0x1FC5),
        (0x1FD4, 0x1FD5), (0x1FDC, 0x1FDC), (0x1FF0, 0x1FF1), (0x1FF5, 0x1FF5), (0x1FFF, 0x200F),
        (0x2028, 0x202F), (0x205F, 0x206F), (0x2072, 0x2073), (0x208F, 0x208F), (0x209D, 0x209F),
        (0x20C1, 0x20CF), (0x20F1, 0x20FF), (0x218C, 0x218F), (0x2427, 0x243F), (0x244B, 0x245F),
        (0x2B74, 0x2B75), (0x2B96, 0x2B96), (0x2CF4, 0x2CF8), (0x2D26, 0x2D26), (0x2D28, 0x2D2C),
        (0x2D2E, 0x2D2F), (0x2D68, 0x2D6E), (0x2D71, 0x2D7E), (0x2D97, 0x2D9F), (0x2DA7, 0x2DA7),
        (0x2DAF, 0x2DAF), (0x2DB7, 0x2DB7), (0x2DBF, 0x2DBF), (0x2DC7, 0x2DC7), (0x2DCF, 0x2DCF),
        (0x2DD7, 0x2DD7), (0x2DDF, 0x2DDF), (0x2E5E, 0x2E7F), (0x2E9A, 0x2E9A), (0x2EF4, 0x2EFF),
        (0x2FD6, 0x2FEF), (0x2FFC, 0x3000), (0x3040, 0x3040), (0x3097, 0x3098), (0x3100, 0x3104),
        (0x3130, 0x3130), (0x318F, 0x318F), (0x31E4, 0x31EF), (0x321F, 0x321F), (0xA48D, 0xA48F),
        (0xA4C7, 0xA4CF), (0xA62C, 0xA63F), (0xA6F8, 0xA6FF), (0xA7CB, 0xA7CF), (0xA7D2, 0xA7D2),
        (0xA7D4, 0xA7D4), (0xA7DA, 0xA7F1), (0xA82D, 0xA82F), (0xA83A, 0xA83F), (0xA878, 0xA87F),
        (0xA8C6, 0xA8CD), (0xA8DA, 0xA8DF), (0xA954, 0xA95E), (0xA97D, 0xA97F), (0xA9CE, 0xA9CE),
        (0xA9DA, 0xA9DD), (0xA9FF, 0xA9FF), (0xAA37, 0xAA3F), (0xAA4E, 0xAA4F), (0xAA5A, 0xAA5B),
        (0xAAC3, 0xAADA), (0xAAF7, 0xAB00), (0xAB07, 0xAB08), (0xAB0F, 0xAB10), (0xAB17, 0xAB1F),
        (0xAB27, 0xAB27), (0xAB2F, 0xAB2F), (0xAB6C, 0xAB6F), (0xABEE, 0xABEF), (0xABFA, 0xABFF),
        (0xD7A4, 0xD7AF), (0xD7C7, 0xD7CA), (0xD7FC, 0xF8FF), (0xFA6E, 0xFA6F), (0xFADA, 0xFAFF),
        (0xFB07, 0xFB12), (0xFB18, 0xFB1C), (0xFB37, 0xFB37), (0xFB3D, 0xFB3D), (0xFB3F, 0xFB3F),
        (0xFB42, 0xFB42), (0xFB45, 0xFB45), (0xFBC3, 0xFBD2), (0xFD90, 0xFD91), (0xFDC8, 0xFDCE),
        (0xFDD0, 0xFDEF), (0xFE1A, 0xFE1F), (0xFE53, 0xFE53), (0xFE67, 0xFE67), (0xFE6C, 0xFE6F),
        (0xFE75, 0xFE75), (0xFEFD, 0xFF00), (0xFFBF, 0xFFC1), (0xFFC8, 0xFFC9), (0xFFD0, 0xFFD1),
        (0xFFD8, 0xFFD9), (0xFFDD, 0xFFDF), (0xFFE7, 0xFFE7), (0xFFEF, 0xFFFB), (0xFFFE, 0xFFFF),
        (0x1000C, 0x1000C), (0x10027, 0x10027), (0x1003B, 0x1003B), (0x1003E, 0x1003E),
        (0x1004E, 0x1004F), (0x1005E, 0x1007F), (0x100FB, 0x100FF), (0x10103, 0x10106),
        (0x10134, 0x10136), (0x1018F, 0x1018F), (0x1019D, 0x1019F), (0x101A1, 0x101CF),
        (0x101FE, 0x1027F), (0x1029D, 0x1029F), (0x102D1, 0x102DF), (0x102FC, 0x102FF),
        (0x10324, 0x1032C), (0x1034B, 0x1034F), (0x1037B, 0x1037F), (0x1039E, 0x1039E),
        (0x103C4, 0x103C7), (0x103D6, 0x103FF), (0x1049E, 0x1049F), (0x104AA, 0x104AF),
        (0x104D4, 0x104D7), (0x104FC, 0x104FF), (0x10528, 0x1052F), (0x10564, 0x1056E),
        (0x1057B, 0x1057B), (0x1058B, 0x1058B), (0x10593, 0x10593), (0x10596, 0x10596),
        (0x105A2, 0x105A2), (0x105B2, 0x105B2), (0x105BA, 0x105BA), (0x105BD, 0x105FF),
        (0x10737, 0x1073F), (0x10756, 0x1075F), (0x10768, 0x1077F), (0x10786, 0x10786),
        (0x107B1, 0x107B1), (0x107BB, 0x107FF), (0x10806, 0x10807), (0x10809, 0x10809),
        (0x10836, 0x10836), (0x10839, 0x1083B), (0x1083D, 0x1083E), (0x10856, 0x10856),
        (0x1089F, 0x108A6), (0x108B0, 0x108DF), (0x108F3, 0x108F3), (0x108F6, 0x108FA),
        (0x1091C, 0x1091E), (0x1093A, 0x1093E), (0x10940, 0x1097F), (0x109B8, 0x109BB),
        (0x109D0, 0x109D1), (0x10A04, 0x10A04), (0x10A07, 0x10A0B), (0x10A14, 0x10A14),
        (0x10A18, 0x10A18), (0x10A36, 0x10A37), (0x10A3B, 0x10A3E), (0x10A49, 0x10A4F),
        (0x10A59, 0x10A5F), (0x10AA0, 0x10ABF), (0x10AE7, 0x10AEA), (0x10AF7, 0x10AFF),
        (0x10B36, 0x10B38), (0x10B56, 0x10B57), (0x10B73, 0x10B77), (0x10B92, 0x10B98),
        (0x10B9D, 0x10BA8), (0x10BB0, 0x10BFF), (0x10C49, 0x10C7F), (0x10CB3, 0x10CBF),
        (0x10CF3, 0x10CF9), (0x10D28, 0x10D2F), (0x10D3A, 0x10E5F), (0x10E7F, 0x10E7F),
        (0x10EAA, 0x10EAA), (0x10EAE, 0x10EAF), (0x10EB2, 0x10EFF), (0x10F28, 0x10F2F),
        (0x10F5A, 0x10F6F), (0x10F8A, 0x10FAF), (0x10FCC, 0x10FDF), (0x10FF7, 0x10FFF),
        (0x1104E, 0x11051), (0x11076, 0x1107E), (0x110BD, 0x110BD), (0x110C3, 0x110CF),
        (0x110E9, 0x110EF), (0x110FA, 0x110FF), (0x11135, 0x11135), (0x11148, 0x1114F),
        (0x11177, 0x1117F), (0x111E0, 0x111E0), (0x111F5, 0x111FF), (0x11212, 0x11212),
        (0x1123F, 0x1127F), (0x11287, 0x11287), (0x11289, 0x11289), (0x1128E, 0x1128E),
        (0x1129E, 0x1129E), (0x112AA, 0x112AF), (0x112EB, 0x112EF), (0x112FA, 0x112FF),
        (0x11304, 0x11304), (0x1130D, 0x1130E), (0x11311, 0x11312), (0x11329, 0x11329),
        (0x11331, 0x11331), (0x11334, 0x11334), (0x1133A, 0x1133A), (0x11345, 0x11346),
        (0x11349, 0x1134A), (0x1134E, 0x1134F), (0x11351, 0x11356), (0x11358, 0x1135C),
        (0x11364, 0x11365), (0x1136D, 0x1136F), (0x11375, 0x113FF), (0x1145C, 0x1145C),
        (0x11462, 0x1147F), (0x114C8, 0x114CF), (0x114DA, 0x1157F), (0x115B6, 0x115B7),
        (0x115DE, 0x115FF), (0x11645, 0x1164F), (0x1165A, 0x1165F), (0x1166D, 0x1167F),
        (0x116BA, 0x116BF), (0x116CA, 0x116FF), (0x1171B, 0x1171C), (0x1172C, 0x1172F),
        (0x11747, 0x117FF), (0x1183C, 0x1189F), (0x118F3, 0x118FE), (0x11907, 0x11908),
        (0x1190A, 0x1190B), (0x11914, 0x11914), (0x11917, 0x11917), (0x11936, 0x11936),
        (0x11939, 0x1193A), (0x11947, 0x1194F), (0x1195A, 0x1199F), (0x119A8, 0x119A9),
        (0x119D8, 0x119D9), (0x119E5, 0x119FF), (0x11A48, 0x11A4F), (0x11AA3, 0x11AAF),
        (0x11AF9, 0x11BFF), (0x11C09, 0x11C09), (0x11C37, 0x11C37), (0x11C46, 0x11C4F),
        (0x11C6D, 0x11C6F), (0x11C90, 0x11C91), (0x11CA8, 0x11CA8), (0x11CB7, 0x11CFF),
        (0x11D07, 0x11D07), (0x11D0A, 0x11D0A), (0x11D37, 0x11D39), (0x11D3B, 0x11D3B),
        (0x11D3E, 0x11D3E), (0x11D48, 0x11D4F), (0x11D5A, 0x11D5F), (0x11D66, 0x11D66),
        (0x11D69, 0x11D69), (0x11D8F, 0x11D8F), (0x11D92, 0x11D92), (0x11D99, 0x11D9F),
        (0x11DAA, 0x11EDF), (0x11EF9, 0x11FAF), (0x11FB1, 0x11FBF), (0x11FF2, 0x11FFE),
        (0x1239A, 0x123FF), (0x1246F, 0x1246F), (0x12475, 0x1247F), (0x12544, 0x12F8F),
        (0x12FF3, 0x12FFF), (0x1342F, 0x143FF), (0x14647, 0x167FF), (0x16A39, 0x16A3F),
        (0x16A5F, 0x16A5F), (0x16A6A, 0x16A6D), (0x16ABF, 0x16ABF), (0x16ACA, 0x16ACF),
        (0x16AEE, 0x16AEF), (0x16AF6, 0x16AFF), (0x16B46, 0x16B4F), (0x16B5A, 0x16B5A),
        (0x16B62, 0x16B62), (0x16B78, 0x16B7C), (0x16B90, 0x16E3F), (0x16E9B, 0x16EFF),
        (0x16F4B, 0x16F4E), (0x16F88, 0x16F8E), (0x16FA0, 0x16FDF), (0x16FE5, 0x16FEF),
        (0x16FF2, 0x16FFF), (0x187F8, 0x187FF), (0x18CD6, 0x18CFF), (0x18D09, 0x1AFEF),
        (0x1AFF4, 0x1AFF4), (0x1AFFC, 0x1AFFC), (0x1AFFF, 0x1AFFF), (0x1B123, 0x1B14F),
        (0x1B153, 0x1B163), (0x1B168, 0x1B16F), (0x1B2FC, 0x1BBFF), (0x1BC6B, 0x1BC6F),
        (0x1BC7D, 0x1BC7F), (0x1BC89, 0x1BC8F), (0x1BC9A, 0x1BC9B), (0x1BCA0, 0x1CEFF),
        (0x1CF2E, 0x1CF2F), (0x1CF47, 0x1CF4F), (0x1CFC4, 0x1CFFF), (0x1D0F6, 0x1D0FF),
        (0x1D127, 0x1D128), (0x1D173, 0x1D17A), (0x1D1EB, 0x1D1FF), (0x1D246, 0x1D2DF),
        (0x1D2F4, 0x1D2FF), (0x1D357, 0x1D35F), (0x1D379, 0x1D3FF), (0x1D455, 0x1D455),
        (0x1D49D, 0x1D49D), (0x1D4A0, 0x1D4A1), (0x1D4A3, 0x1D4A4), (0x1D4A7, 0x1D4A8),
        (0x1D4AD, 0x1D4AD), (0x1D4BA, 0x1D4BA), (0x1D4BC, 0x1D4BC), (0x1D4C4, 0x1D4C4),
        (0x1D506, 0x1D506), (0x1D50B, 0x1D50C), (0x1D515, 0x1D515), (0x1D51D, 0x1D51D),
        (0x1D53A, 0x1D53A), (0x1D53F, 0x1D53F), (0x1D545, 0x1D545), (0x1D547, 0x1D549),
        (0x1D551, 0x1D551), (0x1D6A6, 0x1D6A7), (0x1D7CC, 0x1D7CD), (0x1DA8C, 0x1DA9A),
        (0x1DAA0, 0x1DAA0), (0x1DAB0, 0x1DEFF), (0x1DF1F, 0x1DFFF), (0x1E007, 0x1E007),
        (0x1E019, 0x1E01A), (0x1E022, 0x1E022), (0x1E025, 0x1E025), (0x1E02B, 0x1E0FF),
        (0x1E12D, 0x1E12F), (0x1E13E, 0x1E13F), (0x1E14A, 0x1E14D), (0x1E150, 0x1E28F),
        (0x1E2AF, 0x1E2BF), (0x1E2FA, 0x1E2FE), (0x1E300, 0x1E7DF), (0x1E7E7, 0x1E7E7),
        (0x1E7EC, 0x1E7EC), (0x1E7EF, 0x1E7EF), (0x1E7FF, 0x1E7FF), (0x1E8C5, 0x1E8C6),
        (0x1E8D7, 0x1E8FF), (0x1E94C, 0x1E94F), (0x1E95A, 0x1E95D), (0x1E960, 0x1EC70),
        (0x1ECB5, 0x1ED00), (0x1ED3E, 0x1EDFF), (0x1EE04, 0x1EE04), (0x1EE20, 0x1EE20),
        (0x1EE23, 0x1EE23), (0x1EE25, 0x1EE26), (0x1EE28, 0x1EE28), (0x1EE33, 0x1EE33),
        (0x1EE38, 0x1EE38), (0x1EE3A, 0x1EE3A), (0x1EE3C, 0x1EE41), (0x1EE43, 0x1EE46),
        (0x1EE48, 0x1EE48), (0x1EE4A, 0x1EE4A), (0x1EE4C, 0x1EE4C), (0x1EE50, 0x1EE50),
        (0x1EE53, 0x1EE53), (0x1EE55, 0x1EE56), (0x1EE58, 0x1EE58), (0x1EE5A, 0x1EE5A),
        (0x1EE5C, 0x1EE5C), (0x1EE5E, 0x1EE5E), (0x1EE60, 0x1EE60), (0x1EE63, 0x1EE63),
        (0x1EE65, 0x1EE66), (0x1EE6B, 0x1EE6B), (0x1EE73, 0x1EE73), (0x1EE78, 0x1EE78),
        (0x1EE7D, 0x1EE7D), (0x1EE7F, 0x1EE7F), (0x1EE8A, 0x1EE8A), (0x1EE9C, 0x1EEA0),
        (0x1EEA4, 0x1EEA4), (0x1EEAA, 0x1EEAA), (0x1EEBC, 0x1EEEF), (0x1EEF2, 0x1EFFF),
        (0x1F02C, 0x1F02F), (0x1F094, 0x1F09F), (0x1F0AF, 0x1F0B0), (0x1F0C0, 0x1F0C0),
        (0x1F0D0, 0x1F0D0), (0x1F0F6, 0x1F0FF), (0x1F1AE, 0x1F1E5), (0x1F203, 0x1F20F),
        (0x1F23C, 0x1F23F), (0x1F249, 0x1F24F), (0x1F252, 0x1F25F), (0x1F266, 0x1F2FF),
        (0x1F6D8, 0x1F6DC), (0x1F6ED, 0x1F6EF), (0x1F6FD, 0x1F6FF), (0x1F774, 0x1F77F),
        (0x1F7D9, 0x1F7DF), (0x1F7EC, 0x1F7EF), (0x1F7F1, 0x1F7FF), (0x1F80C, 0x1F80F),
        (0x1F848, 0x1F84F), (0x1F85A, 0x1F85F), (0x1F888, 0x1F88F), (0x1F8AE, 0x1F8AF),
        (0x1F8B2, 0x1F8FF), (0x1FA54, 0x1FA5F), (0x1FA6E, 0x1FA6F), (0x1FA75, 0x1FA77),
        (0x1FA7D, 0x1FA7F), (0x1FA87, 0x1FA8F), (0x1FAAD, 0x1FAAF), (0x1FABB, 0x1FABF),
        (0x1FAC6, 0x1FACF), (0x1FADA, 0x1FADF), (0x1FAE8, 0x1FAEF), (0x1FAF7, 0x1FAFF),
        (0x1FB93, 0x1FB93), (0x1FBCB, 0x1FBEF), (0x1FBFA, 0x1FFFF), (0x2A6E0, 0x2A6FF),
        (0x2B739, 0x2B73F), (0x2B81E, 0x2B81F), (0x2CEA2, 0x2CEAF), (0x2EBE1, 0x2F7FF),
        (0x2FA1E, 0x2FFFF), (0x3134B, 0xE00FF), (0xE01F0, 0x10FFFF),
    ];

    /// Titlecase letters (category Lt).
    pub(super) const TITLECASE: &[(u32, u32)] = &[
        (0x01C5, 0x01C5), (0x01C8, 0x01C8), (0x01CB, 0x01CB), (0x01F2, 0x01F2), (0x1F88, 0x1F8F),
        (0x1F98, 0x1F9F), (0x1FA8, 0x1FAF), (0x1FBC, 0x1FBC), (0x1FCC, 0x1FCC), (0x1FFC, 0x1FFC),
    ];

    /// Code points whose titlecase mapping differs from their uppercase mapping.
    pub(super) const TITLE_MAP: &[(u32, &str)] = &[
        (0x00DF, "Ss"), (0x01C4, "\u{1C5}"), (0x01C5, "\u{1C5}"), (0x01C6, "\u{1C5}"),
        (0x01C7, "\u{1C8}"), (0x01C8, "\u{1C8}"), (0x01C9, "\u{1C8}"), (0x01CA, "\u{1CB}"),
        (0x01CB, "\u{1CB}"), (0x01CC, "\u{1CB}"), (0x01F1, "\u{1F2}"), (0x01F2, "\u{1F2}"),
        (0x01F3, "\u{1F2}"), (0x0587, "\u{535}\u{582}"), (0x10D0, "\u{10D0}"), (0x10D1, "\u{10D1}"),
        (0x10D2, "\u{10D2}"), (0x10D3, "\u{10D3}"), (0x10D4, "\u{10D4}"), (0x10D5, "\u{10D5}"),
        (0x10D6, "\u{10D6}"), (0x10D7, "\u{10D7}"), (0x10D8, "\u{10D8}"), (0x10D9, "\u{10D9}"),
        (0x10DA, "\u{10DA}"), (0x10DB, "\u{10DB}"), (0x10DC, "\u{10DC}"), (0x10DD, "\u{10DD}"),
        (0x10DE, "\u{10DE}"), (0x10DF, "\u{10DF}"), (0x10E0, "\u{10E0}"), (0x10E1, "\u{10E1}"),
        (0x10E2, "\u{10E2}"), (0x10E3, "\u{10E3}"), (0x10E4, "\u{10E4}"), (0x10E5, "\u{10E5}"),
        (0x10E6, "\u{10E6}"), (0x10E7, "\u{10E7}"), (0x10E8, "\u{10E8}"), (0x10E9, "\u{10E9}"),
        (0x10EA, "\u{10EA}"), (0x10EB, "\u{10EB}"), (0x10EC, "\u{10EC}"), (0x10ED, "\u{10ED}"),
        (0x10EE, "\u{10EE}"), (0x10EF, "\u{10EF}"), (0x10F0, "\u{10F0}"), (0x10F1, "\u{10F1}"),
        (0x10F2, "\u{10F2}"), (0x10F3, "\u{10F3}"), (0x10F4, "\u{10F4}"), (0x10F5, "\u{10F5}"),
        (0x10F6, "\u{10F6}"), (0x10F7, "\u{10F7}"), (0x10F8, "\u{10F8}"), (0x10F9, "\u{10F9}"),
        (0x10FA, "\u{10FA}"), (0x10FD, "\u{10FD}"), (0x10FE, "\u{10FE}"), (0x10FF, "\u{10FF}"),
        (0x1F80, "\u{1F88}"), (0x1F81, "\u{1F89}"), (0x1F82, "\u{1F8A}"), (0x1F83, "\u{1F8B}"),
        (0x1F84, "\u{1F8C}"), (0x1F85, "\u{1F8D}"), (0x1F86, "\u{1F8E}"), (0x1F87, "\u{1F8F}"),
        (0x1F88, "\u{1F88}"), (0x1F89, "\u{1F89}"), (0x1F8A, "\u{1F8A}"), (0x1F8B, "\u{1F8B}"),
        (0x1F8C, "\u{1F8C}"), (0x1F8D, "\u{1F8D}"), (0x1F8E, "\u{1F8E}"), (0x1F8F, "\u{1F8F}"),
        (0x1F90, "\u{1F98}"), (0x1F91, "\u{1F99}"), (0x1F92, "\u{1F9A}"), (0x1F93, "\u{1F9B}"),
        (0x1F94, "\u{1F9C}"), (0x1F95, "\u{1F9D}"), (0x1F96, "\u{1F9E}"), (0x1F97, "\u{1F9F}"),
        (0x1F98, "\u{1F98}"), (0x1F99, "\u{1F99}"), (0x1F9A, "\u{1F9A}"), (0x1F9B, "\u{1F9B}"),
        (0x1F9C, "\u{1F9C}"), (0x1F9D, "\u{1F9D}"), (0x1F9E, "\u{1F9E}"), (0x1F9F, "\u{1F9F}"),
        (0x1FA0, "\u{1FA8}"), (0x1FA1, "\u{1FA9}"), (0x1FA2, "\u{1FAA}"), (0x1FA3, "\u{1FAB}"),
        (0x1FA4, "\u{1FAC}"), (0x1FA5, "\u{1FAD}"), (0x1FA6, "\u{1FAE}"), (0x1FA7, "\u{1FAF}"),
        (0x1FA8, "\u{1FA8}"), (0x1FA9, "\u{1FA9}"), (0x1FAA, "\u{1FAA}"), (0x1FAB, "\u{1FAB}"),
        (0x1FAC, "\u{1FAC}"), (0x1FAD, "\u{1FAD}"), (0x1FAE, "\u{1FAE}"), (0x1FAF, "\u{1FAF}"),
        (0x1FB2, "\u{1FBA}\u{345}"), (0x1FB3, "\u{1FBC}"), (0x1FB4, "\u{386}\u{345}"),
        (0x1FB7, "\u{391}\u{342}\u{345}"), (0x1FBC, "\u{1FBC}"), (0x1FC2, "\u{1FCA}\u{345}"),
        (0x1FC3, "\u{1FCC}"), (0x1FC4, "\u{389}\u{345}"), (0x1FC7, "\u{397}\u{342}\u{345}"),
        (0x1FCC, "\u{1FCC}"), (0x1FF2, "\u{1FFA}\u{345}"), (0x1FF3, "\u{1FFC}"),
        (0x1FF4, "\u{38F}\u{345}"), (0x1FF7, "\u{3A9}\u{342}\u{345}"), (0x1FFC, "\u{1FFC}"),
        (0xFB00, "Ff"), (0xFB01, "Fi"), (0xFB02, "Fl"), (0xFB03, "Ffi"), (0xFB04, "Ffl"),
        (0xFB05, "St"), (0xFB06, "St"), (0xFB13, "\u{544}\u{576}"), (0xFB14, "\u{544}\u{565}"),
        (0xFB15, "\u{544}\u{56B}"), (0xFB16, "\u{54E}\u{576}"), (0xFB17, "\u{544}\u{56D}"),
    ];

    /// Code points whose case folding differs from their lowercase mapping.
    pub(super) const CASEFOLD_MAP: &[(u32, &str)] = &[
        (0x00B5, "\u{3BC}"), (0x00DF, "ss"), (0x0149, "\u{2BC}n"), (0x017F, "s"), (0x01F0, "j\u{30C}"),
        (0x0345, "\u{3B9}"), (0x0390, "\u{3B9}\u{308}\u{301}"), (0x03B0, "\u{3C5}\u{308}\u{301}"),
        (0x03C2, "\u{3C3}"), (0x03D0, "\u{3B2}"), (0x03D1, "\u{3B8}"), (0x03D5, "\u{3C6}"),
        (0x03D6, "\u{3C0}"), (0x03F0, "\u{3BA}"), (0x03F1, "\u{3C1}"), (0x03F5, "\u{3B5}"),
        (0x0587, "\u{565}\u{582}"), (0x13A0, "\u{13A0}"), (0x13A1, "\u{13A1}"), (0x13A2, "\u{13A2}"),
        (0x13A3, "\u{13A3}"), (0x13A4, "\u{13A4}"), (0x13A5, "\u{13A5}"), (0x13A6, "\u{13A6}"),
        (0x13A7, "\u{13A7}"), (0x13A8, "\u{13A8}"), (0x13A9, "\u{13A9}"), (0x13AA, "\u{13AA}"),
        (0x13AB, "\u{13AB}"), (0x13AC, "\u{13AC}"), (0x13AD, "\u{13AD}"), (0x13AE, "\u{13AE}"),
        (0x13AF, "\u{13AF}"), (0x13B0, "\u{13B0}"), (0x13B1, "\u{13B1}"), (0x13B2, "\u{13B2}"),
        (0x13B3, "\u{13B3}"), (0x13B4, "\u{13B4}"), (0x13B5, "\u{13B5}"), (0x13B6, "\u{13B6}"),
        (0x13B7, "\u{13B7}"), (0x13B8, "\u{13B8}"), (0x13B9, "\u{13B9}"), (0x13BA, "\u{13BA}"),
        (0x13BB, "\u{13BB}"), (0x13BC, "\u{13BC}"), (0x13BD, "\u{13BD}"), (0x13BE, "\u{13BE}"),
        (0x13BF, "\u{13BF}"), (0x13C0, "\u{13C0}"), (0x13C1, "\u{13C1}"), (0x13C2, "\u{13C2}"),
        (0x13C3, "\u{13C3}"), (0x13C4, "\u{13C4}"), (0x13C5, "\u{13C5}"), (0x13C6, "\u{13C6}"),
        (0x13C7, "\u{13C7}"), (0x13C8, "\u{13C8}"), (0x13C9, "\u{13C9}"), (0x13CA, "\u{13CA}"),
        (0x13CB, "\u{13CB}"), (0x13CC, "\u{13CC}"), (0x13CD, "\u{13CD}"), (0x13CE, "\u{13CE}"),
        (0x13CF, "\u{13CF}"), (0x13D0, "\u{13D0}"), (0x13D1, "\u{13D1}"), (0x13D2, "\u{13D2}"),
        (0x13D3, "\u{13D3}"), (0x13D4, "\u{13D4}"), (0x13D5, "\u{13D5}"), (0x13D6, "\u{13D6}"),
        (0x13D7, "\u{13D7}"), (0x13D8, "\u{13D8}"), (0x13D9, "\u{13D9}"), (0x13DA, "\u{13DA}"),
        (0x13DB, "\u{13DB}"), (0x13DC, "\u{13DC}"), (0x13DD, "\u{13DD}"), (0x13DE, "\u{13DE}"),
        (0x13DF, "\u{13DF}"), (0x13E0, "\u{13E0}"), (0x13E1, "\u{13E1}"), (0x13E2, "\u{13E2}"),
        (0x13E3, "\u{13E3}"), (0x13E4, "\u{13E4}"), (0x13E5, "\u{13E5}"), (0x13E6, "\u{13E6}"),
        (0x13E7, "\u{13E7}"), (0x13E8, "\u{13E8}"), (0x13E9, "\u{13E9}"), (0x13EA, "\u{13EA}"),
        (0x13EB, "\u{13EB}"), (0x13EC, "\u{13EC}"), (0x13ED, "\u{13ED}"), (0x13EE, "\u{13EE}"),
        (0x13EF, "\u{13EF}"), (0x13F0, "\u{13F0}"), (0x13F1, "\u{13F1}"), (0x13F2, "\u{13F2}"),
        (0x13F3, "\u{13F3}"), (0x13F4, "\u{13F4}"), (0x13F5, "\u{13F5}"), (0x13F8, "\u{13F0}"),
        (0x13F9, "\u{13F1}"), (0x13FA, "\u{13F2}"), (0x13FB, "\u{13F3}"), (0x13FC, "\u{13F4}"),
        (0x13FD, "\u{13F5}"), (0x1C80, "\u{432}"), (0x1C81, "\u{434}"), (0x1C82, "\u{43E}"),
        (0x1C83, "\u{441}"), (0x1C84, "\u{442}"), (0x1C85, "\u{442}"), (0x1C86, "\u{44A}"),
        (0x1C87, "\u{463}"), (0x1C88, "\u{A64B}"), (0x1E96, "h\u{331}"), (0x1E97, "t\u{308}"),
        (0x1E98, "w\u{30A}"), (0x1E99, "y\u{30A}"), (0x1E9A, "a\u{2BE}"), (0x1E9B, "\u{1E61}"),
        (0x1E9E, "ss"), (0x1F50, "\u{3C5}\u{313}"), (0x1F52, "\u{3C5}\u{313}\u{300}"),
        (0x1F54, "\u{3C5}\u{313}\u{301}"), (0x1F56, "\u{3C5}\u{313}\u{342}"),
        (0x1F80, "\u{1F00}\u{3B9}"), (0x1F81, "\u{1F01}\u{3B9}"), (0x1F82, "\u{1F02}\u{3B9}"),
        (0x1F83, "\u{1F03}\u{3B9}"), (0x1F84, "\u{1F04}\u{3B9}"), (0x1F85, "\u{1F05}\u{3B9}"),
        (0x1F86, "\u{1F06}\u{3B9}"), (0x1F87, "\u{1F07}\u{3B9}"), (0x1F88, "\u{1F00}\u{3B9}"),
        (0x1F89, "\u{1F01}\u{3B9}"), (0x1F8A, "\u{1F02}\u{3B9}"), (0x1F8B, "\u{1F03}\u{3B9}"),
        (0x1F8C, "\u{1F04}\u{3B9}"), (0x1F8D, "\u{1F05}\u{3B9}"), (0x1F8E, "\u{1F06}\u{3B9}"),
        (0x1F8F, "\u{1F07}\u{3B9}"), (0x1F90, "\u{1F20}\u{3B9}"), (0x1F91, "\u{1F21}\u{3B9}"),
        (0x1F92, "\u{1F22}\u{3B9}"), (0x1F93, "\u{1F23}\u{3B9}"), (0x1F94, "\u{1F24}\u{3B9}"),
        (0x1F95, "\u{1F25}\u{3B9}"), (0x1F96, "\u{1F26}\u{3B9}"), (0x1F97, "\u{1F27}\u{3B9}"),
        (0x1F98, "\u{1F20}\u{3B9}"), (0x1F99, "\u{1F21}\u{3B9}"), (0x1F9A, "\u{1F22}\u{3B9}"),
        (0x1F9B, "\u{1F23}\u{3B9}"), (0x1F9C, "\u{1F24}\u{3B9}"), (0x1F9D, "\u{1F25}\u{3B9}"),
        (0x1F9E, "\u{1F26}\u{3B9}"), (0x1F9F, "\u{1F27}\u{3B9}"), (0x1FA0, "\u{1F60}\u{3B9}"),
        (0x1FA1, "\u{1F61}\u{3B9}"), (0x1FA2, "\u{1F62}\u{3B9}"), (0x1FA3, "\u{1F63}\u{3B9}"),
        (0x1FA4, "\u{1F64}\u{3B9}"), (0x1FA5, "\u{1F65}\u{3B9}"), (0x1FA6, "\u{1F66}\u{3B9}"),
        (0x1FA7, "\u{1F67}\u{3B9}"), (0x1FA8, "\u{1F60}\u{3B9}"), (0x1FA9, "\u{1F61}\u{3B9}"),
        (0x1FAA, "\u{1F62}\u{3B9}"), (0x1FAB, "\u{1F63}\u{3B9}"), (0x1FAC, "\u{1F64}\u{3B9}"),
        (0x1FAD, "\u{1F65}\u{3B9}"), (0x1FAE, "\u{1F66}\u{3B9}"), (0x1FAF, "\u{1F67}\u{3B9}"),
        (0x1FB2, "\u{1F70}\u{3B9}"), (0x1FB3, "\u{3B1}\u{3B9}"), (0x1FB4, "\u{3AC}\u{3B9}"),
        (0x1FB6, "\u{3B1}\u{342}"), (0x1FB7, "\u{3B1}\u{342}\u{3B9}"), (0x1FBC, "\u{3B1}\u{3B9}"),
        (0x1FBE, "\u{3B9}"), (0x1FC2, "\u{1F74}\u{3B9}"), (0x1FC3, "\u{3B7}\u{3B9}"),
        (0x1FC4, "\u{3AE}\u{3B9}"), (0x1FC6, "\u{3B7}\u{342}"), (0x1FC7, "\u{3B7}\u{342}\u{3B9}"),
        (0x1FCC, "\u{3B7}\u{3B9}"), (0x1FD2, "\u{3B9}\u{308}\u{300}"),
        (0x1FD3, "\u{3B9}\u{308}\u{301}"), (0x1FD6, "\u{3B9}\u{342}"),
        (0x1FD7, "\u{3B9}\u{308}\u{342}"), (0x1FE2, "\u{3C5}\u{308}\u{300}"),
        (0x1FE3, "\u{3C5}\u{308}\u{301}"), (0x1FE4, "\u{3C1}\u{313}"), (0x1FE6, "\u{3C5}\u{342}"),
        (0x1FE7, "\u{3C5}\u{308}\u{342}"), (0x1FF2, "\u{1F7C}\u{3B9}"), (0x1FF3, "\u{3C9}\u{3B9}"),
        (0x1FF4, "\u{3CE}\u{3B9}"), (0x1FF6, "\u{3C9}\u{342}"), (0x1FF7, "\u{3C9}\u{342}\u{3B9}"),
        (0x1FFC, "\u{3C9}\u{3B9}"), (0xAB70, "\u{13A0}"), (0xAB71, "\u{13A1}"), (0xAB72, "\u{13A2}"),
        (0xAB73, "\u{13A3}"), (0xAB74, "\u{13A4}"), (0xAB75, "\u{13A5}"), (0xAB76, "\u{13A6}"),
        (0xAB77, "\u{13A7}"), (0xAB78, "\u{13A8}"), (0xAB79, "\u{13A9}"), (0xAB7A, "\u{13AA}"),
        (0xAB7B, "\u{13AB}"), (0xAB7C, "\u{13AC}"), (0xAB7D, "\u{13AD}"), (0xAB7E, "\u{13AE}"),
        (0xAB7F, "\u{13AF}"), (0xAB80, "\u{13B0}"), (0xAB81, "\u{13B1}"), (0xAB82, "\u{13B2}"),
        (0xAB83, "\u{13B3}"), (0xAB84, "\u{13B4}"), (0xAB85, "\u{13B5}"), (0xAB86, "\u{13B6}"),
        (0xAB87, "\u{13B7}"), (0xAB88, "\u{13B8}"), (0xAB89, "\u{13B9}"), (0xAB8A, "\u{13BA}"),
        (0xAB8B, "\u{13BB}"), (0xAB8C, "\u{13BC}"), (0xAB8D, "\u{13BD}"), (0xAB8E, "\u{13BE}"),
        (0xAB8F, "\u{13BF}"), (0xAB90, "\u{13C0}"), (0xAB91, "\u{13C1}"), (0xAB92, "\u{13C2}"),
        (0xAB93, "\u{13C3}"), (0xAB94, "\u{13C4}"), (0xAB95, "\u{13C5}"), (0xAB96, "\u{13C6}"),
        (0xAB97, "\u{13C7}"), (0xAB98, "\u{13C8}"), (0xAB99, "\u{13C9}"), (0xAB9A, "\u{13CA}"),
        (0xAB9B, "\u{13CB}"), (0xAB9C, "\u{13CC}"), (0xAB9D, "\u{13CD}"), (0xAB9E, "\u{13CE}"),
        (0xAB9F, "\u{13CF}"), (0xABA0, "\u{13D0}"), (0xABA1, "\u{13D1}"), (0xABA2, "\u{13D2}"),
        (0xABA3, "\u{13D3}"), (0xABA4, "\u{13D4}"), (0xABA5, "\u{13D5}"), (0xABA6, "\u{13D6}"),
        (0xABA7, "\u{13D7}"), (0xABA8, "\u{13D8}"), (0xABA9, "\u{13D9}"), (0xABAA, "\u{13DA}"),
        (0xABAB, "\u{13DB}"), (0xABAC, "\u{13DC}"), (0xABAD, "\u{13DD}"), (0xABAE, "\u{13DE}"),
        (0xABAF, "\u{13DF}"), (0xABB0, "\u{13E0}"), (0xABB1, "\u{13E1}"), (0xABB2, "\u{13E2}"),
        (0xABB3, "\u{13E3}"), (0xABB4, "\u{13E4}"), (0xABB5, "\u{13E5}"), (0xABB6, "\u{13E6}"),
        (0xABB7, "\u{13E7}"), (0xABB8, "\u{13E8}"), (0xABB9, "\u{13E9}"), (0xABBA, "\u{13EA}"),
        (0xABBB, "\u{13EB}"), (0xABBC, "\u{13EC}"), (0xABBD, "\u{13ED}"), (0xABBE, "\u{13EE}"),
        (0xABBF, "\u{13EF}"), (0xFB00, "ff"), (0xFB01, "fi"), (0xFB02, "fl"), (0xFB03, "ffi"),
        (0xFB04, "ffl"), (0xFB05, "st"), (0xFB06, "st"), (0xFB13, "\u{574}\u{576}"),
        (0xFB14, "\u{574}\u{565}"), (0xFB15, "\u{574}\u{56B}"), (0xFB16, "\u{57E}\u{576}"),
        (0xFB17, "\u{574}\u{56D}"),
    ];
}
