//! The `builtins` module (functions and constructors of builtin types) and
//! the methods of `object`, `type` and `BaseException`.
//!
//! Container methods live in `objects/*_methods.rs`; this file installs
//! them. Output goes through `write_stdout`/`write_stderr`; `print` without
//! `file=` writes through a replaced `sys.stdout`'s `write` instead (see
//! `replaced_stdout`).

use crate::errors::{ExcKind, PyErr, PyResult};
use crate::objects::dict::Dict;
use crate::objects::function::{Args, Builtin, NativeFn};
use crate::objects::instance::InstanceExtra;
use crate::objects::iter::IterState;
use crate::objects::typeobj::TypeKind;
use crate::value::{Obj, Payload, Value};
use crate::vm::iter::new_iter;
use crate::vm::Vm;
use std::cell::RefCell;
use std::io::Write;

/// `garter -u`: stdout is flushed after every write (set once at startup).
pub static UNBUFFERED_STDOUT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Writes text to the process's stdout.
pub fn write_stdout(_vm: &mut Vm, s: &str) -> PyResult<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(s.as_bytes()).map_err(|e| PyErr::from_io(&e))?;
    if UNBUFFERED_STDOUT.load(std::sync::atomic::Ordering::Relaxed) {
        out.flush().map_err(|e| PyErr::from_io(&e))?;
    }
    Ok(())
}

/// Writes text to the process's stderr.
pub fn write_stderr(_vm: &mut Vm, s: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(s.as_bytes());
    let _ = err.flush();
}

/// Flushes stdout (at exit and for `print(flush=True)`).
pub fn flush_stdout() {
    let _ = std::io::stdout().lock().flush();
}

