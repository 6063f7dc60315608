//! Number and string literals: scanning (where does the literal end, or
//! why is it malformed) and decoding (escapes, underscores, radixes).
//!
//! The number scanner follows CPython 3.11's tokenizer step by step so its
//! errors land where CPython's do: `invalid decimal literal`, `invalid digit
//! '8' in octal literal`, `leading zeros in decimal integer literals are not
//! permitted; …`. Integers that do not fit in i64 become `Constant::BigInt`
//! holding decimal digits. String escapes follow CPython's `unicodeescape`
//! codec, including its error wording (`(unicode error) 'unicodeescape'
//! codec can't decode bytes in position 0-2: truncated \xXX escape`).
//! `\N{…}` knows a small table of common names only.

use crate::ast::Constant;
use std::ops::Range;

/// A malformed number: the message and the byte CPython's caret points at.
#[derive(Debug)]
pub struct NumberError {
    pub at: usize,
    pub msg: String,
}

fn num_err<T>(at: usize, msg: impl Into<String>) -> Result<T, NumberError> {
    Err(NumberError { at, msg: msg.into() })
}

fn is_ident_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

/// Scans the number starting at `start` (a digit, or `.` and a digit).
/// Returns its value and the byte just past it.
pub fn scan_number(src: &str, start: usize) -> Result<(Constant, usize), NumberError> {
    let b = src.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut i = start;

    // Consumes digits and single underscores between them; `i` ends on the
    // first byte that is neither.
    let decimal_tail = |i: &mut usize| -> Result<(), NumberError> {
        loop {
            while at(*i).is_ascii_digit() {
                *i += 1;
            }
            if at(*i) != b'_' {
                return Ok(());
            }
            *i += 1;
            if !at(*i).is_ascii_digit() {
                return num_err(*i - 1, "invalid decimal literal");
            }
        }
    };
    // After a complete literal: a letter glued to it is an error, except
    // the keywords CPython tolerates (`1if x else 2`).
    let verify_end = |i: usize, kind: &str| -> Result<(), NumberError> {
        let c = at(i);
        let rest = &b[i.min(b.len())..];
        // CPython's `lookahead`: the keyword must end there, except that
        // `if`/`in`/`is` only need their first two letters.
        let keyword_follows = matches!(rest, [b'i', b'f' | b'n' | b's', ..])
            || ["and", "else", "for", "or", "not"].iter().any(|k| {
                rest.starts_with(k.as_bytes()) && !is_ident_char(rest.get(k.len()).copied().unwrap_or(0))
            });
        if !keyword_follows && is_ident_char(c) {
            return num_err(i.saturating_sub(1).max(start), format!("invalid {kind} literal"));
        }
        Ok(())
    };

    let c0 = at(i);
    if c0 == b'0' && matches!(at(i + 1) | 0x20, b'x' | b'o' | b'b') {
        let (radix, kind) = match at(i + 1) | 0x20 {
            b'x' => (16, "hexadecimal"),
            b'o' => (8, "octal"),
            _ => (2, "binary"),
        };
        i += 2;
        let mut digits = String::new();
        loop {
            if at(i) == b'_' {
                i += 1;
            }
            let c = at(i);
            if !(c as char).is_digit(radix) {
                if radix != 16 && c.is_ascii_digit() {
                    return num_err(i, format!("invalid digit '{}' in {kind} literal", c as char));
                }
                return num_err(i - 1, format!("invalid {kind} literal"));
            }
            while (at(i) as char).is_digit(radix) {
                digits.push(at(i) as char);
                i += 1;
            }
            if at(i) != b'_' {
                break;
            }
        }
        if radix != 16 && at(i).is_ascii_digit() {
            return num_err(i, format!("invalid digit '{}' in {kind} literal", at(i) as char));
        }
        verify_end(i, kind)?;
        return Ok((radix_int(&digits, radix), i));
    }

    let mut is_float = false;
    let mut is_imag = false;
    if c0 == b'.' {
        // `.5`: the fraction only.
        i += 1;
        decimal_tail(&mut i)?;
        is_float = true;
    } else if c0 == b'0' {
        // Zeros, then maybe a float; other digits are the old octal.
        loop {
            if at(i) == b'_' {
                i += 1;
                if !at(i).is_ascii_digit() {
                    return num_err(i - 1, "invalid decimal literal");
                }
            }
            if at(i) != b'0' {
                break;
            }
            i += 1;
        }
        let mut nonzero = false;
        if at(i).is_ascii_digit() {
            nonzero = true;
            decimal_tail(&mut i)?;
        }
        if !matches!(at(i), b'.' | b'e' | b'E' | b'j' | b'J') && nonzero {
            return num_err(
                start,
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            );
        }
    } else {
        decimal_tail(&mut i)?;
    }
    if !is_float && at(i) == b'.' {
        i += 1;
        is_float = true;
        if at(i).is_ascii_digit() {
            decimal_tail(&mut i)?;
        }
    }
    if matches!(at(i), b'e' | b'E') {
        let e = i;
        i += 1;
        if matches!(at(i), b'+' | b'-') {
            i += 1;
            if !at(i).is_ascii_digit() {
                return num_err(i - 1, "invalid decimal literal");
            }
        } else if !at(i).is_ascii_digit() {
            // `1else`: the `e` starts a keyword, not an exponent.
            verify_end(e, "decimal")?;
            i = e;
            return finish(src, start, i, is_float, false);
        }
        decimal_tail(&mut i)?;
        is_float = true;
    }
    if matches!(at(i), b'j' | b'J') {
        i += 1;
        is_imag = true;
        verify_end(i, "imaginary")?;
    } else {
        verify_end(i, "decimal")?;
    }
    finish(src, start, i, is_float, is_imag)
}

