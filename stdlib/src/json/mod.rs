//! `json`: CPython 3.11's `json` module (`dumps`, `dump`, `loads`, `load`,
//! `JSONEncoder`, `JSONDecoder`, `JSONDecodeError`), written in Rust over
//! garter values.
//!
//! Files: `mod.rs` (argument handling, the classes), `encoder.rs`
//! (`Encoder`: values to text), `decoder.rs` (`Decoder`: the scanner).
//!
//! `cls=`: `dumps(..., cls=C)` builds `C(skipkeys=..., ...)` and calls its
//! `encode`, so a `JSONEncoder` subclass overriding `default` works as in
//! CPython; `loads(..., cls=C)` likewise calls `C(...).decode(s)`.
//! `JSONEncoder` instances keep their settings as instance attributes
//! (`indent`, `sort_keys`, ...), as CPython's do.

mod decoder;
mod encoder;

use crate::args::{or_none, Signature};
use decoder::{Decoder, Failure};
use encoder::Encoder;
use garter_interp::errors::{ExcKind, PyErr, PyResult};
use garter_interp::objects::dict::Dict;
use garter_interp::objects::function::{Args, Builtin, NativeFn};
use garter_interp::objects::instance::InstanceExtra;
use garter_interp::value::{Obj, Payload, Value};
use garter_interp::vm::Vm;
use std::cell::RefCell;

/// The names `dumps` and `JSONEncoder()` accept, in `JSONEncoder.__init__`'s order.
const ENCODER_OPTIONS: &[&str] =
    &["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys", "indent", "separators", "default"];

/// `json.<name>` from `sys.modules` (the module's own classes).
fn module_attr(vm: &mut Vm, name: &str) -> Option<Value> {
    let Payload::Dict(mods) = vm.g.modules.payload() else { return None };
    let m = mods.borrow().get_str("json").cloned()?;
    let Some(Payload::Module(md)) = m.payload() else { return None };
    let Payload::Dict(d) = md.dict.payload() else { return None };
    let v = d.borrow().get_str(name).cloned();
    v
}

// ---- encoding ---------------------------------------------------------------

/// Applies `JSONEncoder.__init__`'s options (given as name/value pairs) to `enc`.
fn configure(vm: &mut Vm, enc: &mut Encoder, options: &[(&str, Value)]) -> PyResult<()> {
    let mut separators = None;
    for (name, v) in options {
        match *name {
            "skipkeys" => enc.skipkeys = vm.truthy(v)?,
            "ensure_ascii" => enc.ensure_ascii = vm.truthy(v)?,
            "check_circular" => enc.check_circular = vm.truthy(v)?,
            "allow_nan" => enc.allow_nan = vm.truthy(v)?,
            "sort_keys" => enc.sort_keys = vm.truthy(v)?,
            "indent" => {
                enc.indent = match v {
                    Value::None => None,
                    v => match v.as_str() {
                        Some(s) => Some(s.to_string()),
                        None => {
                            let n = vm.index_value(v)?;
                            if n > 1 << 30 {
                                return Err(PyErr::new(ExcKind::MemoryError, ""));
                            }
                            Some(" ".repeat(n.max(0) as usize))
                        }
                    },
                }
            }
            "separators" if !v.is_none() => separators = Some(v.clone()),
            "default" if !v.is_none() => enc.default = Some(v.clone()),
            _ => {}
        }
    }
    if enc.indent.is_some() {
        enc.item_separator = ",".into();
    }
    if let Some(seps) = separators {
        let parts = vm.collect(&seps)?;
        if parts.len() != 2 {
            return Err(PyErr::value_error(format!(
                "{} values to unpack (expected 2)",
                if parts.len() > 2 { "too many" } else { "not enough" }
            )));
        }
        let text = |vm: &mut Vm, v: &Value| -> PyResult<String> {
            match v.as_str() {
                Some(s) => Ok(s.to_string()),
                None => Err(PyErr::type_error(format!("make_encoder() argument 6 must be str, not {}", vm.type_name(v)))),
            }
        };
        enc.item_separator = text(vm, &parts[0])?;
        enc.key_separator = text(vm, &parts[1])?;
    }
    enc.max_depth = vm.g.recursion_limit.get().min(4000);
    Ok(())
}

