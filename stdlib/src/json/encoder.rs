//! The JSON encoder: CPython 3.11's `json.encoder` (the C `c_make_encoder`
//! for compact output and `_make_iterencode` for `indent`), producing the
//! same text: floats by `float.__repr__`, `NaN`/`Infinity`, dict keys
//! coerced from int/float/bool/None, `sort_keys` by `sorted(d.items())`,
//! circular containers refused, `default(o)` for everything else.

use garter_interp::errors::{ExcKind, PyErr, PyResult};
use garter_interp::objects::float_repr::float_repr;
use garter_interp::objects::instance::InstanceExtra;
use garter_interp::objects::number;
use garter_interp::value::{Payload, Value};
use garter_interp::vm::Vm;
use std::collections::HashSet;
use std::fmt::Write;

/// The settings of one `dumps` call.
pub struct Encoder {
    pub skipkeys: bool,
    pub ensure_ascii: bool,
    pub check_circular: bool,
    pub allow_nan: bool,
    pub sort_keys: bool,
    /// The indent unit (`None`: everything on one line).
    pub indent: Option<String>,
    pub item_separator: String,
    pub key_separator: String,
    /// `default(o)` for objects JSON has no form for.
    pub default: Option<Value>,
    markers: HashSet<usize>,
    depth: usize,
    /// Nesting allowed before `RecursionError` (the recursion limit, capped
    /// to what the Rust stack surely holds).
    pub max_depth: usize,
}

impl Encoder {
    pub fn new() -> Encoder {
        Encoder {
            skipkeys: false,
            ensure_ascii: true,
            check_circular: true,
            allow_nan: true,
            sort_keys: false,
            indent: None,
            item_separator: ", ".into(),
            key_separator: ": ".into(),
            default: None,
            markers: HashSet::new(),
            depth: 0,
            max_depth: 1000,
        }
    }

    /// `JSONEncoder.encode(o)`.
    pub fn encode(&mut self, vm: &mut Vm, v: &Value) -> PyResult<String> {
        let mut out = String::new();
        self.value(vm, v, &mut out, 0)?;
        Ok(out)
    }