fn arg_count(name: &str, args: &Args<'_>, min: usize, max: usize) -> PyResult<()> {
    let n = args.pos().len();
    if n < min || n > max {
        let msg = if min == 1 && max == 1 {
            format!("{name}() takes exactly one argument ({n} given)")
        } else if min == max {
            format!("{name} expected {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
        } else if n < min {
            format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
        } else {
            format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
        };
        return Err(PyErr::type_error(msg));
    }
    Ok(())
}

fn no_kw(name: &str, args: &Args<'_>) -> PyResult<()> {
    if args.has_kw() {
        return Err(PyErr::type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

// ---- builtins functions -----------------------------------------------

/// Where `print()` without `file=` writes.
enum StdoutTarget {
    /// The process's stdout (`sys.stdout` is the stream `sys` made).
    Process,
    /// Nowhere: `sys.stdout` is None, as CPython's `print` allows.
    Discard,
    /// A replacement a script assigned to `sys.stdout` (a `StringIO`
    /// under `contextlib.redirect_stdout`, ...): its `write` is called.
    Object(Value),
}

/// Finds out whether a script replaced `sys.stdout`: two dict look-ups and
/// a pointer compare of `sys.stdout` with `sys.__stdout__`, so the common
/// case stays a direct write.
fn replaced_stdout(vm: &Vm) -> StdoutTarget {
    let sys = match vm.g.modules.payload() {
        Payload::Dict(d) => d.borrow().get_str("sys").cloned(),
        _ => None,
    };
    let Some(Payload::Module(m)) = sys.as_ref().and_then(|s| s.payload()) else {
        return StdoutTarget::Process;
    };
    let Payload::Dict(d) = m.dict.payload() else {
        return StdoutTarget::Process;
    };
    let d = d.borrow();
    match (d.get_str("stdout"), d.get_str("__stdout__")) {
        (Some(cur), Some(orig)) if cur.is(orig) => StdoutTarget::Process,
        (Some(Value::None), _) => StdoutTarget::Discard,
        (Some(cur), _) => StdoutTarget::Object(cur.clone()),
        (None, _) => StdoutTarget::Process,
    }
}

fn builtin_print(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = Value::None;
    let mut flush = false;
    for (k, v) in args.kw() {
        match k {
            "sep" => {
                if !v.is_none() {
                    sep = v.as_str().ok_or_else(|| PyErr::type_error(format!("sep must be None or a string, not {}", vm.type_name(v))))?.to_string()
                }
            }
            "end" => {
                if !v.is_none() {
                    end = v.as_str().ok_or_else(|| PyErr::type_error(format!("end must be None or a string, not {}", vm.type_name(v))))?.to_string()
                }
            }
            "file" => file = v.clone(),
            "flush" => flush = vm.truthy(v)?,
            _ => return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for print()"))),
        }
    }
    if file.is_none() {
        match replaced_stdout(vm) {
            StdoutTarget::Process => {}
            StdoutTarget::Discard => return Ok(Value::None),
            StdoutTarget::Object(f) => file = f,
        }
    }
    if file.is_none() {
        let mut s = String::new();
        for (i, v) in args.pos().iter().enumerate() {
            if i > 0 {
                s.push_str(&sep);
            }
            s.push_str(&vm.str_of(v)?);
        }
        s.push_str(&end);
        write_stdout(vm, &s)?;
        if flush {
            flush_stdout();
        }
    } else {
        // CPython writes each piece with its own `file.write` call.
        for (i, v) in args.pos().iter().enumerate() {
            if i > 0 {
                vm.call_method(&file, "write", &[Value::new_str(&sep)])?;
            }
            let piece = vm.str_of(v)?;
            vm.call_method(&file, "write", &[Value::from_string(piece)])?;
        }
        vm.call_method(&file, "write", &[Value::new_str(&end)])?;
        if flush {
            vm.call_method(&file, "flush", &[])?;
        }
    }
    Ok(Value::None)
}

fn builtin_len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    arg_count("len", &args, 1, 1)?;
    Ok(Value::Int(vm.len(&args.pos()[0])? as i64))
}

fn builtin_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    arg_count("repr", &args, 1, 1)?;
    Ok(Value::from_string(vm.repr(&args.pos()[0])?))
}

fn builtin_ascii(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    arg_count("ascii", &args, 1, 1)?;
    Ok(Value::from_string(vm.ascii(&args.pos()[0])?))
}

fn builtin_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    arg_count("format", &args, 1, 2)?;
    let spec = match args.pos().get(1) {
        None => String::new(),
        Some(s) => match s.as_str() {
            Some(t) => t.to_string(),
            None => {
                return Err(PyErr::type_error(format!(
                    "format() argument 2 must be str, not {}",
                    vm.type_name(s)
                )))
            }
        },
    };
    Ok(Value::from_string(vm.format(&args.pos()[0], &spec)?))
}

/// The classes named by `isinstance`'s second argument.
fn class_list(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<Vec<Obj>> {
    match v.payload() {
        Some(Payload::Type(_)) => Ok(vec![v.as_obj().cloned().ok_or_else(|| PyErr::internal("cls"))?]),
        Some(Payload::Tuple(t)) => {
            let mut out = Vec::new();
            for x in t.clone() {
                out.extend(class_list(vm, &x, fname)?);
            }
            Ok(out)
        }
        _ => Err(PyErr::type_error(format!(
            "{fname}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

/// `__instancecheck__`/`__subclasscheck__` of a non-class second argument
/// of isinstance/issubclass (`isinstance(x, typing.List)`), if its type has one.
fn special_check(vm: &mut Vm, spec: &Value, name: &str, v: &Value) -> PyResult<Option<bool>> {
    if matches!(spec.payload(), Some(Payload::Type(_)) | Some(Payload::Tuple(_))) || !crate::vm::ops::is_user(spec) {
        return Ok(None);
    }
    match vm.call_dunder(spec, name, &[v.clone()])? {
        Some(r) => Ok(Some(vm.truthy(&r)?)),
        None => Ok(None),
    }
}

fn builtin_isinstance(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    arg_count("isinstance", &args, 2, 2)?;
    if let Some(r) = special_check(vm, &args.pos()[1], "__instancecheck__", &args.pos()[0])? {
        return Ok(Value::Bool(r));
    }
    let classes = class_list(vm, &args.pos()[1], "isinstance")?;
    let v = &args.pos()[0];
    for c in classes {
        if vm.isinstance(v, &c) {
            return Ok(Value::Bool(true));
        }
        if let Some(check) = vm.lookup_in_type(&vm.type_of(&Value::Obj(c.clone())), "__instancecheck__") {
            let r = vm.call(&check, &[Value::Obj(c.clone()), v.clone()])?;
            if vm.truthy(&r)? {
                return Ok(Value::Bool(true));
            }
        }
    }
    Ok(Value::Bool(false))
}

/// `issubclass(sub, spec)` for a class or (nested) tuple `spec`, checking
/// in order and stopping at the first match, as CPython does.
fn subclass_of_any(vm: &mut Vm, sub: &Obj, spec: &Value) -> PyResult<bool> {
    match spec.payload() {
        Some(Payload::Type(_)) => {
            let c = spec.as_obj().cloned().ok_or_else(|| PyErr::internal("cls"))?;
            // A metaclass's own `__subclasscheck__` decides (abc.ABCMeta's
            // registry), as in CPython.
            let meta = vm.type_of(spec);
            if !meta.is(&vm.g.types.type_) {
                if let Some(check) = vm.lookup_in_type(&meta, "__subclasscheck__") {
                    if !matches!(check.payload(), Some(Payload::Builtin(_))) {
                        let r = vm.call(&check, &[spec.clone(), Value::Obj(sub.clone())])?;
                        return vm.truthy(&r);
                    }
                }
            }
            Ok(vm.is_subtype(sub, &c))
        }
        Some(Payload::Tuple(t)) => {
            for x in t.clone() {
                if subclass_of_any(vm, sub, &x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(PyErr::type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")),
    }
}

fn builtin_issubclass(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    arg_count("issubclass", &args, 2, 2)?;
    if let Some(r) = special_check(vm, &args.pos()[1], "__subclasscheck__", &args.pos()[0])? {
        return Ok(Value::Bool(r));
    }
    let sub = match args.pos()[0].as_obj() {
        Some(o) if matches!(o.payload(), Payload::Type(_)) => o.clone(),
        _ => return Err(PyErr::type_error("issubclass() arg 1 must be a class")),
    };
    Ok(Value::Bool(subclass_of_any(vm, &sub, &args.pos()[1])?))
}

fn builtin_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    arg_count("iter", &args, 1, 2)?;
    let pos = args.pos();
    if pos.len() == 2 {
        if !is_callable(vm, &pos[0]) {
            return Err(PyErr::type_error("iter(v, w): v must be callable"));
        }
        return Ok(new_iter(IterState::Callable { func: pos[0].clone(), sentinel: pos[1].clone() }));
    }
    vm.get_iter(&pos[0])
}

fn builtin_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    arg_count("next", &args, 1, 2)?;
    let pos = args.pos();
    let it = &pos[0];
    let is_iter = matches!(it.payload(), Some(Payload::Iter(_)) | Some(Payload::Generator(_)))
        || vm.lookup_in_type(&vm.type_of(it), "__next__").is_some();
    if !is_iter {
        return Err(PyErr::type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    if pos.len() == 1 && matches!(it.payload(), Some(Payload::Generator(_))) {
        // StopIteration carries the generator's return value.
        return vm.generator_send(it, Value::None);
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match pos.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr::stop_iteration()),
        },
    }
}

fn builtin_hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    arg_count("hash", &args, 1, 1)?;
    Ok(Value::Int(vm.hash(&args.pos()[0])?))
}

fn builtin_id(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    arg_count("id", &args, 1, 1)?;
    Ok(Value::Int(match &args.pos()[0] {
        // The singletons have one identity however many objects hold them.
        Value::Obj(o) if matches!(o.payload(), Payload::Ellipsis) => 0x20,
        Value::Obj(o) if matches!(o.payload(), Payload::NotImplemented) => 0x30,
        Value::Obj(o) => o.addr() as i64,
        Value::Int(i) => *i ^ 0x7000_0000,
        Value::Float(f) => f.to_bits() as i64,
        Value::Bool(b) => 0x100 + *b as i64,
        _ => 0x10,
    }))
}

pub fn is_callable(vm: &mut Vm, v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Function(_) | Payload::Builtin(_) | Payload::Method { .. } | Payload::Type(_)) => true,
        Some(_) => vm.lookup_in_type(&vm.type_of(v), "__call__").is_some(),
        None => false,
    }
}

fn builtin_callable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    arg_count("callable", &args, 1, 1)?;
    Ok(Value::Bool(is_callable(vm, &args.pos()[0])))
}

fn builtin_getattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    arg_count("getattr", &args, 2, 3)?;
    let pos = args.pos();
    let name = match pos[1].as_str() {
        Some(_) => pos[1].clone(),
        None => return Err(PyErr::type_error(format!("attribute name must be string, not '{}'", vm.type_name(&pos[1])))),
    };
    match vm.get_attr(&pos[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if pos.len() == 3 && vm.err_is(&e, ExcKind::AttributeError) => Ok(pos[2].clone()),
        Err(e) => Err(e),
    }
}

fn builtin_setattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    arg_count("setattr", &args, 3, 3)?;
    let pos = args.pos();
    if pos[1].as_str().is_none() {
        return Err(PyErr::type_error(format!("attribute name must be string, not '{}'", vm.type_name(&pos[1]))));
    }
    vm.set_attr(&pos[0], &pos[1], pos[2].clone())?;
    Ok(Value::None)
}

fn builtin_delattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    arg_count("delattr", &args, 2, 2)?;
    let pos = args.pos();
    if pos[1].as_str().is_none() {
        return Err(PyErr::type_error(format!("attribute name must be string, not '{}'", vm.type_name(&pos[1]))));
    }
    vm.del_attr(&pos[0], &pos[1])?;
    Ok(Value::None)
}

fn builtin_hasattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    arg_count("hasattr", &args, 2, 2)?;
    let pos = args.pos();
    if pos[1].as_str().is_none() {
        return Err(PyErr::type_error(format!("attribute name must be string, not '{}'", vm.type_name(&pos[1]))));
    }
    match vm.get_attr(&pos[0], &pos[1]) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if vm.err_is(&e, ExcKind::AttributeError) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn builtin_build_class(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.build_class(args)
}

fn builtin_import(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let name = pos.first().and_then(|n| n.as_str()).ok_or_else(|| PyErr::type_error("__import__() argument 1 must be str"))?.to_string();
    let globals = pos.get(1).cloned().or_else(|| args.kw_get("globals").cloned()).unwrap_or(Value::None);
    let fromlist = pos.get(3).cloned().or_else(|| args.kw_get("fromlist").cloned()).unwrap_or(Value::None);
    let level = match pos.get(4).or_else(|| args.kw_get("level")) {
        Some(Value::Int(i)) => *i,
        _ => 0,
    };
    vm.import_impl(&name, &globals, &fromlist, level)
}

fn builtin_abs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    arg_count("abs", &args, 1, 1)?;
    let v = &args.pos()[0];
    if let Some(r) = crate::objects::number::abs(v) {
        return r;
    }
    match vm.call_dunder(v, "__abs__", &[])? {
        Some(r) => Ok(r),
        None => Err(PyErr::type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v)))),
    }
}