/// The options given to `dumps`/`dump` (after `obj` and `fp`), checked the
/// way `JSONEncoder.__init__` checks them; returns the options and `cls`.
fn encoder_options<'a>(args: &Args<'a>, fname: &str, npos: usize) -> PyResult<(Vec<(&'a str, Value)>, Option<Value>)> {
    let pos = args.pos();
    if pos.len() > npos {
        let plural = if npos == 1 { "" } else { "s" };
        return Err(PyErr::type_error(format!("{fname}() takes {npos} positional argument{plural} but {} were given", pos.len())));
    }
    let mut options = Vec::new();
    let mut cls = None;
    for (k, v) in args.kw() {
        if k == "cls" {
            if !v.is_none() {
                cls = Some(v.clone());
            }
        } else {
            options.push((k, v.clone()));
        }
    }
    if cls.is_none() {
        if let Some((bad, _)) = options.iter().find(|(k, _)| !ENCODER_OPTIONS.contains(k)) {
            return Err(PyErr::type_error(format!("JSONEncoder.__init__() got an unexpected keyword argument '{bad}'")));
        }
    }
    Ok((options, cls))
}

fn encode_with(vm: &mut Vm, obj: &Value, options: &[(&str, Value)], cls: Option<Value>) -> PyResult<Value> {
    if let Some(cls) = cls {
        let names: Vec<Value> = options.iter().map(|(k, _)| Value::new_str(k)).collect();
        let values: Vec<Value> = options.iter().map(|(_, v)| v.clone()).collect();
        let inst = vm.call_args(&cls, Args { values: &values, kwnames: &names })?;
        return vm.call_method(&inst, "encode", std::slice::from_ref(obj));
    }
    let mut enc = Encoder::new();
    configure(vm, &mut enc, options)?;
    if let Some(s) = obj.as_str() {
        // `JSONEncoder.encode` takes a str straight to the string encoder.
        let mut out = String::new();
        encoder::encode_str(s, enc.ensure_ascii, &mut out);
        return Ok(Value::from_string(out));
    }
    Ok(Value::from_string(enc.encode(vm, obj)?))
}

/// `json.dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
/// allow_nan=True, cls=None, indent=None, separators=None, default=None,
/// sort_keys=False, **kw)`.
fn json_dumps(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (options, cls) = encoder_options(&args, "dumps", 1)?;
    let Some(obj) = args.pos().first() else {
        return Err(PyErr::type_error("dumps() missing 1 required positional argument: 'obj'"));
    };
    encode_with(vm, obj, &options, cls)
}

/// `json.dump(obj, fp, **options)`: `fp.write(dumps(obj, **options))`.
fn json_dump(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (options, cls) = encoder_options(&args, "dump", 2)?;
    let pos = args.pos();
    if pos.len() < 2 {
        let missing = if pos.is_empty() { "2 required positional arguments: 'obj' and 'fp'" } else { "1 required positional argument: 'fp'" };
        return Err(PyErr::type_error(format!("dump() missing {missing}")));
    }
    let text = encode_with(vm, &pos[0], &options, cls)?;
    vm.call_method(&pos[1], "write", &[text])?;
    Ok(Value::None)
}

// ---- JSONEncoder ------------------------------------------------------------

const ENCODER_INIT: Signature = Signature {
    qualname: "JSONEncoder.__init__",
    names: &["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys", "indent", "separators", "default"],
    positional: 0,
    required: 0,
    method: true,
};

/// `JSONEncoder.__init__(self, *, skipkeys=False, ...)`: the options become
/// instance attributes; `default`, when given, shadows the method.
fn encoder_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let me = args.pos().first().cloned().unwrap_or(Value::None);
    let s = ENCODER_INIT.bind(&args)?;
    let defaults = [Value::Bool(false), Value::Bool(true), Value::Bool(true), Value::Bool(true), Value::Bool(false), Value::None];
    for (i, name) in ENCODER_INIT.names.iter().enumerate().take(6) {
        vm.set_attr_str(&me, name, s[i].cloned().unwrap_or_else(|| defaults[i].clone()))?;
    }
    let indent_given = s[5].map_or(false, |v| !v.is_none());
    let (item, key) = match s[6].filter(|v| !v.is_none()) {
        Some(seps) => {
            let parts = vm.collect(seps)?;
            if parts.len() != 2 {
                return Err(PyErr::value_error("not enough values to unpack (expected 2)"));
            }
            (parts[0].clone(), parts[1].clone())
        }
        None => (Value::new_str(if indent_given { "," } else { ", " }), Value::new_str(": ")),
    };
    vm.set_attr_str(&me, "item_separator", item)?;
    vm.set_attr_str(&me, "key_separator", key)?;
    if let Some(d) = s[7].filter(|v| !v.is_none()) {
        vm.set_attr_str(&me, "default", d.clone())?;
    }
    Ok(Value::None)
}