    fn float(&self, f: f64, out: &mut String) -> PyResult<()> {
        if f.is_finite() {
            out.push_str(&float_repr(f));
            return Ok(());
        }
        if !self.allow_nan {
            // The C encoder (compact output) says less than the Python one.
            if self.indent.is_none() {
                return Err(PyErr::value_error("Out of range float values are not JSON compliant"));
            }
            let r = float_repr(f);
            return Err(PyErr::value_error(format!("Out of range float values are not JSON compliant: {r}")));
        }
        out.push_str(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        });
        Ok(())
    }

    fn newline_indent(&self, out: &mut String, level: usize) {
        if let Some(unit) = &self.indent {
            out.push('\n');
            for _ in 0..level {
                out.push_str(unit);
            }
        }
    }

    fn enter(&mut self, v: &Value) -> PyResult<Option<usize>> {
        self.depth += 1;
        if self.depth > self.max_depth {
            return Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded while encoding a JSON object"));
        }
        if !self.check_circular {
            return Ok(None);
        }
        let id = v.as_obj().map_or(0, |o| o.addr());
        if !self.markers.insert(id) {
            return Err(PyErr::value_error("Circular reference detected"));
        }
        Ok(Some(id))
    }

    fn leave(&mut self, marker: Option<usize>) {
        self.depth -= 1;
        if let Some(id) = marker {
            self.markers.remove(&id);
        }
    }

    fn value(&mut self, vm: &mut Vm, v: &Value, out: &mut String, level: usize) -> PyResult<()> {
        match v {
            Value::None => out.push_str("null"),
            Value::Bool(true) => out.push_str("true"),
            Value::Bool(false) => out.push_str("false"),
            Value::Int(i) => {
                let _ = write!(out, "{i}");
            }
            Value::Float(f) => self.float(*f, out)?,
            _ => match v.payload() {
                Some(Payload::Str(s)) => encode_str(s.as_str(), self.ensure_ascii, out),
                Some(Payload::BigInt(b)) => {
                    let text = number::int_to_decimal(number::IntRef::Big(b))?;
                    out.push_str(&text);
                }
                Some(Payload::List(l)) => {
                    let items = l.borrow().clone();
                    self.array(vm, v, &items, out, level)?;
                }
                Some(Payload::Tuple(items)) => self.array(vm, v, items, out, level)?,
                Some(Payload::Dict(d)) => {
                    let items = d.borrow().items();
                    self.object(vm, v, items, out, level)?;
                }
                Some(Payload::Instance(inst)) => match &inst.extra {
                    // Subclasses of str, int, float, list, tuple and dict
                    // encode as their base.
                    InstanceExtra::Builtin(cell) => {
                        let inner = cell.borrow().clone();
                        match inner.payload() {
                            Some(Payload::List(l)) => {
                                let items = l.borrow().clone();
                                self.array(vm, v, &items, out, level)?;
                            }
                            Some(Payload::Tuple(items)) => self.array(vm, v, items, out, level)?,
                            Some(Payload::Dict(_)) => {
                                let items = vm.call_method(v, "items", &[])?;
                                let items = vm.collect(&items)?;
                                let mut pairs = Vec::with_capacity(items.len());
                                for it in items {
                                    let t = it.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
                                    if let [k, val] = t.as_slice() {
                                        pairs.push((k.clone(), val.clone()));
                                    }
                                }
                                self.object(vm, v, pairs, out, level)?;
                            }
                            _ if number::is_int(&inner) || matches!(inner, Value::Float(_)) || inner.as_str().is_some() => {
                                self.value(vm, &inner, out, level)?
                            }
                            _ => self.fallback(vm, v, out, level)?,
                        }
                    }
                    _ => self.fallback(vm, v, out, level)?,
                },
                _ => self.fallback(vm, v, out, level)?,
            },
        }
        Ok(())
    }

    /// `default(o)`, then the result encoded (with `o` marked, so a default
    /// that returns `o` again is a circular reference).
    fn fallback(&mut self, vm: &mut Vm, v: &Value, out: &mut String, level: usize) -> PyResult<()> {
        let marker = self.enter(v)?;
        let r = match self.default.clone() {
            Some(f) => vm.call(&f, std::slice::from_ref(v)),
            None => {
                let t = vm.type_name(v);
                Err(PyErr::type_error(format!("Object of type {t} is not JSON serializable")))
            }
        };
        let r = match r {
            Ok(r) => self.value(vm, &r, out, level),
            Err(e) => Err(e),
        };
        self.leave(marker);
        r
    }

    fn array(&mut self, vm: &mut Vm, v: &Value, items: &[Value], out: &mut String, level: usize) -> PyResult<()> {
        if items.is_empty() {
            out.push_str("[]");
            return Ok(());
        }
        let marker = self.enter(v)?;
        out.push('[');
        let inner = level + 1;
        self.newline_indent(out, inner);
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(&self.item_separator);
                self.newline_indent(out, inner);
            }
            if let Err(e) = self.value(vm, item, out, inner) {
                self.leave(marker);
                return Err(e);
            }
        }
        self.newline_indent(out, level);
        out.push(']');
        self.leave(marker);
        Ok(())
    }

    /// A dict key as JSON text (without quotes), or `None` to skip it.
    fn key(&self, vm: &mut Vm, k: &Value) -> PyResult<Option<String>> {
        Ok(Some(match k {
            Value::Float(f) => {
                let mut s = String::new();
                self.float(*f, &mut s)?;
                s
            }
            Value::Bool(true) => "true".into(),
            Value::Bool(false) => "false".into(),
            Value::None => "null".into(),
            Value::Int(i) => i.to_string(),
            _ => {
                if let Some(s) = k.as_str() {
                    return Ok(Some(s.to_string()));
                }
                if let Some(Payload::BigInt(b)) = k.payload() {
                    return Ok(Some(number::int_to_decimal(number::IntRef::Big(b))?));
                }
                if let Some(Payload::Instance(inst)) = k.payload() {
                    if let InstanceExtra::Builtin(cell) = &inst.extra {
                        let inner = cell.borrow().clone();
                        if inner.as_str().is_some() || number::as_num(&inner).is_some() {
                            return self.key(vm, &inner);
                        }
                    }
                }
                if self.skipkeys {
                    return Ok(None);
                }
                let t = vm.type_name(k);
                return Err(PyErr::type_error(format!("keys must be str, int, float, bool or None, not {t}")));
            }
        }))
    }

    fn object(&mut self, vm: &mut Vm, v: &Value, mut items: Vec<(Value, Value)>, out: &mut String, level: usize) -> PyResult<()> {
        if items.is_empty() {
            out.push_str("{}");
            return Ok(());
        }
        let marker = self.enter(v)?;
        let r = self.object_body(vm, &mut items, out, level);
        self.leave(marker);
        r
    }

    fn object_body(&mut self, vm: &mut Vm, items: &mut Vec<(Value, Value)>, out: &mut String, level: usize) -> PyResult<()> {
        if self.sort_keys {
            let mut pairs: Vec<Value> = items.drain(..).map(|(k, v)| Value::new_tuple(vec![k, v])).collect();
            garter_interp::builtins::sort_values(vm, &mut pairs, None, false)?;
            for p in pairs {
                if let Some([k, v]) = p.as_tuple().map(|t| [t[0].clone(), t[1].clone()]) {
                    items.push((k, v));
                }
            }
        }
        out.push('{');
        let inner = level + 1;
        self.newline_indent(out, inner);
        let mut first = true;
        for (k, val) in items.iter() {
            let Some(key) = self.key(vm, k)? else { continue };
            if !first {
                out.push_str(&self.item_separator);
                self.newline_indent(out, inner);
            }
            first = false;
            encode_str(&key, self.ensure_ascii, out);
            out.push_str(&self.key_separator);
            self.value(vm, val, out, inner)?;
        }
        self.newline_indent(out, level);
        out.push('}');
        Ok(())
    }
}

/// A JSON string literal for `s`: `"`, `\`, and control characters
/// escaped; with `ensure_ascii` every non-ASCII character as `\uXXXX`
/// (a surrogate pair beyond the BMP).
pub fn encode_str(s: &str, ensure_ascii: bool, out: &mut String) {
    out.reserve(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c if ensure_ascii && (c as u32) > 0x7e => {
                let n = c as u32;
                if n >= 0x10000 {
                    let v = n - 0x10000;
                    let _ = write!(out, "\\u{:04x}\\u{:04x}", 0xd800 | (v >> 10), 0xdc00 | (v & 0x3ff));
                } else {
                    let _ = write!(out, "\\u{:04x}", n);
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
