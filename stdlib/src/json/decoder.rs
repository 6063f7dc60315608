//! The JSON decoder: CPython 3.11's C scanner (`_json.scanner`) over the
//! UTF-8 bytes of the document, with its error messages and positions.
//! Positions are counted in characters, as CPython's, converted from byte
//! offsets only when an error is raised.

use garter_interp::errors::{ExcKind, PyErr};
use garter_interp::objects::dict::Dict;
use garter_interp::objects::number;
use garter_interp::value::Value;
use garter_interp::vm::Vm;
use std::collections::HashMap;

/// Hooks and options of one `loads` call.
pub struct Decoder {
    pub object_hook: Option<Value>,
    pub object_pairs_hook: Option<Value>,
    pub parse_float: Option<Value>,
    pub parse_int: Option<Value>,
    pub parse_constant: Option<Value>,
    pub strict: bool,
    pub max_depth: usize,
    /// Keys seen so far, shared (CPython's `memo`).
    memo: HashMap<String, Value>,
}

/// Why decoding stopped: a message and the byte offset it points at.
/// `Expecting value` is CPython's `StopIteration(idx)` from `scan_once`.
pub struct DecodeError {
    pub msg: &'static str,
    pub at: usize,
}

type Scan<T> = Result<T, Failure>;

/// A decode error or a Python exception raised by a hook.
pub enum Failure {
    Syntax(DecodeError),
    Python(PyErr),
}

impl From<PyErr> for Failure {
    fn from(e: PyErr) -> Failure {
        Failure::Python(e)
    }
}

fn fail<T>(msg: &'static str, at: usize) -> Scan<T> {
    Err(Failure::Syntax(DecodeError { msg, at }))
}

