//! printf-style formatting: `str % args` and `bytes % args`, as CPython
//! 3.11's `PyUnicode_Format` (`Objects/unicodeobject.c`) and
//! `_PyBytes_FormatEx`.
//!
//! `%[(key)][flags][width][.precision][length]type` with flags `-+ #0`,
//! `*` for width and precision, length modifiers `h l L` ignored, types
//! `d i u o x X e E f F g G c r s a %` (and `b` for bytes).
//!
//! Argument rules, as CPython: a tuple supplies the arguments one by one;
//! any other value is the single argument. A mapping (anything with
//! `__getitem__` but a tuple or str) serves `%(key)` lookups and never
//! triggers "not all arguments converted" — so `'abc' % []` is `'abc'`.
//! The argument is fetched before the type character is checked, so
//! `'%y' % ()` complains about arguments, not about `y`.
//!
//! Bytes formatting runs the same engine over Latin-1 text: every byte is
//! one char below U+0100, and so is everything the conversions produce.

use crate::errors::{PyErr, PyResult};
use crate::objects::format::format_float_short;
use crate::objects::number::{self, IntRef};
use crate::value::{Payload, Value};
use crate::vm::Vm;

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

/// `fmt % args` for str.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    Formatter::new(vm, args, Mode::Str).run(&chars)
}

/// `fmt % args` for bytes (and bytearray): `%s`/`%b` take bytes-like
/// objects, `%r`/`%a` give `ascii()`, `%c` an int below 256 or one byte.
pub fn percent_format_bytes(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = fmt.iter().map(|&b| b as char).collect();
    let text = Formatter::new(vm, args, Mode::Bytes).run(&chars)?;
    // Every char is below U+0100 by construction (see `bytes_text`).
    Ok(text.chars().map(|c| c as u32 as u8).collect())
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Str,
    Bytes,
}

/// One conversion's parsed fields.
struct Spec {
    flags: u8,
    width: Option<usize>,
    precision: Option<usize>,
    ch: char,
}

struct Formatter<'v> {
    vm: &'v mut Vm,
    mode: Mode,
    /// The current argument source: the tuple, the single value, or the
    /// value a `%(key)` looked up.
    args: Value,
    /// CPython's `arglen`/`argidx`: a tuple's length and next index, or
    /// -1/-2 for a single value (fetched once).
    arglen: isize,
    argidx: isize,
    dict: Option<Value>,
}