/// `JSONEncoder.default(self, o)`: `TypeError: Object of type X is not JSON serializable`.
fn encoder_default(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let o = args.pos().get(1).cloned().unwrap_or(Value::None);
    Err(PyErr::type_error(format!("Object of type {} is not JSON serializable", vm.type_name(&o))))
}

/// `JSONEncoder.encode(self, o)`: with the instance's attributes as options
/// and its (possibly overridden) `default`.
fn encoder_encode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let me = args.pos().first().cloned().unwrap_or(Value::None);
    let Some(obj) = args.pos().get(1).cloned() else {
        return Err(PyErr::type_error("JSONEncoder.encode() missing 1 required positional argument: 'o'"));
    };
    let mut options: Vec<(&str, Value)> = Vec::new();
    for name in ["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys", "indent"] {
        let v = vm.get_attr_str(&me, name)?;
        options.push((name, v));
    }
    let mut enc = Encoder::new();
    configure(vm, &mut enc, &options)?;
    let item = vm.get_attr_str(&me, "item_separator")?;
    let key = vm.get_attr_str(&me, "key_separator")?;
    enc.item_separator = item.as_str().unwrap_or(",").to_string();
    enc.key_separator = key.as_str().unwrap_or(": ").to_string();
    enc.default = Some(vm.get_attr_str(&me, "default")?);
    if let Some(s) = obj.as_str() {
        let mut out = String::new();
        encoder::encode_str(s, enc.ensure_ascii, &mut out);
        return Ok(Value::from_string(out));
    }
    Ok(Value::from_string(enc.encode(vm, &obj)?))
}

/// `JSONEncoder.iterencode(self, o)`: the whole text as one chunk.
fn encoder_iterencode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let text = encoder_encode(vm, args)?;
    Ok(Value::new_list(vec![text]))
}

// ---- decoding ---------------------------------------------------------------

/// The encoding of a JSON document in bytes, as `json.detect_encoding`:
/// by BOM, else by where the zero bytes of the first characters fall.
fn detect_encoding(b: &[u8]) -> &'static str {
    if b.starts_with(b"\x00\x00\xfe\xff") || b.starts_with(b"\xff\xfe\x00\x00") {
        return "utf-32";
    }
    if b.starts_with(b"\xfe\xff") || b.starts_with(b"\xff\xfe") {
        return "utf-16";
    }
    if b.starts_with(b"\xef\xbb\xbf") {
        return "utf-8-sig";
    }
    if b.len() >= 4 {
        if b[0] == 0 {
            return if b[1] != 0 { "utf-16-be" } else { "utf-32-be" };
        }
        if b[1] == 0 {
            return if b[2] != 0 || b[3] != 0 { "utf-16-le" } else { "utf-32-le" };
        }
    } else if b.len() == 2 {
        if b[0] == 0 {
            return "utf-16-be";
        }
        if b[1] == 0 {
            return "utf-16-le";
        }
    }
    "utf-8"
}