fn min_max(vm: &mut Vm, args: Args<'_>, name: &str, want: u32) -> PyResult<Value> {
    let pos = args.pos();
    let key = args.kw_get("key").cloned().filter(|k| !k.is_none());
    let default = args.kw_get("default").cloned();
    for (k, _) in args.kw() {
        if k != "key" && k != "default" {
            return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for {name}()")));
        }
    }
    let items = match pos.len() {
        0 => return Err(PyErr::type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.collect(&pos[0])?,
        _ => {
            if default.is_some() {
                return Err(PyErr::type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = match &key {
            Some(f) => vm.call(f, &[it.clone()])?,
            None => it.clone(),
        };
        best = match best {
            None => Some((k, it)),
            Some((bk, bv)) => {
                if vm.compare_bool(&k, &bk, want)? {
                    Some((k, it))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(PyErr::value_error(format!("{name}() arg is an empty sequence"))),
        },
    }
}

fn builtin_min(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    min_max(vm, args, "min", crate::code::CMP_LT)
}

fn builtin_max(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    min_max(vm, args, "max", crate::code::CMP_GT)
}

fn builtin_sum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.is_empty() || pos.len() > 2 {
        return Err(PyErr::type_error(format!("sum() takes at most 2 arguments ({} given)", pos.len())));
    }
    let mut acc = pos.get(1).cloned().or_else(|| args.kw_get("start").cloned()).unwrap_or(Value::Int(0));
    if acc.as_str().is_some() {
        return Err(PyErr::type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if matches!(acc.payload(), Some(Payload::Bytes(_))) {
        return Err(PyErr::type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    let it = vm.get_iter(&pos[0])?;
    while let Some(v) = vm.next(&it)? {
        // Int and float items add inline (CPython's sum keeps a C long or
        // double accumulator); anything else takes the generic operator.
        acc = match crate::vm::ops::binary_fast(&acc, &v, crate::code::BINOP_ADD) {
            Some(r) => r,
            None => vm.binary_op(acc, v, crate::code::BINOP_ADD)?,
        };
    }
    Ok(acc)
}

/// `sorted(iterable, key=None, reverse=False)` and `list.sort`: stable.
///
/// When every key is an int, a float (no NaN) or a str, keys are compared
/// natively without calling `<` (CPython's pre-checked "unsafe" compares);
/// otherwise a merge sort calls the rich comparison and stops at the first
/// error.
pub fn sort_values(vm: &mut Vm, items: &mut Vec<Value>, key: Option<Value>, reverse: bool) -> PyResult<()> {
    let computed: Option<Vec<Value>> = match &key {
        Some(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for it in items.iter() {
                ks.push(vm.call(f, std::slice::from_ref(it))?);
            }
            Some(ks)
        }
        None => None,
    };
    let keys: &[Value] = computed.as_deref().unwrap_or(items.as_slice());
    let mut idx: Vec<usize> = (0..keys.len()).collect();
    if keys.iter().all(|k| matches!(k, Value::Int(_))) {
        let ks: Vec<i64> = keys.iter().map(|k| if let Value::Int(i) = k { *i } else { 0 }).collect();
        if reverse {
            idx.sort_by(|&a, &b| ks[b].cmp(&ks[a]));
        } else {
            idx.sort_by_key(|&i| ks[i]);
        }
    } else if keys.iter().all(|k| matches!(k, Value::Float(f) if !f.is_nan())) {
        let ks: Vec<f64> = keys.iter().map(|k| if let Value::Float(f) = k { *f } else { 0.0 }).collect();
        let cmp = |a: f64, b: f64| a.partial_cmp(&b).unwrap_or(std::cmp::Ordering::Equal);
        if reverse {
            idx.sort_by(|&a, &b| cmp(ks[b], ks[a]));
        } else {
            idx.sort_by(|&a, &b| cmp(ks[a], ks[b]));
        }
    } else if keys.iter().all(|k| k.as_str().is_some()) {
        // UTF-8 byte order is code point order.
        let ks: Vec<&str> = keys.iter().map(|k| k.as_str().unwrap_or("")).collect();
        if reverse {
            idx.sort_by(|&a, &b| ks[b].cmp(ks[a]));
        } else {
            idx.sort_by(|&a, &b| ks[a].cmp(ks[b]));
        }
    } else if let Some(tuples) = native_tuple_keys(keys) {
        // Tuples of ints/floats/strs, each position one kind: compared
        // natively, with the same result as tuple `<`.
        if reverse {
            idx.sort_by(|&a, &b| compare_native_tuples(tuples[b], tuples[a]));
        } else {
            idx.sort_by(|&a, &b| compare_native_tuples(tuples[a], tuples[b]));
        }
    } else {
        let mut err: Option<PyErr> = None;
        merge_sort(&mut idx, &mut |a, b| {
            if err.is_some() {
                return false;
            }
            let (x, y) = if reverse { (&keys[*a], &keys[*b]) } else { (&keys[*b], &keys[*a]) };
            // "b < a" decides whether b goes first (stability: only strict less moves).
            match vm.compare_bool(x, y, crate::code::CMP_LT) {
                Ok(r) => r,
                Err(e) => {
                    err = Some(e);
                    false
                }
            }
        });
        if let Some(e) = err {
            return Err(e);
        }
    }
    drop(computed);
    let mut slots: Vec<Option<Value>> = std::mem::take(items).into_iter().map(Some).collect();
    *items = idx.into_iter().map(|i| slots[i].take().unwrap_or(Value::None)).collect();
    Ok(())
}

/// A sort key that compares without calling back into the VM.
#[derive(Clone, Copy, PartialEq)]
enum NativeKey {
    Int,
    Float,
    Str,
}

fn native_key_kind(v: &Value) -> Option<NativeKey> {
    match v {
        Value::Int(_) => Some(NativeKey::Int),
        Value::Float(f) if !f.is_nan() => Some(NativeKey::Float),
        Value::Obj(o) if matches!(o.payload(), Payload::Str(_)) => Some(NativeKey::Str),
        _ => None,
    }
}

/// The items of `keys` when every key is a tuple whose position `i` holds
/// the same native kind in every tuple (so `==` and `<` between any two
/// items at one position never mix kinds, never meet a NaN and never call
/// Python code); `None` otherwise.
fn native_tuple_keys(keys: &[Value]) -> Option<Vec<&[Value]>> {
    let mut columns: Vec<NativeKey> = Vec::new();
    let mut out = Vec::with_capacity(keys.len());
    for k in keys {
        let t = k.as_tuple()?;
        for (i, item) in t.iter().enumerate() {
            let kind = native_key_kind(item)?;
            match columns.get(i) {
                Some(&c) if c != kind => return None,
                Some(_) => {}
                None => columns.push(kind),
            }
        }
        out.push(t);
    }
    Some(out)
}

/// Tuple `<` for `native_tuple_keys` items: the first unequal position
/// decides, else the shorter tuple comes first.
fn compare_native_tuples(a: &[Value], b: &[Value]) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    for (x, y) in a.iter().zip(b) {
        let o = match (x, y) {
            (Value::Int(x), Value::Int(y)) => x.cmp(y),
            (Value::Float(x), Value::Float(y)) => x.partial_cmp(y).unwrap_or(Ordering::Equal),
            // UTF-8 byte order is code point order.
            _ => x.as_str().unwrap_or("").cmp(y.as_str().unwrap_or("")),
        };
        if o != Ordering::Equal {
            return o;
        }
    }
    a.len().cmp(&b.len())
}

/// Stable merge sort over indices; `second_first(a, b)` is true when `b`
/// must come before `a`.
fn merge_sort(v: &mut Vec<usize>, second_first: &mut dyn FnMut(&usize, &usize) -> bool) {
    let n = v.len();
    if n < 2 {
        return;
    }
    let mut buf = v.clone();
    let mut width = 1;
    while width < n {
        let mut i = 0;
        while i < n {
            let mid = (i + width).min(n);
            let end = (i + 2 * width).min(n);
            let (mut l, mut r, mut k) = (i, mid, i);
            while l < mid && r < end {
                if second_first(&v[l], &v[r]) {
                    buf[k] = v[r];
                    r += 1;
                } else {
                    buf[k] = v[l];
                    l += 1;
                }
                k += 1;
            }
            while l < mid {
                buf[k] = v[l];
                l += 1;
                k += 1;
            }
            while r < end {
                buf[k] = v[r];
                r += 1;
                k += 1;
            }
            i += 2 * width;
        }
        std::mem::swap(v, &mut buf);
        width *= 2;
    }
}

fn sort_options(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<(Option<Value>, bool)> {
    let mut key = None;
    let mut reverse = false;
    for (k, v) in args.kw() {
        match k {
            "key" => key = Some(v.clone()).filter(|k| !k.is_none()),
            "reverse" => reverse = vm.truthy(v)?,
            _ => return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for {name}()"))),
        }
    }
    Ok((key, reverse))
}

fn builtin_sorted(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos().len() != 1 {
        return Err(PyErr::type_error(format!("sorted expected 1 argument, got {}", args.pos().len())));
    }
    let (key, reverse) = sort_options(vm, &args, "sort")?;
    let mut items = vm.collect(&args.pos()[0])?;
    sort_values(vm, &mut items, key, reverse)?;
    Ok(Value::new_list(items))
}

fn builtin_reversed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_kw("reversed", &args)?;
    arg_count("reversed", &args, 1, 1)?;
    let v = &args.pos()[0];
    match v.payload() {
        Some(Payload::Dict(_)) => {
            let o = v.as_obj().cloned().ok_or_else(|| PyErr::internal("reversed"))?;
            return Ok(crate::objects::dict_view::reversed(&o, crate::objects::dict_view::KEYS));
        }
        Some(Payload::DictView(dv)) => return Ok(crate::objects::dict_view::reversed(&dv.dict, dv.which)),
        Some(Payload::Range { start, stop, step }) => {
            let n = crate::objects_ops::range_len_of(*start, *stop, *step);
            if n == 0 {
                return Ok(new_iter(IterState::Range { next: 0, stop: 0, step: 1 }));
            }
            let last = *start as i128 + (n as i128 - 1) * *step as i128;
            let new_stop = *start as i128 - *step as i128;
            if let (Ok(l), Ok(e), Some(st)) = (i64::try_from(last), i64::try_from(new_stop), step.checked_neg()) {
                return Ok(new_iter(IterState::Range { next: l, stop: e, step: st }));
            }
        }
        _ => {}
    }
    if let Some((start, stop, step)) = crate::objects::range::bounds(v) {
        let n = crate::objects::range::length(&start, &stop, &step);
        let last = &start + (n - 1) * &step;
        return Ok(new_iter(IterState::BigRange { next: last, stop: &start - &step, step: -step }));
    }
    if crate::vm::ops::is_user(v) {
        let ty = vm.type_of(v);
        match vm.lookup_in_type(&ty, "__reversed__") {
            Some(Value::None) => {
                return Err(PyErr::type_error(format!("'{}' object is not reversible", vm.type_name(v))))
            }
            Some(f) => return vm.call_method_value(&f, v, &[]),
            None => {}
        }
    }
    // A dict subclass without its own `__reversed__` reverses its keys.
    let base = vm.builtin_base(v);
    if let (Some(Payload::Dict(_)), Some(o)) = (base.payload(), base.as_obj()) {
        return Ok(crate::objects::dict_view::reversed(o, crate::objects::dict_view::KEYS));
    }
    let reversible = match v.payload() {
        Some(Payload::List(_) | Payload::Tuple(_) | Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_)) => true,
        Some(Payload::Instance(_)) => {
            let ty = vm.type_of(v);
            vm.lookup_in_type(&ty, "__getitem__").is_some() && vm.lookup_in_type(&ty, "__len__").is_some()
                || !vm.builtin_base(v).is(v)
        }
        _ => false,
    };
    if !reversible {
        return Err(PyErr::type_error(format!("'{}' object is not reversible", vm.type_name(v))));
    }
    let n = vm.len(v)?;
    Ok(new_iter(IterState::Reversed { seq: v.clone(), index: n }))
}

fn builtin_enumerate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let iterable = pos.first().or_else(|| args.kw_get("iterable")).cloned().ok_or_else(|| PyErr::type_error("enumerate() missing required argument 'iterable' (pos 1)"))?;
    let start = pos.get(1).or_else(|| args.kw_get("start")).cloned().unwrap_or(Value::Int(0));
    let it = vm.get_iter(&iterable)?;
    Ok(new_iter(IterState::Enumerate { iter: it, count: start }))
}

fn builtin_zip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let strict = match args.kw_get("strict") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut iters = Vec::new();
    for (i, a) in args.pos().iter().enumerate() {
        let _ = i;
        iters.push(vm.get_iter(a)?);
    }
    Ok(new_iter(IterState::Zip { iters, strict }))
}

fn builtin_map(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_kw("map", &args)?;
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(PyErr::type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::new();
    for a in &pos[1..] {
        iters.push(vm.get_iter(a)?);
    }
    Ok(new_iter(IterState::Map { func: pos[0].clone(), iters }))
}

fn builtin_filter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_kw("filter", &args)?;
    arg_count("filter", &args, 2, 2)?;
    let it = vm.get_iter(&args.pos()[1])?;
    Ok(new_iter(IterState::Filter { func: args.pos()[0].clone(), iter: it }))
}

fn builtin_any(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    arg_count("any", &args, 1, 1)?;
    let it = vm.get_iter(&args.pos()[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn builtin_all(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    arg_count("all", &args, 1, 1)?;
    let it = vm.get_iter(&args.pos()[0])?;
    while let Some(v) = vm.next(&it)? {
        if !vm.truthy(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn builtin_chr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    arg_count("chr", &args, 1, 1)?;
    let i = vm.index_value(&args.pos()[0])?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::from_string(c.to_string())),
        None => Err(PyErr::value_error("chr() arg not in range(0x110000)")),
    }
}

fn builtin_ord(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    arg_count("ord", &args, 1, 1)?;
    let v = &args.pos()[0];
    match v.payload() {
        Some(Payload::Str(s)) => {
            if s.char_len() != 1 {
                return Err(PyErr::type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                )));
            }
            Ok(Value::Int(s.char_at(0).map(|c| c as i64).unwrap_or(0)))
        }
        Some(Payload::Bytes(b)) if b.len() == 1 => Ok(Value::Int(b[0] as i64)),
        Some(Payload::ByteArray(b)) if b.borrow().len() == 1 => Ok(Value::Int(b.borrow()[0] as i64)),
        Some(Payload::Bytes(b)) => Err(PyErr::type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        ))),
        Some(Payload::ByteArray(b)) => Err(PyErr::type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.borrow().len()
        ))),
        _ => Err(PyErr::type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(v)
        ))),
    }
}