impl<'v> Formatter<'v> {
    fn new(vm: &'v mut Vm, args: &Value, mode: Mode) -> Formatter<'v> {
        let (arglen, argidx) = match args.as_tuple() {
            Some(t) => (t.len() as isize, 0),
            None => (-1, -2),
        };
        let dict = if is_mapping(vm, args, mode) { Some(args.clone()) } else { None };
        Formatter { vm, mode, args: args.clone(), arglen, argidx, dict }
    }

    fn next_arg(&mut self) -> PyResult<Value> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args.clone());
            }
            if let Some(v) = self.args.as_tuple().and_then(|t| t.get(i as usize)) {
                return Ok(v.clone());
            }
        }
        Err(PyErr::type_error("not enough arguments for format string"))
    }

    fn run(mut self, chars: &[char]) -> PyResult<String> {
        let mut out = String::with_capacity(chars.len() + 16);
        let mut i = 0;
        let n = chars.len();
        while i < n {
            if chars[i] != '%' {
                out.push(chars[i]);
                i += 1;
                continue;
            }
            i += 1;
            if i < n && chars[i] == '%' {
                out.push('%');
                i += 1;
                continue;
            }
            i = self.conversion(chars, i, &mut out)?;
        }
        if self.argidx < self.arglen && self.dict.is_none() {
            return Err(PyErr::type_error("not all arguments converted during string formatting"));
        }
        Ok(out)
    }

    /// Parses and formats one conversion starting after its `%`; returns
    /// the index after it.
    fn conversion(&mut self, chars: &[char], mut i: usize, out: &mut String) -> PyResult<usize> {
        let n = chars.len();
        let incomplete = || PyErr::value_error("incomplete format");
        // %(key)
        if i < n && chars[i] == '(' {
            let Some(dict) = self.dict.clone() else {
                return Err(PyErr::type_error("format requires a mapping"));
            };
            let start = i + 1;
            let mut depth = 1;
            let mut j = start;
            while j < n && depth > 0 {
                match chars[j] {
                    ')' => depth -= 1,
                    '(' => depth += 1,
                    _ => {}
                }
                j += 1;
            }
            if depth > 0 || j >= n {
                return Err(PyErr::value_error("incomplete format key"));
            }
            let key_text: String = chars[start..j - 1].iter().collect();
            let key = match self.mode {
                Mode::Str => Value::from_string(key_text),
                Mode::Bytes => Value::new_bytes(key_text.chars().map(|c| c as u32 as u8).collect()),
            };
            self.args = self.vm.get_item(&dict, &key)?;
            self.arglen = -1;
            self.argidx = -2;
            i = j;
        }
        // The last char read ('\0' before any) and whether we ran out, as
        // CPython's `arg->ch` and `fmtcnt < 0`.
        let mut ch = '\0';
        let mut exhausted = false;
        let mut flags = 0u8;
        loop {
            if i >= n {
                exhausted = true;
                break;
            }
            ch = chars[i];
            i += 1;
            match ch {
                '-' => flags |= F_LJUST,
                '+' => flags |= F_SIGN,
                ' ' => flags |= F_BLANK,
                '#' => flags |= F_ALT,
                '0' => flags |= F_ZERO,
                _ => break,
            }
        }
        let advance = |i: &mut usize, ch: &mut char, exhausted: &mut bool| {
            if *i < n {
                *ch = chars[*i];
                *i += 1;
            } else {
                *exhausted = true;
            }
        };
        let mut width = None;
        if !exhausted && ch == '*' {
            let v = self.next_arg()?;
            let w = star_value(&v)?;
            if w < 0 {
                flags |= F_LJUST;
            }
            width = Some(w.unsigned_abs() as usize);
            advance(&mut i, &mut ch, &mut exhausted);
        } else if !exhausted && ch.is_ascii_digit() {
            let mut w: usize = ch as usize - '0' as usize;
            loop {
                advance(&mut i, &mut ch, &mut exhausted);
                if exhausted || !ch.is_ascii_digit() {
                    break;
                }
                w = w
                    .checked_mul(10)
                    .and_then(|w| w.checked_add(ch as usize - '0' as usize))
                    .filter(|&w| w <= isize::MAX as usize)
                    .ok_or_else(|| PyErr::value_error("width too big"))?;
            }
            width = Some(w);
        }
        let mut precision = None;
        if !exhausted && ch == '.' {
            precision = Some(0);
            advance(&mut i, &mut ch, &mut exhausted);
            if !exhausted && ch == '*' {
                let v = self.next_arg()?;
                let p = star_value(&v)?;
                if p > i32::MAX as i64 || p < i32::MIN as i64 {
                    return Err(PyErr::overflow_error("Python int too large to convert to C int"));
                }
                precision = Some(p.max(0) as usize);
                advance(&mut i, &mut ch, &mut exhausted);
            } else if !exhausted && ch.is_ascii_digit() {
                let mut p: usize = ch as usize - '0' as usize;
                loop {
                    advance(&mut i, &mut ch, &mut exhausted);
                    if exhausted || !ch.is_ascii_digit() {
                        break;
                    }
                    p = p
                        .checked_mul(10)
                        .and_then(|p| p.checked_add(ch as usize - '0' as usize))
                        .filter(|&p| p <= i32::MAX as usize)
                        .ok_or_else(|| PyErr::value_error("precision too big"))?;
                }
                precision = Some(p);
            }
        }
        if !exhausted && matches!(ch, 'h' | 'l' | 'L') {
            advance(&mut i, &mut ch, &mut exhausted);
        }
        if exhausted {
            return Err(incomplete());
        }
        if width.is_some_and(|w| w > crate::objects::format::MAX_FIELD)
            || (precision.is_some_and(|p| p > crate::objects::format::MAX_FIELD)
                && !matches!(ch, 's' | 'r' | 'a' | 'b' | 'c'))
        {
            return Err(PyErr::new(crate::errors::ExcKind::MemoryError, ""));
        }
        let spec = Spec { flags, width, precision, ch };
        let v = self.next_arg()?;
        self.format_one(&spec, &v, i - 1, out)?;
        if self.dict.is_some() && self.argidx < self.arglen {
            return Err(PyErr::type_error("not all arguments converted during string formatting"));
        }
        Ok(i)
    }

    /// Formats `v` under `spec` into `out`; `index` is the type char's
    /// position (for the unsupported-character message).
    fn format_one(&mut self, spec: &Spec, v: &Value, index: usize, out: &mut String) -> PyResult<()> {
        let ch = spec.ch;
        let (text, numeric) = match ch {
            's' | 'r' | 'a' | 'b' => {
                let text = match (self.mode, ch) {
                    (Mode::Str, 's') => match v.as_str() {
                        Some(s) => s.to_string(),
                        None => self.vm.str_of(v)?,
                    },
                    (Mode::Str, 'r') => self.vm.repr(v)?,
                    (Mode::Str, 'a') => self.vm.ascii(v)?,
                    (Mode::Str, _) => return Err(unsupported_char(ch, index)),
                    (Mode::Bytes, 's' | 'b') => bytes_text(self.vm, v)?,
                    (Mode::Bytes, _) => self.vm.ascii(v)?,
                };
                (text, false)
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => (self.format_long(v, spec)?, true),
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = self.real_value(v)?;
                let precision = spec.precision.unwrap_or(6);
                let text = format_float_short(x, ch, precision, false, spec.flags & F_ALT != 0, false, false);
                (text, true)
            }
            'c' => (self.format_char(v)?.to_string(), false),
            _ => return Err(unsupported_char(ch, index)),
        };
        output(spec, &text, numeric, out);
        Ok(())
    }

    /// `%d`-family text: `[-][0x][zeros]digits`, as `_PyUnicode_FormatLong`.
    fn format_long(&mut self, v: &Value, spec: &Spec) -> PyResult<String> {
        let ch = spec.ch;
        let int = self.int_value(v, ch)?;
        let Some(i) = number::as_int(&int) else {
            return Err(PyErr::internal("format_long without an int"));
        };
        let radix = match ch {
            'o' => 8,
            'x' | 'X' => 16,
            _ => 10,
        };
        let (negative, mut digits) = match i {
            IntRef::Small(x) => (x < 0, number::unsigned_radix(x.unsigned_abs(), radix)),
            IntRef::Big(b) => {
                let d = if radix == 10 {
                    number::int_to_decimal(i)?.trim_start_matches('-').to_string()
                } else {
                    b.magnitude().to_str_radix(radix)
                };
                (i.is_negative(), d)
            }
        };
        if let Some(p) = spec.precision {
            if p > digits.len() {
                digits = format!("{}{}", "0".repeat(p - digits.len()), digits);
            }
        }
        let mut text = String::with_capacity(digits.len() + 3);
        if negative {
            text.push('-');
        }
        if spec.flags & F_ALT != 0 && radix != 10 {
            text.push('0');
            text.push(if ch == 'o' { 'o' } else { 'x' });
        }
        text.push_str(&digits);
        if ch == 'X' {
            text.make_ascii_uppercase();
        }
        Ok(text)
    }

    /// The int a `%d`/`%x` conversion formats: ints as they are, floats
    /// truncated for `d i u`, `__index__`/`__int__` of other objects.
    fn int_value(&mut self, v: &Value, ch: char) -> PyResult<Value> {
        let wrong_type = |vm: &Vm| {
            let what = if matches!(ch, 'o' | 'x' | 'X') { "an integer" } else { "a real number" };
            PyErr::type_error(format!("%{ch} format: {what} is required, not {}", vm.type_name(v)))
        };
        if number::is_int(v) {
            return Ok(v.clone());
        }
        if let Value::Float(f) = v {
            if matches!(ch, 'o' | 'x' | 'X') {
                return Err(wrong_type(self.vm));
            }
            return number::float_to_int(*f);
        }
        if let Some(Payload::Complex(..)) = v.payload() {
            return Err(wrong_type(self.vm));
        }
        if matches!(v.payload(), Some(Payload::Instance(_))) {
            let base = self.vm.builtin_base(v);
            if !base.is(v) && number::is_number(&base) {
                return self.int_value(&base, ch);
            }
            let names: &[&str] = if matches!(ch, 'o' | 'x' | 'X') { &["__index__"] } else { &["__int__", "__index__"] };
            for name in names {
                if let Some(r) = self.vm.call_dunder(v, name, &[])? {
                    if number::is_int(&r) {
                        return Ok(r);
                    }
                    return Err(PyErr::type_error(format!("{name} returned non-int (type {})", self.vm.type_name(&r))));
                }
            }
        }
        Err(wrong_type(self.vm))
    }

    /// The float a `%f`-family conversion formats: `TypeError: must be
    /// real number, not str`.
    fn real_value(&mut self, v: &Value) -> PyResult<f64> {
        if let Some(r) = number::to_f64(v) {
            return r;
        }
        if matches!(v.payload(), Some(Payload::Instance(_))) {
            let base = self.vm.builtin_base(v);
            if !base.is(v) {
                if let Some(r) = number::to_f64(&base) {
                    return r;
                }
            }
            for name in ["__float__", "__index__"] {
                if let Some(r) = self.vm.call_dunder(v, name, &[])? {
                    if let Some(f) = number::to_f64(&r) {
                        return f;
                    }
                    return Err(PyErr::type_error(format!(
                        "{name} returned non-float (type {})",
                        self.vm.type_name(&r)
                    )));
                }
            }
        }
        Err(PyErr::type_error(format!("must be real number, not {}", self.vm.type_name(v))))
    }

    /// `%c`: an int code point or a one-char str (one byte or an int
    /// below 256 for bytes).
    fn format_char(&mut self, v: &Value) -> PyResult<char> {
        if self.mode == Mode::Bytes {
            let err = || PyErr::type_error("%c requires an integer in range(256) or a single byte");
            match v.payload() {
                Some(Payload::Bytes(b)) if b.len() == 1 => return Ok(b[0] as char),
                Some(Payload::ByteArray(b)) if b.borrow().len() == 1 => {
                    return Ok(b.borrow()[0] as char);
                }
                _ => {}
            }
            return match number::as_int(v) {
                Some(IntRef::Small(x)) if (0..256).contains(&x) => Ok(x as u8 as char),
                Some(_) => Err(PyErr::overflow_error("%c arg not in range(256)")),
                None => Err(err()),
            };
        }
        let err = || PyErr::type_error("%c requires int or char");
        if let Some(s) = v.as_str() {
            let mut it = s.chars();
            return match (it.next(), it.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(err()),
            };
        }
        let int = if number::is_int(v) {
            v.clone()
        } else if matches!(v.payload(), Some(Payload::Instance(_))) {
            match self.vm.call_dunder(v, "__index__", &[])? {
                Some(r) if number::is_int(&r) => r,
                _ => return Err(err()),
            }
        } else {
            return Err(err());
        };
        match number::as_int(&int) {
            Some(IntRef::Small(x)) if (0..=0x10ffff).contains(&x) => {
                // A lone surrogate cannot live in a Rust string.
                Ok(char::from_u32(x as u32).unwrap_or('\u{fffd}'))
            }
            _ => Err(PyErr::overflow_error("%c arg not in range(0x110000)")),
        }
    }
}

