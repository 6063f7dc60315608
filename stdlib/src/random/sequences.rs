//! `Random.choice`, `choices`, `shuffle` and `sample`, drawing as
//! `random.py` draws (so the picks match CPython's for the same seed).

use super::{this, Gen};
use crate::args::{or_none, Signature};
use garter_interp::code::{BINOP_ADD, CMP_LT};
use garter_interp::errors::{ExcKind, PyErr, PyResult};
use garter_interp::objects::function::Args;
use garter_interp::objects::number;
use garter_interp::value::{Payload, Value};
use garter_interp::vm::Vm;
use std::collections::HashSet;

/// `seq[i]`, without a method call for lists and tuples.
fn item(vm: &mut Vm, seq: &Value, i: u64) -> PyResult<Value> {
    match seq.payload() {
        Some(Payload::List(l)) => {
            if let Some(v) = l.borrow().get(i as usize) {
                return Ok(v.clone());
            }
        }
        Some(Payload::Tuple(t)) => {
            if let Some(v) = t.get(i as usize) {
                return Ok(v.clone());
            }
        }
        _ => {}
    }
    vm.get_item(seq, &Value::Int(i as i64))
}

const CHOICE: Signature = Signature { qualname: "Random.choice", names: &["seq"], positional: 1, required: 1, method: true };

/// `Random.choice(seq)`: `IndexError: Cannot choose from an empty sequence`.
pub fn choice(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this(vm, &args, "choice")?;
    let s = CHOICE.bind(&args)?;
    let seq = or_none(s[0]);
    let n = vm.len(&seq)?;
    if n == 0 {
        return Err(PyErr::new(ExcKind::IndexError, "Cannot choose from an empty sequence"));
    }
    let i = g.below_u64(vm, n as u64)?;
    item(vm, &seq, i)
}

const CHOICES: Signature =
    Signature { qualname: "Random.choices", names: &["population", "weights", "cum_weights", "k"], positional: 2, required: 1, method: true };

/// `itertools.accumulate(values)` with `+`.
fn accumulate(vm: &mut Vm, values: &Value) -> PyResult<Vec<Value>> {
    let items = vm.collect(values)?;
    let mut out: Vec<Value> = Vec::with_capacity(items.len());
    for v in items {
        let next = match out.last() {
            None => v,
            Some(prev) => vm.binary_op(prev.clone(), v, BINOP_ADD)?,
        };
        out.push(next);
    }
    Ok(out)
}

