//! `time.strftime` (through the C library's `strftime`, in the C locale as
//! CPython's `LC_TIME` is) and `time.strptime` (CPython's `_strptime`:
//! each directive matches what its regex in `_strptime.TimeRE` matches,
//! alternatives tried in the same order with backtracking, case-insensitive;
//! a run of whitespace in the format matches one or more whitespace
//! characters).

use super::struct_time::{self, Tm};
use garter_interp::errors::{PyErr, PyResult};
use garter_interp::value::Value;

/// `strftime(format, t)` for a checked `t`.
pub fn strftime(format: &str, t: &Tm) -> PyResult<String> {
    if format.contains('\0') {
        return Err(PyErr::value_error("embedded null character"));
    }
    if format.is_empty() {
        return Ok(String::new());
    }
    let mut tm = struct_time::to_libc(t)?;
    tm.tm_isdst = tm.tm_isdst.clamp(-1, 1);
    let zone = t.zone.as_deref().and_then(|z| std::ffi::CString::new(z).ok());
    if let Some(z) = &zone {
        tm.tm_zone = z.as_ptr();
    }
    let cfmt = std::ffi::CString::new(format).map_err(|_| PyErr::value_error("embedded null character"))?;
    let mut size = 1024usize;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: buf has `size` writable bytes; cfmt and tm (and the zone
        // string it may point at) live across the call.
        let n = unsafe { libc::strftime(buf.as_mut_ptr() as *mut libc::c_char, size, cfmt.as_ptr(), &tm) };
        if n > 0 || size >= 256 * format.len() {
            buf.truncate(n);
            return Ok(String::from_utf8_lossy(&buf).into_owned());
        }
        size *= 2;
    }
}

// ---- strptime -----------------------------------------------------------------

const DAY_NAMES: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const DAY_ABBR: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const MONTH_NAMES: [&str; 12] =
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_ABBR: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

#[derive(Clone, Debug)]
enum Token {
    /// Matches itself, ignoring case.
    Literal(char),
    /// One or more whitespace characters.
    Space,
    Directive(char),
}

fn tokens(format: &str) -> PyResult<Vec<Token>> {
    let mut out = Vec::new();
    let chars: Vec<char> = format.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '%' {
            let Some(&d) = chars.get(i + 1) else { return Err(PyErr::value_error(format!("stray % in format '{format}'"))) };
            match d {
                'c' => out.extend(tokens("%a %b %d %H:%M:%S %Y")?),
                'x' => out.extend(tokens("%m/%d/%y")?),
                'X' => out.extend(tokens("%H:%M:%S")?),
                '%' => out.push(Token::Literal('%')),
                'd' | 'f' | 'H' | 'I' | 'j' | 'm' | 'M' | 'p' | 'S' | 'y' | 'Y' | 'z' | 'Z' | 'a' | 'A' | 'b' | 'B' | 'h' | 'w' | 'u' => {
                    out.push(Token::Directive(d))
                }
                _ => return Err(PyErr::value_error(format!("'{d}' is a bad directive in format '{format}'"))),
            }
            i += 2;
        } else if c.is_whitespace() {
            while i < chars.len() && chars[i].is_whitespace() {
                i += 1;
            }
            out.push(Token::Space);
        } else {
            out.push(Token::Literal(c));
            i += 1;
        }
    }
    Ok(out)
}

/// Digit-run candidates: for each length in `lens` (preferred first), the
/// prefix of that many digits whose value lies in the range for it.
fn digits(text: &[char], lens: &[(usize, u32, u32)]) -> Vec<usize> {
    let mut out = Vec::new();
    for &(len, lo, hi) in lens {
        if text.len() >= len && text[..len].iter().all(|c| c.is_ascii_digit()) {
            let v: u32 = text[..len].iter().fold(0, |a, c| a * 10 + c.to_digit(10).unwrap_or(0));
            if (lo..=hi).contains(&v) {
                out.push(len);
            }
        }
    }
    out
}

fn starts_with_ci(text: &[char], word: &str) -> bool {
    let w: Vec<char> = word.chars().collect();
    text.len() >= w.len() && text[..w.len()].iter().zip(&w).all(|(a, b)| a.to_lowercase().eq(b.to_lowercase()))
}

