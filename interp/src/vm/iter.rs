//! Iteration: `iter()`, `next()`, collecting, unpacking.

use crate::errors::{self, ExcKind, PyErr, PyResult};
use crate::objects::iter::{IterKind, IterState};
use crate::value::{Payload, Value};
use crate::vm::ops::is_user;
use crate::vm::Vm;
use std::cell::RefCell;

pub fn new_iter(state: IterState) -> Value {
    Value::from_obj(Payload::Iter(Box::new(RefCell::new(state))))
}

/// What one step of `ForIter` (or `Send`) did.
pub enum IterStep {
    /// The next value is pushed above the iterator.
    Pushed,
    /// The iterator is finished: `ForIter` popped it; `Send` replaced the
    /// receiver with its result. The caller jumps to the instruction's target.
    Finished,
    /// A generator's frame was pushed to run inline (`vm/generator.rs`).
    Entered,
}

/// One step of a list, tuple or int range iterator, the kinds `ForIter`
/// advances without leaving the dispatch loop: `Some(next)`, or `None` for
/// every other kind.
#[inline]
fn next_fast(state: &mut IterState) -> Option<Option<Value>> {
    match state {
        IterState::Range { next, stop, step } => {
            let n = *next;
            if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                // Past the end without overflowing: clamp to `stop`.
                *next = n.checked_add(*step).unwrap_or(*stop);
                Some(Some(Value::Int(n)))
            } else {
                Some(None)
            }
        }
        IterState::Seq { seq: Value::Obj(o), index } => {
            let r = match o.payload() {
                Payload::List(l) => l.borrow().get(*index).cloned(),
                Payload::Tuple(t) => t.get(*index).cloned(),
                _ => return None,
            };
            match r {
                Some(v) => {
                    *index += 1;
                    Some(Some(v))
                }
                None => {
                    *state = state.exhausted();
                    Some(None)
                }
            }
        }
        _ => None,
    }
}