/// `*` width or precision: an int, else `TypeError: * wants int`.
fn star_value(v: &Value) -> PyResult<i64> {
    match number::as_int(v) {
        Some(IntRef::Small(x)) => Ok(x),
        Some(IntRef::Big(_)) => Err(PyErr::overflow_error("Python int too large to convert to C ssize_t")),
        None => Err(PyErr::type_error("* wants int")),
    }
}

/// `ValueError: unsupported format character 'y' (0x79) at index 1`
fn unsupported_char(ch: char, index: usize) -> PyErr {
    let shown = if (' '..='~').contains(&ch) || ch == '\x1f' { ch } else { '?' };
    PyErr::value_error(format!("unsupported format character '{shown}' (0x{:x}) at index {index}", ch as u32))
}

/// The bytes of a bytes-like `%s`/`%b` argument, as Latin-1 text.
fn bytes_text(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let bytes: Vec<u8> = match v.payload() {
        Some(Payload::Bytes(b)) => b.clone(),
        Some(Payload::ByteArray(b)) => b.borrow().clone(),
        _ => match vm.call_dunder(v, "__bytes__", &[]) {
            Ok(Some(r)) => match r.payload() {
                Some(Payload::Bytes(b)) => b.clone(),
                _ => {
                    return Err(PyErr::type_error(format!("__bytes__ returned non-bytes (type {})", vm.type_name(&r))))
                }
            },
            Ok(None) => {
                return Err(PyErr::type_error(format!(
                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                    vm.type_name(v)
                )))
            }
            Err(e) => return Err(e),
        },
    };
    Ok(bytes.iter().map(|&b| b as char).collect())
}