/// The lengths `directive` can match at the start of `text`, in the order
/// its regex tries them.
fn candidates(d: char, text: &[char]) -> Vec<usize> {
    match d {
        'd' => {
            let mut c = digits(text, &[(2, 1, 31), (1, 1, 9)]);
            if text.first() == Some(&' ') && text.get(1).map_or(false, |c| ('1'..='9').contains(c)) {
                c.push(2);
            }
            c
        }
        'f' => digits(text, &[(6, 0, 999_999), (5, 0, 99_999), (4, 0, 9999), (3, 0, 999), (2, 0, 99), (1, 0, 9)]),
        'H' => digits(text, &[(2, 0, 23), (1, 0, 9)]),
        'I' | 'm' => digits(text, &[(2, 1, 12), (1, 1, 9)]),
        'j' => digits(text, &[(3, 1, 366), (2, 1, 99), (1, 1, 9)]),
        'M' => digits(text, &[(2, 0, 59), (1, 0, 9)]),
        'S' => digits(text, &[(2, 0, 61), (1, 0, 9)]),
        'y' => digits(text, &[(2, 0, 99)]),
        'Y' => digits(text, &[(4, 0, 9999)]),
        'w' => digits(text, &[(1, 0, 6)]),
        'u' => digits(text, &[(1, 1, 7)]),
        'p' => ["am", "pm"].iter().filter(|w| starts_with_ci(text, w)).map(|w| w.len()).collect(),
        'a' | 'A' | 'b' | 'B' | 'h' => {
            let names: Vec<&str> = match d {
                'a' => DAY_ABBR.to_vec(),
                'A' => DAY_NAMES.to_vec(),
                'B' => MONTH_NAMES.to_vec(),
                _ => MONTH_ABBR.to_vec(),
            };
            let mut sorted = names;
            sorted.sort_by_key(|n| std::cmp::Reverse(n.len()));
            sorted.iter().filter(|w| starts_with_ci(text, w)).map(|w| w.chars().count()).collect()
        }
        'Z' => ["utc", "gmt"].iter().filter(|w| starts_with_ci(text, w)).map(|w| w.len()).collect(),
        'z' => {
            if text.first() == Some(&'Z') {
                return vec![1];
            }
            if !matches!(text.first(), Some('+' | '-')) {
                return vec![];
            }
            let two = |i: usize, max_first: char| -> bool {
                text.get(i).map_or(false, |c| c.is_ascii_digit() && *c <= max_first) && text.get(i + 1).map_or(false, |c| c.is_ascii_digit())
            };
            if !two(1, '9') {
                return vec![];
            }
            let mut i = 3;
            if text.get(i) == Some(&':') {
                i += 1;
            }
            if !two(i, '5') {
                return vec![];
            }
            i += 2;
            let mut out = vec![i];
            let mut j = i;
            if text.get(j) == Some(&':') {
                j += 1;
            }
            if two(j, '5') {
                j += 2;
                let mut k = j;
                let mut frac = Vec::new();
                if text.get(k) == Some(&'.') {
                    k += 1;
                    let start = k;
                    while k < text.len() && k - start < 6 && text[k].is_ascii_digit() {
                        k += 1;
                        frac.push(k);
                    }
                }
                frac.reverse();
                let mut longer: Vec<usize> = frac;
                longer.push(j);
                longer.extend(out);
                out = longer;
            }
            out
        }
        _ => vec![],
    }
}

/// Matches `toks` against `text`; on success the matched text of each
/// directive, in order, and where the match ends.
fn match_tokens(toks: &[Token], text: &[char], at: usize, found: &mut Vec<(char, String)>) -> Option<usize> {
    let Some(tok) = toks.first() else { return Some(at) };
    let rest = &text[at..];
    match tok {
        Token::Literal(c) => {
            let ok = rest.first().map_or(false, |r| r.to_lowercase().eq(c.to_lowercase()));
            if ok {
                match_tokens(&toks[1..], text, at + 1, found)
            } else {
                None
            }
        }
        Token::Space => {
            let n = rest.iter().take_while(|c| c.is_whitespace()).count();
            for len in (1..=n).rev() {
                if let Some(end) = match_tokens(&toks[1..], text, at + len, found) {
                    return Some(end);
                }
            }
            None
        }
        Token::Directive(d) => {
            for len in candidates(*d, rest) {
                found.push((*d, rest[..len].iter().collect()));
                if let Some(end) = match_tokens(&toks[1..], text, at + len, found) {
                    return Some(end);
                }
                found.pop();
            }
            None
        }
    }
}

fn repr(s: &str) -> String {
    garter_interp::objects::number::str_repr(s)
}

