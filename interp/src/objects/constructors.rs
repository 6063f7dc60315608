//! Constructors of the builtin scalar types: `int()`, `float()`,
//! `complex()`, `str(obj, encoding)`, `bytes()`/`bytearray()`.

use crate::errors::{PyErr, PyResult};
use crate::objects::function::Args;
use crate::objects::number;
use crate::value::{Obj, Payload, Value};
use crate::vm::ops::is_user;
use crate::vm::Vm;

/// `int(x=0)` / `int(x, base=10)`.
pub fn int_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let x = pos.first().cloned().or_else(|| args.kw_get("x").cloned());
    let base = pos.get(1).cloned().or_else(|| args.kw_get("base").cloned());
    if pos.len() > 2 {
        return Err(PyErr::type_error(format!("int() takes at most 2 arguments ({} given)", pos.len())));
    }
    let Some(x) = x else {
        if base.is_some() {
            return Err(PyErr::type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    if let Some(b) = base {
        let b = vm.index_value(&b)?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(PyErr::value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        return match x.payload() {
            Some(Payload::Str(s)) => number::int_from_str(s.as_str(), b as u32),
            Some(Payload::Bytes(bs)) => number::int_from_str(&String::from_utf8_lossy(bs), b as u32),
            _ => Err(PyErr::type_error("int() can't convert non-string with explicit base")),
        };
    }
    match &x {
        Value::Int(_) => return Ok(x.clone()),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Float(f) => return number::float_to_int(*f),
        _ => {}
    }
    match x.payload() {
        Some(Payload::BigInt(_)) => Ok(x.clone()),
        Some(Payload::Str(s)) => number::int_from_str(s.as_str(), 10),
        Some(Payload::Bytes(bs)) => number::int_from_str(&String::from_utf8_lossy(bs), 10),
        Some(Payload::ByteArray(bs)) => number::int_from_str(&String::from_utf8_lossy(&bs.borrow()), 10),
        _ => {
            if is_user(&x) {
                for name in ["__int__", "__index__", "__trunc__"] {
                    if let Some(r) = vm.call_dunder(&x, name, &[])? {
                        return Ok(r);
                    }
                }
                let b = vm.builtin_base(&x);
                if !b.is(&x) {
                    return int_new(vm, Args::positional_only(&[b]));
                }
            }
            Err(PyErr::type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                vm.type_name(&x)
            )))
        }
    }
}

/// `float(x=0.0)`.
pub fn float_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 1 {
        return Err(PyErr::type_error(format!("float expected at most 1 argument, got {}", pos.len())));
    }
    let Some(x) = pos.first() else { return Ok(Value::Float(0.0)) };
    if let Some(r) = number::to_f64(x) {
        return r.map(Value::Float);
    }
    match x.payload() {
        Some(Payload::Str(s)) => number::float_from_str(s.as_str()).map(Value::Float),
        _ => {
            if is_user(x) {
                if let Some(r) = vm.call_dunder(x, "__float__", &[])? {
                    return Ok(r);
                }
                if let Some(r) = vm.call_dunder(x, "__index__", &[])? {
                    return float_new(vm, Args::positional_only(&[r]));
                }
                let b = vm.builtin_base(x);
                if !b.is(x) {
                    return float_new(vm, Args::positional_only(&[b]));
                }
            }
            Err(PyErr::type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                vm.type_name(x)
            )))
        }
    }
}

/// `complex(real=0, imag=0)`.
pub fn complex_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let get = |i: usize, k: &str| pos.get(i).cloned().or_else(|| args.kw_get(k).cloned());
    // (real, imag, was it complex?): only complex parts mix into the other
    // part, so `complex(1.0, -0.0)` keeps its negative zero, as CPython's.
    let parts = |vm: &mut Vm, v: Option<Value>| -> PyResult<(f64, f64, bool)> {
        match v {
            None => Ok((0.0, 0.0, false)),
            Some(v) => match v.payload() {
                Some(Payload::Complex(re, im)) => Ok((*re, *im, true)),
                _ => match number::to_f64(&v) {
                    Some(r) => Ok((r?, 0.0, false)),
                    None => {
                        // Objects defining __complex__, __float__ or __index__.
                        if let Some(c) = vm.call_dunder(&v, "__complex__", &[])? {
                            return match c.payload() {
                                Some(Payload::Complex(re, im)) => Ok((*re, *im, true)),
                                _ => Err(PyErr::type_error(format!("__complex__ returned non-complex (type {})", vm.type_name(&c)))),
                            };
                        }
                        if let Some(Value::Float(f)) = vm.call_dunder(&v, "__float__", &[])? {
                            return Ok((f, 0.0, false));
                        }
                        if let Some(i) = vm.index_of_user(&v)? {
                            return Ok((i as f64, 0.0, false));
                        }
                        Err(PyErr::type_error(format!(
                            "complex() first argument must be a string or a number, not '{}'",
                            vm.type_name(&v)
                        )))
                    }
                },
            },
        }
    };
    if let Some(Payload::Str(text)) = get(0, "real").as_ref().and_then(|v| v.payload()) {
        if get(1, "imag").is_some() {
            return Err(PyErr::type_error("complex() can't take second arg if first is a string"));
        }
        return match parse_complex(text.as_str()) {
            Some((re, im)) => Ok(Value::new_complex(re, im)),
            None => Err(PyErr::value_error("complex() arg is a malformed string")),
        };
    }
    if let Some(v) = get(1, "imag") {
        if v.as_str().is_some() {
            return Err(PyErr::type_error("complex() second arg can't be a string"));
        }
    }
    let imag_given = get(1, "imag").is_some();
    let (a, b) = (parts(vm, get(0, "real"))?, parts(vm, get(1, "imag"))?);
    let re = if b.2 { a.0 - b.1 } else { a.0 };
    let im = match (a.2, imag_given) {
        (true, true) => a.1 + b.0,
        (true, false) => a.1,
        (false, _) => b.0,
    };
    Ok(Value::new_complex(re, im))
}