#[inline]
fn skip_ws(s: &[u8], mut i: usize) -> usize {
    while i < s.len() && matches!(s[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

impl Decoder {
    pub fn new() -> Decoder {
        Decoder {
            object_hook: None,
            object_pairs_hook: None,
            parse_float: None,
            parse_int: None,
            parse_constant: None,
            strict: true,
            max_depth: 1000,
            memo: HashMap::new(),
        }
    }

    /// `JSONDecoder.decode(s)`: one value, surrounded by whitespace only.
    pub fn decode(&mut self, vm: &mut Vm, text: &str) -> Scan<Value> {
        let s = text.as_bytes();
        let start = skip_ws(s, 0);
        let (v, end) = self.scan(vm, text, start, 0)?;
        let end = skip_ws(s, end);
        if end != s.len() {
            return fail("Extra data", end);
        }
        Ok(v)
    }

    /// `JSONDecoder.raw_decode(s, idx)`: a value and where it ends.
    pub fn raw_decode(&mut self, vm: &mut Vm, text: &str, idx: usize) -> Scan<(Value, usize)> {
        self.scan(vm, text, idx, 0)
    }

    fn constant(&self, vm: &mut Vm, name: &str, value: f64) -> Scan<Value> {
        match &self.parse_constant {
            Some(f) => Ok(vm.call(f, &[Value::new_str(name)])?),
            None => Ok(Value::Float(value)),
        }
    }

    /// `scan_once(s, idx)`.
    fn scan(&mut self, vm: &mut Vm, text: &str, i: usize, depth: usize) -> Scan<(Value, usize)> {
        let s = text.as_bytes();
        let Some(&c) = s.get(i) else { return fail("Expecting value", i) };
        let rest = &s[i..];
        match c {
            b'"' => {
                let (st, end) = self.string(text, i + 1)?;
                Ok((Value::from_string(st), end))
            }
            b'{' => self.object(vm, text, i + 1, depth + 1),
            b'[' => self.array(vm, text, i + 1, depth + 1),
            b'n' if rest.starts_with(b"null") => Ok((Value::None, i + 4)),
            b't' if rest.starts_with(b"true") => Ok((Value::Bool(true), i + 4)),
            b'f' if rest.starts_with(b"false") => Ok((Value::Bool(false), i + 5)),
            b'N' if rest.starts_with(b"NaN") => Ok((self.constant(vm, "NaN", f64::NAN)?, i + 3)),
            b'I' if rest.starts_with(b"Infinity") => Ok((self.constant(vm, "Infinity", f64::INFINITY)?, i + 8)),
            b'-' if rest.starts_with(b"-Infinity") => Ok((self.constant(vm, "-Infinity", f64::NEG_INFINITY)?, i + 9)),
            _ => self.number(vm, text, i),
        }
    }

    /// `_match_number_unicode`: an int or float starting at `start`.
    fn number(&mut self, vm: &mut Vm, text: &str, start: usize) -> Scan<(Value, usize)> {
        let s = text.as_bytes();
        let mut i = start;
        if s.get(i) == Some(&b'-') {
            i += 1;
        }
        match s.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => {
                while i < s.len() && s[i].is_ascii_digit() {
                    i += 1;
                }
            }
            _ => return fail("Expecting value", start),
        }
        let mut is_float = false;
        if s.get(i) == Some(&b'.') && s.get(i + 1).map_or(false, u8::is_ascii_digit) {
            is_float = true;
            i += 1;
            while i < s.len() && s[i].is_ascii_digit() {
                i += 1;
            }
        }
        if matches!(s.get(i), Some(b'e' | b'E')) {
            let save = i;
            i += 1;
            if matches!(s.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
            let digits = i;
            while i < s.len() && s[i].is_ascii_digit() {
                i += 1;
            }
            if i == digits {
                i = save;
            } else {
                is_float = true;
            }
        }
        let lit = &text[start..i];
        let v = if is_float {
            match &self.parse_float {
                Some(f) => vm.call(f, &[Value::new_str(lit)])?,
                None => Value::Float(number::float_from_str(lit)?),
            }
        } else {
            match &self.parse_int {
                Some(f) => vm.call(f, &[Value::new_str(lit)])?,
                None => match lit.parse::<i64>() {
                    Ok(n) => Value::Int(n),
                    Err(_) => number::int_from_str(lit, 10)?,
                },
            }
        };
        Ok((v, i))
    }

    /// `scanstring`: the string whose opening quote is at `begin - 1`;
    /// returns it and the index after the closing quote.
    fn string(&mut self, text: &str, begin: usize) -> Scan<(String, usize)> {
        let s = text.as_bytes();
        let mut out = String::new();
        let mut i = begin;
        loop {
            // The run of ordinary characters.
            let run = i;
            while i < s.len() && s[i] != b'"' && s[i] != b'\\' && (s[i] >= 0x20 || !self.strict) {
                i += 1;
            }
            out.push_str(&text[run..i]);
            let Some(&c) = s.get(i) else { return fail("Unterminated string starting at", begin - 1) };
            match c {
                b'"' => return Ok((out, i + 1)),
                b'\\' => {
                    let Some(&e) = s.get(i + 1) else { return fail("Unterminated string starting at", begin - 1) };
                    let simple = match e {
                        b'"' => Some('"'),
                        b'\\' => Some('\\'),
                        b'/' => Some('/'),
                        b'b' => Some('\u{8}'),
                        b'f' => Some('\u{c}'),
                        b'n' => Some('\n'),
                        b'r' => Some('\r'),
                        b't' => Some('\t'),
                        b'u' => None,
                        _ => return fail("Invalid \\escape", i),
                    };
                    if let Some(ch) = simple {
                        out.push(ch);
                        i += 2;
                        continue;
                    }
                    let Some(mut code) = hex4(s, i + 2) else { return fail("Invalid \\uXXXX escape", i + 1) };
                    i += 6;
                    if (0xd800..0xdc00).contains(&code) && s.get(i) == Some(&b'\\') && s.get(i + 1) == Some(&b'u') {
                        let Some(low) = hex4(s, i + 2) else { return fail("Invalid \\uXXXX escape", i + 1) };
                        if (0xdc00..0xe000).contains(&low) {
                            code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00));
                            i += 6;
                        }
                    }
                    // A lone surrogate cannot live in a garter str.
                    out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                }
                _ => return fail("Invalid control character at", i),
            }
        }
    }

    fn key(&mut self, text: &str, begin: usize) -> Scan<(Value, usize)> {
        let (k, end) = self.string(text, begin)?;
        if let Some(v) = self.memo.get(&k) {
            return Ok((v.clone(), end));
        }
        let v = Value::new_str(&k);
        self.memo.insert(k, v.clone());
        Ok((v, end))
    }

    fn too_deep(&self, what: &str) -> Failure {
        Failure::Python(PyErr::new(ExcKind::RecursionError, format!("maximum recursion depth exceeded while decoding a JSON {what} from a unicode string")))
    }

    fn object(&mut self, vm: &mut Vm, text: &str, start: usize, depth: usize) -> Scan<(Value, usize)> {
        if depth > self.max_depth {
            return Err(self.too_deep("object"));
        }
        let s = text.as_bytes();
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let mut i = skip_ws(s, start);
        if s.get(i) != Some(&b'}') {
            loop {
                if s.get(i) != Some(&b'"') {
                    return fail("Expecting property name enclosed in double quotes", i);
                }
                let (k, end) = self.key(text, i + 1)?;
                i = skip_ws(s, end);
                if s.get(i) != Some(&b':') {
                    return fail("Expecting ':' delimiter", i);
                }
                i = skip_ws(s, i + 1);
                let (v, end) = self.scan(vm, text, i, depth)?;
                pairs.push((k, v));
                i = skip_ws(s, end);
                match s.get(i) {
                    Some(b'}') => break,
                    Some(b',') => i = skip_ws(s, i + 1),
                    _ => return fail("Expecting ',' delimiter", i),
                }
            }
        }
        let end = i + 1;
        if let Some(hook) = self.object_pairs_hook.clone() {
            let list: Vec<Value> = pairs.into_iter().map(|(k, v)| Value::new_tuple(vec![k, v])).collect();
            return Ok((vm.call(&hook, &[Value::new_list(list)])?, end));
        }
        let mut d = Dict::with_capacity(pairs.len());
        for (k, v) in pairs {
            d.set_str_key(k, v);
        }
        let d = Value::new_dict(d);
        if let Some(hook) = self.object_hook.clone() {
            return Ok((vm.call(&hook, &[d])?, end));
        }
        Ok((d, end))
    }

    fn array(&mut self, vm: &mut Vm, text: &str, start: usize, depth: usize) -> Scan<(Value, usize)> {
        if depth > self.max_depth {
            return Err(self.too_deep("array"));
        }
        let s = text.as_bytes();
        let mut items = Vec::new();
        let mut i = skip_ws(s, start);
        if s.get(i) != Some(&b']') {
            loop {
                let (v, end) = self.scan(vm, text, i, depth)?;
                items.push(v);
                i = skip_ws(s, end);
                match s.get(i) {
                    Some(b']') => break,
                    Some(b',') => i = skip_ws(s, i + 1),
                    _ => return fail("Expecting ',' delimiter", i),
                }
            }
        }
        Ok((Value::new_list(items), i + 1))
    }
}

/// Four hex digits at `s[i..i + 4]`.
fn hex4(s: &[u8], i: usize) -> Option<u32> {
    let digits = s.get(i..i + 4)?;
    let mut n = 0u32;
    for &d in digits {
        n = n * 16 + (d as char).to_digit(16)?;
    }
    Some(n)
}
