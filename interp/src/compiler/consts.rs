//! Constants: the key that deduplicates a unit's constant table, and the
//! folding of constant expressions done before code generation (CPython's
//! AST optimizer does the same): literals, `-<number>`, `+<number>`,
//! `~<int>`, `not <constant>` and tuples of constants.
//!
//! Keys compare by type and bits, so `1`, `1.0`, `True`, `0.0` and `-0.0`
//! stay distinct constants, as they are in CPython's `co_consts`.

use crate::value::{Interner, Payload, Value};
use garter_grammar::ast::{Constant, Expr, ExprKind, UnaryOp};

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum ConstKey {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    /// Decimal digits, with a leading `-` when negative.
    BigInt(String),
    /// `f64::to_bits`.
    Float(u64),
    /// Real and imaginary parts' bits.
    Complex(u64, u64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstKey>),
}

impl ConstKey {
    pub(crate) fn to_value(&self, interner: &mut Interner) -> Value {
        match self {
            ConstKey::None => Value::None,
            ConstKey::Bool(b) => Value::Bool(*b),
            ConstKey::Ellipsis => Value::from_obj(Payload::Ellipsis),
            ConstKey::Int(i) => Value::Int(*i),
            ConstKey::BigInt(d) => Value::from_decimal_digits(d).unwrap_or(Value::Int(0)),
            ConstKey::Float(bits) => Value::Float(f64::from_bits(*bits)),
            ConstKey::Complex(re, im) => Value::new_complex(f64::from_bits(*re), f64::from_bits(*im)),
            ConstKey::Str(s) => interner.intern(s),
            ConstKey::Bytes(b) => Value::new_bytes(b.clone()),
            ConstKey::Tuple(items) => Value::new_tuple(items.iter().map(|k| k.to_value(interner)).collect()),
        }
    }

    pub(crate) fn str(s: &str) -> ConstKey {
        ConstKey::Str(s.to_string())
    }

    /// Python truth value of the constant.
    pub(crate) fn is_truthy(&self) -> bool {
        match self {
            ConstKey::None => false,
            ConstKey::Bool(b) => *b,
            ConstKey::Ellipsis => true,
            ConstKey::Int(i) => *i != 0,
            ConstKey::BigInt(_) => true,
            ConstKey::Float(bits) => f64::from_bits(*bits) != 0.0,
            ConstKey::Complex(re, im) => f64::from_bits(*re) != 0.0 || f64::from_bits(*im) != 0.0,
            ConstKey::Str(s) => !s.is_empty(),
            ConstKey::Bytes(b) => !b.is_empty(),
            ConstKey::Tuple(t) => !t.is_empty(),
        }
    }
}

fn literal(c: &Constant) -> ConstKey {
    match c {
        Constant::None => ConstKey::None,
        Constant::True => ConstKey::Bool(true),
        Constant::False => ConstKey::Bool(false),
        Constant::Ellipsis => ConstKey::Ellipsis,
        Constant::Int(i) => ConstKey::Int(*i),
        Constant::BigInt(d) => ConstKey::BigInt(d.clone()),
        Constant::Float(f) => ConstKey::Float(f.to_bits()),
        Constant::Imaginary(im) => ConstKey::Complex(0f64.to_bits(), im.to_bits()),
        Constant::Str(s) => ConstKey::Str(s.clone()),
        Constant::Bytes(b) => ConstKey::Bytes(b.clone()),
    }
}

/// The constant value of `e`, if it is known at compile time.
pub(crate) fn fold(e: &Expr) -> Option<ConstKey> {
    match &e.kind {
        ExprKind::Constant(c) => Some(literal(c)),
        ExprKind::UnaryOp { op, operand } => fold_unary(*op, fold(operand)?),
        ExprKind::Tuple(elts) => {
            let items: Option<Vec<ConstKey>> = elts.iter().map(fold).collect();
            items.map(ConstKey::Tuple)
        }
        _ => None,
    }
}

fn fold_unary(op: UnaryOp, v: ConstKey) -> Option<ConstKey> {
    match (op, v) {
        (UnaryOp::Not, v) => Some(ConstKey::Bool(!v.is_truthy())),
        (UnaryOp::USub, ConstKey::Int(i)) => Some(match i.checked_neg() {
            Some(n) => ConstKey::Int(n),
            None => ConstKey::BigInt(format!("{}", -(i as i128))),
        }),
        (UnaryOp::USub, ConstKey::BigInt(d)) => Some(match d.strip_prefix('-') {
            Some(pos) => normalize_big(pos.to_string()),
            None => normalize_big(format!("-{d}")),
        }),
        (UnaryOp::USub, ConstKey::Float(bits)) => Some(ConstKey::Float((-f64::from_bits(bits)).to_bits())),
        (UnaryOp::USub, ConstKey::Complex(re, im)) => Some(ConstKey::Complex(
            (-f64::from_bits(re)).to_bits(),
            (-f64::from_bits(im)).to_bits(),
        )),
        (UnaryOp::UAdd, v @ (ConstKey::Int(_) | ConstKey::BigInt(_) | ConstKey::Float(_) | ConstKey::Complex(..))) => {
            Some(v)
        }
        (UnaryOp::Invert, ConstKey::Int(i)) => Some(ConstKey::Int(!i)),
        _ => None,
    }
}

/// Big-int digits that fit an i64 become an `Int` key (`-2**63`).
fn normalize_big(digits: String) -> ConstKey {
    match digits.parse::<i64>() {
        Ok(i) => ConstKey::Int(i),
        Err(_) => ConstKey::BigInt(digits),
    }
}
