//! Operators on builtin containers: concatenation, repetition, set
//! algebra, dict `|`, ordering and equality of sequences, `in`.
//! Called by `vm/ops.rs` after the numeric paths.

use crate::code::*;
use crate::errors::{PyErr, PyResult};
use crate::value::{Payload, Value};
use crate::vm::Vm;
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
    if matches!(a.payload(), Some(Payload::DictView(_))) || matches!(b.payload(), Some(Payload::DictView(_))) {
        return crate::objects::dict_view::binary(vm, a, b, op);
    }
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
            // Exact capacity, and the code point count is known.
            Some(Value::Obj(crate::value::Obj::new(Payload::Str(crate::objects::str::PyStr::with_char_len(
                s,
                x.char_len() + y.char_len(),
            )))))
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
        (BINOP_MOD, Payload::Bytes(fmt), _) => {
            let fmt = fmt.clone();
            Some(Value::new_bytes(crate::objects::percent::percent_format_bytes(vm, &fmt, b)?))
        }
        (BINOP_MOD, Payload::ByteArray(fmt), _) => {
            let fmt = fmt.borrow().clone();
            Some(Value::new_bytearray(crate::objects::percent::percent_format_bytes(vm, &fmt, b)?))
        }
        (BINOP_MOD, Payload::Str(s), _) => {
            let s = s.as_str().to_string();
            Some(Value::from_string(crate::objects::percent::percent_format(vm, &s, b)?))
        }
        (BINOP_OR | BINOP_AND | BINOP_SUB | BINOP_XOR, Payload::Set(_) | Payload::FrozenSet(_), Some(Payload::Set(_) | Payload::FrozenSet(_))) => {
            Some(set_op(vm, a, b, op, inplace)?)
        }
        (BINOP_OR, Payload::Dict(_), Some(_)) if inplace => {
            // `d |= x` accepts what `d.update(x)` accepts.
            let arg = [b.clone()];
            crate::objects::container_methods::dict_update_from(vm, a, crate::objects::function::Args::positional_only(&arg))?;
            Some(a.clone())
        }
        (BINOP_OR, Payload::Dict(x), Some(Payload::Dict(y))) => {
            let items = y.borrow().items();
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

/// `a | b`, `a & b`, `a - b`, `a ^ b` for sets (result type of `a`), or
/// the in-place forms when `a` is a mutable set and `inplace`.
pub fn set_op(vm: &mut Vm, a: &Value, b: &Value, op: u32, inplace: bool) -> PyResult<Value> {
    use crate::objects::set_ops;
    if inplace {
        if let Some(Payload::Set(cell)) = a.payload() {
            match op {
                BINOP_OR => set_ops::update(vm, cell, b)?,
                BINOP_AND => {
                    let r = set_ops::intersection(vm, a, b)?;
                    *cell.borrow_mut() = r;
                }
                BINOP_SUB => set_ops::difference_update(vm, cell, b)?,
                _ => set_ops::symmetric_difference_update(vm, cell, b)?,
            }
            return Ok(a.clone());
        }
    }
    let data = match op {
        BINOP_OR => set_ops::union(vm, a, b)?,
        BINOP_AND => set_ops::intersection(vm, a, b)?,
        BINOP_SUB => set_ops::difference(vm, a, b)?,
        _ => set_ops::symmetric_difference(vm, a, b)?,
    };
    Ok(set_ops::wrap_like(a, data))
}

/// Set comparison (`==`, subset and superset orderings).
fn set_compare(vm: &mut Vm, a: &Value, b: &Value, op: u32) -> PyResult<bool> {
    use crate::objects::set_ops::{all_in, table_of};
    let at = table_of(a).unwrap_or_default();
    let bt = table_of(b).unwrap_or_default();
    let (la, lb) = (at.len(), bt.len());
    Ok(match op {
        CMP_EQ => la == lb && all_in(vm, &at, b)?,
        CMP_NE => !(la == lb && all_in(vm, &at, b)?),
        CMP_LE => la <= lb && all_in(vm, &at, b)?,
        CMP_LT => la < lb && all_in(vm, &at, b)?,
        CMP_GE => la >= lb && all_in(vm, &bt, a)?,
        _ => la > lb && all_in(vm, &bt, a)?,
    })
}

/// Ranges are equal when they hold the same items.
fn range_eq(a: &Value, b: &Value) -> bool {
    use crate::objects::range::{bounds, length};
    let (Some((s1, e1, st1)), Some((s2, e2, st2))) = (bounds(a), bounds(b)) else { return false };
    let n1 = length(&s1, &e1, &st1);
    let n2 = length(&s2, &e2, &st2);
    if n1 != n2 {
        return false;
    }
    if n1 == 0u8.into() {
        return true;
    }
    if s1 != s2 {
        return false;
    }
    n1 == 1u8.into() || st1 == st2
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
            // Tuples are immutable: compare their items in place. Lists are
            // copied first, since an `__eq__` callback could mutate them.
            if let (Payload::Tuple(x), Payload::Tuple(y)) = (pa, pb) {
                return Ok(Some(compare_seqs(vm, x, y, op)?));
            }
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
            Some(set_compare(vm, a, b, op)?)
        }
        (Payload::Range { .. } | Payload::BigRange(_), Payload::Range { .. } | Payload::BigRange(_))
            if op == CMP_EQ || op == CMP_NE =>
        {
            let eq = range_eq(a, b);
            Some(if op == CMP_EQ { eq } else { !eq })
        }
        (Payload::DictView(_), _) | (_, Payload::DictView(_)) => crate::objects::dict_view::compare(vm, a, b, op)?,
        (Payload::Slice { start: a1, stop: a2, step: a3 }, Payload::Slice { start: b1, stop: b2, step: b3 }) => {
            // Slices compare as the tuples (start, stop, step).
            let x = [a1.clone(), a2.clone(), a3.clone()];
            let y = [b1.clone(), b2.clone(), b3.clone()];
            Some(compare_seqs(vm, &x, &y, op)?)
        }
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
        Some(Payload::Dict(d)) => {
            // Finds the entry without cloning its value.
            let h = vm.hash(item)?;
            Ok(vm.table_find(d, h, item)?.is_some())
        }
        Some(Payload::Set(_) | Payload::FrozenSet(_)) => vm.set_contains(container, item),
        Some(Payload::DictView(dv)) => crate::objects::dict_view::contains(vm, dv, item),
        Some(Payload::BigRange(r)) => match crate::objects::number::to_bigint(item) {
            Some(x) if !matches!(item, Value::Float(_)) => {
                Ok(crate::objects::range::contains(&r.start, &r.stop, &r.step, &x))
            }
            _ => {
                let it = vm.get_iter(container)?;
                while let Some(v) = vm.next(&it)? {
                    if vm.eq(&v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        },
        Some(Payload::Range { start, stop, step }) => {
            if let Some(Payload::BigInt(x)) = item.payload() {
                let (a, b, c) = ((*start).into(), (*stop).into(), (*step).into());
                return Ok(crate::objects::range::contains(&a, &b, &c, x));
            }
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

impl Vm {
    /// `a + b` / `a += b` on two strs, appending to `a` in place when no one
    /// else can see it (CPython's `unicode_concatenate`): `a` is the
    /// second-from-top stack value and `b` the top, as `BinaryOp` finds
    /// them. When the next instruction is `StoreFast` into the local that
    /// holds `a` (`s += t`, `s = s + t`), that local is cleared first, so
    /// the stack's reference can be the only one; the `StoreFast` writes the
    /// result back, so nothing observes the gap. Returns true with the result
    /// on the stack in place of the operands; false with the stack and the
    /// local untouched when the trick does not apply (a shared `a`, `s += s`).
    pub fn try_str_concat_in_place(&mut self, code: &Code, ip: usize, base: usize) -> bool {
        let n = self.stack.len();
        if n < 2 {
            return false;
        }
        match (&self.stack[n - 2], &self.stack[n - 1]) {
            (Value::Obj(a), Value::Obj(b))
                if matches!(a.payload(), Payload::Str(_)) && matches!(b.payload(), Payload::Str(_)) => {}
            _ => return false,
        }
        let mut cleared_local = None;
        if let Some(&Instr { op: Op::StoreFast, arg }) = code.instructions.get(ip) {
            let slot = base + arg as usize;
            if slot < n - 2 && self.stack[slot].is(&self.stack[n - 2]) {
                self.stack[slot] = Value::Null;
                cleared_local = Some(slot);
            }
        }
        let Value::Obj(mut a) = std::mem::replace(&mut self.stack[n - 2], Value::Null) else {
            return false;
        };
        let appended = match (std::rc::Rc::get_mut(&mut a.0), self.stack[n - 1].payload()) {
            (Some(Payload::Str(s)), Some(Payload::Str(t))) => {
                s.push_str(t);
                true
            }
            _ => false,
        };
        if appended {
            self.stack.pop();
        } else if let Some(slot) = cleared_local {
            self.stack[slot] = Value::Obj(a.clone());
        }
        self.stack[n - 2] = Value::Obj(a);
        appended
    }
}