fn radix(vm: &mut Vm, args: Args<'_>, name: &str, r: u32) -> PyResult<Value> {
    arg_count(name, &args, 1, 1)?;
    let v = &args.pos()[0];
    let v = match v {
        Value::Int(_) | Value::Bool(_) => v.clone(),
        _ if matches!(v.payload(), Some(Payload::BigInt(_))) => v.clone(),
        _ => Value::Int(vm.index_value(v)?),
    };
    Ok(Value::from_string(crate::objects::number::int_to_str_radix(&v, r).unwrap_or_default()))
}

fn builtin_hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    radix(vm, args, "hex", 16)
}
fn builtin_oct(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    radix(vm, args, "oct", 8)
}
fn builtin_bin(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    radix(vm, args, "bin", 2)
}

fn builtin_divmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    arg_count("divmod", &args, 2, 2)?;
    let (a, b) = (&args.pos()[0], &args.pos()[1]);
    vm.divmod(a, b)
}

fn builtin_pow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let base = pos.first().or_else(|| args.kw_get("base")).cloned().ok_or_else(|| PyErr::type_error("pow() missing required argument 'base' (pos 1)"))?;
    let exp = pos.get(1).or_else(|| args.kw_get("exp")).cloned().ok_or_else(|| PyErr::type_error("pow() missing required argument 'exp' (pos 2)"))?;
    let m = pos.get(2).or_else(|| args.kw_get("mod")).cloned().unwrap_or(Value::None);
    if m.is_none() {
        return vm.binary_op(base, exp, crate::code::BINOP_POW);
    }
    if let Some(r) = crate::objects::number::pow3(&base, &exp, &m) {
        return r;
    }
    // Three-argument pow of a user object: its __pow__(exp, mod), as CPython.
    if let Some(r) = vm.call_dunder(&base, "__pow__", &[exp.clone(), m.clone()])? {
        if !matches!(r.payload(), Some(Payload::NotImplemented)) {
            return Ok(r);
        }
    }
    Err(PyErr::type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        vm.type_name(&base),
        vm.type_name(&exp),
        vm.type_name(&m)
    )))
}