/// `bisect.bisect_right(a, x, lo, hi)` for a float `x`.
fn bisect_right(vm: &mut Vm, a: &[Value], x: f64, floats: Option<&[f64]>, mut lo: usize, mut hi: usize) -> PyResult<usize> {
    while lo < hi {
        let mid = (lo + hi) / 2;
        let less = match floats {
            Some(f) => x < f[mid],
            None => vm.compare_bool(&Value::Float(x), &a[mid], CMP_LT)?,
        };
        if less {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

/// The values as floats when comparing a float with them as floats gives
/// Python's answer (floats, and ints of at most 53 bits).
fn exact_floats(a: &[Value]) -> Option<Vec<f64>> {
    a.iter()
        .map(|v| match v {
            Value::Float(f) => Some(*f),
            Value::Int(i) if i.unsigned_abs() <= 1 << 53 => Some(*i as f64),
            Value::Bool(b) => Some(*b as i64 as f64),
            _ => None,
        })
        .collect()
}

/// `Random.choices(population, weights=None, *, cum_weights=None, k=1)`.
pub fn choices(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this(vm, &args, "choices")?;
    let s = CHOICES.bind(&args)?;
    let population = or_none(s[0]);
    let n = vm.len(&population)?;
    let k_value = s[3].cloned().unwrap_or(Value::Int(1));
    let weights = s[1].filter(|w| !w.is_none());
    let cum = s[2].filter(|w| !w.is_none());
    let cum_weights = match (weights, cum) {
        (None, None) => {
            let k = vm.index_value(&k_value)?.max(0);
            let nf = n as f64;
            let mut out = Vec::with_capacity(k as usize);
            for _ in 0..k {
                let r = g.random(vm)?;
                let i = (r * nf).floor();
                out.push(item(vm, &population, i as u64)?);
            }
            return Ok(Value::new_list(out));
        }
        (Some(w), None) => match accumulate(vm, w) {
            Ok(c) => c,
            Err(e) => {
                let (is_type_error, e) = crate::args::err_matches(vm, e, ExcKind::TypeError);
                if number::is_int(w) && is_type_error {
                    let r = vm.repr(w)?;
                    return Err(PyErr::type_error(format!("The number of choices must be a keyword argument: k={r}")));
                }
                return Err(e);
            }
        },
        (None, Some(c)) => vm.collect(c)?,
        (Some(_), Some(_)) => return Err(PyErr::type_error("Cannot specify both weights and cumulative weights")),
    };
    if cum_weights.len() != n {
        return Err(PyErr::value_error("The number of weights does not match the population"));
    }
    let last = cum_weights.last().cloned().ok_or_else(|| PyErr::new(ExcKind::IndexError, "list index out of range"))?;
    let total = vm.binary_op(last, Value::Float(0.0), BINOP_ADD)?;
    let total = match number::to_f64(&total) {
        Some(t) => t?,
        None => return Err(PyErr::type_error("must be real number")),
    };
    if total <= 0.0 {
        return Err(PyErr::value_error("Total of weights must be greater than zero"));
    }
    if !total.is_finite() {
        return Err(PyErr::value_error("Total of weights must be finite"));
    }
    let floats = exact_floats(&cum_weights);
    let hi = n - 1;
    let k = vm.index_value(&k_value)?.max(0);
    let mut out = Vec::with_capacity(k as usize);
    for _ in 0..k {
        let x = g.random(vm)? * total;
        let i = bisect_right(vm, &cum_weights, x, floats.as_deref(), 0, hi)?;
        out.push(item(vm, &population, i as u64)?);
    }
    Ok(Value::new_list(out))
}

const SHUFFLE: Signature = Signature { qualname: "Random.shuffle", names: &["x"], positional: 1, required: 1, method: true };

/// `Random.shuffle(x)`: Fisher-Yates from the end, in place.
pub fn shuffle(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this(vm, &args, "shuffle")?;
    let s = SHUFFLE.bind(&args)?;
    let x = or_none(s[0]);
    let n = vm.len(&x)?;
    for i in (1..n).rev() {
        let j = g.below_u64(vm, i as u64 + 1)? as usize;
        if let Some(Payload::List(l)) = x.payload() {
            let mut l = l.borrow_mut();
            if i < l.len() && j < l.len() {
                l.swap(i, j);
                continue;
            }
        }
        let (a, b) = (vm.get_item(&x, &Value::Int(i as i64))?, vm.get_item(&x, &Value::Int(j as i64))?);
        vm.set_item(&x, Value::Int(i as i64), b)?;
        vm.set_item(&x, Value::Int(j as i64), a)?;
    }
    Ok(Value::None)
}

const SAMPLE: Signature = Signature { qualname: "Random.sample", names: &["population", "k", "counts"], positional: 2, required: 2, method: true };

/// Is `v` a `collections.abc.Sequence` (as far as garter's types go)?
fn is_sequence(vm: &mut Vm, v: &Value) -> bool {
    match v.payload() {
        Some(Payload::List(_) | Payload::Tuple(_) | Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_))
        | Some(Payload::Range { .. } | Payload::BigRange(_)) => true,
        Some(Payload::Instance(_)) => {
            let t = vm.type_of(v);
            vm.lookup_in_type(&t, "__getitem__").is_some() && vm.lookup_in_type(&t, "__len__").is_some() && vm.lookup_in_type(&t, "keys").is_none()
        }
        _ => false,
    }
}

/// `Random.sample(population, k, *, counts=None)`.
pub fn sample(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this(vm, &args, "sample")?;
    let s = SAMPLE.bind(&args)?;
    let population = or_none(s[0]);
    let k_value = or_none(s[1]);
    if !is_sequence(vm, &population) {
        return Err(PyErr::type_error("Population must be a sequence.  For dicts or sets, use sorted(d)."));
    }
    let n = vm.len(&population)?;
    if let Some(counts) = s[2].filter(|c| !c.is_none()) {
        let mut cum = accumulate(vm, counts)?;
        if cum.len() != n {
            return Err(PyErr::value_error("The number of counts does not match the population"));
        }
        let total = cum.pop().ok_or_else(|| PyErr::new(ExcKind::IndexError, "pop from empty list"))?;
        let Some(total_int) = number::to_bigint(&total) else { return Err(PyErr::type_error("Counts must be integers")) };
        if total_int <= 0.into() {
            return Err(PyErr::value_error("Total of counts must be greater than zero"));
        }
        let total = i64::try_from(&total_int).map_err(|_| PyErr::overflow_error("Python int too large to convert to C ssize_t"))?;
        let range = Value::from_obj(Payload::Range { start: 0, stop: total, step: 1 });
        let selections = sample_from(vm, &g, &range, total as usize, &k_value)?;
        let mut out = Vec::with_capacity(selections.len());
        for sel in selections {
            let x = number::to_i64(&sel).unwrap_or(0);
            // bisect_right(cum_counts, x)
            let (mut lo, mut hi) = (0usize, cum.len());
            while lo < hi {
                let mid = (lo + hi) / 2;
                if vm.compare_bool(&Value::Int(x), &cum[mid], CMP_LT)? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            out.push(item(vm, &population, lo as u64)?);
        }
        return Ok(Value::new_list(out));
    }
    Ok(Value::new_list(sample_from(vm, &g, &population, n, &k_value)?))
}

/// The two algorithms of `random.py`: a shrinking pool for small
/// populations, rejection of already-selected indices for large ones.
fn sample_from(vm: &mut Vm, g: &Gen, population: &Value, n: usize, k_value: &Value) -> PyResult<Vec<Value>> {
    // `not 0 <= k <= n`, compared as Python compares.
    let in_range = vm.compare_bool(&Value::Int(0), k_value, garter_interp::code::CMP_LE)?
        && vm.compare_bool(k_value, &Value::Int(n as i64), garter_interp::code::CMP_LE)?;
    if !in_range {
        return Err(PyErr::value_error("Sample larger than population or is negative"));
    }
    let k = match k_value {
        Value::Float(_) => return Err(PyErr::type_error("can't multiply sequence by non-int of type 'float'")),
        v => vm.index_value(v)? as usize,
    };
    let mut setsize = 21usize;
    if k > 5 {
        let e = ((k * 3) as f64).ln() / 4f64.ln();
        setsize += 4usize.saturating_pow(e.ceil() as u32);
    }
    let mut result = Vec::with_capacity(k);
    if n <= setsize {
        let mut pool = vm.collect(population)?;
        let out_of_range = || PyErr::new(ExcKind::IndexError, "list index out of range");
        for i in 0..k {
            let j = g.below_u64(vm, (n - i) as u64)? as usize;
            // `len()` and iteration may disagree for a user sequence.
            let (Some(picked), Some(last)) = (pool.get(j).cloned(), pool.get(n - i - 1).cloned()) else { return Err(out_of_range()) };
            result.push(picked);
            pool[j] = last;
        }
    } else {
        let mut selected: HashSet<u64> = HashSet::with_capacity(k);
        for _ in 0..k {
            let mut j = g.below_u64(vm, n as u64)?;
            while selected.contains(&j) {
                j = g.below_u64(vm, n as u64)?;
            }
            selected.insert(j);
            result.push(item(vm, population, j)?);
        }
    }
    Ok(result)
}
