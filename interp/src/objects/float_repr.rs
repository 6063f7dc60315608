//! `repr(float)` and `repr(complex)`, digit for digit as CPython 3.11.
//!
//! CPython prints the shortest decimal string that reads back as the same
//! float (David Gay's `dtoa` mode 0). Rust's `{:e}` formatting produces
//! the same shortest digits; what this file adds is CPython's layout
//! (`format_float_short` in `pystrtod.c`): positional notation when the
//! decimal point position `decpt` satisfies `-4 < decpt <= 16`, exponent
//! notation otherwise (`1e+16`, `1e-05`: a sign and at least two exponent
//! digits), and `.0` on integral values in `repr` (not in `repr(complex)`).

/// The shortest round-trip digits of a finite, non-zero `f` (sign
/// ignored) and the decimal point position: `f == 0.DIGITS * 10**decpt`.
pub fn shortest_digits(f: f64) -> (String, i32) {
    let f = f.abs();
    let (digits, decpt) = split_exponent_form(&format!("{:e}", f));
    match shortest_tie_even(f, &digits, decpt) {
        Some(fixed) => fixed,
        None => (digits, decpt),
    }
}

/// When the exact value lies exactly halfway between two shortest
/// candidates (`-87994477331298.125` between `.12` and `.13`), Rust
/// picks the upper one and `dtoa` the even one. The exact expansion of
/// `m * 2**e` (m odd, e < 0) has `decpt - e` significant digits, so a tie
/// needs that to be one more than the shortest length, ending in 5.
fn shortest_tie_even(f: f64, digits: &str, decpt: i32) -> Option<(String, i32)> {
    let (m, e) = crate::objects::number::decompose(f);
    if m == 0 {
        return None;
    }
    let e = e + m.trailing_zeros() as i32;
    let n = digits.len();
    // Cheap filter first (the exact decimal point is `decpt` or one less).
    if e >= 0 || n > 17 || decpt - e < n as i32 + 1 || decpt - e > n as i32 + 2 {
        return None;
    }
    let (exact, exact_decpt) = split_exponent_form(&format!("{:.*e}", n, f));
    if exact.len() != n + 1 || !exact.ends_with('5') || exact_decpt - e != n as i32 + 1 {
        return None;
    }
    // The candidates: truncated, and rounded up (with carry).
    let truncated = &exact[..n];
    let last = truncated.as_bytes()[n - 1] - b'0';
    let (candidate, decpt) = if last.is_multiple_of(2) {
        (truncated.to_string(), exact_decpt)
    } else {
        let mut bytes = truncated.as_bytes().to_vec();
        let mut i = n;
        loop {
            if i == 0 {
                bytes.insert(0, b'1');
                break;
            }
            i -= 1;
            if bytes[i] == b'9' {
                bytes[i] = b'0';
            } else {
                bytes[i] += 1;
                break;
            }
        }
        let carried = bytes.len() > n;
        let mut s = String::from_utf8(bytes).ok()?;
        if carried {
            s.truncate(n);
        }
        (s, exact_decpt + carried as i32)
    };
    let candidate = candidate.trim_end_matches('0');
    let candidate = if candidate.is_empty() { "0" } else { candidate };
    if candidate == digits {
        return None;
    }
    // Keep Rust's choice unless the even one reads back as the same float.
    let back: f64 = format!("0.{candidate}e{decpt}").parse().ok()?;
    (back == f).then(|| (candidate.to_string(), decpt))
}

/// The digits and decimal point position of Rust's `{:e}` output
/// (`d.ddde-5`, `de3`).
pub fn split_exponent_form(s: &str) -> (String, i32) {
    let (mantissa, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    (digits, exp + 1)
}

/// Lays out `digits` (no leading zeros) with decimal point position
/// `decpt` as CPython's `repr` does: positional when `-4 < decpt <= 16`,
/// else `d.ddde+XX`. `add_dot_0` appends `.0` to integral positional
/// output.
pub fn layout_repr(digits: &str, decpt: i32, add_dot_0: bool) -> String {
    let n = digits.len() as i32;
    let mut out = String::with_capacity(digits.len() + 8);
    if decpt <= -4 || decpt > 16 {
        out.push_str(&digits[..1]);
        if n > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        push_exponent(&mut out, decpt - 1);
    } else if decpt <= 0 {
        out.push_str("0.");
        for _ in 0..-decpt {
            out.push('0');
        }
        out.push_str(digits);
    } else if decpt >= n {
        out.push_str(digits);
        for _ in 0..decpt - n {
            out.push('0');
        }
        if add_dot_0 {
            out.push_str(".0");
        }
    } else {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    }
    out
}

/// Appends `e+05`-style exponent text (sign, at least two digits).
pub fn push_exponent(out: &mut String, exp: i32) {
    out.push('e');
    out.push(if exp < 0 { '-' } else { '+' });
    let a = exp.unsigned_abs();
    if a < 10 {
        out.push('0');
    }
    out.push_str(&a.to_string());
}

/// `repr(f)` (and `str(f)`): `1.0`, `-0.0`, `inf`, `nan`, `1e-05`,
/// `1e+16`, `123456789012345.67`.
pub fn float_repr(f: f64) -> String {
    repr_with(f, true)
}

/// The shortest repr without the `.0` suffix on integral values (as in
/// `repr(complex)`): `1`, `-0`, `1e+16`, `2.5`.
pub fn float_repr_no_dot0(f: f64) -> String {
    repr_with(f, false)
}

fn repr_with(f: f64, add_dot_0: bool) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let negative = f.is_sign_negative();
    if f == 0.0 {
        let z = if add_dot_0 { "0.0" } else { "0" };
        return if negative { format!("-{z}") } else { z.into() };
    }
    let (digits, decpt) = shortest_digits(f);
    let body = layout_repr(&digits, decpt, add_dot_0);
    if negative {
        format!("-{body}")
    } else {
        body
    }
}

/// `repr(complex(re, im))`: `1j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", float_repr_no_dot0(im));
    }
    let r = float_repr_no_dot0(re);
    let mut i = float_repr_no_dot0(im);
    if !i.starts_with('-') {
        i.insert(0, '+');
    }
    format!("({r}{i}j)")
}