/// Does `%` treat `args` as a mapping (`PyMapping_Check` and not a tuple
/// or str)?
fn is_mapping(vm: &mut Vm, args: &Value, mode: Mode) -> bool {
    match args.payload() {
        Some(Payload::Dict(_)) | Some(Payload::List(_)) | Some(Payload::Range { .. }) => true,
        Some(Payload::Bytes(_)) | Some(Payload::ByteArray(_)) => mode == Mode::Str,
        Some(Payload::Instance(_)) => {
            let ty = vm.type_of(args);
            vm.lookup_in_type(&ty, "__getitem__").is_some()
        }
        _ => false,
    }
}

/// Pads and signs one converted value, as `unicode_format_arg_output`.
fn output(spec: &Spec, text: &str, numeric: bool, out: &mut String) {
    let flags = spec.flags;
    let fill = if numeric && flags & F_ZERO != 0 { '0' } else { ' ' };
    let ascii = text.is_ascii();
    let total = if ascii { text.len() } else { text.chars().count() };
    // The text between char indices `start` and `start + len`.
    let piece = |start: usize, len: usize| -> &str {
        if ascii {
            &text[start..start + len]
        } else {
            let mut it = text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len()));
            let s = it.nth(start).unwrap_or(text.len());
            let e = if len == 0 { s } else { it.nth(len - 1).unwrap_or(text.len()) };
            &text[s..e]
        }
    };
    let mut len = total;
    if matches!(spec.ch, 's' | 'r' | 'a' | 'b') {
        if let Some(p) = spec.precision {
            len = len.min(p);
        }
    }
    let mut width = spec.width.unwrap_or(0);
    if width <= len && flags & (F_SIGN | F_BLANK) == 0 {
        out.push_str(piece(0, len));
        return;
    }
    let mut start = 0;
    let mut sign: Option<char> = None;
    if numeric {
        match text.chars().next() {
            Some(c) if c == '-' || c == '+' => {
                sign = Some(c);
                len -= 1;
                start = 1;
            }
            _ if flags & F_SIGN != 0 => sign = Some('+'),
            _ if flags & F_BLANK != 0 => sign = Some(' '),
            _ => {}
        }
    }
    if width < len {
        width = len;
    }
    if let Some(s) = sign {
        if fill != ' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = flags & F_ALT != 0 && matches!(spec.ch, 'x' | 'X' | 'o') && len >= 2;
    if alt_prefix {
        if fill != ' ' {
            out.push_str(piece(start, 2));
            start += 2;
        }
        width = width.saturating_sub(2);
        len -= 2;
    }
    if width > len && flags & F_LJUST == 0 {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if fill == ' ' {
        if let Some(s) = sign {
            out.push(s);
        }
        if alt_prefix {
            out.push_str(piece(start, 2));
            start += 2;
        }
    }
    out.push_str(piece(start, len));
    if width > len {
        out.extend(std::iter::repeat_n(' ', width - len));
    }
}