impl Vm {
    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(p) = v.payload() {
            match p {
                Payload::List(_) | Payload::Tuple(_) | Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_) => {
                    return Ok(new_iter(IterState::Seq { seq: v.clone(), index: 0 }))
                }
                Payload::Range { start, stop, step } => {
                    return Ok(new_iter(IterState::Range { next: *start, stop: *stop, step: *step }))
                }
                Payload::BigRange(r) => {
                    return Ok(new_iter(IterState::BigRange {
                        next: r.start.clone(),
                        stop: r.stop.clone(),
                        step: r.step.clone(),
                    }))
                }
                Payload::DictView(dv) => return Ok(crate::objects::dict_view::iter(dv)),
                Payload::Dict(d) => {
                    let len = d.borrow().len();
                    let o = v.as_obj().cloned().ok_or_else(|| PyErr::internal("iter"))?;
                    return Ok(new_iter(IterState::Dict { dict: o, pos: 0, len, which: 0 }));
                }
                Payload::Set(_) | Payload::FrozenSet(_) => {
                    let used = match p {
                        Payload::Set(s) => s.borrow().len(),
                        Payload::FrozenSet(s) => s.len(),
                        _ => 0,
                    };
                    let o = v.as_obj().cloned().ok_or_else(|| PyErr::internal("iter"))?;
                    return Ok(new_iter(IterState::Set { set: o, pos: 0, used }));
                }
                Payload::Iter(_) | Payload::Generator(_) => return Ok(v.clone()),
                _ => {}
            }
        }
        if is_user(v) {
            if let Some(it) = self.call_dunder(v, "__iter__", &[])? {
                let ty = self.type_of(&it);
                if !matches!(it.payload(), Some(Payload::Iter(_)) | Some(Payload::Generator(_)))
                    && self.lookup_in_type(&ty, "__next__").is_none()
                {
                    return Err(PyErr::type_error(format!(
                        "iter() returned non-iterator of type '{}'",
                        self.type_name(&it)
                    )));
                }
                return Ok(it);
            }
            let ty = self.type_of(v);
            if self.lookup_in_type(&ty, "__getitem__").is_some() {
                return Ok(new_iter(IterState::GetItem { obj: v.clone(), index: 0 }));
            }
            let b = self.builtin_base(v);
            if !b.is(v) {
                return self.get_iter(&b);
            }
        }
        Err(errors::not_iterable(&self.type_name(v)))
    }

    /// `ForIter` with the iterator on top (`ip` is past the `ForIter`):
    /// pushes the next value, or pops the finished iterator, or enters a
    /// generator's frame.
    #[inline]
    pub(crate) fn for_iter(&mut self, ip: usize) -> PyResult<IterStep> {
        let fast = match self.stack.last() {
            Some(Value::Obj(o)) => match o.payload() {
                Payload::Iter(state) => match state.try_borrow_mut() {
                    Ok(mut st) => next_fast(&mut st),
                    Err(_) => None,
                },
                Payload::Generator(_) => {
                    if let Some(f) = self.frames.last_mut() {
                        f.ip = ip;
                    }
                    if self.enter_generator(Value::None)? {
                        return Ok(IterStep::Entered);
                    }
                    self.stack.pop();
                    return Ok(IterStep::Finished);
                }
                _ => None,
            },
            _ => None,
        };
        let next = match fast {
            Some(next) => next,
            None => {
                let it = self.top().clone();
                self.next(&it)?
            }
        };
        match next {
            Some(v) => {
                self.stack.push(v);
                Ok(IterStep::Pushed)
            }
            None => {
                self.stack.pop();
                Ok(IterStep::Finished)
            }
        }
    }

    /// Advances an iterator: `Some(value)`, or `None` when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it.payload() {
            Some(Payload::Iter(state)) => self.next_builtin(state),
            Some(Payload::Generator(_)) => self.generator_next(it),
            _ => match self.call_dunder(it, "__next__", &[]) {
                Ok(Some(v)) => Ok(Some(v)),
                Ok(None) => Err(PyErr::type_error(format!("'{}' object is not an iterator", self.type_name(it)))),
                Err(e) if self.err_is(&e, ExcKind::StopIteration) => Ok(None),
                Err(e) => Err(e),
            },
        }
    }

    fn next_builtin(&mut self, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
        let mut st = state.borrow_mut();
        match &mut *st {
            IterState::Range { next, stop, step } => {
                let n = *next;
                if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                    *next = n.saturating_add(*step);
                    if (n > 0 && *step > 0 && *next < n) || (*step < 0 && *next > n) {
                        *next = *stop;
                    }
                    Ok(Some(Value::Int(n)))
                } else {
                    Ok(None)
                }
            }
            IterState::BigRange { next, stop, step } => {
                let more = if step.sign() == num_bigint::Sign::Plus { &*next < &*stop } else { &*next > &*stop };
                if !more {
                    *st = IterState::Exhausted(IterKind::LongRange);
                    return Ok(None);
                }
                let n = next.clone();
                *next += &*step;
                Ok(Some(Value::from_bigint(n)))
            }
            IterState::Set { set, pos, used } => {
                let (len, found) = {
                    let t = match set.payload() {
                        Payload::Set(c) => c.borrow(),
                        Payload::FrozenSet(_) => {
                            // Frozensets cannot change: no borrow needed.
                            let Payload::FrozenSet(t) = set.payload() else { return Ok(None) };
                            let mut i = *pos;
                            while i < t.slots() && t.key_at(i).is_none() {
                                i += 1;
                            }
                            *pos = i + 1;
                            let r = t.key_at(i).cloned();
                            if r.is_none() {
                                *st = IterState::Exhausted(IterKind::Set);
                            }
                            return Ok(r);
                        }
                        _ => return Ok(None),
                    };
                    let mut i = *pos;
                    while i < t.slots() && t.key_at(i).is_none() {
                        i += 1;
                    }
                    *pos = i + 1;
                    (t.len(), t.key_at(i).cloned())
                };
                if len != *used {
                    *used = usize::MAX;
                    *pos = 0;
                    return Err(PyErr::new(ExcKind::RuntimeError, "Set changed size during iteration"));
                }
                if found.is_none() {
                    *st = IterState::Exhausted(IterKind::Set);
                }
                Ok(found)
            }
            IterState::DictRev { dict, pos, len, which } => {
                let Payload::Dict(d) = dict.payload() else { return Ok(None) };
                let d = d.borrow();
                if d.len() != *len {
                    *len = usize::MAX;
                    return Err(PyErr::new(ExcKind::RuntimeError, "dictionary changed size during iteration"));
                }
                while *pos > 0 {
                    *pos -= 1;
                    if let Some(e) = d.entry(*pos) {
                        return Ok(Some(match which {
                            0 => e.key.clone(),
                            1 => e.value.clone(),
                            _ => Value::new_tuple(vec![e.key.clone(), e.value.clone()]),
                        }));
                    }
                }
                Ok(None)
            }
            IterState::Seq { seq, index } => {
                let i = *index;
                let r = match seq.payload() {
                    Some(Payload::List(l)) => l.borrow().get(i).cloned(),
                    Some(Payload::Tuple(t)) => t.get(i).cloned(),
                    Some(Payload::Str(s)) => {
                        if s.is_ascii() {
                            s.as_str().as_bytes().get(i).map(|&b| Value::new_str(std::str::from_utf8(&[b]).unwrap_or("")))
                        } else {
                            // Walk by byte offset kept in index for non-ASCII.
                            let text = s.as_str();
                            match text[i.min(text.len())..].chars().next() {
                                Some(c) => {
                                    *index = i + c.len_utf8();
                                    return Ok(Some(Value::from_string(c.to_string())));
                                }
                                None => None,
                            }
                        }
                    }
                    Some(Payload::Bytes(b)) => b.get(i).map(|&x| Value::Int(x as i64)),
                    Some(Payload::ByteArray(b)) => b.borrow().get(i).map(|&x| Value::Int(x as i64)),
                    _ => None,
                };
                if r.is_some() {
                    *index = i + 1;
                } else {
                    *st = st.exhausted();
                }
                Ok(r)
            }
            IterState::Dict { dict, pos, len, which } => {
                let Payload::Dict(d) = dict.payload() else { return Ok(None) };
                let d = d.borrow();
                if d.len() != *len {
                    *len = usize::MAX;
                    return Err(PyErr::new(ExcKind::RuntimeError, "dictionary changed size during iteration"));
                }
                while *pos < d.slots() {
                    let p = *pos;
                    *pos += 1;
                    if let Some(e) = d.entry(p) {
                        return Ok(Some(match which {
                            0 => e.key.clone(),
                            1 => e.value.clone(),
                            _ => Value::new_tuple(vec![e.key.clone(), e.value.clone()]),
                        }));
                    }
                }
                Ok(None)
            }
            IterState::Reversed { seq, index } => {
                if *index == 0 {
                    return Ok(None);
                }
                *index -= 1;
                let i = *index;
                let seq = seq.clone();
                drop(st);
                let r = self.get_item(&seq, &Value::Int(i as i64));
                match r {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.err_is(&e, ExcKind::IndexError) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            IterState::Exhausted(_) => Ok(None),
            _ => {
                // Iterators that call Python code: release the borrow first.
                // On error the state stays as it was, as in CPython.
                let finished = st.exhausted();
                let snapshot = st.clone();
                drop(st);
                let (result, back) = self.next_lazy(snapshot)?;
                *state.borrow_mut() = match back {
                    IterState::Exhausted(_) => finished,
                    other => other,
                };
                Ok(result)
            }
        }
    }

    /// Advances the iterator kinds whose step may run Python code.
    fn next_lazy(&mut self, st: IterState) -> PyResult<(Option<Value>, IterState)> {
        match st {
            IterState::Callable { func, sentinel } => {
                let v = self.call(&func, &[])?;
                if self.eq(&v, &sentinel)? {
                    Ok((None, IterState::Exhausted(IterKind::SeqIter)))
                } else {
                    Ok((Some(v), IterState::Callable { func, sentinel }))
                }
            }
            IterState::Enumerate { iter, count } => match self.next(&iter)? {
                Some(v) => {
                    let next = self.binary_op(count.clone(), Value::Int(1), crate::code::BINOP_ADD)?;
                    Ok((Some(Value::new_tuple(vec![count, v])), IterState::Enumerate { iter, count: next }))
                }
                None => Ok((None, IterState::Exhausted(IterKind::SeqIter))),
            },
            IterState::Zip { iters, strict } => {
                let mut items = Vec::with_capacity(iters.len());
                for (i, it) in iters.iter().enumerate() {
                    match self.next(it)? {
                        Some(v) => items.push(v),
                        None => {
                            if strict {
                                if i > 0 {
                                    return Err(PyErr::value_error(format!(
                                        "zip() argument {} is shorter than argument{} {}",
                                        i + 1,
                                        if i == 1 { "" } else { "s" },
                                        if i == 1 { "1".to_string() } else { format!("1-{i}") }
                                    )));
                                }
                                for (j, other) in iters.iter().enumerate().skip(1) {
                                    if self.next(other)?.is_some() {
                                        return Err(PyErr::value_error(format!(
                                            "zip() argument {} is longer than argument{} {}",
                                            j + 1,
                                            if j == 1 { "" } else { "s" },
                                            if j == 1 { "1".to_string() } else { format!("1-{j}") }
                                        )));
                                    }
                                }
                            }
                            return Ok((None, IterState::Exhausted(IterKind::SeqIter)));
                        }
                    }
                }
                if iters.is_empty() {
                    return Ok((None, IterState::Exhausted(IterKind::SeqIter)));
                }
                Ok((Some(Value::new_tuple(items)), IterState::Zip { iters, strict }))
            }
            IterState::Map { func, iters } => {
                let mut args = Vec::with_capacity(iters.len());
                for it in &iters {
                    match self.next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok((None, IterState::Exhausted(IterKind::SeqIter))),
                    }
                }
                let v = self.call(&func, &args)?;
                Ok((Some(v), IterState::Map { func, iters }))
            }
            IterState::Filter { func, iter } => loop {
                match self.next(&iter)? {
                    Some(v) => {
                        let keep = if func.is_none() {
                            self.truthy(&v)?
                        } else {
                            let r = self.call(&func, &[v.clone()])?;
                            self.truthy(&r)?
                        };
                        if keep {
                            return Ok((Some(v), IterState::Filter { func, iter }));
                        }
                    }
                    None => return Ok((None, IterState::Exhausted(IterKind::SeqIter))),
                }
            },
            IterState::GetItem { obj, index } => match self.get_item(&obj, &Value::Int(index)) {
                Ok(v) => Ok((Some(v), IterState::GetItem { obj, index: index + 1 })),
                Err(e) if self.err_is(&e, ExcKind::IndexError) || self.err_is(&e, ExcKind::StopIteration) => {
                    Ok((None, IterState::Exhausted(IterKind::SeqIter)))
                }
                Err(e) => Err(e),
            },
            other => Ok((None, other)),
        }
    }

    /// All items of an iterable.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v.payload() {
            Some(Payload::List(l)) => return Ok(l.borrow().clone()),
            Some(Payload::Tuple(t)) => return Ok(t.clone()),
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// `UnpackSequence`: pushes items so the first ends on top.
    pub fn unpack_sequence(&mut self, seq: Value, n: usize) -> PyResult<()> {
        // Exact tuples and lists push straight from their items, with no
        // intermediate vector (pushing runs no Python code).
        match seq.payload() {
            Some(Payload::Tuple(t)) if t.len() == n => {
                self.stack.extend(t.iter().rev().cloned());
                return Ok(());
            }
            Some(Payload::List(l)) => {
                let l = l.borrow();
                if l.len() == n {
                    self.stack.extend(l.iter().rev().cloned());
                    return Ok(());
                }
            }
            _ => {}
        }
        let items = {
            {
                let it = self.get_iter(&seq).map_err(|_| {
                    PyErr::type_error(format!("cannot unpack non-iterable {} object", self.type_name(&seq)))
                })?;
                let mut items = Vec::with_capacity(n);
                while let Some(x) = self.next(&it)? {
                    if items.len() == n {
                        return Err(PyErr::value_error(format!("too many values to unpack (expected {n})")));
                    }
                    items.push(x);
                }
                if items.len() < n {
                    return Err(PyErr::value_error(format!(
                        "not enough values to unpack (expected {n}, got {})",
                        items.len()
                    )));
                }
                items
            }
        };
        for v in items.into_iter().rev() {
            self.stack.push(v);
        }
        Ok(())
    }

    /// `UnpackEx`: `before` items, a list of the middle, `after` items.
    pub fn unpack_ex(&mut self, seq: Value, before: usize, after: usize) -> PyResult<()> {
        let items = match self.get_iter(&seq) {
            Ok(_) => self.collect(&seq)?,
            Err(_) => {
                return Err(PyErr::type_error(format!("cannot unpack non-iterable {} object", self.type_name(&seq))))
            }
        };
        if items.len() < before + after {
            return Err(PyErr::value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mid_end = items.len() - after;
        let mut out: Vec<Value> = Vec::with_capacity(before + after + 1);
        out.extend(items[..before].iter().cloned());
        out.push(Value::new_list(items[before..mid_end].to_vec()));
        out.extend(items[mid_end..].iter().cloned());
        for v in out.into_iter().rev() {
            self.stack.push(v);
        }
        Ok(())
    }
}