fn builtin_round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let v = pos.first().or_else(|| args.kw_get("number")).cloned().ok_or_else(|| PyErr::type_error("round() missing required argument 'number' (pos 1)"))?;
    let nd = pos.get(1).or_else(|| args.kw_get("ndigits")).cloned().unwrap_or(Value::None);
    let ndigits = if nd.is_none() { None } else { Some(vm.index_value(&nd)?) };
    if let Some(r) = crate::objects::number::round(&v, ndigits) {
        return r;
    }
    let extra: Vec<Value> = if nd.is_none() { vec![] } else { vec![nd] };
    match vm.call_dunder(&v, "__round__", &extra)? {
        Some(r) => Ok(r),
        None => Err(PyErr::type_error(format!("type {} doesn't define __round__ method", vm.type_name(&v)))),
    }
}

fn namespace_of_caller(vm: &Vm, want_locals: bool) -> Value {
    match vm.frames.last() {
        Some(f) => {
            if want_locals {
                if let Some(l) = &f.locals {
                    return Value::Obj(l.clone());
                }
                // A function's locals: a snapshot dict.
                let mut d = Dict::new();
                for (i, name) in f.code.varnames.iter().enumerate() {
                    if let Some(v) = vm.stack.get(f.base + i) {
                        if !v.is_null() {
                            d.set_str_key(Value::new_str(name), v.clone());
                        }
                    }
                }
                for (i, name) in f.code.cellvars.iter().chain(f.code.freevars.iter()).enumerate() {
                    if let Some(Payload::Cell(c)) = f.cells.get(i).and_then(|c| c.payload()) {
                        let v = c.borrow().clone();
                        if !v.is_null() {
                            d.set_str_key(Value::new_str(name), v);
                        }
                    }
                }
                return Value::new_dict(d);
            }
            Value::Obj(f.globals.clone())
        }
        None => Value::None,
    }
}

fn builtin_globals(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(namespace_of_caller(vm, false))
}

fn builtin_locals(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(namespace_of_caller(vm, true))
}

fn builtin_vars(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match args.pos().first() {
        None => Ok(namespace_of_caller(vm, true)),
        Some(v) => vm.get_attr_str(v, "__dict__").map_err(|_| PyErr::type_error("vars() argument must have __dict__ attribute")),
    }
}

fn builtin_dir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(v) = args.pos().first().cloned() else {
        let ns = namespace_of_caller(vm, true);
        let mut keys: Vec<String> = match ns.payload() {
            Some(Payload::Dict(d)) => d.borrow().keys().iter().filter_map(|k| k.as_str().map(String::from)).collect(),
            _ => Vec::new(),
        };
        keys.sort();
        return Ok(Value::new_list(keys.iter().map(|k| Value::new_str(k)).collect()));
    };
    let r = match vm.call_dunder(&v, "__dir__", &[])? {
        Some(r) => r,
        None => default_dir(vm, &v)?,
    };
    let mut items = vm.collect(&r)?;
    sort_values(vm, &mut items, None, false)?;
    Ok(Value::new_list(items))
}

/// `object.__dir__`: the instance's `__dict__` keys and the attributes
/// of its class and bases (for a class: its own and its bases').
fn default_dir(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let mut names: Vec<String> = Vec::new();
    fn add_dict(d: &Dict, names: &mut Vec<String>) {
        for k in d.keys() {
            if let Some(s) = k.as_str() {
                if !names.iter().any(|n| n == s) {
                    names.push(s.to_string());
                }
            }
        }
    }
    match v.payload() {
        Some(Payload::Instance(i)) => add_dict(&i.dict().borrow(), &mut names),
        Some(Payload::Module(m)) => {
            if let Payload::Dict(d) = m.dict.payload() {
                add_dict(&d.borrow(), &mut names);
            }
            return Ok(Value::new_list(names.iter().map(|k| Value::new_str(k)).collect()));
        }
        _ => {}
    }
    let classes: Vec<Obj> = match v.payload() {
        Some(Payload::Type(t)) => {
            let mut c = vec![v.as_obj().cloned().ok_or_else(|| PyErr::internal("dir"))?];
            c.extend(t.mro.borrow().iter().cloned());
            c
        }
        _ => {
            for extra in ["__class__", "__doc__"] {
                names.push(extra.to_string());
            }
            if matches!(v.payload(), Some(Payload::Instance(_))) {
                names.push("__dict__".to_string());
            }
            let t = vm.type_of(v);
            let mut c = vec![t.clone()];
            if let Payload::Type(tt) = t.payload() {
                c.extend(tt.mro.borrow().iter().cloned());
            }
            c
        }
    };
    for c in classes {
        if let Payload::Type(t) = c.payload() {
            add_dict(&t.dict.borrow(), &mut names);
        }
    }
    names.sort();
    names.dedup();
    Ok(Value::new_list(names.iter().map(|k| Value::new_str(k)).collect()))
}

/// `exec(source_or_code, globals=None, locals=None)` and `eval(...)`.
fn exec_or_eval(vm: &mut Vm, args: Args<'_>, mode: crate::CompileMode) -> PyResult<Value> {
    let pos = args.pos();
    let name = if mode == crate::CompileMode::Eval { "eval" } else { "exec" };
    let src = pos.first().ok_or_else(|| PyErr::type_error(format!("{name} expected at least 1 argument, got 0")))?;
    let globals = pos.get(1).cloned().or_else(|| args.kw_get("globals").cloned()).unwrap_or(Value::None);
    let locals = pos.get(2).cloned().or_else(|| args.kw_get("locals").cloned()).unwrap_or(Value::None);
    let code = match src.payload() {
        Some(Payload::Code(c)) => c.clone(),
        Some(Payload::Str(s)) => {
            let text = s.as_str().to_string();
            let text = if mode == crate::CompileMode::Eval { text.trim_start_matches([' ', '\t']).to_string() } else { text };
            vm.compile_source(&text, "<string>", mode)?
        }
        Some(Payload::Bytes(b)) => {
            let text = String::from_utf8_lossy(b).to_string();
            vm.compile_source(&text, "<string>", mode)?
        }
        _ => {
            return Err(PyErr::type_error(format!(
                "{name}() arg 1 must be a string, bytes or code object"
            )))
        }
    };
    let (g, l) = if globals.is_none() {
        let g = namespace_of_caller(vm, false);
        let l = if locals.is_none() { namespace_of_caller(vm, true) } else { locals };
        (g, l)
    } else {
        let l = if locals.is_none() { globals.clone() } else { locals };
        (globals, l)
    };
    let g = match g.as_obj() {
        Some(o) if matches!(o.payload(), Payload::Dict(_)) => o.clone(),
        _ => return Err(PyErr::type_error(format!("{name}() globals must be a dict, not {}", vm.type_name(&g)))),
    };
    if let Payload::Dict(d) = g.payload() {
        if d.borrow().get_str("__builtins__").is_none() {
            let k = vm.intern("__builtins__");
            d.borrow_mut().set_str_key(k, Value::Obj(vm.g.builtins.clone()));
        }
    }
    let l = l.as_obj().cloned().unwrap_or_else(|| g.clone());
    let r = vm.run_code_with_locals(code, g, l)?;
    Ok(if mode == crate::CompileMode::Eval { r } else { Value::None })
}

fn builtin_exec(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    exec_or_eval(vm, args, crate::CompileMode::Exec)
}

fn builtin_eval(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    exec_or_eval(vm, args, crate::CompileMode::Eval)
}

