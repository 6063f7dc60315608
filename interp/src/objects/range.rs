//! `range` objects whose bounds do not all fit in i64 (`range(2**64)`).
//! Ranges with i64 bounds are `Payload::Range`; `make_range` picks the
//! representation, so a `BigRange` always has a bound outside i64.

use crate::value::{Payload, Value};
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

/// A range value: the inline i64 form when every bound fits.
pub fn make_range(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    match (start.to_i64(), stop.to_i64(), step.to_i64()) {
        (Some(a), Some(b), Some(c)) => Value::from_obj(Payload::Range { start: a, stop: b, step: c }),
        _ => Value::from_obj(Payload::BigRange(Box::new(BigRange { start, stop, step }))),
    }
}

/// The bounds of any range value as BigInts.
pub fn bounds(v: &Value) -> Option<(BigInt, BigInt, BigInt)> {
    match v.payload() {
        Some(Payload::Range { start, stop, step }) => Some(((*start).into(), (*stop).into(), (*step).into())),
        Some(Payload::BigRange(r)) => Some((r.start.clone(), r.stop.clone(), r.step.clone())),
        _ => None,
    }
}

/// The number of items, as CPython's `compute_range_length`.
pub fn length(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let zero = BigInt::zero();
    if step > &zero {
        if start < stop {
            (stop - start - 1) / step + 1
        } else {
            zero
        }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        zero
    }
}

/// The item at `i` (0 <= i < len).
pub fn item(start: &BigInt, step: &BigInt, i: &BigInt) -> BigInt {
    start + i * step
}

/// Whether the integer `x` is in the range.
pub fn contains(start: &BigInt, stop: &BigInt, step: &BigInt, x: &BigInt) -> bool {
    let zero = BigInt::zero();
    let inside = if step > &zero { start <= x && x < stop } else { stop < x && x <= start };
    inside && ((x - start) % step).is_zero()
}

/// `start`, `stop` and `step` of a big range.
pub fn attr(r: &BigRange, name: &str) -> Option<Value> {
    match name {
        "start" => Some(Value::from_bigint(r.start.clone())),
        "stop" => Some(Value::from_bigint(r.stop.clone())),
        "step" => Some(Value::from_bigint(r.step.clone())),
        _ => None,
    }
}