fn finish(src: &str, start: usize, end: usize, is_float: bool, is_imag: bool) -> Result<(Constant, usize), NumberError> {
    let text: String = src[start..end].chars().filter(|&c| c != '_').collect();
    if is_imag {
        let t = text.trim_end_matches(['j', 'J']);
        let v = t.parse::<f64>().map_err(|_| NumberError { at: start, msg: "invalid imaginary literal".into() })?;
        return Ok((Constant::Imaginary(v), end));
    }
    if is_float {
        let v = text.parse::<f64>().map_err(|_| NumberError { at: start, msg: "invalid decimal literal".into() })?;
        return Ok((Constant::Float(v), end));
    }
    Ok((radix_int(&text, 10), end))
}

/// An integer from its digits in `radix`: `Int` if it fits in i64, else
/// `BigInt` with its decimal digits.
pub fn radix_int(digits: &str, radix: u32) -> Constant {
    let digits = digits.trim_start_matches('0');
    if digits.is_empty() {
        return Constant::Int(0);
    }
    if let Ok(v) = i64::from_str_radix(digits, radix) {
        return Constant::Int(v);
    }
    if radix == 10 {
        return Constant::BigInt(digits.to_string());
    }
    // Base conversion on little-endian limbs of 10^9.
    const LIMB: u64 = 1_000_000_000;
    let mut limbs: Vec<u64> = vec![0];
    for c in digits.chars() {
        let mut carry = c.to_digit(radix).unwrap_or(0) as u64;
        for limb in limbs.iter_mut() {
            let v = *limb * radix as u64 + carry;
            *limb = v % LIMB;
            carry = v / LIMB;
        }
        while carry > 0 {
            limbs.push(carry % LIMB);
            carry /= LIMB;
        }
    }
    let mut out = String::new();
    for (k, limb) in limbs.iter().rev().enumerate() {
        if k == 0 {
            out.push_str(&limb.to_string());
        } else {
            out.push_str(&format!("{limb:09}"));
        }
    }
    Constant::BigInt(out)
}

/// What a string literal's prefix asks for.
#[derive(Clone, Copy, Debug, Default)]
pub struct StrPrefix {
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
}

/// Where a string literal's parts are.
#[derive(Debug)]
pub struct ScannedStr {
    pub prefix: StrPrefix,
    pub body: Range<usize>,
    pub end: usize,
}

/// The string ran into a newline (`triple == false`) or the end of input.
#[derive(Debug)]
pub struct Unterminated {
    pub triple: bool,
    /// The byte where the end was noticed.
    pub at: usize,
}

/// Finds the end of the string literal starting at `start` (its prefix).
pub fn scan_string(src: &str, start: usize) -> Result<ScannedStr, Unterminated> {
    let b = src.as_bytes();
    let mut prefix = StrPrefix::default();
    let mut i = start;
    while i < b.len() && b[i] != b'\'' && b[i] != b'"' {
        match b[i] | 0x20 {
            b'r' => prefix.raw = true,
            b'b' => prefix.bytes = true,
            b'f' => prefix.fstring = true,
            _ => {}
        }
        i += 1;
    }
    let q = b.get(i).copied().unwrap_or(b'"');
    let triple = b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q);
    i += if triple { 3 } else { 1 };
    let body_start = i;
    while i < b.len() {
        let c = b[i];
        if c == b'\\' {
            i += 2;
            continue;
        }
        if c == q {
            if !triple {
                return Ok(ScannedStr { prefix, body: body_start..i, end: i + 1 });
            }
            if b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q) {
                return Ok(ScannedStr { prefix, body: body_start..i, end: i + 3 });
            }
        } else if c == b'\n' && !triple {
            return Err(Unterminated { triple, at: i });
        }
        i += 1;
    }
    Err(Unterminated { triple, at: b.len() })
}