fn builtin_compile(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let src = pos.first().or_else(|| args.kw_get("source")).and_then(|s| s.as_str()).ok_or_else(|| PyErr::type_error("compile() arg 1 must be a string, bytes or AST object"))?.to_string();
    let filename = pos.get(1).or_else(|| args.kw_get("filename")).and_then(|s| s.as_str()).unwrap_or("<string>").to_string();
    let mode = pos.get(2).or_else(|| args.kw_get("mode")).and_then(|s| s.as_str()).unwrap_or("exec").to_string();
    let m = match mode.as_str() {
        "exec" => crate::CompileMode::Exec,
        "eval" => crate::CompileMode::Eval,
        "single" => crate::CompileMode::Single,
        _ => return Err(PyErr::value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let code = vm.compile_source(&src, &filename, m)?;
    Ok(Value::from_obj(Payload::Code(code)))
}

fn builtin_input(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some(p) = args.pos().first() {
        let s = vm.str_of(p)?;
        write_stdout(vm, &s)?;
    }
    flush_stdout();
    // GIL released, interruptible by Ctrl-C (sync.rs).
    let bytes = crate::sync::read_stdin_line(vm)?;
    let mut line = String::from_utf8(bytes).map_err(|_| {
        PyErr::new(ExcKind::UnicodeDecodeError, "'utf-8' codec can't decode the input line")
    })?;
    if line.is_empty() {
        return Err(PyErr::new(ExcKind::EOFError, "EOF when reading a line"));
    }
    if line.ends_with('\n') {
        line.pop();
        if line.ends_with('\r') {
            line.pop();
        }
    }
    Ok(Value::from_string(line))
}

fn builtin_exit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let code = args.pos().first().cloned();
    let exc = vm.new_exception(ExcKind::SystemExit, code.into_iter().collect());
    Err(PyErr::from_object(exc))
}

pub const BUILTIN_FUNCTIONS: &[(&str, NativeFn)] = &[
    ("__build_class__", builtin_build_class),
    ("__import__", builtin_import),
    ("abs", builtin_abs),
    ("all", builtin_all),
    ("any", builtin_any),
    ("ascii", builtin_ascii),
    ("bin", builtin_bin),
    ("callable", builtin_callable),
    ("chr", builtin_chr),
    ("compile", builtin_compile),
    ("delattr", builtin_delattr),
    ("dir", builtin_dir),
    ("divmod", builtin_divmod),
    ("eval", builtin_eval),
    ("exec", builtin_exec),
    ("exit", builtin_exit),
    ("format", builtin_format),
    ("getattr", builtin_getattr),
    ("globals", builtin_globals),
    ("hasattr", builtin_hasattr),
    ("hash", builtin_hash),
    ("hex", builtin_hex),
    ("id", builtin_id),
    ("input", builtin_input),
    ("isinstance", builtin_isinstance),
    ("issubclass", builtin_issubclass),
    ("iter", builtin_iter),
    ("len", builtin_len),
    ("locals", builtin_locals),
    ("max", builtin_max),
    ("min", builtin_min),
    ("next", builtin_next),
    ("oct", builtin_oct),
    ("open", crate::objects::file::builtin_open),
    ("ord", builtin_ord),
    ("pow", builtin_pow),
    ("print", builtin_print),
    ("quit", builtin_exit),
    ("repr", builtin_repr),
    ("round", builtin_round),
    ("setattr", builtin_setattr),
    ("sorted", builtin_sorted),
    ("sum", builtin_sum),
    ("vars", builtin_vars),
];

/// Fills the `builtins` module dict. Its keys are the interned names, the
/// same objects as code objects' `names`, so the global cache
/// (`vm/cache.rs`), which checks key identity, can hold builtins.
pub fn install(vm: &mut Vm) {
    let b = vm.g.builtins.clone();
    let Payload::Dict(d) = b.payload() else { return };
    let mut d = d.borrow_mut();
    for &(name, func) in BUILTIN_FUNCTIONS {
        let f = Value::from_obj(Payload::Builtin(Builtin { name, func, receiver: Value::Null, owner: Some("builtins") }));
        d.set_str_key(vm.intern(name), f);
    }
    for (name, t) in vm.g.types.named() {
        d.set_str_key(vm.intern(name), Value::Obj(t));
    }
    for (i, &k) in ExcKind::ALL.iter().enumerate() {
        d.set_str_key(vm.intern(k.name()), Value::Obj(vm.g.types.exceptions[i].clone()));
    }
    d.set_str_key(vm.intern("EnvironmentError"), Value::Obj(vm.g.types.exception(ExcKind::OSError)));
    d.set_str_key(vm.intern("IOError"), Value::Obj(vm.g.types.exception(ExcKind::OSError)));
    d.set_str_key(vm.intern("None"), Value::None);
    d.set_str_key(vm.intern("True"), Value::Bool(true));
    d.set_str_key(vm.intern("False"), Value::Bool(false));
    d.set_str_key(vm.intern("NotImplemented"), Value::from_obj(Payload::NotImplemented));
    d.set_str_key(vm.intern("Ellipsis"), Value::from_obj(Payload::Ellipsis));
    d.set_str_key(vm.intern("__debug__"), Value::Bool(true));
    d.set_str_key(vm.intern("__name__"), Value::new_str("builtins"));
}

// ---- constructors of builtin types ------------------------------------

/// `operator.index(v)` as a BigInt (ints of any size, `__index__`).
pub fn index_bigint(vm: &mut Vm, v: &Value) -> PyResult<num_bigint::BigInt> {
    if let Some(b) = crate::objects::number::to_bigint(v) {
        return Ok(b);
    }
    if crate::vm::ops::is_user(v) {
        if let Some(r) = vm.call_dunder(v, "__index__", &[])? {
            return crate::objects::number::to_bigint(&r).ok_or_else(|| {
                PyErr::type_error(format!("__index__ returned non-int (type {})", vm.type_name(&r)))
            });
        }
    }
    Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))))
}