/// The document as text: str, or bytes/bytearray decoded as
/// `detect_encoding` says; `TypeError: the JSON object must be str, bytes
/// or bytearray, not X`.
fn document(vm: &mut Vm, s: &Value) -> PyResult<(String, bool)> {
    use garter_interp::objects::str_methods::{lookup_codec, ErrorHandler};
    if let Some(t) = s.as_str() {
        return Ok((t.to_string(), true));
    }
    let bytes = match s.payload() {
        Some(Payload::Bytes(b)) => b.clone(),
        Some(Payload::ByteArray(b)) => b.borrow().clone(),
        _ => return Err(PyErr::type_error(format!("the JSON object must be str, bytes or bytearray, not {}", vm.type_name(s)))),
    };
    let codec = lookup_codec(detect_encoding(&bytes))?;
    let text = garter_interp::objects::bytes_methods::decode(&bytes, codec, &ErrorHandler::from_name("strict"))?;
    Ok((text, false))
}

/// Raises `json.JSONDecodeError(msg, doc, pos)` (pos in characters).
fn decode_error(vm: &mut Vm, msg: &str, doc: &str, byte_pos: usize) -> PyErr {
    let pos = doc[..byte_pos.min(doc.len())].chars().count();
    match module_attr(vm, "JSONDecodeError") {
        Some(cls) => match vm.call(&cls, &[Value::new_str(msg), Value::new_str(doc), Value::Int(pos as i64)]) {
            Ok(e) => PyErr::from_object(e),
            Err(e) => e,
        },
        None => PyErr::value_error(format!("{msg}: char {pos}")),
    }
}

fn failure(vm: &mut Vm, f: Failure, doc: &str) -> PyErr {
    match f {
        Failure::Python(e) => e,
        Failure::Syntax(d) => decode_error(vm, d.msg, doc, d.at),
    }
}

const DECODER_OPTIONS: &[&str] = &["object_hook", "parse_float", "parse_int", "parse_constant", "strict", "object_pairs_hook"];

fn decoder_from(vm: &mut Vm, options: &[(&str, Value)]) -> PyResult<Decoder> {
    let mut dec = Decoder::new();
    dec.max_depth = vm.g.recursion_limit.get().min(4000);
    for (name, v) in options {
        let hook = if v.is_none() { None } else { Some(v.clone()) };
        match *name {
            "object_hook" => dec.object_hook = hook,
            "object_pairs_hook" => dec.object_pairs_hook = hook,
            "parse_float" => dec.parse_float = hook,
            "parse_int" => dec.parse_int = hook,
            "parse_constant" => dec.parse_constant = hook,
            "strict" => dec.strict = vm.truthy(v)?,
            _ => {}
        }
    }
    Ok(dec)
}

fn decode_text(vm: &mut Vm, doc: &Value, options: &[(&str, Value)], cls: Option<Value>) -> PyResult<Value> {
    let (text, is_str) = document(vm, doc)?;
    if let Some(cls) = cls {
        let names: Vec<Value> = options.iter().map(|(k, _)| Value::new_str(k)).collect();
        let values: Vec<Value> = options.iter().map(|(_, v)| v.clone()).collect();
        let inst = vm.call_args(&cls, Args { values: &values, kwnames: &names })?;
        return vm.call_method(&inst, "decode", &[Value::from_string(text)]);
    }
    if is_str && text.starts_with('\u{feff}') {
        return Err(decode_error(vm, "Unexpected UTF-8 BOM (decode using utf-8-sig)", &text, 0));
    }
    let mut dec = decoder_from(vm, options)?;
    dec.decode(vm, &text).map_err(|f| failure(vm, f, &text))
}