pub enum DecodeError {
    NonAscii,
    Escape(String),
}

fn unicode_error(start: usize, end: usize, what: &str) -> String {
    format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{}: {what}", end - 1)
}

/// Decodes a `str` literal's body.
pub fn decode_str(body: &str, raw: bool) -> Result<String, String> {
    if raw || !body.contains('\\') {
        return Ok(body.to_string());
    }
    let mut out = String::with_capacity(body.len());
    let b = body.as_bytes();
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            // A lone trailing backslash cannot be scanned as a literal's end;
            // keep it for safety.
            out.push('\\');
            break;
        };
        match e {
            '\n' => {}
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0C'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0B'),
            '0'..='7' => {
                let mut v = e as u32 - '0' as u32;
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, d @ '0'..='7')) => {
                            v = v * 8 + (d as u32 - '0' as u32);
                            chars.next();
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
            }
            'x' | 'u' | 'U' => {
                let (n, what) = match e {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut v: u32 = 0;
                let mut got = 0;
                while got < n {
                    match chars.peek() {
                        Some(&(_, d)) if d.is_ascii_hexdigit() => {
                            v = v * 16 + d.to_digit(16).unwrap_or(0);
                            chars.next();
                            got += 1;
                        }
                        _ => break,
                    }
                }
                if got < n {
                    return Err(unicode_error(i, i + 2 + got, what));
                }
                if v > 0x10FFFF {
                    return Err(unicode_error(i, i + 2 + n, "illegal Unicode character"));
                }
                out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
            }
            'N' => {
                if b.get(i + 2) != Some(&b'{') {
                    return Err(unicode_error(i, i + 2, "malformed \\N character escape"));
                }
                let close = body[i + 3..].find('}').map(|k| i + 3 + k);
                let Some(close) = close else {
                    return Err(unicode_error(i, body.len(), "malformed \\N character escape"));
                };
                let name = &body[i + 3..close];
                if name.is_empty() {
                    return Err(unicode_error(i, close + 1, "malformed \\N character escape"));
                }
                match lookup_name(name) {
                    Some(c) => out.push(c),
                    None => return Err(unicode_error(i, close + 1, "unknown Unicode character name")),
                }
                while let Some(&(k, _)) = chars.peek() {
                    if k > close {
                        break;
                    }
                    chars.next();
                }
            }
            other => {
                // Unknown escapes keep their backslash (a DeprecationWarning
                // in CPython).
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// Decodes a `bytes` literal's body.
pub fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, DecodeError> {
    if !body.is_ascii() {
        return Err(DecodeError::NonAscii);
    }
    let b = body.as_bytes();
    if raw || !b.contains(&b'\\') {
        return Ok(b.to_vec());
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let Some(&e) = b.get(i + 1) else {
            out.push(b'\\');
            break;
        };
        i += 2;
        match e {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push((v & 0xFF) as u8);
            }
            b'x' => {
                let hex = |k: usize| b.get(k).and_then(|&d| (d as char).to_digit(16));
                match (hex(i), hex(i + 1)) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => {
                        return Err(DecodeError::Escape(format!(
                            "(value error) invalid \\x escape at position {}",
                            i - 2
                        )))
                    }
                }
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// `\N{name}`: a small table of the names programs commonly use.
fn lookup_name(name: &str) -> Option<char> {
    let upper = name.to_ascii_uppercase();
    let c = match upper.as_str() {
        "NULL" => '\0',
        "SPACE" => ' ',
        "NO-BREAK SPACE" | "NBSP" => '\u{A0}',
        "BULLET" => '\u{2022}',
        "EM DASH" => '\u{2014}',
        "EN DASH" => '\u{2013}',
        "HORIZONTAL ELLIPSIS" => '\u{2026}',
        "DEGREE SIGN" => '\u{B0}',
        "COPYRIGHT SIGN" => '\u{A9}',
        "REGISTERED SIGN" => '\u{AE}',
        "TRADE MARK SIGN" => '\u{2122}',
        "EURO SIGN" => '\u{20AC}',
        "POUND SIGN" => '\u{A3}',
        "YEN SIGN" => '\u{A5}',
        "SECTION SIGN" => '\u{A7}',
        "PILCROW SIGN" => '\u{B6}',
        "MICRO SIGN" => '\u{B5}',
        "MULTIPLICATION SIGN" => '\u{D7}',
        "DIVISION SIGN" => '\u{F7}',
        "PLUS-MINUS SIGN" => '\u{B1}',
        "INFINITY" => '\u{221E}',
        "LEFT-POINTING DOUBLE ANGLE QUOTATION MARK" => '\u{AB}',
        "RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK" => '\u{BB}',
        "LEFT SINGLE QUOTATION MARK" => '\u{2018}',
        "RIGHT SINGLE QUOTATION MARK" => '\u{2019}',
        "LEFT DOUBLE QUOTATION MARK" => '\u{201C}',
        "RIGHT DOUBLE QUOTATION MARK" => '\u{201D}',
        "RIGHTWARDS ARROW" => '\u{2192}',
        "LEFTWARDS ARROW" => '\u{2190}',
        "UPWARDS ARROW" => '\u{2191}',
        "DOWNWARDS ARROW" => '\u{2193}',
        "CHECK MARK" => '\u{2713}',
        "HEAVY CHECK MARK" => '\u{2714}',
        "BALLOT X" => '\u{2717}',
        "BLACK STAR" => '\u{2605}',
        "WHITE STAR" => '\u{2606}',
        "SNOWMAN" => '\u{2603}',
        "BLACK HEART SUIT" => '\u{2665}',
        "GREEK SMALL LETTER ALPHA" => 'α',
        "GREEK SMALL LETTER BETA" => 'β',
        "GREEK SMALL LETTER GAMMA" => 'γ',
        "GREEK SMALL LETTER DELTA" => 'δ',
        "GREEK SMALL LETTER PI" => 'π',
        "GREEK SMALL LETTER LAMDA" => 'λ',
        "GREEK SMALL LETTER MU" => 'μ',
        "GREEK SMALL LETTER SIGMA" => 'σ',
        "GREEK CAPITAL LETTER DELTA" => 'Δ',
        "GREEK CAPITAL LETTER OMEGA" => 'Ω',
        "GREEK CAPITAL LETTER SIGMA" => 'Σ',
        "LATIN SMALL LETTER E WITH ACUTE" => 'é',
        "LATIN SMALL LETTER E WITH GRAVE" => 'è',
        "LATIN SMALL LETTER A WITH GRAVE" => 'à',
        "LATIN SMALL LETTER U WITH DIAERESIS" => 'ü',
        "LATIN SMALL LETTER O WITH DIAERESIS" => 'ö',
        "LATIN SMALL LETTER A WITH DIAERESIS" => 'ä',
        "LATIN SMALL LETTER SHARP S" => 'ß',
        "LATIN SMALL LETTER N WITH TILDE" => 'ñ',
        "LATIN SMALL LETTER C WITH CEDILLA" => 'ç',
        "LATIN CAPITAL LETTER E WITH ACUTE" => 'É',
        "SNAKE" => '\u{1F40D}',
        "GRINNING FACE" => '\u{1F600}',
        "THUMBS UP SIGN" => '\u{1F44D}',
        "PILE OF POO" => '\u{1F4A9}',
        "LINE FEED" | "LF" => '\n',
        "CARRIAGE RETURN" | "CR" => '\r',
        "CHARACTER TABULATION" | "TAB" => '\t',
        "ESCAPE" | "ESC" => '\x1B',
        "DELETE" | "DEL" => '\x7F',
        "BELL" => '\x07',
        "ZERO WIDTH SPACE" => '\u{200B}',
        "REPLACEMENT CHARACTER" => '\u{FFFD}',
        "BOX DRAWINGS LIGHT HORIZONTAL" => '\u{2500}',
        "BOX DRAWINGS LIGHT VERTICAL" => '\u{2502}',
        "FULL BLOCK" => '\u{2588}',
        "BLACK SQUARE" => '\u{25A0}',
        "WHITE SQUARE" => '\u{25A1}',
        "BLACK CIRCLE" => '\u{25CF}',
        "WHITE CIRCLE" => '\u{25CB}',
        _ => {
            let (prefix, hex) = upper.rsplit_once('-')?;
            if prefix == "CJK UNIFIED IDEOGRAPH" {
                return u32::from_str_radix(hex, 16).ok().and_then(char::from_u32);
            }
            return None;
        }
    };
    Some(c)
}