/// Calls a builtin type (`int("3")`, `list(x)`, `super()`...).
pub fn construct_builtin(vm: &mut Vm, cls: &Obj, args: Args<'_>) -> PyResult<Value> {
    let Payload::Type(t) = cls.payload() else { return Err(PyErr::internal("construct_builtin")) };
    let pos = args.pos();
    // The type's name, for messages (a String copy, so made only when needed).
    let name = || t.name();
    match t.kind {
        TypeKind::Object => {
            if !pos.is_empty() || args.has_kw() {
                return Err(PyErr::type_error("object() takes no arguments"));
            }
            vm.new_instance(cls, args)
        }
        TypeKind::Int => crate::objects::constructors::int_new(vm, args),
        TypeKind::Bool => {
            arg_count("bool", &args, 0, 1)?;
            Ok(Value::Bool(match pos.first() {
                Some(v) => vm.truthy(v)?,
                None => false,
            }))
        }
        TypeKind::Float => crate::objects::constructors::float_new(vm, args),
        TypeKind::Complex => crate::objects::constructors::complex_new(vm, args),
        TypeKind::Str => {
            if args.has_kw() || pos.len() > 1 {
                return crate::objects::constructors::str_new(vm, args);
            }
            match pos.first() {
                None => Ok(Value::new_str("")),
                Some(v) => vm.str_value(v),
            }
        }
        TypeKind::Bytes | TypeKind::ByteArray => crate::objects::constructors::bytes_new(vm, cls, args),
        TypeKind::List => {
            arg_count("list", &args, 0, 1)?;
            match pos.first() {
                None => Ok(Value::new_list(Vec::new())),
                Some(v) => Ok(Value::new_list(vm.collect(v)?)),
            }
        }
        TypeKind::Tuple => {
            arg_count("tuple", &args, 0, 1)?;
            match pos.first() {
                None => Ok(Value::new_tuple(Vec::new())),
                Some(v) if matches!(v.payload(), Some(Payload::Tuple(_))) => Ok(v.clone()),
                Some(v) => Ok(Value::new_tuple(vm.collect(v)?)),
            }
        }
        TypeKind::Dict => {
            let d = Value::new_dict(Dict::new());
            crate::objects::container_methods::dict_update_from(vm, &d, args)?;
            Ok(d)
        }
        TypeKind::Set | TypeKind::FrozenSet => {
            arg_count(if t.kind == TypeKind::Set { "set" } else { "frozenset" }, &args, 0, 1)?;
            let items = match pos.first() {
                Some(v) => vm.collect(v)?,
                None => Vec::new(),
            };
            let s = vm.new_set_from(items)?;
            if t.kind == TypeKind::FrozenSet {
                if let Some(Payload::Set(c)) = s.payload() {
                    return Ok(Value::from_obj(Payload::FrozenSet(c.borrow().clone())));
                }
            }
            Ok(s)
        }
        TypeKind::Range => {
            if pos.is_empty() {
                return Err(PyErr::type_error("range expected at least 1 argument, got 0"));
            }
            if pos.len() > 3 {
                return Err(PyErr::type_error(format!("range expected at most 3 arguments, got {}", pos.len())));
            }
            let mut ints = Vec::with_capacity(3);
            for p in pos {
                ints.push(index_bigint(vm, p)?);
            }
            let one = num_bigint::BigInt::from(1);
            let (start, stop, step) = match ints.len() {
                1 => (num_bigint::BigInt::from(0), ints.swap_remove(0), one),
                2 => {
                    let stop = ints.swap_remove(1);
                    (ints.swap_remove(0), stop, one)
                }
                _ => {
                    let step = ints.swap_remove(2);
                    let stop = ints.swap_remove(1);
                    (ints.swap_remove(0), stop, step)
                }
            };
            if step == num_bigint::BigInt::from(0) {
                return Err(PyErr::value_error("range() arg 3 must not be zero"));
            }
            Ok(crate::objects::range::make_range(start, stop, step))
        }
        TypeKind::Slice => {
            arg_count("slice", &args, 1, 3)?;
            let (start, stop, step) = match pos.len() {
                1 => (Value::None, pos[0].clone(), Value::None),
                2 => (pos[0].clone(), pos[1].clone(), Value::None),
                _ => (pos[0].clone(), pos[1].clone(), pos[2].clone()),
            };
            Ok(Value::from_obj(Payload::Slice { start, stop, step }))
        }
        TypeKind::Property => {
            let get = |i: usize, k: &str| pos.get(i).cloned().or_else(|| args.kw_get(k).cloned()).unwrap_or(Value::None);
            Ok(Value::from_obj(Payload::Property { fget: get(0, "fget"), fset: get(1, "fset"), fdel: get(2, "fdel"), doc: get(3, "doc") }))
        }
        TypeKind::StaticMethod => {
            arg_count("staticmethod", &args, 1, 1)?;
            Ok(Value::from_obj(Payload::StaticMethod(pos[0].clone())))
        }
        TypeKind::ClassMethod => {
            arg_count("classmethod", &args, 1, 1)?;
            Ok(Value::from_obj(Payload::ClassMethod(pos[0].clone())))
        }
        TypeKind::Super => match pos.len() {
            0 => vm.super_from_frame(),
            2 => vm.make_super(pos[0].clone(), pos[1].clone()),
            _ => Err(PyErr::type_error("super() takes 0 or 2 arguments")),
        },
        TypeKind::Exception(_) => {
            let inst = vm.new_instance(cls, args)?;
            import_error_keywords(vm, &inst, &args)?;
            Ok(inst)
        }
        TypeKind::Module => {
            // `types.ModuleType(name, doc=None)`.
            let (name, doc) = match (pos.first(), pos.get(1)) {
                (Some(n), d) if n.as_str().is_some() && pos.len() <= 2 && !args.has_kw() => {
                    (n.as_str().unwrap_or("").to_string(), d.cloned().unwrap_or(Value::None))
                }
                _ => return Err(PyErr::type_error("module() argument 'name' must be str")),
            };
            let (m, d) = vm.new_module(&name);
            if let Payload::Dict(d) = d.payload() {
                d.borrow_mut().set_str_key(Value::new_str("__doc__"), doc);
            }
            Ok(m)
        }
        TypeKind::NoneType => {
            if !pos.is_empty() || args.has_kw() {
                return Err(PyErr::type_error("NoneType takes no arguments"));
            }
            Ok(Value::None)
        }
        TypeKind::Ellipsis => {
            if !pos.is_empty() || args.has_kw() {
                return Err(PyErr::type_error("ellipsis takes no arguments"));
            }
            Ok(Value::from_obj(Payload::Ellipsis))
        }
        TypeKind::NotImplementedType => {
            if !pos.is_empty() || args.has_kw() {
                return Err(PyErr::type_error("NotImplementedType takes no arguments"));
            }
            Ok(Value::from_obj(Payload::NotImplemented))
        }
        TypeKind::Method => {
            // `types.MethodType(func, instance)`.
            if args.has_kw() {
                return Err(PyErr::type_error("method() takes no keyword arguments"));
            }
            if pos.len() != 2 {
                return Err(PyErr::type_error(format!("method expected 2 arguments, got {}", pos.len())));
            }
            if !is_callable(vm, &pos[0]) {
                return Err(PyErr::type_error("first argument must be callable"));
            }
            if pos[1].is_none() {
                return Err(PyErr::type_error("instance must not be None"));
            }
            Ok(Value::from_obj(Payload::Method { func: pos[0].clone(), receiver: pos[1].clone() }))
        }
        TypeKind::Iterator => {
            // Pick the constructor under the name's borrow, call it after.
            let ctor: Option<NativeFn> = match t.name.borrow().as_str() {
                "enumerate" => Some(builtin_enumerate),
                "zip" => Some(builtin_zip),
                "map" => Some(builtin_map),
                "filter" => Some(builtin_filter),
                "reversed" => Some(builtin_reversed),
                _ => None,
            };
            match ctor {
                Some(f) => f(vm, args),
                None => Err(PyErr::type_error(format!("cannot create '{}' instances", name()))),
            }
        }
        TypeKind::Native => {
            // A native class is made by the `__new__` builtin in its own
            // dict, called with the class first (as `tp_new`).
            let new = t.dict.borrow().get_str("__new__").cloned();
            match new {
                Some(f) if matches!(f.payload(), Some(Payload::Builtin(_))) => {
                    let mut values = vec![Value::Obj(cls.clone())];
                    values.extend_from_slice(args.values);
                    vm.call_args(&f, Args { values: &values, kwnames: args.kwnames })
                }
                _ => Err(PyErr::type_error(format!("cannot create '{}' instances", name()))),
            }
        }
        _ => Err(PyErr::type_error(format!("cannot create '{}' instances", name()))),
    }
}

// ---- object, type, BaseException methods --------------------------------

fn object_init(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = args.pos().first().and_then(|c| c.as_obj().cloned()).ok_or_else(|| PyErr::type_error("object.__new__(X): X is not a type object"))?;
    vm.new_instance(&cls, Args { values: &[], kwnames: &[] })
}

fn object_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = args.pos().first().cloned().unwrap_or(Value::None);
    let t = vm.type_of(&v);
    let (m, q) = match t.payload() {
        Payload::Type(tt) => (
            tt.dict.borrow().get_str("__module__").and_then(|m| m.as_str().map(String::from)),
            tt.qualname.borrow().clone(),
        ),
        _ => (None, "object".into()),
    };
    let addr = v.as_obj().map(|o| o.addr()).unwrap_or(0);
    Ok(Value::from_string(match m {
        Some(m) if m != "builtins" => format!("<{m}.{q} object at {addr:#x}>"),
        _ => format!("<{q} object at {addr:#x}>"),
    }))
}

fn object_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = args.pos().first().cloned().unwrap_or(Value::None);
    Ok(Value::from_string(vm.repr(&v)?))
}

fn object_eq(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    if p.len() == 2 && p[0].is(&p[1]) {
        return Ok(Value::Bool(true));
    }
    Ok(Value::from_obj(Payload::NotImplemented))
}

fn object_ne(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 2 {
        return Ok(Value::from_obj(Payload::NotImplemented));
    }
    let r = vm.compare(&p[0], &p[1], crate::code::CMP_EQ)?;
    Ok(Value::Bool(!vm.truthy(&r)?))
}

fn object_hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = args.pos().first().cloned().unwrap_or(Value::None);
    Ok(Value::Int(v.as_obj().map(|o| (o.addr() >> 4) as i64).unwrap_or_else(|| vm.hash(&v).unwrap_or(0))))
}