fn decoder_options<'a>(args: &Args<'a>, fname: &str) -> PyResult<(Vec<(&'a str, Value)>, Option<Value>)> {
    let pos = args.pos();
    if pos.len() > 1 {
        return Err(PyErr::type_error(format!("{fname}() takes 1 positional argument but {} were given", pos.len())));
    }
    let mut options = Vec::new();
    let mut cls = None;
    for (k, v) in args.kw() {
        if k == "cls" {
            if !v.is_none() {
                cls = Some(v.clone());
            }
        } else {
            options.push((k, v.clone()));
        }
    }
    if cls.is_none() {
        if let Some((bad, _)) = options.iter().find(|(k, _)| !DECODER_OPTIONS.contains(k)) {
            return Err(PyErr::type_error(format!("JSONDecoder.__init__() got an unexpected keyword argument '{bad}'")));
        }
    }
    Ok((options, cls))
}

/// `json.loads(s, *, cls=None, object_hook=None, parse_float=None,
/// parse_int=None, parse_constant=None, object_pairs_hook=None, **kw)`.
fn json_loads(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (options, cls) = decoder_options(&args, "loads")?;
    let Some(s) = args.pos().first() else {
        return Err(PyErr::type_error("loads() missing 1 required positional argument: 's'"));
    };
    decode_text(vm, s, &options, cls)
}

/// `json.load(fp, **options)`: `loads(fp.read(), **options)`.
fn json_load(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (options, cls) = decoder_options(&args, "load")?;
    let Some(fp) = args.pos().first() else {
        return Err(PyErr::type_error("load() missing 1 required positional argument: 'fp'"));
    };
    let text = vm.call_method(fp, "read", &[])?;
    decode_text(vm, &text, &options, cls)
}

// ---- JSONDecoder ------------------------------------------------------------

/// `JSONDecoder.__init__(self, *, object_hook=None, ...)`: the hooks become attributes.
fn decoder_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let me = args.pos().first().cloned().unwrap_or(Value::None);
    if args.pos().len() > 1 {
        return Err(PyErr::type_error(format!("JSONDecoder.__init__() takes 1 positional argument but {} were given", args.pos().len())));
    }
    for name in DECODER_OPTIONS {
        let v = if *name == "strict" { Value::Bool(true) } else { Value::None };
        vm.set_attr_str(&me, name, v)?;
    }
    for (k, v) in args.kw() {
        if !DECODER_OPTIONS.contains(&k) {
            return Err(PyErr::type_error(format!("JSONDecoder.__init__() got an unexpected keyword argument '{k}'")));
        }
        vm.set_attr_str(&me, k, v.clone())?;
    }
    Ok(Value::None)
}

fn decoder_of(vm: &mut Vm, me: &Value) -> PyResult<Decoder> {
    let mut options = Vec::new();
    for name in DECODER_OPTIONS {
        let v = vm.get_attr_str(me, name)?;
        options.push((*name, v));
    }
    decoder_from(vm, &options)
}

/// `JSONDecoder.decode(self, s)`.
fn decoder_decode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let me = args.pos().first().cloned().unwrap_or(Value::None);
    let s = or_none(args.pos().get(1));
    let Some(text) = s.as_str().map(str::to_string) else {
        return Err(PyErr::type_error(format!("the JSON object must be str, bytes or bytearray, not {}", vm.type_name(&s))));
    };
    let mut dec = decoder_of(vm, &me)?;
    dec.decode(vm, &text).map_err(|f| failure(vm, f, &text))
}

/// `JSONDecoder.raw_decode(self, s, idx=0)`: `(value, end)`.
fn decoder_raw_decode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let me = args.pos().first().cloned().unwrap_or(Value::None);
    let s = or_none(args.pos().get(1));
    let Some(text) = s.as_str().map(str::to_string) else {
        return Err(PyErr::type_error(format!("first argument must be a string, not {}", vm.type_name(&s))));
    };
    let idx = match args.pos().get(2).or(args.kw_get("idx")) {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    if idx < 0 {
        return Err(PyErr::value_error("idx cannot be negative"));
    }
    let byte_idx = text.char_indices().nth(idx as usize).map_or(text.len(), |(b, _)| b);
    let mut dec = decoder_of(vm, &me)?;
    match dec.raw_decode(vm, &text, byte_idx) {
        Ok((v, end)) => Ok(Value::new_tuple(vec![v, Value::Int(text[..end].chars().count() as i64)])),
        Err(Failure::Syntax(d)) if d.msg == "Expecting value" => Err(decode_error(vm, "Expecting value", &text, d.at)),
        Err(f) => Err(failure(vm, f, &text)),
    }
}

// ---- JSONDecodeError --------------------------------------------------------

