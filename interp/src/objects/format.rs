//! The format-spec mini-language: `format(value, spec)`, f-string
//! `{x:spec}` and `str.format`, for int, float, complex and str, as
//! CPython 3.11's `Python/formatter_unicode.c`.
//!
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`
//!
//! The layout of a formatted number follows CPython's
//! `calc_number_widths`/`fill_number`:
//! `<lpad><sign><prefix><spad><grouped digits><decimal point><remainder><rpad>`
//! where only one of the three paddings is non-empty. With fill `0` and
//! align `=` (what a bare `0` flag means for numbers) the padding zeros
//! are digits too and get grouped: `format(1234, '010,') == '00,001,234'`.
//!
//! Floats are turned into digits by `format_float_short`, a port of the
//! function of that name in `pystrtod.c` (the digits themselves come from
//! Rust's exact, ties-to-even formatting, which agrees with `dtoa`).

use crate::errors::{PyErr, PyResult};
use crate::objects::float_repr::{push_exponent, shortest_digits, split_exponent_form};
use crate::objects::number::{self, IntRef};
use crate::value::Value;
use num_traits::Signed;

/// A parsed format spec. `fill`/`align` are what the spec says; the
/// defaults depend on the type being formatted (see `resolve`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FormatSpec {
    /// The fill character, when given explicitly before an align char.
    pub fill: Option<char>,
    /// `<`, `>`, `=` or `^`, when given.
    pub align: Option<char>,
    /// `+`, `-` or ` `, when given.
    pub sign: Option<char>,
    /// `z`: coerce negative zero (after rounding) to positive.
    pub no_neg_zero: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// A `0` before the width with no explicit fill: fill with zeros
    /// (and, for numbers with no explicit align, align `=`).
    pub zero_pad: bool,
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// The presentation type, when given.
    pub ty: Option<char>,
    /// The spec text, when it had more than one character left where the
    /// type goes: `Invalid format specifier 'dd' for object of type
    /// 'int'` is raised by the formatter, which knows the type's name.
    pub invalid: Option<String>,
}

/// Widths and precisions beyond this raise `MemoryError` (CPython would
/// try to allocate the text and fail; Rust would abort instead).
pub const MAX_FIELD: usize = 1 << 28;

fn check_width(fs: &FormatSpec) -> PyResult<()> {
    match fs.width {
        Some(w) if w > MAX_FIELD => Err(PyErr::new(crate::errors::ExcKind::MemoryError, "")),
        _ => Ok(()),
    }
}

/// `ValueError: precision too big` past C's INT_MAX, `MemoryError` past
/// `MAX_FIELD`.
pub fn check_float_precision(precision: Option<usize>) -> PyResult<()> {
    match precision {
        Some(p) if p > i32::MAX as usize => Err(PyErr::value_error("precision too big")),
        Some(p) if p > MAX_FIELD => Err(PyErr::new(crate::errors::ExcKind::MemoryError, "")),
        _ => Ok(()),
    }
}

/// Fill and align with the type's defaults applied.
#[derive(Clone, Copy)]
struct Layout {
    fill: char,
    align: char,
    width: usize,
}

impl FormatSpec {
    /// Fill and alignment, with `default_align` (`>` for numbers, `<` for
    /// strings) and the `0` flag's meaning applied.
    fn layout(&self, default_align: char) -> Layout {
        let fill = match self.fill {
            Some(c) => c,
            None if self.zero_pad => '0',
            None => ' ',
        };
        let align = match self.align {
            Some(a) => a,
            None if self.zero_pad && default_align == '>' => '=',
            None => default_align,
        };
        Layout { fill, align, width: self.width.unwrap_or(0) }
    }
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

fn decimal_value(c: char) -> Option<usize> {
    if c.is_ascii() {
        return c.is_ascii_digit().then(|| c as usize - '0' as usize);
    }
    // Other Unicode decimal digits, as CPython's get_integer accepts.
    number::unicode_decimal(c).map(|d| d as usize)
}

/// Reads a decimal integer at `chars[*pos..]`; `Ok(None)` when there are
/// no digits. `ValueError: Too many decimal digits in format string`.
fn get_integer(chars: &[char], pos: &mut usize) -> PyResult<Option<usize>> {
    let mut value: Option<usize> = None;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        let v = value.unwrap_or(0);
        let next = v.checked_mul(10).and_then(|v| v.checked_add(d)).filter(|&v| v <= isize::MAX as usize);
        match next {
            Some(n) => value = Some(n),
            None => return Err(PyErr::value_error("Too many decimal digits in format string")),
        }
        *pos += 1;
    }
    Ok(value)
}