/// `time.strptime(string, format)` as a `Tm` (`tm_zone`/`tm_gmtoff` set
/// only by `%Z`/`%z`).
pub fn strptime(data: &str, format: &str) -> PyResult<Tm> {
    let toks = tokens(format)?;
    let text: Vec<char> = data.chars().collect();
    let mut found = Vec::new();
    let Some(end) = match_tokens(&toks, &text, 0, &mut found) else {
        return Err(PyErr::value_error(format!("time data {} does not match format {}", repr(data), repr(format))));
    };
    if end != text.len() {
        let rest: String = text[end..].iter().collect();
        return Err(PyErr::value_error(format!("unconverted data remains: {rest}")));
    }
    let num = |s: &str| -> i64 { s.trim().parse().unwrap_or(0) };
    let (mut year, mut month, mut day, mut hour, mut minute, mut second) = (None, 1, 1, 0, 0, 0);
    let (mut weekday, mut julian, mut gmtoff, mut zone) = (None, None, None, None);
    let mut isdst = -1;
    let ampm = found.iter().find(|(d, _)| *d == 'p').map(|(_, s)| s.to_lowercase()).unwrap_or_default();
    for (d, s) in &found {
        match d {
            'y' => {
                let y = num(s);
                year = Some(if y <= 68 { y + 2000 } else { y + 1900 });
            }
            'Y' => year = Some(num(s)),
            'm' => month = num(s),
            'B' => month = MONTH_NAMES.iter().position(|n| *n == s.to_lowercase()).map_or(1, |i| i as i64 + 1),
            'b' | 'h' => month = MONTH_ABBR.iter().position(|n| *n == s.to_lowercase()).map_or(1, |i| i as i64 + 1),
            'd' => day = num(s),
            'H' => hour = num(s),
            'I' => {
                hour = num(s);
                if ampm.is_empty() || ampm == "am" {
                    if hour == 12 {
                        hour = 0;
                    }
                } else if ampm == "pm" && hour != 12 {
                    hour += 12;
                }
            }
            'M' => minute = num(s),
            'S' => second = num(s),
            'A' => weekday = DAY_NAMES.iter().position(|n| *n == s.to_lowercase()).map(|i| i as i64),
            'a' => weekday = DAY_ABBR.iter().position(|n| *n == s.to_lowercase()).map(|i| i as i64),
            'w' => weekday = Some((num(s) + 6) % 7),
            'u' => weekday = Some(num(s) - 1),
            'j' => julian = Some(num(s)),
            'z' => {
                if s == "Z" {
                    gmtoff = Some(0);
                } else {
                    let digits: String = s.chars().filter(|c| c.is_ascii_digit() || *c == '.').collect();
                    let whole: String = digits.chars().take_while(|c| *c != '.').collect();
                    let h: i64 = whole.get(0..2).and_then(|x| x.parse().ok()).unwrap_or(0);
                    let m: i64 = whole.get(2..4).and_then(|x| x.parse().ok()).unwrap_or(0);
                    let sec: i64 = whole.get(4..6).and_then(|x| x.parse().ok()).unwrap_or(0);
                    let total = h * 3600 + m * 60 + sec;
                    gmtoff = Some(if s.starts_with('-') { -total } else { total });
                }
            }
            'Z' => {
                isdst = 0;
                zone = Some(s.clone());
            }
            _ => {}
        }
    }
    let mut leap_year_fix = false;
    let y = match year {
        Some(y) => y,
        None if month == 2 && day == 29 => {
            leap_year_fix = true;
            1904
        }
        None => 1900,
    };
    let (y, month, day, yday) = match julian {
        None => {
            let dim = days_in_month(y, month);
            if day > dim {
                return Err(PyErr::value_error("day is out of range for month"));
            }
            (y, month, day, struct_time::day_of_year(y, month, day))
        }
        Some(j) => {
            let days = struct_time::days_from_civil(y, 1, 1) + j - 1;
            let (yy, mm, dd) = struct_time::civil_from_days(days);
            (yy, mm, dd, struct_time::day_of_year(yy, mm, dd))
        }
    };
    let wday = weekday.unwrap_or_else(|| struct_time::weekday(y, month, day));
    let y = if leap_year_fix { 1900 } else { y };
    Ok(Tm { year: y, mon: month, mday: day, hour, min: minute, sec: second, wday, yday, isdst, zone, gmtoff })
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 => {
            if struct_time::is_leap(y) {
                29
            } else {
                28
            }
        }
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The string arguments of `strptime`.
pub fn str_arg<'a>(vm: &garter_interp::vm::Vm, v: &'a Value, which: usize) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| PyErr::type_error(format!("strptime() argument {which} must be str, not {}", vm.type_name(v))))
}
