//! `repr`, `str`, `ascii`, `format`, `len` for every value.

use crate::errors::{PyErr, PyResult};
use crate::objects::instance::InstanceExtra;
use crate::value::{Payload, Value};
use crate::vm::ops::is_user;
use crate::vm::Vm;

/// Deepest nesting `repr` follows before RecursionError.
const MAX_REPR_DEPTH: usize = 500;

impl Vm {
    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::None | Value::Null => return Ok("None".into()),
            Value::Bool(true) => return Ok("True".into()),
            Value::Bool(false) => return Ok("False".into()),
            Value::Int(i) => return Ok(i.to_string()),
            Value::Float(f) => return Ok(crate::objects::float_repr::float_repr(*f)),
            Value::Obj(_) => {}
        }
        if is_user(v) {
            let ty = self.type_of(v);
            if let Some(f) = self.lookup_in_type(&ty, "__repr__") {
                if !self.is_object_slot(&f) {
                    let r = self.call_method_value(&f, v, &[])?;
                    return match r.as_str() {
                        Some(s) => Ok(s.to_string()),
                        None => Err(PyErr::type_error(format!(
                            "__repr__ returned non-string (type {})",
                            self.type_name(&r)
                        ))),
                    };
                }
            }
        }
        self.native_depth += 1;
        if self.native_depth > MAX_REPR_DEPTH + 100 {
            self.native_depth -= 1;
            return Err(PyErr::new(crate::errors::ExcKind::RecursionError, "maximum recursion depth exceeded while getting the repr of an object"));
        }
        let r = self.builtin_repr(v);
        self.native_depth -= 1;
        r
    }

    fn builtin_repr(&mut self, v: &Value) -> PyResult<String> {
        let Some(p) = v.payload() else { return Ok(String::new()) };
        Ok(match p {
            Payload::Str(s) => crate::objects::str_methods::str_repr(s.as_str()),
            Payload::BigInt(b) => b.to_string(),
            Payload::Complex(re, im) => crate::objects::float_repr::complex_repr(*re, *im),
            Payload::Bytes(b) => crate::objects::bytes_methods::bytes_repr(b),
            Payload::ByteArray(b) => format!("bytearray({})", crate::objects::bytes_methods::bytes_repr(&b.borrow())),
            Payload::Tuple(t) => {
                let t = t.clone();
                let mut parts = Vec::with_capacity(t.len());
                for x in &t {
                    parts.push(self.repr(x)?);
                }
                if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
            Payload::List(l) => {
                if self.repr_enter(v) {
                    return Ok("[...]".into());
                }
                let items = l.borrow().clone();
                let r = self.join_reprs(&items);
                self.repr_leave();
                format!("[{}]", r?)
            }
            Payload::Dict(d) => {
                if self.repr_enter(v) {
                    return Ok("{...}".into());
                }
                let items = d.borrow().items();
                let mut parts = Vec::with_capacity(items.len());
                let mut res = Ok(());
                for (k, val) in &items {
                    match (self.repr(k), self.repr(val)) {
                        (Ok(a), Ok(b)) => parts.push(format!("{a}: {b}")),
                        (Err(e), _) | (_, Err(e)) => {
                            res = Err(e);
                            break;
                        }
                    }
                }
                self.repr_leave();
                res?;
                format!("{{{}}}", parts.join(", "))
            }
            Payload::Set(s) => {
                let items = s.borrow().keys();
                if items.is_empty() {
                    "set()".into()
                } else {
                    format!("{{{}}}", self.join_reprs(&items)?)
                }
            }
            Payload::FrozenSet(s) => {
                let items = s.keys();
                if items.is_empty() {
                    "frozenset()".into()
                } else {
                    format!("frozenset({{{}}})", self.join_reprs(&items)?)
                }
            }
            Payload::Range { start, stop, step } => {
                if *step == 1 {
                    format!("range({start}, {stop})")
                } else {
                    format!("range({start}, {stop}, {step})")
                }
            }
            Payload::BigRange(r) => {
                if r.step == 1.into() {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Payload::DictView(dv) => {
                if self.repr_enter(v) {
                    return Ok("...".into());
                }
                let r = crate::objects::dict_view::repr(self, dv);
                self.repr_leave();
                r?
            }
            Payload::Slice { start, stop, step } => {
                let (a, b, c) = (start.clone(), stop.clone(), step.clone());
                format!("slice({}, {}, {})", self.repr(&a)?, self.repr(&b)?, self.repr(&c)?)
            }
            Payload::Function(f) => {
                format!("<function {} at {:#x}>", f.qualname.borrow().as_str().unwrap_or("?"), addr(v))
            }
            Payload::Builtin(b) => {
                if b.receiver.is_null() {
                    match b.owner {
                        Some(o) if o != "builtins" => format!("<method '{}' of '{}' objects>", b.name, o),
                        _ => format!("<built-in function {}>", b.name),
                    }
                } else {
                    let r = b.receiver.clone();
                    if matches!(r.payload(), Some(Payload::Module(_))) {
                        format!("<built-in function {}>", b.name)
                    } else {
                        format!("<built-in method {} of {} object at {:#x}>", b.name, self.type_name(&r), addr(&r))
                    }
                }
            }
            Payload::Method { func, receiver } => {
                let (f, r) = (func.clone(), receiver.clone());
                let name = match f.payload() {
                    Some(Payload::Function(fun)) => fun.qualname.borrow().as_str().unwrap_or("?").to_string(),
                    _ => "?".into(),
                };
                format!("<bound method {} of {}>", name, self.repr(&r)?)
            }
            Payload::Type(t) => {
                if t.is_heap() {
                    let module = t.dict.borrow().get_str("__module__").and_then(|m| m.as_str().map(String::from));
                    match module {
                        Some(m) if m != "builtins" => format!("<class '{}.{}'>", m, t.qualname.borrow()),
                        _ => format!("<class '{}'>", t.qualname.borrow()),
                    }
                } else {
                    let qual = t.qualname.borrow().clone();
                    format!("<class '{}'>", qual)
                }
            }
            Payload::Instance(i) => match &i.extra {
                InstanceExtra::Exception(d) => {
                    let args = d.borrow().args.clone();
                    let name = self.type_name(v);
                    let items = args.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
                    if items.len() == 1 {
                        format!("{}({})", name, self.repr(&items[0])?)
                    } else {
                        format!("{}{}", name, self.repr(&args)?)
                    }
                }
                InstanceExtra::Builtin(b) => {
                    let inner = b.borrow().clone();
                    self.repr(&inner)?
                }
                InstanceExtra::Plain | InstanceExtra::Native(_) => {
                    let ty = self.type_of(v);
                    let module = match ty.payload() {
                        Payload::Type(t) => t.dict.borrow().get_str("__module__").and_then(|m| m.as_str().map(String::from)),
                        _ => None,
                    };
                    let qual = match ty.payload() {
                        Payload::Type(t) => t.qualname.borrow().clone(),
                        _ => "object".into(),
                    };
                    match module {
                        Some(m) if m != "builtins" => format!("<{}.{} object at {:#x}>", m, qual, addr(v)),
                        _ => format!("<{} object at {:#x}>", qual, addr(v)),
                    }
                }
            },
            Payload::Module(m) => format!("<module '{}'>", m.name),
            Payload::Cell(_) => format!("<cell at {:#x}>", addr(v)),
            Payload::Code(c) => format!("<code object {} at {:#x}, file \"{}\", line {}>", c.name, addr(v), c.filename, c.first_line),
            Payload::Generator(g) => {
                let q = g.borrow().qualname.clone();
                format!("<generator object {} at {:#x}>", q.as_str().unwrap_or("?"), addr(v))
            }
            Payload::Iter(_) => format!("<{} object at {:#x}>", self.type_name(v), addr(v)),
            Payload::Property { .. } => format!("<property object at {:#x}>", addr(v)),
            Payload::StaticMethod(_) => format!("<staticmethod object at {:#x}>", addr(v)),
            Payload::ClassMethod(_) => format!("<classmethod object at {:#x}>", addr(v)),
            Payload::Super { .. } => "<super object>".into(),
            Payload::NotImplemented => "NotImplemented".into(),
            Payload::Ellipsis => "Ellipsis".into(),
            Payload::Native(_) => format!("<{} object at {:#x}>", self.type_name(v), addr(v)),
        })
    }

    fn join_reprs(&mut self, items: &[Value]) -> PyResult<String> {
        let mut parts = Vec::with_capacity(items.len());
        for x in items {
            parts.push(self.repr(x)?);
        }
        Ok(parts.join(", "))
    }

    /// Guards self-containing lists/dicts: true if `v` is already being printed.
    fn repr_enter(&mut self, v: &Value) -> bool {
        let a = addr(v);
        if self.repr_stack.contains(&a) {
            return true;
        }
        self.repr_stack.push(a);
        false
    }
    fn repr_leave(&mut self) {
        self.repr_stack.pop();
    }

    /// `str(v)`.
    pub fn str_of(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Obj(o) => match o.payload() {
                Payload::Str(s) => Ok(s.as_str().to_string()),
                Payload::Instance(i) => {
                    let ty = self.type_of(v);
                    if let Some(f) = self.lookup_in_type(&ty, "__str__") {
                        if !self.is_object_slot(&f) {
                            let r = self.call_method_value(&f, v, &[])?;
                            return match r.as_str() {
                                Some(s) => Ok(s.to_string()),
                                None => Err(PyErr::type_error(format!(
                                    "__str__ returned non-string (type {})",
                                    self.type_name(&r)
                                ))),
                            };
                        }
                    }
                    match &i.extra {
                        InstanceExtra::Exception(_) => {
                            if let Some(f) = self.lookup_in_type(&ty, "__repr__") {
                                if !self.is_object_slot(&f) && !matches!(f.payload(), Some(Payload::Builtin(_))) {
                                    // A user __repr__ without __str__: str() uses it only
                                    // for non-exceptions; exceptions print their args.
                                }
                            }
                            self.exception_str(v)
                        }
                        InstanceExtra::Builtin(b) => {
                            let inner = b.borrow().clone();
                            if self.lookup_in_type(&ty, "__repr__").map(|f| !matches!(f.payload(), Some(Payload::Builtin(_)))).unwrap_or(false) {
                                return self.repr(v);
                            }
                            self.str_of(&inner)
                        }
                        InstanceExtra::Plain | InstanceExtra::Native(_) => self.repr(v),
                    }
                }
                Payload::Native(_) => {
                    if let Some(r) = self.call_dunder(v, "__str__", &[])? {
                        return Ok(r.as_str().unwrap_or("").to_string());
                    }
                    self.repr(v)
                }
                _ => self.repr(v),
            },
            _ => self.repr(v),
        }
    }

    /// `ascii(v)`.
    pub fn ascii(&mut self, v: &Value) -> PyResult<String> {
        let r = self.repr(v)?;
        Ok(ascii_escape(&r))
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        match v {
            Value::Int(i) if spec.is_empty() => return Ok(i.to_string()),
            Value::Int(_) | Value::Bool(_) => {
                if let Value::Bool(b) = v {
                    if spec.is_empty() {
                        return Ok(if *b { "True".into() } else { "False".into() });
                    }
                }
                let spec = crate::objects::format::parse_spec(spec)?;
                return crate::objects::format::format_int(v, &spec);
            }
            Value::Float(f) => {
                let spec = crate::objects::format::parse_spec(spec)?;
                return crate::objects::format::format_float(*f, &spec);
            }
            Value::None => {
                if spec.is_empty() {
                    return Ok("None".into());
                }
            }
            _ => {}
        }
        match v.payload() {
            Some(Payload::Str(s)) => {
                let spec = crate::objects::format::parse_spec(spec)?;
                crate::objects::format::format_str(s.as_str(), &spec)
            }
            Some(Payload::BigInt(_)) => {
                let spec = crate::objects::format::parse_spec(spec)?;
                crate::objects::format::format_int(v, &spec)
            }
            Some(Payload::Complex(re, im)) => {
                let spec = crate::objects::format::parse_spec(spec)?;
                crate::objects::format::format_complex(*re, *im, &spec)
            }
            _ => {
                if is_user(v) {
                    if let Some(r) = self.call_dunder(v, "__format__", &[Value::new_str(spec)])? {
                        return match r.as_str() {
                            Some(s) => Ok(s.to_string()),
                            None => Err(PyErr::type_error(format!(
                                "__format__ must return a str, not {}",
                                self.type_name(&r)
                            ))),
                        };
                    }
                    let b = self.builtin_base(v);
                    if !b.is(v) {
                        return self.format(&b, spec);
                    }
                }
                if spec.is_empty() {
                    self.str_of(v)
                } else {
                    Err(PyErr::type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        self.type_name(v)
                    )))
                }
            }
        }
    }

    /// `str(v)` as a str object: an exact str is returned itself (as
    /// CPython does); a one-digit int's text is the shared one-character str.
    pub fn str_value(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(i) if (0..10).contains(i) => Ok(self.g.interner.borrow_mut().ascii_char(b'0' + *i as u8)),
            Value::Int(i) => Ok(Value::from_ascii_string(i.to_string())),
            Value::Obj(o) if matches!(o.payload(), Payload::Str(_)) => Ok(v.clone()),
            _ => Ok(Value::from_string(self.str_of(v)?)),
        }
    }

    /// `FormatValue`: conversion 0 none, 1 str, 2 repr, 3 ascii.
    pub fn format_value(&mut self, v: Value, conversion: u32, spec: Option<Value>) -> PyResult<Value> {
        let v = match conversion {
            1 => self.str_value(&v)?,
            2 => Value::from_string(self.repr(&v)?),
            3 => Value::from_string(self.ascii(&v)?),
            _ => v,
        };
        let spec_s = spec.as_ref().and_then(|s| s.as_str()).unwrap_or("");
        if spec_s.is_empty() {
            match &v {
                Value::Obj(o) if matches!(o.payload(), Payload::Str(_)) => return Ok(v),
                // `format(int, "")` is `str(int)`.
                Value::Int(_) => return self.str_value(&v),
                _ => {}
            }
        }
        Ok(Value::from_string(self.format(&v, spec_s)?))
    }

    /// `PrintExpr` (REPL): print the repr, bind `_`.
    pub fn print_expr(&mut self, v: Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        let r = self.repr(&v)?;
        crate::builtins::write_stdout(self, &format!("{r}\n"))?;
        if let Payload::Dict(d) = self.g.builtins.payload() {
            let k = self.intern("_");
            d.borrow_mut().set_str_key(k, v);
        }
        Ok(())
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if let Some(p) = v.payload() {
            match p {
                Payload::Str(s) => return Ok(s.char_len()),
                Payload::List(l) => return Ok(l.borrow().len()),
                Payload::Tuple(t) => return Ok(t.len()),
                Payload::Dict(d) => return Ok(d.borrow().len()),
                Payload::Set(s) => return Ok(s.borrow().len()),
                Payload::FrozenSet(s) => return Ok(s.len()),
                Payload::Bytes(b) => return Ok(b.len()),
                Payload::ByteArray(b) => return Ok(b.borrow().len()),
                Payload::Range { .. } => return Ok(crate::objects_ops::range_len(v) as usize),
                Payload::BigRange(r) => {
                    use num_traits::ToPrimitive;
                    return crate::objects::range::length(&r.start, &r.stop, &r.step)
                        .to_i64()
                        .map(|n| n as usize)
                        .ok_or_else(|| {
                            PyErr::new(crate::errors::ExcKind::OverflowError, "Python int too large to convert to C ssize_t")
                        });
                }
                Payload::DictView(dv) => return Ok(dv.len()),
                _ => {}
            }
        }
        if is_user(v) {
            if let Some(r) = self.call_dunder(v, "__len__", &[])? {
                return match r {
                    Value::Int(i) if i >= 0 => Ok(i as usize),
                    Value::Bool(b) => Ok(b as usize),
                    Value::Int(_) => Err(PyErr::value_error("__len__() should return >= 0")),
                    _ => Err(PyErr::type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        self.type_name(&r)
                    ))),
                };
            }
            let b = self.builtin_base(v);
            if !b.is(v) {
                return self.len(&b);
            }
        }
        Err(PyErr::type_error(format!("object of type '{}' has no len()", self.type_name(v))))
    }
}

fn addr(v: &Value) -> usize {
    match v {
        Value::Obj(o) => o.addr(),
        _ => 0,
    }
}


/// Escapes non-ASCII characters as `ascii()` does (`\xe9`, `\u20ac`, `\U0001f600`).
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}