/// `ValueError: Cannot specify ',' with 'x'.`
fn invalid_thousands(separator: char, ty: char) -> PyErr {
    if (ty as u32) > 32 && (ty as u32) < 128 {
        PyErr::value_error(format!("Cannot specify '{separator}' with '{ty}'."))
    } else {
        PyErr::value_error(format!("Cannot specify '{separator}' with '\\x{:x}'.", ty as u32))
    }
}

/// `ValueError: Unknown format code 'x' for object of type 'float'`
pub fn unknown_code(ty: char, type_name: &str) -> PyErr {
    if (ty as u32) > 32 && (ty as u32) < 128 {
        PyErr::value_error(format!("Unknown format code '{ty}' for object of type '{type_name}'"))
    } else {
        PyErr::value_error(format!("Unknown format code '\\x{:x}' for object of type '{type_name}'", ty as u32))
    }
}

/// Parses a format spec. A spec with junk where the type goes parses
/// with `invalid` set; the `format_*` functions then raise `Invalid format
/// specifier '...' for object of type '...'` (see `check_valid`).
pub fn parse_spec(spec: &str) -> PyResult<FormatSpec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut fs = FormatSpec::default();
    let mut pos = 0;
    let n = chars.len();
    if n >= 2 && is_align(chars[1]) {
        fs.fill = Some(chars[0]);
        fs.align = Some(chars[1]);
        pos = 2;
    } else if n >= 1 && is_align(chars[0]) {
        fs.align = Some(chars[0]);
        pos = 1;
    }
    if pos < n && matches!(chars[pos], '+' | '-' | ' ') {
        fs.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < n && chars[pos] == 'z' {
        fs.no_neg_zero = true;
        pos += 1;
    }
    if pos < n && chars[pos] == '#' {
        fs.alternate = true;
        pos += 1;
    }
    if fs.fill.is_none() && pos < n && chars[pos] == '0' {
        fs.zero_pad = true;
        pos += 1;
    }
    fs.width = get_integer(&chars, &mut pos)?;
    if pos < n && chars[pos] == ',' {
        fs.grouping = Some(',');
        pos += 1;
    }
    if pos < n && chars[pos] == '_' {
        if fs.grouping.is_some() {
            return Err(PyErr::value_error("Cannot specify both ',' and '_'."));
        }
        fs.grouping = Some('_');
        pos += 1;
    }
    if pos < n && chars[pos] == ',' && fs.grouping == Some('_') {
        return Err(PyErr::value_error("Cannot specify both ',' and '_'."));
    }
    if pos < n && chars[pos] == '.' {
        pos += 1;
        match get_integer(&chars, &mut pos)? {
            Some(p) => fs.precision = Some(p),
            None => return Err(PyErr::value_error("Format specifier missing precision")),
        }
    }
    if n - pos > 1 {
        fs.invalid = Some(spec.to_string());
        return Ok(fs);
    }
    if pos < n {
        fs.ty = Some(chars[pos]);
    }
    if let (Some(sep), Some(ty)) = (fs.grouping, fs.ty) {
        check_grouping(sep, ty)?;
    }
    Ok(fs)
}

/// Parses a spec for a value of type `type_name`, raising `Invalid format
/// specifier` at once.
pub fn parse_spec_for(spec: &str, type_name: &str) -> PyResult<FormatSpec> {
    let fs = parse_spec(spec)?;
    check_valid(&fs, type_name)?;
    Ok(fs)
}

/// `ValueError: Invalid format specifier 'dd' for object of type 'int'`
/// for a spec that parsed with junk at the end.
pub fn check_valid(fs: &FormatSpec, type_name: &str) -> PyResult<()> {
    match &fs.invalid {
        Some(spec) => {
            Err(PyErr::value_error(format!("Invalid format specifier '{spec}' for object of type '{type_name}'")))
        }
        None => Ok(()),
    }
}

/// PEP 378/515: which presentation types take a thousands separator.
fn check_grouping(sep: char, ty: char) -> PyResult<()> {
    match ty {
        'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' => Ok(()),
        'b' | 'o' | 'x' | 'X' if sep == '_' => Ok(()),
        _ => Err(invalid_thousands(sep, ty)),
    }
}

// ---------------------------------------------------------------------------
// Number layout
// ---------------------------------------------------------------------------

