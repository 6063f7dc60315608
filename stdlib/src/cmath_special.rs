//! `cmath`'s results where an argument has an infinite or NaN part: one
//! 7x7 table per function, indexed by the class of the real and the
//! imaginary part (-inf, negative, -0, +0, positive, +inf, nan), as C99
//! Annex G and CPython specify them. `E` marks the pairs CPython rejects
//! with `ValueError: math domain error`.
//!
//! The entries were produced by evaluating CPython 3.11's `cmath` on one
//! representative of each class (-inf, -2.5, -0.0, 0.0, 2.5, inf, nan) and
//! printing each result; the finite-by-finite cells (`F`) never come here. `exp`, `cosh`, `sinh` and `tanh` compute the
//! cells "infinite real part, finite non-zero imaginary part" from the
//! imaginary part (see `cmath.rs`); their table entries there only carry
//! the error marks.

#[derive(Clone, Copy)]
pub enum Cell {
    /// Both parts finite: not a special value.
    F,
    /// The result.
    V(f64, f64),
    /// ValueError.
    E,
}

use Cell::{E, F, V};

pub type Table = [[Cell; 7]; 7];

const I: f64 = f64::INFINITY;
const N: f64 = f64::NAN;
const P: f64 = std::f64::consts::PI;
const H: f64 = std::f64::consts::FRAC_PI_2;
const Q: f64 = std::f64::consts::FRAC_PI_4;
const T: f64 = 0.75 * std::f64::consts::PI;

/// The class index of `x` (-inf, negative, -0, +0, positive, +inf, nan).
pub fn class(x: f64) -> usize {
    if x.is_nan() {
        6
    } else if x == f64::INFINITY {
        5
    } else if x == f64::NEG_INFINITY {
        0
    } else if x == 0.0 {
        if x.is_sign_negative() {
            2
        } else {
            3
        }
    } else if x < 0.0 {
        1
    } else {
        4
    }
}

/// The table's cell for `(re, im)`, or `None` when both parts are finite.
pub fn lookup(table: &Table, re: f64, im: f64) -> Option<Cell> {
    if re.is_finite() && im.is_finite() {
        return None;
    }
    Some(table[class(re)][class(im)])
}

