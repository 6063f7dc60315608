//! `_garter_introspect`: the interpreter facts that the frozen `traceback`,
//! `linecache`, `logging`, `warnings` and `dis` modules need and CPython's
//! find through frame objects (`sys._getframe`) and the C tokenizer:
//!
//! - `stack()`: the running Python frames, outermost first, as
//!   `(filename, lineno, name, globals)` (the caller of `stack` is last);
//! - `getline(filename, lineno)`: one source line with its newline, `''`
//!   when unknown — from the sources garter compiled (frozen modules'
//!   included), else from the file;
//! - `syntax_display(exc)`: the parser's `File/line/caret/Type: msg` text of
//!   a SyntaxError the parser raised, or None;
//! - `format_exception(exc)`: the whole traceback text the interpreter
//!   prints for an uncaught `exc` (chained exceptions included);
//! - `markers(filename, lineno, col, end_lineno, end_col)`: the column
//!   marker line CPython 3.11 prints under a frame's source line, or None;
//! - `dis(code)`: garter's own instruction listing of a code object
//!   (`interp/src/dis.rs`), not CPython's bytecode.

use garter_interp::errors::{PyErr, PyResult};
use garter_interp::objects::function::{Args, NativeFn};
use garter_interp::value::{Payload, Value};
use garter_interp::vm::Vm;

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    const FUNCTIONS: &[(&str, NativeFn)] = &[
        ("dis", dis),
        ("format_exception", format_exception),
        ("getline", getline),
        ("markers", markers),
        ("stack", stack),
        ("syntax_display", syntax_display),
    ];
    crate::sys::make_module(vm, "_garter_introspect", FUNCTIONS, &[])
}

fn stack(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    let mut out = Vec::with_capacity(vm.frames.len());
    for f in vm.frames.iter() {
        let line = f.code.line_of(f.ip.saturating_sub(1));
        out.push(Value::new_tuple(vec![
            Value::new_str(&f.code.filename),
            Value::Int(line as i64),
            Value::new_str(&f.code.name),
            Value::Obj(f.globals.clone()),
        ]));
    }
    Ok(Value::new_list(out))
}

fn getline(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let (Some(filename), Some(Value::Int(lineno))) = (p.first().and_then(|f| f.as_str()), p.get(1)) else {
        return Ok(Value::new_str(""));
    };
    let filename = filename.to_string();
    let Some(index) = (*lineno as usize).checked_sub(1) else { return Ok(Value::new_str("")) };
    let Some(text) = vm.source_text(&filename) else { return Ok(Value::new_str("")) };
    let line = text.split_inclusive('\n').nth(index).map(|l| {
        let mut l = l.to_string();
        if !l.ends_with('\n') {
            l.push('\n');
        }
        l
    });
    Ok(Value::from_string(line.unwrap_or_default()))
}

fn syntax_display(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(exc) = a.pos().first() else { return Ok(Value::None) };
    let found = vm.syntax_errors.borrow().iter().find(|(e, _)| e.is(exc)).map(|(_, s)| s.to_string());
    Ok(found.map(Value::from_string).unwrap_or(Value::None))
}

fn format_exception(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(exc) = a.pos().first().cloned() else { return Err(PyErr::type_error("format_exception() needs an exception")) };
    Ok(Value::from_string(vm.format_exception(&exc)))
}

fn dis(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match a.pos().first().and_then(|c| c.payload()) {
        Some(Payload::Code(c)) => Ok(Value::from_string(garter_interp::dis::disassemble(c))),
        _ => Err(PyErr::type_error("dis() needs a code object")),
    }
}

fn markers(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let int = |i: usize| match p.get(i) {
        Some(Value::Int(n)) if *n >= 0 => Some(*n as u32),
        _ => None,
    };
    let (Some(filename), Some(lineno), Some(col), Some(end_line), Some(end_col)) =
        (p.first().and_then(|f| f.as_str()).map(String::from), int(1), int(2), int(3), int(4))
    else {
        return Ok(Value::None);
    };
    let Some(raw) = vm.raw_source_line(&filename, lineno) else { return Ok(Value::None) };
    let span = garter_interp::code::Span { col, end_line, end_col };
    Ok(garter_interp::vm::markers::marker_line(&raw, lineno, span, garter_interp::vm::markers::Style::Module).map(Value::from_string).unwrap_or(Value::None))
}