/// Digits grouped from the right by `group` (0: no grouping) with `sep`,
/// padded with leading zeros (grouped too) to at least `min_width`
/// characters, as CPython's `_PyUnicode_InsertThousandsGrouping`.
/// `digits` is ASCII.
fn insert_grouping(digits: &str, min_width: isize, group: usize, sep: char) -> String {
    let mut remaining = digits.len() as isize;
    let mut min_width = min_width.max(0);
    if group == 0 {
        let zeros = (min_width - remaining).max(0) as usize;
        let mut out = String::with_capacity(zeros + digits.len());
        out.extend(std::iter::repeat_n('0', zeros));
        out.push_str(digits);
        return out;
    }
    // Pieces from the right, as (leading zeros, digit count).
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    let mut take = |len: isize, remaining: &mut isize| {
        let n_zeros = (len - *remaining).max(0) as usize;
        let n_chars = (*remaining).min(len).max(0);
        *remaining -= n_chars;
        pieces.push((n_zeros, n_chars as usize));
    };
    loop {
        let len = (group as isize).min(remaining.max(min_width).max(1));
        take(len, &mut remaining);
        min_width -= len;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1; // the separator
    }
    let mut out = String::with_capacity(digits.len() + pieces.len() * 2);
    let mut pos = 0;
    for (i, &(zeros, count)) in pieces.iter().rev().enumerate() {
        if i > 0 {
            out.push(sep);
        }
        out.extend(std::iter::repeat_n('0', zeros));
        out.push_str(&digits[pos..pos + count]);
        pos += count;
    }
    out
}

/// The parts of a formatted number, before padding and grouping.
struct NumberParts<'a> {
    negative: bool,
    /// `0x` and the like (only with `#`).
    prefix: &'a str,
    /// Integer digits to group (may be empty: `inf`, `%c`).
    digits: &'a str,
    has_decimal: bool,
    /// Everything after the decimal point (or after the digits): fraction,
    /// exponent, `%`, `inf`.
    remainder: &'a str,
}

