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
    let s = format!("{:e}", f.abs());
    split_exponent_form(&s)
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