/// `JSONDecodeError.__init__(self, msg, doc, pos)`: sets `msg`, `doc`,
/// `pos`, `lineno`, `colno`; the message is `'%s: line %d column %d (char %d)'`.
fn decode_error_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    const SIG: Signature = Signature { qualname: "JSONDecodeError.__init__", names: &["msg", "doc", "pos"], positional: 3, required: 3, method: true };
    let me = args.pos().first().cloned().unwrap_or(Value::None);
    let s = SIG.bind(&args)?;
    let (msg, doc, pos_v) = (or_none(s[0]), or_none(s[1]), or_none(s[2]));
    let pos = vm.index_value(&pos_v)?.max(0) as usize;
    let doc_text = doc.as_str().unwrap_or("").to_string();
    let before: String = doc_text.chars().take(pos).collect();
    let lineno = before.matches('\n').count() + 1;
    let colno = match before.rfind('\n') {
        Some(b) => pos - before[..b].chars().count(),
        None => pos + 1,
    };
    let msg_text = vm.str_value(&msg)?;
    let errmsg = format!("{}: line {lineno} column {colno} (char {pos})", msg_text.as_str().unwrap_or(""));
    if let Some(Payload::Instance(inst)) = me.payload() {
        if let InstanceExtra::Exception(data) = &inst.extra {
            data.borrow_mut().args = Value::new_tuple(vec![Value::from_string(errmsg)]);
        }
    }
    vm.set_attr_str(&me, "msg", msg)?;
    vm.set_attr_str(&me, "doc", doc)?;
    vm.set_attr_str(&me, "pos", pos_v)?;
    vm.set_attr_str(&me, "lineno", Value::Int(lineno as i64))?;
    vm.set_attr_str(&me, "colno", Value::Int(colno as i64))?;
    Ok(Value::None)
}

// ---- the module -------------------------------------------------------------

fn builtin(name: &'static str, func: NativeFn, owner: Option<&'static str>) -> Value {
    Value::from_obj(Payload::Builtin(Builtin { name, func, receiver: Value::Null, owner }))
}

/// A class named `name` with `bases` and builtin `methods`, in module `module`.
fn make_class(vm: &mut Vm, name: &'static str, module: &str, bases: &[Value], methods: &[(&'static str, NativeFn)]) -> PyResult<Value> {
    let mut d = Dict::new();
    d.set_str_key(Value::new_str("__module__"), Value::new_str(module));
    for &(mname, f) in methods {
        d.set_str_key(Value::new_str(mname), builtin(mname, f, Some(name)));
    }
    let ns = Obj::new(Payload::Dict(RefCell::new(d)));
    vm.new_class(name, bases, &ns, None)
}

const FUNCTIONS: &[(&str, NativeFn)] = &[("dump", json_dump), ("dumps", json_dumps), ("load", json_load), ("loads", json_loads)];

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let value_error = Value::Obj(vm.g.types.exception(ExcKind::ValueError));
    let error = make_class(vm, "JSONDecodeError", "json.decoder", &[value_error], &[("__init__", decode_error_init)])?;
    let encoder = make_class(
        vm,
        "JSONEncoder",
        "json.encoder",
        &[],
        &[("__init__", encoder_init), ("default", encoder_default), ("encode", encoder_encode), ("iterencode", encoder_iterencode)],
    )?;
    let decoder = make_class(
        vm,
        "JSONDecoder",
        "json.decoder",
        &[],
        &[("__init__", decoder_init), ("decode", decoder_decode), ("raw_decode", decoder_raw_decode)],
    )?;
    // The submodules `json.decoder` and `json.encoder`, registered in
    // `sys.modules` so `from json.decoder import JSONDecodeError` works.
    let decoder_mod = crate::sys::make_module(vm, "json.decoder", &[], &[("JSONDecodeError", error.clone()), ("JSONDecoder", decoder.clone())])?;
    vm.add_module("json.decoder", decoder_mod.clone());
    let encoder_mod = crate::sys::make_module(vm, "json.encoder", &[], &[("JSONEncoder", encoder.clone())])?;
    vm.add_module("json.encoder", encoder_mod.clone());
    let consts = [
        ("JSONDecodeError", error),
        ("JSONDecoder", decoder),
        ("JSONEncoder", encoder),
        ("decoder", decoder_mod),
        ("encoder", encoder_mod),
    ];
    crate::sys::make_module(vm, "json", FUNCTIONS, &consts)
}
