//! Subscripts: `c[k]`, `c[k] = v`, `del c[k]`, slices, `__index__`.

use crate::errors::{self, PyErr, PyResult};
use crate::value::{Payload, Value};
use crate::vm::ops::is_user;
use crate::vm::Vm;

/// A slice resolved against a length: start, stop, step, and item count.
pub struct SliceIndices {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIndices {
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |i| (self.start + i as i64 * self.step) as usize)
    }
}

impl Vm {
    /// `operator.index(v)` as i64 (OverflowError if too big).
    pub fn index_value(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            _ => match v.payload() {
                Some(Payload::BigInt(_)) => Err(PyErr::new(
                    crate::errors::ExcKind::IndexError,
                    "cannot fit 'int' into an index-sized integer",
                )),
                _ => {
                    if is_user(v) {
                        if let Some(r) = self.call_dunder(v, "__index__", &[])? {
                            return self.index_value(&r);
                        }
                    }
                    Err(PyErr::type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        self.type_name(v)
                    )))
                }
            },
        }
    }

    /// Resolves a slice object against a sequence length.
    pub fn slice_indices(&mut self, slice: &Value, len: usize) -> PyResult<SliceIndices> {
        let Some(Payload::Slice { start, stop, step }) = slice.payload() else {
            return Err(PyErr::internal("slice_indices on a non-slice"));
        };
        let len = len as i64;
        let step = if step.is_none() { 1 } else { self.slice_bound(step)? };
        if step == 0 {
            return Err(PyErr::value_error("slice step cannot be zero"));
        }
        let (lo, hi) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let clamp = |vm: &mut Vm, v: &Value, default: i64| -> PyResult<i64> {
            if v.is_none() {
                return Ok(default);
            }
            let mut i = vm.slice_bound(v)?;
            if i < 0 {
                i += len;
                if i < lo {
                    i = lo;
                }
            } else if i > hi {
                i = hi;
            }
            Ok(i)
        };
        let start_i = clamp(self, start, if step < 0 { hi } else { lo })?;
        let stop_i = clamp(self, stop, if step < 0 { lo } else { hi })?;
        let n = if step > 0 {
            if stop_i > start_i { (stop_i - start_i - 1) / step + 1 } else { 0 }
        } else if start_i > stop_i {
            (start_i - stop_i - 1) / (-step) + 1
        } else {
            0
        };
        Ok(SliceIndices { start: start_i, stop: stop_i, step, len: n.max(0) as usize })
    }

    fn slice_bound(&mut self, v: &Value) -> PyResult<i64> {
        match v.payload() {
            Some(Payload::BigInt(b)) => Ok(if b.sign() == num_bigint::Sign::Minus { i64::MIN / 2 } else { i64::MAX / 2 }),
            _ => self.index_value(v).map_err(|_| {
                PyErr::type_error("slice indices must be integers or None or have an __index__ method")
            }),
        }
    }

    /// Resolves an index against `len` (negative from the end).
    fn seq_index(&mut self, key: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match key {
            Value::Int(i) => *i,
            _ => self.index_value(key).map_err(|e| {
                if matches!(key.payload(), Some(Payload::BigInt(_))) {
                    e
                } else {
                    if what == "string" {
                        PyErr::type_error(format!("string indices must be integers, not '{}'", self.type_name(key)))
                    } else {
                        PyErr::type_error(format!("{what} indices must be integers or slices, not {}", self.type_name(key)))
                    }
                }
            })?,
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            return Err(PyErr::index_error(format!("{what} index out of range")));
        }
        Ok(j as usize)
    }

    /// `container[key]`.
    pub fn get_item(&mut self, container: &Value, key: &Value) -> PyResult<Value> {
        let is_slice = matches!(key.payload(), Some(Payload::Slice { .. }));
        match container.payload() {
            Some(Payload::List(l)) => {
                if is_slice {
                    // Resolve bounds first (may call __index__), then copy only the slice.
                    let n = l.borrow().len();
                    let s = self.slice_indices(key, n)?;
                    let items = l.borrow();
                    let out: Vec<Value> = s.indices().filter_map(|i| items.get(i).cloned()).collect();
                    return Ok(Value::new_list(out));
                }
                let n = l.borrow().len();
                let i = self.seq_index(key, n, "list")?;
                return l.borrow().get(i).cloned().ok_or_else(|| PyErr::index_error("list index out of range"));
            }
            Some(Payload::Tuple(t)) => {
                if is_slice {
                    let s = self.slice_indices(key, t.len())?;
                    return Ok(Value::new_tuple(s.indices().map(|i| t[i].clone()).collect()));
                }
                let i = self.seq_index(key, t.len(), "tuple")?;
                return Ok(t[i].clone());
            }
            Some(Payload::Str(s)) => {
                if is_slice {
                    let sl = self.slice_indices(key, s.char_len())?;
                    if sl.step == 1 {
                        return Ok(Value::new_str(s.substring(sl.start as usize, sl.start as usize + sl.len)));
                    }
                    let chars: Vec<char> = s.as_str().chars().collect();
                    return Ok(Value::from_string(sl.indices().map(|i| chars[i]).collect()));
                }
                let i = self.seq_index(key, s.char_len(), "string")?;
                let c = s.char_at(i).ok_or_else(|| PyErr::index_error("string index out of range"))?;
                let mut buf = [0u8; 4];
                return Ok(Value::new_str(c.encode_utf8(&mut buf)));
            }
            Some(Payload::Bytes(b)) => {
                if is_slice {
                    let s = self.slice_indices(key, b.len())?;
                    return Ok(Value::new_bytes(s.indices().map(|i| b[i]).collect()));
                }
                let i = self.seq_index(key, b.len(), "index")?;
                return Ok(Value::Int(b[i] as i64));
            }
            Some(Payload::ByteArray(b)) => {
                let n = b.borrow().len();
                if is_slice {
                    let s = self.slice_indices(key, n)?;
                    let data = b.borrow();
                    return Ok(Value::new_bytearray(s.indices().filter_map(|i| data.get(i).copied()).collect()));
                }
                let i = self.seq_index(key, n, "bytearray")?;
                let byte = b.borrow().get(i).copied().unwrap_or(0);
                return Ok(Value::Int(byte as i64));
            }
            Some(Payload::Range { start, step, .. }) => {
                let n = crate::objects_ops::range_len(container) as usize;
                if is_slice {
                    let s = self.slice_indices(key, n)?;
                    let new_start = start + s.start * step;
                    let new_step = step * s.step;
                    let new_stop = new_start + s.len as i64 * new_step;
                    return Ok(Value::from_obj(Payload::Range { start: new_start, stop: new_stop, step: new_step }));
                }
                let i = self.seq_index(key, n, "range object")?;
                return Ok(Value::Int(start + i as i64 * step));
            }
            Some(Payload::BigRange(r)) => {
                use crate::objects::range;
                let n = range::length(&r.start, &r.stop, &r.step);
                if is_slice {
                    return Err(PyErr::new(
                        crate::errors::ExcKind::OverflowError,
                        "Python int too large to convert to C ssize_t",
                    ));
                }
                let mut i = crate::builtins::index_bigint(self, key).map_err(|_| {
                    PyErr::type_error(format!(
                        "range indices must be integers or slices, not {}",
                        self.type_name(key)
                    ))
                })?;
                if i.sign() == num_bigint::Sign::Minus {
                    i += &n;
                }
                if i.sign() == num_bigint::Sign::Minus || i >= n {
                    return Err(PyErr::index_error("range object index out of range"));
                }
                return Ok(Value::from_bigint(range::item(&r.start, &r.step, &i)));
            }
            Some(Payload::Dict(d)) => {
                return match self.table_get(d, key)? {
                    Some(v) => Ok(v),
                    None => Err(self.key_error(key)),
                };
            }
            Some(Payload::Type(t)) => {
                // A metaclass's `__getitem__` comes first (`Color['RED']`).
                if t.metaclass.borrow().is_some() {
                    if let Some(r) = self.call_dunder(container, "__getitem__", &[key.clone()])? {
                        return Ok(r);
                    }
                }
                // `list[int]` and friends: generic aliases are accepted and ignored.
                if let Some(f) = self.get_attr_str(container, "__class_getitem__").ok() {
                    return self.call(&f, &[key.clone()]);
                }
                return Ok(container.clone());
            }
            _ => {}
        }
        if is_user(container) {
            if let Some(r) = self.call_dunder(container, "__getitem__", &[key.clone()])? {
                return Ok(r);
            }
            let b = self.builtin_base(container);
            if !b.is(container) {
                if matches!(b.payload(), Some(Payload::Dict(_))) {
                    if let Some(Payload::Dict(d)) = b.payload() {
                        if let Some(v) = self.table_get(d, key)? {
                            return Ok(v);
                        }
                    }
                    if let Some(r) = self.call_dunder(container, "__missing__", &[key.clone()])? {
                        return Ok(r);
                    }
                    return Err(self.key_error(key));
                }
                return self.get_item(&b, key);
            }
        }
        Err(errors::not_subscriptable(&self.type_name(container)))
    }

    /// `container[key] = value`.
    pub fn set_item(&mut self, container: &Value, key: Value, value: Value) -> PyResult<()> {
        match container.payload() {
            Some(Payload::List(l)) => {
                if matches!(key.payload(), Some(Payload::Slice { .. })) {
                    let new_items = if self.get_iter(&value).is_err() {
                        if value.is(container) {
                            l.borrow().clone()
                        } else {
                            return Err(PyErr::type_error("can only assign an iterable"));
                        }
                    } else {
                        self.collect(&value)?
                    };
                    let n = l.borrow().len();
                    let s = self.slice_indices(&key, n)?;
                    let mut items = l.borrow_mut();
                    if s.step == 1 {
                        let start = s.start.max(0) as usize;
                        let end = (start + s.len).min(items.len());
                        items.splice(start..end, new_items);
                    } else {
                        if new_items.len() != s.len {
                            return Err(PyErr::value_error(format!(
                                "attempt to assign sequence of size {} to extended slice of size {}",
                                new_items.len(),
                                s.len
                            )));
                        }
                        for (i, v) in s.indices().collect::<Vec<_>>().into_iter().zip(new_items) {
                            items[i] = v;
                        }
                    }
                    return Ok(());
                }
                let n = l.borrow().len();
                let i = self.seq_index(&key, n, "list assignment")?;
                let old = std::mem::replace(&mut l.borrow_mut()[i], value);
                drop(old);
                return Ok(());
            }
            Some(Payload::Dict(d)) => return self.table_set(d, key, value),
            Some(Payload::ByteArray(b)) => {
                let n = b.borrow().len();
                if matches!(key.payload(), Some(Payload::Slice { .. })) {
                    let data: Vec<u8> = match value.payload() {
                        Some(Payload::Bytes(v)) => v.clone(),
                        Some(Payload::ByteArray(v)) => v.borrow().clone(),
                        _ if matches!(value, Value::Int(_)) => {
                            return Err(PyErr::type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"))
                        }
                        _ => {
                            let mut out = Vec::new();
                            for it in self.collect(&value)? {
                                let v = self.index_value(&it)?;
                                if !(0..256).contains(&v) {
                                    return Err(PyErr::value_error("byte must be in range(0, 256)"));
                                }
                                out.push(v as u8);
                            }
                            out
                        }
                    };
                    let s = self.slice_indices(&key, n)?;
                    let mut bytes = b.borrow_mut();
                    if s.step == 1 {
                        let start = (s.start.max(0) as usize).min(bytes.len());
                        let end = (start + s.len).min(bytes.len());
                        bytes.splice(start..end, data);
                    } else {
                        if data.len() != s.len {
                            return Err(PyErr::value_error(format!(
                                "attempt to assign bytes of size {} to extended slice of size {}",
                                data.len(),
                                s.len
                            )));
                        }
                        for (i, v) in s.indices().collect::<Vec<_>>().into_iter().zip(data) {
                            if let Some(slot) = bytes.get_mut(i) {
                                *slot = v;
                            }
                        }
                    }
                    return Ok(());
                }
                let i = self.seq_index(&key, n, "bytearray")?;
                let v = self.index_value(&value)?;
                if !(0..256).contains(&v) {
                    return Err(PyErr::value_error("byte must be in range(0, 256)"));
                }
                b.borrow_mut()[i] = v as u8;
                return Ok(());
            }
            _ => {}
        }
        if is_user(container) {
            if self.call_dunder(container, "__setitem__", &[key.clone(), value.clone()])?.is_some() {
                return Ok(());
            }
            let b = self.builtin_base(container);
            if !b.is(container) {
                return self.set_item(&b, key, value);
            }
        }
        Err(PyErr::type_error(format!(
            "'{}' object does not support item assignment",
            self.type_name(container)
        )))
    }

    /// `del container[key]`.
    pub fn del_item(&mut self, container: &Value, key: &Value) -> PyResult<()> {
        match container.payload() {
            Some(Payload::ByteArray(b)) => {
                let n = b.borrow().len();
                if matches!(key.payload(), Some(Payload::Slice { .. })) {
                    let s = self.slice_indices(key, n)?;
                    let mut doomed: Vec<usize> = s.indices().collect();
                    doomed.sort_unstable();
                    let mut bytes = b.borrow_mut();
                    for i in doomed.into_iter().rev() {
                        if i < bytes.len() {
                            bytes.remove(i);
                        }
                    }
                    return Ok(());
                }
                let i = self.seq_index(key, n, "bytearray")?;
                b.borrow_mut().remove(i);
                return Ok(());
            }
            Some(Payload::List(l)) => {
                if matches!(key.payload(), Some(Payload::Slice { .. })) {
                    let n = l.borrow().len();
                    let s = self.slice_indices(key, n)?;
                    let mut doomed: Vec<usize> = s.indices().collect();
                    doomed.sort_unstable();
                    let mut items = l.borrow_mut();
                    for i in doomed.into_iter().rev() {
                        items.remove(i);
                    }
                    return Ok(());
                }
                let n = l.borrow().len();
                let i = self.seq_index(key, n, "list assignment")?;
                let old = l.borrow_mut().remove(i);
                drop(old);
                return Ok(());
            }
            Some(Payload::Dict(d)) => {
                return match self.table_remove(d, key)? {
                    Some(_) => Ok(()),
                    None => Err(self.key_error(key)),
                };
            }
            _ => {}
        }
        if is_user(container) {
            if self.call_dunder(container, "__delitem__", &[key.clone()])?.is_some() {
                return Ok(());
            }
            let b = self.builtin_base(container);
            if !b.is(container) {
                return self.del_item(&b, key);
            }
        }
        Err(PyErr::type_error(format!(
            "'{}' object doesn't support item deletion",
            self.type_name(container)
        )))
    }
}
