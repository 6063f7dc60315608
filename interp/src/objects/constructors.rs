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
    let parts = |vm: &mut Vm, v: Option<Value>| -> PyResult<(f64, f64)> {
        match v {
            None => Ok((0.0, 0.0)),
            Some(v) => match v.payload() {
                Some(Payload::Complex(re, im)) => Ok((*re, *im)),
                _ => match number::to_f64(&v) {
                    Some(r) => Ok((r?, 0.0)),
                    None => Err(PyErr::type_error(format!(
                        "complex() first argument must be a string or a number, not '{}'",
                        vm.type_name(&v)
                    ))),
                },
            },
        }
    };
    let (a, b) = (parts(vm, get(0, "real"))?, parts(vm, get(1, "imag"))?);
    Ok(Value::new_complex(a.0 - b.1, a.1 + b.0))
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
                Some(Payload::Str(s)) => {
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
                    let items = vm.collect(v)?;
                    let mut out = Vec::with_capacity(items.len());
                    for it in items {
                        let i = vm.index_value(&it)?;
                        if !(0..256).contains(&i) {
                            return Err(PyErr::value_error("bytes must be in range(0, 256)"));
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