pub const ACOS: Table = [
    [V(T, I), V(P, I), V(P, I), V(P, -I), V(P, -I), V(T, -I), V(N, I)],
    [V(H, I), F, F, F, F, V(H, -I), V(N, N)],
    [V(H, I), F, F, F, F, V(H, -I), V(H, N)],
    [V(H, I), F, F, F, F, V(H, -I), V(H, N)],
    [V(H, I), F, F, F, F, V(H, -I), V(N, N)],
    [V(Q, I), V(0.0, I), V(0.0, I), V(0.0, -I), V(0.0, -I), V(Q, -I), V(N, I)],
    [V(N, I), V(N, N), V(N, N), V(N, N), V(N, N), V(N, -I), V(N, N)],
];
pub const ACOSH: Table = [
    [V(I, -T), V(I, -P), V(I, -P), V(I, P), V(I, P), V(I, T), V(I, N)],
    [V(I, -H), F, F, F, F, V(I, H), V(N, N)],
    [V(I, -H), F, F, F, F, V(I, H), V(N, N)],
    [V(I, -H), F, F, F, F, V(I, H), V(N, N)],
    [V(I, -H), F, F, F, F, V(I, H), V(N, N)],
    [V(I, -Q), V(I, -0.0), V(I, -0.0), V(I, 0.0), V(I, 0.0), V(I, Q), V(I, N)],
    [V(I, N), V(N, N), V(N, N), V(N, N), V(N, N), V(I, N), V(N, N)],
];
pub const ASINH: Table = [
    [V(-I, -Q), V(-I, -0.0), V(-I, -0.0), V(-I, 0.0), V(-I, 0.0), V(-I, Q), V(-I, N)],
    [V(-I, -H), F, F, F, F, V(-I, H), V(N, N)],
    [V(-I, -H), F, F, F, F, V(-I, H), V(N, N)],
    [V(I, -H), F, F, F, F, V(I, H), V(N, N)],
    [V(I, -H), F, F, F, F, V(I, H), V(N, N)],
    [V(I, -Q), V(I, -0.0), V(I, -0.0), V(I, 0.0), V(I, 0.0), V(I, Q), V(I, N)],
    [V(I, N), V(N, N), V(N, -0.0), V(N, 0.0), V(N, N), V(I, N), V(N, N)],
];
pub const ATANH: Table = [
    [V(-0.0, -H), V(-0.0, -H), V(-0.0, -H), V(-0.0, H), V(-0.0, H), V(-0.0, H), V(-0.0, N)],
    [V(-0.0, -H), F, F, F, F, V(-0.0, H), V(N, N)],
    [V(-0.0, -H), F, F, F, F, V(-0.0, H), V(-0.0, N)],
    [V(0.0, -H), F, F, F, F, V(0.0, H), V(0.0, N)],
    [V(0.0, -H), F, F, F, F, V(0.0, H), V(N, N)],
    [V(0.0, -H), V(0.0, -H), V(0.0, -H), V(0.0, H), V(0.0, H), V(0.0, H), V(0.0, N)],
    [V(0.0, -H), V(N, N), V(N, N), V(N, N), V(N, N), V(0.0, H), V(N, N)],
];
pub const COSH: Table = [
    [E, V(-I, I), V(I, 0.0), V(I, -0.0), V(-I, -I), E, V(I, N)],
    [E, F, F, F, F, E, V(N, N)],
    [E, F, F, F, F, E, V(N, 0.0)],
    [E, F, F, F, F, E, V(N, 0.0)],
    [E, F, F, F, F, E, V(N, N)],
    [E, V(-I, -I), V(I, -0.0), V(I, 0.0), V(-I, I), E, V(I, N)],
    [V(N, N), V(N, N), V(N, 0.0), V(N, 0.0), V(N, N), V(N, N), V(N, N)],
];
pub const EXP: Table = [
    [V(0.0, 0.0), V(-0.0, -0.0), V(0.0, -0.0), V(0.0, 0.0), V(-0.0, 0.0), V(0.0, 0.0), V(0.0, 0.0)],
    [E, F, F, F, F, E, V(N, N)],
    [E, F, F, F, F, E, V(N, N)],
    [E, F, F, F, F, E, V(N, N)],
    [E, F, F, F, F, E, V(N, N)],
    [E, V(-I, -I), V(I, -0.0), V(I, 0.0), V(-I, I), E, V(I, N)],
    [V(N, N), V(N, N), V(N, -0.0), V(N, 0.0), V(N, N), V(N, N), V(N, N)],
];
pub const LOG: Table = [
    [V(I, -T), V(I, -P), V(I, -P), V(I, P), V(I, P), V(I, T), V(I, N)],
    [V(I, -H), F, F, F, F, V(I, H), V(N, N)],
    [V(I, -H), F, F, F, F, V(I, H), V(N, N)],
    [V(I, -H), F, F, F, F, V(I, H), V(N, N)],
    [V(I, -H), F, F, F, F, V(I, H), V(N, N)],
    [V(I, -Q), V(I, -0.0), V(I, -0.0), V(I, 0.0), V(I, 0.0), V(I, Q), V(I, N)],
    [V(I, N), V(N, N), V(N, N), V(N, N), V(N, N), V(I, N), V(N, N)],
];
pub const SINH: Table = [
    [E, V(I, -I), V(-I, -0.0), V(-I, 0.0), V(I, I), E, V(I, N)],
    [E, F, F, F, F, E, V(N, N)],
    [E, F, F, F, F, E, V(0.0, N)],
    [E, F, F, F, F, E, V(0.0, N)],
    [E, F, F, F, F, E, V(N, N)],
    [E, V(-I, -I), V(I, -0.0), V(I, 0.0), V(-I, I), E, V(I, N)],
    [V(N, N), V(N, N), V(N, -0.0), V(N, 0.0), V(N, N), V(N, N), V(N, N)],
];
pub const SQRT: Table = [
    [V(I, -I), V(0.0, -I), V(0.0, -I), V(0.0, I), V(0.0, I), V(I, I), V(N, I)],
    [V(I, -I), F, F, F, F, V(I, I), V(N, N)],
    [V(I, -I), F, F, F, F, V(I, I), V(N, N)],
    [V(I, -I), F, F, F, F, V(I, I), V(N, N)],
    [V(I, -I), F, F, F, F, V(I, I), V(N, N)],
    [V(I, -I), V(I, -0.0), V(I, -0.0), V(I, 0.0), V(I, 0.0), V(I, I), V(I, N)],
    [V(I, -I), V(N, N), V(N, N), V(N, N), V(N, N), V(I, I), V(N, N)],
];
pub const TANH: Table = [
    [V(-1.0, 0.0), V(-1.0, 0.0), V(-1.0, -0.0), V(-1.0, 0.0), V(-1.0, -0.0), V(-1.0, 0.0), V(-1.0, 0.0)],
    [E, F, F, F, F, E, V(N, N)],
    [E, F, F, F, F, E, V(N, N)],
    [E, F, F, F, F, E, V(N, N)],
    [E, F, F, F, F, E, V(N, N)],
    [V(1.0, 0.0), V(1.0, 0.0), V(1.0, -0.0), V(1.0, 0.0), V(1.0, -0.0), V(1.0, 0.0), V(1.0, 0.0)],
    [V(N, N), V(N, N), V(N, -0.0), V(N, 0.0), V(N, N), V(N, N), V(N, N)],
];