/// Parses `complex()`'s string forms: `1.5`, `2j`, `1+2j`, `-j`, `(1-2j)`,
/// with surrounding whitespace.
fn parse_complex(text: &str) -> Option<(f64, f64)> {
    let mut s = text.trim();
    if let Some(inner) = s.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        s = inner.trim();
    }
    fn float(t: &str) -> Option<f64> {
        let t = t.trim_start_matches('+');
        let body = t.trim_start_matches('-');
        if body.is_empty() || body.starts_with(['+', '-']) || body.contains(char::is_whitespace) {
            return None;
        }
        let lower = body.to_ascii_lowercase();
        let ok_word = matches!(lower.as_str(), "inf" | "infinity" | "nan");
        if !ok_word && !body.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-' | '_')) {
            return None;
        }
        if body.contains('_') {
            let b = body.as_bytes();
            for (i, &c) in b.iter().enumerate() {
                if c == b'_' && !(i > 0 && i + 1 < b.len() && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit()) {
                    return None;
                }
            }
        }
        t.replace('_', "").parse::<f64>().ok()
    }
    let Some(body) = s.strip_suffix(['j', 'J']) else {
        return float(s).map(|re| (re, 0.0));
    };
    let bytes = body.as_bytes();
    let split = (1..bytes.len()).rev().find(|&i| matches!(bytes[i], b'+' | b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    let imag = |t: &str| -> Option<f64> {
        match t {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => float(t),
        }
    };
    match split {
        Some(i) => Some((float(&body[..i])?, imag(&body[i..])?)),
        None => Some((0.0, imag(body)?)),
    }
}

/// `str(object=b'', encoding='utf-8', errors='strict')`.
pub fn str_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let obj = pos.first().cloned().or_else(|| args.kw_get("object").cloned());
    let encoding = pos.get(1).cloned().or_else(|| args.kw_get("encoding").cloned());
    let Some(obj) = obj else { return Ok(Value::new_str("")) };
    if encoding.is_none() && args.kw_get("errors").is_none() {
        return Ok(Value::from_string(vm.str_of(&obj)?));
    }
    let bytes = match obj.payload() {
        Some(Payload::Bytes(b)) => b.clone(),
        Some(Payload::ByteArray(b)) => b.borrow().clone(),
        _ => return Err(PyErr::type_error(format!("decoding to str: need a bytes-like object, {} found", vm.type_name(&obj)))),
    };
    let b = Value::new_bytes(bytes);
    let mut call_args = vec![b];
    call_args.extend(pos.iter().skip(1).cloned());
    vm.call_method(&call_args[0].clone(), "decode", &call_args[1..])
}

/// `bytes(x)` / `bytearray(x)`.
pub fn bytes_new(vm: &mut Vm, cls: &Obj, args: Args<'_>) -> PyResult<Value> {
    let is_array = matches!(cls.payload(), Payload::Type(t) if t.kind == crate::objects::typeobj::TypeKind::ByteArray);
    let pos = args.pos();
    let data: Vec<u8> = match pos.first() {
        None => Vec::new(),
        Some(v) => match v {
            Value::Int(n) => {
                if *n < 0 {
                    return Err(PyErr::value_error("negative count"));
                }
                vec![0u8; *n as usize]
            }
            _ => match v.payload() {
                Some(Payload::Str(_)) => {
                    let enc = pos.get(1).or_else(|| args.kw_get("encoding"));
                    match enc {
                        Some(e) => {
                            let r = vm.call_method(v, "encode", &[e.clone()])?;
                            match r.payload() {
                                Some(Payload::Bytes(b)) => b.clone(),
                                _ => Vec::new(),
                            }
                        }
                        None => {
                            return Err(PyErr::type_error(if is_array {
                                "string argument without an encoding"
                            } else {
                                "string argument without an encoding"
                            }))
                        }
                    }
                }
                Some(Payload::Bytes(b)) => b.clone(),
                Some(Payload::ByteArray(b)) => b.borrow().clone(),
                _ => {
                    let what = if is_array { "bytearray" } else { "bytes" };
                    if vm.get_iter(v).is_err() {
                        return Err(PyErr::type_error(format!("cannot convert '{}' object to {what}", vm.type_name(v))));
                    }
                    let items = vm.collect(v)?;
                    let mut out = Vec::with_capacity(items.len());
                    for it in items {
                        let i = vm.index_value(&it)?;
                        if !(0..256).contains(&i) {
                            let msg = if is_array { "byte must be in range(0, 256)" } else { "bytes must be in range(0, 256)" };
                            return Err(PyErr::value_error(msg));
                        }
                        out.push(i as u8);
                    }
                    out
                }
            },
        },
    };
    Ok(if is_array { Value::new_bytearray(data) } else { Value::new_bytes(data) })
}
