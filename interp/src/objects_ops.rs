//! Operators on builtin containers: concatenation, repetition, set
//! algebra, dict `|`, ordering and equality of sequences, `in`.
//! Called by `vm/ops.rs` after the numeric paths.

use crate::code::*;
use crate::errors::{PyErr, PyResult};
use crate::objects::dict::Dict;
use crate::value::{Payload, Value};
use crate::vm::Vm;
use std::cell::RefCell;
use std::cmp::Ordering;

/// `len(range(...))`.
pub fn range_len(v: &Value) -> i64 {
    match v.payload() {
        Some(Payload::Range { start, stop, step }) => range_len_of(*start, *stop, *step),
        _ => 0,
    }
}

pub fn range_len_of(start: i64, stop: i64, step: i64) -> i64 {
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    let n = if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    n.min(i64::MAX as i128) as i64
}

fn repeat_count(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

fn check_size(n: usize, times: i64) -> PyResult<usize> {
    if times <= 0 {
        return Ok(0);
    }
    n.checked_mul(times as usize)
        .filter(|&total| total < (1usize << 34))
        .ok_or_else(|| PyErr::new(crate::errors::ExcKind::MemoryError, ""))
}

pub fn builtin_binary(vm: &mut Vm, a: &Value, b: &Value, op: u32, inplace: bool) -> PyResult<Option<Value>> {
    let (Some(pa), pb) = (a.payload(), b.payload()) else {
        // `3 * [1]`, `2 * "ab"`.
        if op == BINOP_MUL {
            if let (Some(_), Some(_)) = (repeat_count(a), b.payload()) {
                return builtin_binary(vm, b, a, op, false);
            }
        }
        return Ok(None);
    };
    Ok(match (op, pa, pb) {
        (BINOP_ADD, Payload::Str(x), Some(Payload::Str(y))) => {
            let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
            s.push_str(x.as_str());
            s.push_str(y.as_str());
            Some(Value::from_string(s))
        }
        (BINOP_ADD, Payload::List(x), Some(Payload::List(y))) => {
            if inplace {
                let add = y.borrow().clone();
                x.borrow_mut().extend(add);
                return Ok(Some(a.clone()));
            }
            let mut v = x.borrow().clone();
            v.extend(y.borrow().iter().cloned());
            Some(Value::new_list(v))
        }
        (BINOP_ADD, Payload::List(x), Some(_)) if inplace => {
            let items = vm.collect(b)?;
            x.borrow_mut().extend(items);
            Some(a.clone())
        }
        (BINOP_ADD, Payload::Tuple(x), Some(Payload::Tuple(y))) => {
            let mut v = x.clone();
            v.extend(y.iter().cloned());
            Some(Value::new_tuple(v))
        }
        (BINOP_ADD, Payload::Bytes(x), Some(Payload::Bytes(y))) => {
            let mut v = x.clone();
            v.extend_from_slice(y);
            Some(Value::new_bytes(v))
        }
        (BINOP_ADD, Payload::ByteArray(x), Some(Payload::Bytes(y))) => {
            if inplace {
                x.borrow_mut().extend_from_slice(y);
                return Ok(Some(a.clone()));
            }
            let mut v = x.borrow().clone();
            v.extend_from_slice(y);
            Some(Value::new_bytearray(v))
        }
        (BINOP_ADD, Payload::ByteArray(x), Some(Payload::ByteArray(y))) => {
            let add = y.borrow().clone();
            if inplace {
                x.borrow_mut().extend_from_slice(&add);
                return Ok(Some(a.clone()));
            }
            let mut v = x.borrow().clone();
            v.extend_from_slice(&add);
            Some(Value::new_bytearray(v))
        }
        (BINOP_MUL, p, _) if repeat_count(b).is_some() => {
            let n = repeat_count(b).unwrap_or(0);
            match p {
                Payload::Str(s) => {
                    let total = check_size(s.as_str().len(), n)?;
                    let _ = total;
                    Some(Value::from_string(s.as_str().repeat(n.max(0) as usize)))
                }
                Payload::List(l) => {
                    let items = l.borrow().clone();
                    check_size(items.len(), n)?;
                    let mut v = Vec::with_capacity(items.len() * n.max(0) as usize);
                    for _ in 0..n.max(0) {
                        v.extend(items.iter().cloned());
                    }
                    if inplace {
                        *l.borrow_mut() = v;
                        return Ok(Some(a.clone()));
                    }
                    Some(Value::new_list(v))
                }
                Payload::Tuple(t) => {
                    check_size(t.len(), n)?;
                    let mut v = Vec::with_capacity(t.len() * n.max(0) as usize);
                    for _ in 0..n.max(0) {
                        v.extend(t.iter().cloned());
                    }
                    Some(Value::new_tuple(v))
                }
                Payload::Bytes(bs) => {
                    check_size(bs.len(), n)?;
                    Some(Value::new_bytes(bs.repeat(n.max(0) as usize)))
                }
                Payload::ByteArray(bs) => {
                    let v = bs.borrow().clone();
                    check_size(v.len(), n)?;
                    Some(Value::new_bytearray(v.repeat(n.max(0) as usize)))
                }
                _ => None,
            }
        }
        (BINOP_MOD, Payload::Str(s), _) => {
            let s = s.as_str().to_string();
            Some(Value::from_string(crate::objects::percent::percent_format(vm, &s, b)?))
        }
        (BINOP_OR | BINOP_AND | BINOP_SUB | BINOP_XOR, Payload::Set(_) | Payload::FrozenSet(_), Some(Payload::Set(_) | Payload::FrozenSet(_))) => {
            Some(set_op(vm, a, b, op, inplace)?)
        }
        (BINOP_OR, Payload::Dict(x), Some(Payload::Dict(y))) => {
            let items = y.borrow().items();
            if inplace {
                for (k, v) in items {
                    vm.table_set(x, k, v)?;
                }
                return Ok(Some(a.clone()));
            }
            let d = Value::new_dict(x.borrow().clone());
            if let Some(Payload::Dict(c)) = d.payload() {
                for (k, v) in items {
                    vm.table_set(c, k, v)?;
                }
            }
            Some(d)
        }
        _ => None,
    })
}

fn set_items(v: &Value) -> Vec<Value> {
    match v.payload() {
        Some(Payload::Set(s)) => s.borrow().keys(),
        Some(Payload::FrozenSet(s)) => s.keys(),
        _ => Vec::new(),
    }
}

fn set_table(v: &Value) -> Option<Dict> {
    match v.payload() {
        Some(Payload::Set(s)) => Some(s.borrow().clone()),
        Some(Payload::FrozenSet(s)) => Some(s.clone()),
        _ => None,
    }
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for sets (result type of `a`).
pub fn set_op(vm: &mut Vm, a: &Value, b: &Value, op: u32, inplace: bool) -> PyResult<Value> {
    let result = RefCell::new(Dict::new());
    let bt = RefCell::new(set_table(b).unwrap_or_default());
    let at = RefCell::new(set_table(a).unwrap_or_default());
    match op {
        BINOP_OR => {
            for k in set_items(a).into_iter().chain(set_items(b)) {
                vm.table_set(&result, k, Value::None)?;
            }
        }
        BINOP_AND => {
            for k in set_items(a) {
                if vm.table_get(&bt, &k)?.is_some() {
                    vm.table_set(&result, k, Value::None)?;
                }
            }
        }
        BINOP_SUB => {
            for k in set_items(a) {
                if vm.table_get(&bt, &k)?.is_none() {
                    vm.table_set(&result, k, Value::None)?;
                }
            }
        }
        _ => {
            for k in set_items(a) {
                if vm.table_get(&bt, &k)?.is_none() {
                    vm.table_set(&result, k, Value::None)?;
                }
            }
            for k in set_items(b) {
                if vm.table_get(&at, &k)?.is_none() {
                    vm.table_set(&result, k, Value::None)?;
                }
            }
        }
    }
    let result = result.into_inner();
    Ok(match a.payload() {
        Some(Payload::Set(s)) => {
            if inplace {
                *s.borrow_mut() = result;
                a.clone()
            } else {
                Value::from_obj(Payload::Set(RefCell::new(result)))
            }
        }
        _ => Value::from_obj(Payload::FrozenSet(result)),
    })
}

fn seq_items(v: &Value) -> Option<Vec<Value>> {
    match v.payload() {
        Some(Payload::List(l)) => Some(l.borrow().clone()),
        Some(Payload::Tuple(t)) => Some(t.clone()),
        _ => None,
    }
}

/// Lexicographic comparison of two sequences of the same kind.
fn compare_seqs(vm: &mut Vm, x: &[Value], y: &[Value], op: u32) -> PyResult<bool> {
    for (p, q) in x.iter().zip(y.iter()) {
        if !vm.eq(p, q)? {
            return match op {
                CMP_EQ => Ok(false),
                CMP_NE => Ok(true),
                _ => vm.compare_bool(p, q, op),
            };
        }
    }
    let (lx, ly) = (x.len(), y.len());
    Ok(match op {
        CMP_LT => lx < ly,
        CMP_LE => lx <= ly,
        CMP_EQ => lx == ly,
        CMP_NE => lx != ly,
        CMP_GT => lx > ly,
        _ => lx >= ly,
    })
}

fn ord_result(o: Ordering, op: u32) -> bool {
    match op {
        CMP_LT => o == Ordering::Less,
        CMP_LE => o != Ordering::Greater,
        CMP_EQ => o == Ordering::Equal,
        CMP_NE => o != Ordering::Equal,
        CMP_GT => o == Ordering::Greater,
        _ => o != Ordering::Less,
    }
}

/// Comparison of builtin non-numeric values; None when unsupported.
pub fn builtin_compare(vm: &mut Vm, a: &Value, b: &Value, op: u32) -> PyResult<Option<bool>> {
    let (Some(pa), Some(pb)) = (a.payload(), b.payload()) else {
        return Ok(None);
    };
    Ok(match (pa, pb) {
        (Payload::Str(x), Payload::Str(y)) => Some(ord_result(x.as_str().cmp(y.as_str()), op)),
        (Payload::Bytes(x), Payload::Bytes(y)) => Some(ord_result(x.cmp(y), op)),
        (Payload::ByteArray(x), Payload::ByteArray(y)) => Some(ord_result(x.borrow().cmp(&*y.borrow()), op)),
        (Payload::ByteArray(x), Payload::Bytes(y)) => Some(ord_result(x.borrow().as_slice().cmp(y.as_slice()), op)),
        (Payload::Bytes(x), Payload::ByteArray(y)) => Some(ord_result(x.as_slice().cmp(y.borrow().as_slice()), op)),
        (Payload::List(_), Payload::List(_)) | (Payload::Tuple(_), Payload::Tuple(_)) => {
            let x = seq_items(a).unwrap_or_default();
            let y = seq_items(b).unwrap_or_default();
            Some(compare_seqs(vm, &x, &y, op)?)
        }
        (Payload::Dict(x), Payload::Dict(y)) if op == CMP_EQ || op == CMP_NE => {
            let xi = x.borrow().items();
            let eq = if xi.len() != y.borrow().len() {
                false
            } else {
                let mut all = true;
                for (k, v) in xi {
                    match vm.table_get(y, &k)? {
                        Some(w) if vm.eq(&v, &w)? => {}
                        _ => {
                            all = false;
                            break;
                        }
                    }
                }
                all
            };
            Some(if op == CMP_EQ { eq } else { !eq })
        }
        (Payload::Set(_) | Payload::FrozenSet(_), Payload::Set(_) | Payload::FrozenSet(_)) => {
            let xa = set_items(a);
            let yb = set_items(b);
            let bt = RefCell::new(set_table(b).unwrap_or_default());
            let at = RefCell::new(set_table(a).unwrap_or_default());
            let mut a_in_b = true;
            for k in &xa {
                if vm.table_get(&bt, k)?.is_none() {
                    a_in_b = false;
                    break;
                }
            }
            let mut b_in_a = true;
            for k in &yb {
                if vm.table_get(&at, k)?.is_none() {
                    b_in_a = false;
                    break;
                }
            }
            Some(match op {
                CMP_EQ => a_in_b && b_in_a,
                CMP_NE => !(a_in_b && b_in_a),
                CMP_LE => a_in_b,
                CMP_LT => a_in_b && xa.len() < yb.len(),
                CMP_GE => b_in_a,
                _ => b_in_a && yb.len() < xa.len(),
            })
        }
        (Payload::Range { .. }, Payload::Range { .. }) if op == CMP_EQ || op == CMP_NE => {
            let x = vm.collect(a)?;
            let y = vm.collect(b)?;
            let eq = x.len() == y.len() && compare_seqs(vm, &x, &y, CMP_EQ)?;
            Some(if op == CMP_EQ { eq } else { !eq })
        }
        (Payload::Slice { .. }, Payload::Slice { .. }) => None,
        _ => None,
    })
}

/// `item in container` for builtin containers.
pub fn builtin_contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    match container.payload() {
        Some(Payload::Str(s)) => match item.as_str() {
            Some(n) => Ok(s.as_str().contains(n)),
            None => Err(PyErr::type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                vm.type_name(item)
            ))),
        },
        Some(Payload::List(l)) => {
            let n = l.borrow().len();
            for i in 0..n {
                let v = match l.borrow().get(i) {
                    Some(v) => v.clone(),
                    None => break,
                };
                if vm.eq(&v, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Some(Payload::Tuple(t)) => {
            for v in t {
                if vm.eq(v, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Some(Payload::Dict(d)) => Ok(vm.table_get(d, item)?.is_some()),
        Some(Payload::Set(s)) => Ok(vm.table_get(s, item)?.is_some()),
        Some(Payload::FrozenSet(s)) => {
            let c = RefCell::new(s.clone());
            Ok(vm.table_get(&c, item)?.is_some())
        }
        Some(Payload::Range { start, stop, step }) => {
            let i = match item {
                Value::Int(i) => *i,
                Value::Bool(b) => *b as i64,
                _ => {
                    let items = vm.collect(container)?;
                    for v in items {
                        if vm.eq(&v, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
            };
            let (start, stop, step) = (*start, *stop, *step);
            let inside = if step > 0 { start <= i && i < stop } else { stop < i && i <= start };
            Ok(inside && (i as i128 - start as i128) % step as i128 == 0)
        }
        Some(Payload::Bytes(_)) | Some(Payload::ByteArray(_)) => {
            let hay: Vec<u8> = match container.payload() {
                Some(Payload::Bytes(b)) => b.clone(),
                Some(Payload::ByteArray(b)) => b.borrow().clone(),
                _ => Vec::new(),
            };
            match item {
                Value::Int(i) => Ok(hay.contains(&(*i as u8)) && (0..256).contains(i)),
                _ => {
                    let needle: Vec<u8> = match item.payload() {
                        Some(Payload::Bytes(b)) => b.clone(),
                        Some(Payload::ByteArray(b)) => b.borrow().clone(),
                        _ => {
                            return Err(PyErr::type_error(format!(
                                "a bytes-like object is required, not '{}'",
                                vm.type_name(item)
                            )))
                        }
                    };
                    Ok(needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle.as_slice()))
                }
            }
        }
        _ => {
            let it = vm.get_iter(container).map_err(|_| {
                PyErr::type_error(format!("argument of type '{}' is not iterable", vm.type_name(container)))
            })?;
            while let Some(v) = vm.next(&it)? {
                if vm.eq(&v, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}