fn object_getattribute(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 2 {
        return Err(PyErr::type_error("expected 1 argument"));
    }
    let ty = vm.type_of(&p[0]);
    let name = p[1].as_str().unwrap_or("").to_string();
    vm.generic_getattr(&p[0], &ty, &p[1], &name)
}

fn object_setattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 3 {
        return Err(PyErr::type_error("expected 2 arguments"));
    }
    let ty = vm.type_of(&p[0]);
    let name = p[1].as_str().unwrap_or("").to_string();
    vm.generic_setattr(&p[0], &ty, &p[1], &name, p[2].clone())?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 2 {
        return Err(PyErr::type_error("expected 1 argument"));
    }
    let ty = vm.type_of(&p[0]);
    let name = p[1].as_str().unwrap_or("").to_string();
    vm.generic_delattr(&p[0], &ty, &name)?;
    Ok(Value::None)
}

fn object_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    let spec = p.get(1).and_then(|s| s.as_str()).unwrap_or("");
    if !spec.is_empty() {
        return Err(PyErr::type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&p[0])
        )));
    }
    Ok(Value::from_string(vm.str_of(&p[0])?))
}

fn object_init_subclass(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_dir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = args.pos().first().cloned().unwrap_or(Value::None);
    default_dir(vm, &v)
}

pub const OBJECT_METHODS: &[(&str, NativeFn)] = &[
    ("__init__", object_init),
    ("__new__", object_new),
    ("__repr__", object_repr),
    ("__str__", object_str),
    ("__eq__", object_eq),
    ("__ne__", object_ne),
    ("__hash__", object_hash),
    ("__getattribute__", object_getattribute),
    ("__setattr__", object_setattr),
    ("__delattr__", object_delattr),
    ("__format__", object_format),
    ("__init_subclass__", object_init_subclass),
    ("__dir__", object_dir),
];

fn type_mro(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = args.pos().first().cloned().unwrap_or(Value::None);
    let m = vm.get_attr_str(&c, "__mro__")?;
    Ok(Value::new_list(vm.collect(&m)?))
}

fn type_subclasses(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::new_list(Vec::new()))
}

fn type_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // type.__new__(meta, name, bases, ns)
    let p = args.pos();
    if p.len() != 4 {
        return Err(PyErr::type_error("type.__new__() takes exactly 3 arguments"));
    }
    let meta = p[0].as_obj().cloned();
    let name = p[1].as_str().ok_or_else(|| PyErr::type_error("type.__new__() argument 1 must be str"))?.to_string();
    let bases = p[2].as_tuple().map(|t| t.to_vec()).unwrap_or_default();
    let ns = p[3].as_obj().cloned().ok_or_else(|| PyErr::type_error("type.__new__() argument 3 must be dict"))?;
    let meta = meta.filter(|m| !m.is(&vm.g.types.type_));
    vm.new_class(&name, &bases, &ns, meta)
}

fn type_call(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.values;
    let Some(cls) = p.first().and_then(|c| c.as_obj().cloned()) else {
        return Err(PyErr::type_error("descriptor '__call__' needs a type"));
    };
    let rest = Args { values: &p[1..], kwnames: args.kwnames };
    // Bypass the metaclass __call__ (we are it).
    let Payload::Type(t) = cls.payload() else { return Err(PyErr::type_error("not a type")) };
    if !t.is_heap() {
        return construct_builtin(vm, &cls, rest);
    }
    vm.call_type_plain(&cls, rest)
}

fn type_init(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

fn type_instancecheck(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    let c = p[0].as_obj().cloned().ok_or_else(|| PyErr::internal("instancecheck"))?;
    Ok(Value::Bool(vm.isinstance(&p[1], &c)))
}

pub const TYPE_METHODS: &[(&str, NativeFn)] = &[
    ("mro", type_mro),
    ("__subclasses__", type_subclasses),
    ("__new__", type_new),
    ("__call__", type_call),
    ("__init__", type_init),
    ("__instancecheck__", type_instancecheck),
];

fn exception_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    let Some(this) = p.first() else { return Ok(Value::None) };
    if let Some(d) = crate::vm::exc::exc_data(this) {
        d.borrow_mut().args = Value::new_tuple(p[1..].to_vec());
    }
    import_error_keywords(vm, this, &args)?;
    Ok(Value::None)
}

/// `ImportError(msg, name=..., path=...)`: the keywords become attributes.
fn import_error_keywords(vm: &mut Vm, exc: &Value, args: &Args<'_>) -> PyResult<()> {
    if args.has_kw() && vm.exc_is_kind(exc, ExcKind::ImportError) {
        for (k, v) in args.kw() {
            if k != "name" && k != "path" {
                return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for ImportError()")));
            }
            vm.set_attr_str(exc, k, v.clone())?;
        }
    }
    Ok(())
}

fn exception_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or(Value::None);
    Ok(Value::from_string(vm.exception_str(&this)?))
}

fn exception_with_traceback(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(args.pos().first().cloned().unwrap_or(Value::None))
}

fn exception_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    let cls = p.first().and_then(|c| c.as_obj().cloned()).ok_or_else(|| PyErr::type_error("BaseException.__new__(X): X is not a type object"))?;
    vm.new_instance(&cls, Args { values: &p[1..], kwnames: &[] })
}

pub const EXCEPTION_METHODS: &[(&str, NativeFn)] = &[
    ("__init__", exception_init),
    ("__str__", exception_str),
    ("__new__", exception_new),
    ("with_traceback", exception_with_traceback),
];

/// Installs the methods tables that other files define.
pub fn install_more_type_methods(vm: &mut Vm) {
    let t = &vm.g.types;
    use crate::vm::types::install;
    install(&t.int, "int", crate::objects::int_methods::INT_METHODS);
    install(&t.float, "float", crate::objects::float_methods::FLOAT_METHODS);
    install(&t.str_, "str", crate::objects::str_methods::STR_METHODS);
    install(&t.bytes, "bytes", crate::objects::bytes_methods::BYTES_METHODS);
    install(&t.bytearray, "bytearray", crate::objects::bytes_methods::BYTEARRAY_METHODS);
    install(&t.list, "list", crate::objects::container_methods::LIST_METHODS);
    install(&t.tuple, "tuple", crate::objects::container_methods::TUPLE_METHODS);
    install(&t.dict, "dict", crate::objects::container_methods::DICT_METHODS);
    install(&t.set, "set", crate::objects::container_methods::SET_METHODS);
    install(&t.frozenset, "frozenset", crate::objects::container_methods::FROZENSET_METHODS);
    install(&t.generator, "generator", crate::objects::container_methods::GENERATOR_METHODS);
    install(&t.iterator, "iterator", crate::objects::container_methods::ITERATOR_METHODS);
    for (k, ty) in crate::objects::iter::IterKind::ALL.iter().zip(&t.iter_types) {
        install(ty, k.name(), crate::objects::container_methods::ITERATOR_METHODS);
    }
    for (ty, name) in t.dict_views.iter().zip(["dict_keys", "dict_values", "dict_items"]) {
        install(ty, name, crate::objects::container_methods::DICT_VIEW_METHODS);
    }
    install(&t.slice, "slice", crate::objects::container_methods::SLICE_METHODS);
    install(&t.complex, "complex", crate::objects::complex_methods::COMPLEX_METHODS);
    install(&t.property, "property", crate::objects::container_methods::PROPERTY_METHODS);
    install(&t.range, "range", crate::objects::container_methods::RANGE_METHODS);
}

/// The instance layout's builtin value, for methods of builtin types
/// called on instances of subclasses.
pub fn unwrap_builtin(v: &Value) -> Value {
    if let Some(Payload::Instance(i)) = v.payload() {
        if let InstanceExtra::Builtin(b) = &i.extra {
            return b.borrow().clone();
        }
    }
    v.clone()
}

#[allow(dead_code)]
fn unused(_: &RefCell<()>) {}