/// `calc_number_widths` + `fill_number`.
fn render_number(p: &NumberParts<'_>, fs: &FormatSpec, lay: Layout, group: usize, sep: char) -> String {
    let sign = match fs.sign {
        Some('+') => Some(if p.negative { '-' } else { '+' }),
        Some(' ') => Some(if p.negative { '-' } else { ' ' }),
        _ => p.negative.then_some('-'),
    };
    let n_non_digit =
        sign.is_some() as usize + p.prefix.chars().count() + p.has_decimal as usize + p.remainder.chars().count();
    let min_width = if lay.fill == '0' && lay.align == '=' { lay.width as isize - n_non_digit as isize } else { 0 };
    let grouped = if p.digits.is_empty() { String::new() } else { insert_grouping(p.digits, min_width, group, sep) };
    let used = n_non_digit + grouped.chars().count();
    let padding = lay.width.saturating_sub(used);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    match lay.align {
        '<' => rpad = padding,
        '^' => {
            lpad = padding / 2;
            rpad = padding - lpad;
        }
        '=' => spad = padding,
        _ => lpad = padding,
    }
    let mut out = String::with_capacity(used + padding);
    push_fill(&mut out, lay.fill, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(p.prefix);
    push_fill(&mut out, lay.fill, spad);
    out.push_str(&grouped);
    if p.has_decimal {
        out.push('.');
    }
    out.push_str(p.remainder);
    push_fill(&mut out, lay.fill, rpad);
    out
}

fn push_fill(out: &mut String, fill: char, n: usize) {
    for _ in 0..n {
        out.push(fill);
    }
}

/// Pads `text` (already formatted) to the width: `calc_padding` +
/// `fill_padding`.
fn pad(text: &str, lay: Layout) -> String {
    let len = text.chars().count();
    if lay.width <= len {
        return text.to_string();
    }
    let padding = lay.width - len;
    let (lpad, rpad) = match lay.align {
        '>' | '=' => (padding, 0),
        '^' => (padding / 2, padding - padding / 2),
        _ => (0, padding),
    };
    let mut out = String::with_capacity(text.len() + padding);
    push_fill(&mut out, lay.fill, lpad);
    out.push_str(text);
    push_fill(&mut out, lay.fill, rpad);
    out
}

/// Grouping size and separator for a spec and presentation type.
fn grouping_for(fs: &FormatSpec, ty: char) -> (usize, char) {
    match (fs.grouping, ty) {
        (_, 'n') => (0, ','),
        (Some('_'), 'b' | 'o' | 'x' | 'X') => (4, '_'),
        (Some(sep), _) => (3, sep),
        (None, _) => (0, ','),
    }
}

// ---------------------------------------------------------------------------
// Floats: digits
// ---------------------------------------------------------------------------

/// `PyOS_double_to_string(x, code, precision, flags)`: `code` is one of
/// `e E f F g G r` (`r`: shortest repr digits, precision ignored).
/// `add_dot_0` keeps a `.0` on integral output (`''` type), `alternate`
/// is `#`, `no_neg_zero` is `z`, `always_sign` prefixes `+`.
pub fn format_float_short(
    x: f64,
    code: char,
    precision: usize,
    add_dot_0: bool,
    alternate: bool,
    no_neg_zero: bool,
    always_sign: bool,
) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let mut out = String::new();
    if !x.is_finite() {
        if x.is_infinite() && x < 0.0 {
            out.push('-');
        } else if always_sign {
            out.push('+');
        }
        let word = if x.is_nan() { "nan" } else { "inf" };
        out.push_str(&if upper { word.to_ascii_uppercase() } else { word.to_string() });
        return out;
    }
    let mut negative = x.is_sign_negative();
    // Digits (no trailing zeros, "0" for zero) and the decimal point
    // position, as dtoa's modes 0, 2 and 3 give them.
    let precision = match code {
        'e' => precision + 1,
        'g' if precision == 0 => 1,
        _ => precision,
    };
    let (mut digits, mut decpt) = if x == 0.0 {
        ("0".to_string(), 1)
    } else {
        match code {
            'r' => shortest_digits(x),
            'f' => fixed_digits(x.abs(), precision),
            _ => split_exponent_form(&format!("{:.*e}", precision.saturating_sub(1), x.abs())),
        }
    };
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    if digits.bytes().all(|b| b == b'0') {
        digits = "0".into();
        if code == 'f' || x == 0.0 {
            decpt = 1;
        }
    }
    if no_neg_zero && negative && digits == "0" {
        negative = false;
    }
    let digits_len = digits.len() as i64;
    let mut decpt = decpt as i64;
    let precision = precision as i64;
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            if decpt <= -4 || decpt > if add_dot_0 { precision - 1 } else { precision } {
                use_exp = true;
            }
            if alternate {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && add_dot_0 { vdigits_end.max(decpt + 1) } else { vdigits_end.max(decpt) };

    if negative {
        out.push('-');
    } else if always_sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !alternate {
        out.pop();
    }
    if use_exp {
        let mut e = String::new();
        push_exponent(&mut e, exp as i32);
        if upper {
            e = e.to_ascii_uppercase();
        }
        out.push_str(&e);
    }
    out
}

/// Digits of `x` (positive, finite) rounded to `precision` places after
/// the point: (digits without leading zeros, decimal point position).
fn fixed_digits(x: f64, precision: usize) -> (String, i32) {
    let s = format!("{:.*}", precision, x);
    let (int_part, frac) = s.split_once('.').unwrap_or((&s, ""));
    let mut digits: String = String::with_capacity(s.len());
    digits.push_str(int_part);
    digits.push_str(frac);
    let mut decpt = int_part.len() as i32;
    let leading = digits.bytes().take_while(|&b| b == b'0').count();
    if leading == digits.len() {
        return ("0".into(), 1);
    }
    digits.drain(..leading);
    decpt -= leading as i32;
    (digits, decpt)
}

// ---------------------------------------------------------------------------
// The public formatters
// ---------------------------------------------------------------------------

/// `format(v, spec)` for an int or bool. (`format(True, '')` is
/// `'True'`, `str(True)`: an empty spec formats a bool by name.)
pub fn format_int(v: &Value, spec: &FormatSpec) -> PyResult<String> {
    let Some(i) = number::as_int(v) else {
        return Err(PyErr::internal("format_int of a non-int"));
    };
    let type_name = number::num_type_name(v);
    check_valid(spec, type_name)?;
    if let Value::Bool(b) = v {
        if *spec == FormatSpec::default() {
            return Ok(if *b { "True" } else { "False" }.into());
        }
    }
    if spec.ty.is_none()
        && spec.width.is_none()
        && spec.sign.is_none()
        && spec.grouping.is_none()
        && spec.precision.is_none()
        && !spec.no_neg_zero
    {
        return number::int_to_decimal(i);
    }
    format_int_spec(i, spec, type_name)
}

/// `format(v, spec)` for an int, with the spec as text.
pub fn format_int_str(v: &Value, spec: &str) -> PyResult<String> {
    format_int(v, &parse_spec(spec)?)
}

/// `format` of an int with a parsed spec.
pub fn format_int_spec(i: IntRef<'_>, fs: &FormatSpec, type_name: &str) -> PyResult<String> {
    let ty = fs.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = number::int_to_f64(i)?;
            return format_float_spec(f, fs);
        }
        _ => return Err(unknown_code(ty, type_name)),
    }
    if fs.precision.is_some() {
        return Err(PyErr::value_error("Precision not allowed in integer format specifier"));
    }
    check_width(fs)?;
    if fs.no_neg_zero {
        return Err(PyErr::value_error("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    let lay = fs.layout('>');
    if ty == 'c' {
        if fs.sign.is_some() {
            return Err(PyErr::value_error("Sign not allowed with integer format specifier 'c'"));
        }
        if fs.alternate {
            return Err(PyErr::value_error("Alternate form (#) not allowed with integer format specifier 'c'"));
        }
        let code = match i {
            IntRef::Small(x) if (0..=0x10ffff).contains(&x) => x as u32,
            _ => return Err(PyErr::overflow_error("%c arg not in range(0x110000)")),
        };
        // Lone surrogates cannot live in a Rust string; U+FFFD stands in.
        let c = char::from_u32(code).unwrap_or('\u{fffd}');
        let text = c.to_string();
        let parts = NumberParts { negative: false, prefix: "", digits: "", has_decimal: false, remainder: &text };
        return Ok(render_number(&parts, fs, lay, 0, ','));
    }
    let radix = match ty {
        'b' => 2,
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    };
    let (negative, mut digits) = match i {
        IntRef::Small(x) => (x < 0, unsigned_digits(x.unsigned_abs(), radix)),
        IntRef::Big(b) => {
            let d = if radix == 10 {
                let s = number::int_to_decimal(i)?;
                s.trim_start_matches('-').to_string()
            } else {
                b.magnitude().to_str_radix(radix)
            };
            (b.is_negative(), d)
        }
    };
    let mut prefix = String::new();
    if fs.alternate {
        prefix.push_str(match ty {
            'b' => "0b",
            'o' => "0o",
            'x' => "0x",
            'X' => "0X",
            _ => "",
        });
    }
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let (group, sep) = grouping_for(fs, ty);
    let parts = NumberParts { negative, prefix: &prefix, digits: &digits, has_decimal: false, remainder: "" };
    Ok(render_number(&parts, fs, lay, group, sep))
}

fn unsigned_digits(x: u64, radix: u32) -> String {
    match radix {
        2 => format!("{x:b}"),
        8 => format!("{x:o}"),
        16 => format!("{x:x}"),
        _ => x.to_string(),
    }
}

/// `format(f, spec)` for a float.
pub fn format_float(f: f64, spec: &FormatSpec) -> PyResult<String> {
    check_valid(spec, "float")?;
    format_float_spec(f, spec)
}

/// `format(f, spec)` for a float, with the spec as text.
pub fn format_float_str(f: f64, spec: &str) -> PyResult<String> {
    format_float(f, &parse_spec(spec)?)
}

/// `format` of a float with a parsed spec.
pub fn format_float_spec(f: f64, fs: &FormatSpec) -> PyResult<String> {
    let ty = fs.ty.unwrap_or('\0');
    if !matches!(ty, '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
        return Err(unknown_code(ty, "float"));
    }
    check_width(fs)?;
    check_float_precision(fs.precision)?;
    let text = float_digits_for(f, fs, ty, true);
    let lay = fs.layout('>');
    let (group, sep) = grouping_for(fs, ty);
    Ok(render_float_text(&text, fs, lay, group, sep))
}

/// The `PyOS_double_to_string` text for a float under a spec (with `%`
/// appended for the `%` type).
fn float_digits_for(f: f64, fs: &FormatSpec, ty: char, add_dot_0_for_none: bool) -> String {
    let mut code = ty;
    let mut add_dot_0 = false;
    let mut default_precision = 6;
    let mut value = f;
    let mut add_pct = false;
    if code == '\0' {
        add_dot_0 = add_dot_0_for_none;
        code = 'r';
        default_precision = 0;
    }
    if code == 'n' {
        code = 'g';
    }
    if code == '%' {
        code = 'f';
        value *= 100.0;
        add_pct = true;
    }
    let precision = match fs.precision {
        None => default_precision,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    let mut text = format_float_short(value, code, precision, add_dot_0, fs.alternate, fs.no_neg_zero, false);
    if add_pct {
        text.push('%');
    }
    text
}

/// Splits float text into sign, integer digits, decimal point and
/// remainder, then lays it out (`parse_number` + `fill_number`).
fn render_float_text(text: &str, fs: &FormatSpec, lay: Layout, group: usize, sep: char) -> String {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let int_len = body.bytes().take_while(|b| b.is_ascii_digit()).count();
    let digits = &body[..int_len];
    let after = &body[int_len..];
    let (has_decimal, remainder) = match after.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, after),
    };
    let parts = NumberParts { negative, prefix: "", digits, has_decimal, remainder };
    render_number(&parts, fs, lay, group, sep)
}

/// `format(s, spec)` for a str.
pub fn format_str(s: &str, spec: &FormatSpec) -> PyResult<String> {
    check_valid(spec, "str")?;
    if *spec == FormatSpec::default() {
        return Ok(s.to_string());
    }
    format_str_spec(s, spec)
}

/// `format(s, spec)` for a str, with the spec as text.
pub fn format_str_str(s: &str, spec: &str) -> PyResult<String> {
    format_str(s, &parse_spec(spec)?)
}

/// `format` of a str with a parsed spec.
pub fn format_str_spec(s: &str, fs: &FormatSpec) -> PyResult<String> {
    let ty = fs.ty.unwrap_or('s');
    if let (Some(sep), None) = (fs.grouping, fs.ty) {
        return Err(invalid_thousands(sep, 's'));
    }
    if ty != 's' {
        return Err(unknown_code(ty, "str"));
    }
    match fs.sign {
        Some(' ') => return Err(PyErr::value_error("Space not allowed in string format specifier")),
        Some(_) => return Err(PyErr::value_error("Sign not allowed in string format specifier")),
        None => {}
    }
    if fs.no_neg_zero {
        return Err(PyErr::value_error("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if fs.alternate {
        return Err(PyErr::value_error("Alternate form (#) not allowed in string format specifier"));
    }
    check_width(fs)?;
    let lay = fs.layout('<');
    if lay.align == '=' {
        return Err(PyErr::value_error("'=' alignment not allowed in string format specifier"));
    }
    let text = match fs.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((byte, _)) => &s[..byte],
            None => s,
        },
        None => s,
    };
    Ok(pad(text, lay))
}

/// `format(complex(re, im), spec)`.
pub fn format_complex(re: f64, im: f64, fs: &FormatSpec) -> PyResult<String> {
    check_valid(fs, "complex")?;
    if *fs == FormatSpec::default() {
        return Ok(crate::objects::float_repr::complex_repr(re, im));
    }
    let ty = fs.ty.unwrap_or('\0');
    if !matches!(ty, '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
        return Err(unknown_code(ty, "complex"));
    }
    let lay = fs.layout('>');
    if lay.fill == '0' {
        return Err(PyErr::value_error("Zero padding is not allowed in complex format specifier"));
    }
    if lay.align == '=' {
        return Err(PyErr::value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    check_width(fs)?;
    check_float_precision(fs.precision)?;
    let mut skip_re = false;
    let mut add_parens = false;
    if ty == '\0' {
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            add_parens = true;
        }
    }
    let re_text = float_digits_for(re, fs, ty, false);
    let im_text = float_digits_for(im, fs, ty, false);
    let (group, sep) = grouping_for(fs, ty);
    let bare = Layout { fill: ' ', align: '<', width: 0 };
    let mut body = String::new();
    if add_parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&render_float_text(&re_text, fs, bare, group, sep));
    }
    let mut im_spec = fs.clone();
    if !skip_re {
        im_spec.sign = Some('+');
    }
    body.push_str(&render_float_text(&im_text, &im_spec, bare, group, sep));
    body.push('j');
    if add_parens {
        body.push(')');
    }
    Ok(pad(&body, lay))
}

/// `format(v, spec)` for any number; `None` for non-numbers.
pub fn format_number(v: &Value, spec: &str) -> Option<PyResult<String>> {
    let num = number::as_num(v)?;
    let fs = match parse_spec(spec) {
        Ok(fs) => fs,
        Err(e) => return Some(Err(e)),
    };
    Some(match num {
        number::Num::Int(_) | number::Num::Big(_) => format_int(v, &fs),
        number::Num::Float(f) => format_float(f, &fs),
        number::Num::Complex(re, im) => format_complex(re, im, &fs),
    })
}
