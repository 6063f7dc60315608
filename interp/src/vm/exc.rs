//! Exceptions in the VM: making exception objects, unwinding to handlers
//! through the exception table, `raise`, `except` matching, `with`, and
//! CPython-format tracebacks.

use crate::errors::{ErrState, ExcKind, PyErr, PyResult};
use crate::objects::instance::{ExcData, Instance, InstanceExtra, TracebackEntry};
use crate::objects::typeobj::TypeKind;
use crate::value::{Obj, Payload, Value};
use crate::vm::markers;
use crate::vm::Vm;
use std::cell::RefCell;

impl Vm {
    /// A new exception instance of builtin class `kind` with `args`.
    pub fn new_exception(&mut self, kind: ExcKind, args: Vec<Value>) -> Value {
        let cls = self.g.types.exception(kind);
        new_exception_of(cls, args)
    }

    /// The exception object of `err`, creating it from a lazy error.
    pub fn normalize(&mut self, err: PyErr) -> Value {
        match *err.0 {
            ErrState::Object(v) => v,
            ErrState::Lazy { kind, msg } => {
                let args = if msg.is_empty() { vec![] } else { vec![Value::from_string(msg)] };
                let exc = self.new_exception(kind, args);
                self.set_context(&exc);
                exc
            }
            ErrState::LazyArgs { kind, args } => {
                let exc = self.new_exception(kind, args);
                self.set_context(&exc);
                exc
            }
        }
    }

    /// Chains `exc` to the exception being handled (`__context__`).
    pub fn set_context(&mut self, exc: &Value) {
        let handled = self.handled.clone();
        if handled.is_none() || handled.is(exc) {
            return;
        }
        // Avoid cycles: cut `exc` out of the handled exception's chain.
        let mut cur = handled.clone();
        for _ in 0..1000 {
            let next = match exc_data(&cur) {
                Some(d) => d.borrow().context.clone(),
                None => break,
            };
            if next.is(exc) {
                if let Some(d) = exc_data(&cur) {
                    d.borrow_mut().context = Value::None;
                }
                break;
            }
            if next.is_none() {
                break;
            }
            cur = next;
        }
        if let Some(d) = exc_data(exc) {
            d.borrow_mut().context = handled;
        }
    }

    /// Finds a handler for an error at instruction `ip - 1` of frame `fi`.
    /// `Ok(handler)`: stack prepared, continue there. `Err((err, popped))`:
    /// no handler; the frame was popped if `popped`.
    pub(crate) fn unwind(&mut self, fi: usize, ip: usize, err: PyErr, add_tb: bool) -> Result<usize, (PyErr, bool)> {
        let exc = self.normalize(err);
        let code = self.frames[fi].code.clone();
        let at = ip.saturating_sub(1);
        if add_tb {
            if let Some(d) = exc_data(&exc) {
                d.borrow_mut().traceback.push(TracebackEntry {
                    filename: code.filename.clone(),
                    line: code.line_of(at),
                    name: code.name.clone(),
                    code: code.clone(),
                    globals: self.frames[fi].globals.clone(),
                    span: code.span_of(at),
                });
            }
        }
        for entry in &code.exception_table {
            if entry.start as usize <= at && at < entry.end as usize {
                let depth = self.frames[fi].stack_base() + entry.depth as usize;
                self.stack.truncate(depth);
                self.stack.push(exc);
                return Ok(entry.handler as usize);
            }
        }
        if let Some(frame) = self.frames.pop() {
            self.stack.truncate(frame.ret_to);
        }
        Err((PyErr::from_object(exc), true))
    }

    /// `raise` with `argc` operands on the stack.
    pub fn do_raise(&mut self, argc: u32) -> PyErr {
        match argc {
            0 => {
                let h = self.handled.clone();
                if h.is_none() {
                    PyErr::new(ExcKind::RuntimeError, "No active exception to reraise")
                } else {
                    PyErr::from_object(h)
                }
            }
            _ => {
                let cause = if argc == 2 { Some(self.pop()) } else { None };
                let exc = self.pop();
                let exc = match self.make_raisable(exc) {
                    Ok(e) => e,
                    Err(e) => return e,
                };
                if let Some(cause) = cause {
                    let cause = if cause.is_none() {
                        Value::None
                    } else {
                        match self.make_raisable(cause) {
                            Ok(c) => c,
                            Err(_) => {
                                return PyErr::type_error("exception causes must derive from BaseException");
                            }
                        }
                    };
                    if let Some(d) = exc_data(&exc) {
                        let mut d = d.borrow_mut();
                        d.cause = cause;
                        d.suppress_context = true;
                    }
                }
                self.set_context(&exc);
                PyErr::from_object(exc)
            }
        }
    }

    /// An exception instance from `raise X` operand (a class is instantiated).
    fn make_raisable(&mut self, v: Value) -> Result<Value, PyErr> {
        if exc_data(&v).is_some() {
            return Ok(v);
        }
        if let Some(Payload::Type(_)) = v.payload() {
            let base = self.g.types.exception(ExcKind::BaseException);
            let vo = v.as_obj().cloned().ok_or_else(|| PyErr::internal("raise"))?;
            if self.is_subtype(&vo, &base) {
                let inst = self.call(&v, &[]).map_err(|e| e)?;
                if exc_data(&inst).is_some() {
                    return Ok(inst);
                }
                return Err(PyErr::type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    self.repr(&v).unwrap_or_default(),
                    self.type_name(&inst)
                )));
            }
        }
        Err(PyErr::type_error("exceptions must derive from BaseException"))
    }

    /// `except T:` matching.
    pub fn exception_matches(&mut self, exc: &Value, typ: &Value) -> PyResult<bool> {
        let base = self.g.types.exception(ExcKind::BaseException);
        let classes: Vec<Value> = match typ.payload() {
            Some(Payload::Tuple(t)) => t.clone(),
            _ => vec![typ.clone()],
        };
        let et = self.type_of(exc);
        let mut result = false;
        for c in &classes {
            match c.as_obj() {
                Some(co) if matches!(co.payload(), Payload::Type(_)) && self.is_subtype(co, &base) => {
                    if self.is_subtype(&et, co) {
                        result = true;
                    }
                }
                _ => {
                    return Err(PyErr::type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ))
                }
            }
        }
        Ok(result)
    }

    /// `BeforeWith`: (bound `__exit__`, result of `__enter__()`).
    pub fn before_with(&mut self, cm: Value) -> PyResult<(Value, Value)> {
        let ty = self.type_of(&cm);
        let enter = self.lookup_in_type(&ty, "__enter__");
        let exit = self.lookup_in_type(&ty, "__exit__");
        let missed = if enter.is_some() { " (missed __exit__ method)" } else { "" };
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let tn = self.type_name(&cm);
            return Err(PyErr::type_error(format!(
                "'{tn}' object does not support the context manager protocol{missed}"
            )));
        };
        let bound_exit = self.descr_get(&exit, &cm, &ty)?;
        let entered = self.call_method_value(&enter, &cm, &[])?;
        Ok((bound_exit, entered))
    }

    /// `WithExceptStart`: `exit(type, value, traceback)`.
    pub fn with_except_start(&mut self, exit: Value, exc: Value) -> PyResult<Value> {
        let t = Value::Obj(self.type_of(&exc));
        let tb = self.traceback_value(&exc);
        self.call(&exit, &[t, exc, tb])
    }

    /// `exc.__traceback__`: a chain of `traceback` objects, outermost
    /// first (`tb_next` goes deeper), each with `tb_lineno` and `tb_frame`
    /// (a frame summary with `f_code`, `f_lineno`, `f_globals`); None when
    /// the exception was never raised. Built afresh on each access.
    pub fn traceback_value(&mut self, exc: &Value) -> Value {
        let entries = match exc_data(exc) {
            Some(d) => d.borrow().traceback.clone(),
            None => return Value::None,
        };
        let cls = self.g.traceback_type.clone();
        let frame_cls = self.g.frame_type.clone();
        let [lineno, next, frame, lasti, f_code, f_lineno, f_globals, span_key] =
            ["tb_lineno", "tb_next", "tb_frame", "tb_lasti", "f_code", "f_lineno", "f_globals", "_garter_span"]
                .map(|n| self.intern(n));
        // Innermost entry first: build the chain from the inside out.
        let mut tb = Value::None;
        for e in entries.iter() {
            let fr = Instance::new(frame_cls.clone(), InstanceExtra::Plain);
            {
                let mut d = fr.dict().borrow_mut();
                d.set_str_key(f_code.clone(), Value::Obj(Obj::new(Payload::Code(e.code.clone()))));
                d.set_str_key(f_lineno.clone(), Value::Int(e.line as i64));
                d.set_str_key(f_globals.clone(), Value::Obj(e.globals.clone()));
            }
            let inst = Instance::new(cls.clone(), InstanceExtra::Plain);
            {
                let mut d = inst.dict().borrow_mut();
                d.set_str_key(lineno.clone(), Value::Int(e.line as i64));
                d.set_str_key(next.clone(), tb);
                d.set_str_key(frame.clone(), Value::from_obj(Payload::Instance(Box::new(fr))));
                d.set_str_key(lasti.clone(), Value::Int(-1));
                // The failing expression's columns, for the traceback module's markers.
                let span = if e.span.end_line == 0 {
                    Value::None
                } else {
                    Value::new_tuple(vec![
                        Value::Int(e.span.col as i64),
                        Value::Int(e.span.end_line as i64),
                        Value::Int(e.span.end_col as i64),
                    ])
                };
                d.set_str_key(span_key.clone(), span);
            }
            tb = Value::from_obj(Payload::Instance(Box::new(inst)));
        }
        tb
    }

    /// `sys._getframe()`: a frame object for entry `index` of this thread's
    /// frame stack, with `f_code`, `f_lineno`, `f_globals`, `f_builtins`,
    /// `f_locals` (the namespace of module and class bodies; a snapshot of
    /// a function's bound locals and cells) and `f_back` (None past the
    /// outermost). Built afresh on each call, outermost first.
    pub fn frame_value(&mut self, index: usize) -> Value {
        let frame_cls = self.g.frame_type.clone();
        let [f_code, f_lineno, f_globals, f_builtins, f_locals, f_back, f_lasti] =
            ["f_code", "f_lineno", "f_globals", "f_builtins", "f_locals", "f_back", "f_lasti"].map(|n| self.intern(n));
        let mut back = Value::None;
        for i in 0..=index.min(self.frames.len().saturating_sub(1)) {
            let Some(f) = self.frames.get(i) else { break };
            let code = f.code.clone();
            let line = code.line_of(f.ip.saturating_sub(1));
            let globals = f.globals.clone();
            let locals = match &f.locals {
                Some(ns) => Value::Obj(ns.clone()),
                None => {
                    let mut d = crate::objects::dict::Dict::new();
                    for (slot, name) in code.varnames.iter().enumerate() {
                        if let Some(v) = self.stack.get(f.base + slot).filter(|v| !v.is_null()) {
                            d.set_str_key(Value::new_str(name), v.clone());
                        }
                    }
                    let cell_names = code.cellvars.iter().chain(code.freevars.iter());
                    for (cell, name) in f.cells.iter().zip(cell_names) {
                        if let Some(Payload::Cell(c)) = cell.payload() {
                            let v = c.borrow().clone();
                            if !v.is_null() {
                                d.set_str_key(Value::new_str(name), v);
                            }
                        }
                    }
                    Value::new_dict(d)
                }
            };
            let fr = Instance::new(frame_cls.clone(), InstanceExtra::Plain);
            {
                let mut d = fr.dict().borrow_mut();
                d.set_str_key(f_code.clone(), Value::Obj(Obj::new(Payload::Code(code))));
                d.set_str_key(f_lineno.clone(), Value::Int(line as i64));
                d.set_str_key(f_globals.clone(), Value::Obj(globals));
                d.set_str_key(f_builtins.clone(), Value::Obj(self.g.builtins.clone()));
                d.set_str_key(f_locals.clone(), locals);
                d.set_str_key(f_back.clone(), back);
                d.set_str_key(f_lasti.clone(), Value::Int(-1));
            }
            back = Value::from_obj(Payload::Instance(Box::new(fr)));
        }
        back
    }

    /// Is `v` a traceback object (from `traceback_value`)?
    pub fn is_traceback(&self, v: &Value) -> bool {
        let t = self.type_of(v);
        t.is(&self.g.traceback_type)
    }

    /// Python-visible attributes of exceptions (the data descriptors of
    /// `BaseException` and its builtin subclasses).
    pub fn exception_attr(&mut self, exc: &Value, name: &str) -> PyResult<Option<Value>> {
        let Some(d) = exc_data(exc) else { return Ok(None) };
        let d = d.borrow();
        Ok(Some(match name {
            "args" => d.args.clone(),
            "__cause__" => d.cause.clone(),
            "__context__" => d.context.clone(),
            "__suppress_context__" => Value::Bool(d.suppress_context),
            "__traceback__" => {
                drop(d);
                return Ok(Some(self.traceback_value(exc)));
            }
            "value" if self.exc_is_kind(exc, ExcKind::StopIteration) => {
                d.args.as_tuple().and_then(|t| t.first().cloned()).unwrap_or(Value::None)
            }
            "code" if self.exc_is_kind(exc, ExcKind::SystemExit) => {
                let a = d.args.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
                match a.len() {
                    0 => Value::None,
                    1 => a[0].clone(),
                    _ => d.args.clone(),
                }
            }
            "errno" | "strerror" | "filename" | "filename2" if self.exc_is_kind(exc, ExcKind::OSError) => {
                let a = d.args.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
                match (name, a.len()) {
                    ("errno", 2..=5) => a[0].clone(),
                    ("strerror", 2..=5) => a[1].clone(),
                    ("filename", 3..=5) => a[2].clone(),
                    ("filename2", 5) => a[4].clone(),
                    _ => Value::None,
                }
            }
            "name" | "path" if self.exc_is_kind(exc, ExcKind::ImportError) => {
                // Set by `ImportError(name=, path=)` or the import system in the instance dict.
                match exc.payload() {
                    Some(Payload::Instance(i)) => i.dict().borrow().get_str(name).cloned().unwrap_or(Value::None),
                    _ => Value::None,
                }
            }
            "encoding" | "object" | "start" | "end" | "reason"
                if self.exc_is_kind(exc, ExcKind::UnicodeDecodeError) || self.exc_is_kind(exc, ExcKind::UnicodeEncodeError) =>
            {
                // args = (encoding, object, start, end, reason)
                let a = d.args.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
                let i = ["encoding", "object", "start", "end", "reason"].iter().position(|n| *n == name).unwrap_or(0);
                match a.get(i) {
                    Some(v) if a.len() == 5 => v.clone(),
                    _ => return Ok(None),
                }
            }
            "msg" if self.exc_is_kind(exc, ExcKind::SyntaxError) => {
                d.args.as_tuple().and_then(|t| t.first().cloned()).unwrap_or(Value::None)
            }
            "filename" | "lineno" | "offset" | "text" | "end_lineno" | "end_offset" | "print_file_and_line"
                if self.exc_is_kind(exc, ExcKind::SyntaxError) =>
            {
                // args = (msg, (filename, lineno, offset, text[, end_lineno, end_offset]))
                let details = d.args.as_tuple().and_then(|t| t.get(1).cloned());
                let details = details.as_ref().and_then(|t| t.as_tuple()).map(|t| t.to_vec()).unwrap_or_default();
                let i = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"].iter().position(|n| *n == name);
                i.and_then(|i| details.get(i).cloned()).unwrap_or(Value::None)
            }
            _ => return Ok(None),
        }))
    }

    /// Sets one of the exception state's attributes (`args`, `__cause__`,
    /// `__context__`, `__suppress_context__`, `__traceback__`); false when
    /// `name` is not one of them (it goes to the instance dict).
    pub fn set_exception_field(&mut self, exc: &Value, name: &str, value: &Value) -> PyResult<bool> {
        let Some(d) = exc_data(exc) else { return Ok(false) };
        match name {
            "args" => {
                let t = match value.payload() {
                    Some(Payload::Tuple(_)) => value.clone(),
                    _ => Value::new_tuple(self.collect(value)?),
                };
                d.borrow_mut().args = t;
            }
            "__cause__" | "__context__" => {
                if !value.is_none() && exc_data(value).is_none() {
                    let what = if name == "__cause__" { "cause" } else { "context" };
                    return Err(PyErr::type_error(format!("exception {what} must be None or derive from BaseException")));
                }
                let mut d = d.borrow_mut();
                if name == "__cause__" {
                    d.cause = value.clone();
                    d.suppress_context = true;
                } else {
                    d.context = value.clone();
                }
            }
            "__suppress_context__" => {
                let b = self.truthy(value)?;
                d.borrow_mut().suppress_context = b;
            }
            "__traceback__" => {
                if value.is_none() {
                    d.borrow_mut().traceback.clear();
                } else if !self.is_traceback(value) {
                    return Err(PyErr::type_error("__traceback__ must be a traceback or None"));
                }
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// `del exc.<field>`: the exception state's attributes may not be
    /// deleted (TypeError, as CPython); false for other names.
    pub fn check_exception_field_delete(&mut self, exc: &Value, name: &str) -> PyResult<()> {
        if exc_data(exc).is_some() && matches!(name, "args" | "__cause__" | "__context__" | "__traceback__" | "__suppress_context__") {
            return Err(PyErr::type_error(format!("{name} may not be deleted")));
        }
        Ok(())
    }

    /// `exc.add_note(note)` (3.11): appends to `exc.__notes__`.
    pub fn exception_add_note(&mut self, exc: &Value, note: &Value) -> PyResult<()> {
        if !matches!(note.payload(), Some(Payload::Str(_))) {
            return Err(PyErr::type_error(format!("note must be a str, not '{}'", self.type_name(note))));
        }
        let notes = match self.get_attr_str(exc, "__notes__") {
            Ok(n) => n,
            Err(e) if self.err_is(&e, ExcKind::AttributeError) => {
                let l = Value::new_list(Vec::new());
                self.set_attr_str(exc, "__notes__", l.clone())?;
                l
            }
            Err(e) => return Err(e),
        };
        match notes.payload() {
            Some(Payload::List(l)) => {
                l.borrow_mut().push(note.clone());
                Ok(())
            }
            _ => Err(PyErr::type_error("Cannot add note: __notes__ is not a list")),
        }
    }

    pub fn exc_is_kind(&self, exc: &Value, kind: ExcKind) -> bool {
        let t = self.g.types.exception(kind);
        let et = self.type_of(exc);
        self.is_subtype(&et, &t)
    }

    /// `str(exc)`.
    pub fn exception_str(&mut self, exc: &Value) -> PyResult<String> {
        let args = match exc_data(exc) {
            Some(d) => d.borrow().args.clone(),
            None => return Ok(String::new()),
        };
        let items = args.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
        if self.exc_is_kind(exc, ExcKind::KeyError) && items.len() == 1 {
            return self.repr(&items[0]);
        }
        if items.len() == 5 && (self.exc_is_kind(exc, ExcKind::UnicodeDecodeError) || self.exc_is_kind(exc, ExcKind::UnicodeEncodeError)) {
            return Ok(crate::errors::unicode_error_message(self.exc_is_kind(exc, ExcKind::UnicodeDecodeError), &items));
        }
        if items.len() == 2 && self.exc_is_kind(exc, ExcKind::SyntaxError) {
            // CPython: "msg (file.py, line N)" with the file's base name.
            let msg = self.str_of(&items[0])?;
            let details = items[1].as_tuple().map(|t| t.to_vec()).unwrap_or_default();
            let file = details.first().and_then(|f| f.as_str()).map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
            let line = match details.get(1) {
                Some(Value::Int(n)) => Some(*n),
                _ => None,
            };
            return Ok(match (file, line) {
                (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
                (Some(f), None) => format!("{msg} ({f})"),
                (None, Some(l)) => format!("{msg} (line {l})"),
                (None, None) => msg,
            });
        }
        if (2..=5).contains(&items.len()) && self.exc_is_kind(exc, ExcKind::OSError) {
            let errno = self.str_of(&items[0])?;
            let strerror = self.str_of(&items[1])?;
            return Ok(match items.len() {
                2 => format!("[Errno {errno}] {strerror}"),
                5 => format!("[Errno {errno}] {strerror}: {} -> {}", self.repr(&items[2])?, self.repr(&items[4])?),
                _ => format!("[Errno {errno}] {strerror}: {}", self.repr(&items[2])?),
            });
        }
        match items.len() {
            0 => Ok(String::new()),
            1 => self.str_of(&items[0]),
            _ => self.repr(&args),
        }
    }

    /// The `Type: message` line of a traceback.
    pub fn exception_line(&mut self, exc: &Value) -> String {
        let ty = self.type_of(exc);
        let mut name = match ty.payload() {
            Payload::Type(t) => t.qualname.borrow().clone(),
            _ => "Exception".into(),
        };
        if let Payload::Type(t) = ty.payload() {
            if t.is_heap() {
                if let Some(m) = t.dict.borrow().get_str("__module__").and_then(|m| m.as_str().map(String::from)) {
                    if m != "__main__" && m != "builtins" {
                        name = format!("{m}.{name}");
                    }
                }
            }
        }
        let msg = match self.str_of(exc) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        };
        if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        }
    }

    /// The full CPython-format traceback text of `exc`, chained exceptions
    /// first.
    pub fn format_exception(&mut self, exc: &Value) -> String {
        let mut out = String::new();
        let mut seen: Vec<Value> = Vec::new();
        self.format_exception_into(exc, &mut out, &mut seen);
        out
    }

    fn format_exception_into(&mut self, exc: &Value, out: &mut String, seen: &mut Vec<Value>) {
        seen.push(exc.clone());
        if let Some(d) = exc_data(exc) {
            let (cause, context, suppress) = {
                let d = d.borrow();
                (d.cause.clone(), d.context.clone(), d.suppress_context)
            };
            if !cause.is_none() && !seen.iter().any(|s| s.is(&cause)) {
                self.format_exception_into(&cause, out, seen);
                out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
            } else if !context.is_none() && !suppress && !seen.iter().any(|s| s.is(&context)) {
                self.format_exception_into(&context, out, seen);
                out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
            let mut tb = d.borrow().traceback.clone();
            // `sys.tracebacklimit`: only the innermost N entries; none (and
            // no header) when N <= 0, as CPython's printer.
            if let Some(limit) = self.traceback_limit() {
                tb.truncate(limit.max(0) as usize);
            }
            if !tb.is_empty() {
                out.push_str("Traceback (most recent call last):\n");
                let mut last: Option<(String, u32, String)> = None;
                let mut repeat = 0;
                for e in tb.iter().rev() {
                    let key = (e.filename.to_string(), e.line, e.name.to_string());
                    if last.as_ref() == Some(&key) {
                        repeat += 1;
                        if repeat >= 3 {
                            continue;
                        }
                    } else {
                        if repeat >= 3 {
                            flush_repeats(out, repeat - 2);
                        }
                        repeat = 0;
                        last = Some(key);
                    }
                    out.push_str(&format!("  File \"{}\", line {}, in {}\n", e.filename, e.line, e.name));
                    // As CPython's printer: the line without its indentation,
                    // then the column markers under the failing expression.
                    if let Some(raw) = self.raw_source_line(&e.filename, e.line) {
                        if let Some(shown) = markers::interpreter_display_line(&raw) {
                            out.push_str(&format!("    {}\n", shown));
                            if let Some(m) = markers::marker_line(&raw, e.line, e.span, markers::Style::Interpreter) {
                                out.push_str(&m);
                            }
                        }
                    }
                }
                if repeat >= 3 {
                    flush_repeats(out, repeat - 2);
                }
            }
        }
        let syntax = self.syntax_errors.borrow().iter().find(|(e, _)| e.is(exc)).map(|(_, s)| s.to_string());
        match syntax {
            // A SyntaxError from the parser: its file/line, source line and caret.
            Some(display) => {
                out.push_str(&display);
                if !display.ends_with('\n') {
                    out.push('\n');
                }
            }
            None => {
                let line = self.exception_line(exc);
                out.push_str(&line);
                out.push('\n');
            }
        }
        self.format_notes(exc, out);
    }

    /// The lines of `exc.__notes__` (3.11), each note on its own line.
    fn format_notes(&mut self, exc: &Value, out: &mut String) {
        let notes = match self.get_attr_str(exc, "__notes__") {
            Ok(n) => n,
            Err(_) => return,
        };
        match notes.payload() {
            Some(Payload::List(_)) | Some(Payload::Tuple(_)) => {
                let items = self.collect(&notes).unwrap_or_default();
                for note in items {
                    let text = match note.as_str() {
                        Some(s) => s.to_string(),
                        None => self.str_of(&note).unwrap_or_else(|_| "<note str() failed>".to_string()),
                    };
                    out.push_str(&text);
                    out.push('\n');
                }
            }
            _ => {
                let text = self.repr(&notes).unwrap_or_else(|_| "<__notes__ repr() failed>".to_string());
                out.push_str(&text);
                out.push('\n');
            }
        }
    }

    /// Line `line` of file `filename`, stripped, if readable.
    pub fn source_line(&mut self, filename: &str, line: u32) -> Option<String> {
        let text = self.source_text(filename)?;
        let l = text.lines().nth(line.checked_sub(1)? as usize)?;
        let s = l.trim();
        if s.is_empty() {
            None
        } else {
            Some(s.to_string())
        }
    }

    /// Line `line` of file `filename` as written (without its newline).
    pub fn raw_source_line(&mut self, filename: &str, line: u32) -> Option<String> {
        let text = self.source_text(filename)?;
        let l = text.lines().nth(line.checked_sub(1)? as usize)?;
        Some(l.to_string())
    }

    /// The text behind `filename` for tracebacks and `linecache`, found as
    /// CPython's `linecache` finds it: a file on disk (the text garter
    /// compiled, when it has it), or a frozen module's source; nothing for
    /// code compiled from a string (`<string>`, `<stdin>`, `compile(src,
    /// "name.py", ...)` with no such file).
    pub fn source_text(&mut self, filename: &str) -> Option<std::rc::Rc<str>> {
        let frozen = filename.starts_with("<frozen ");
        if !frozen && (filename.starts_with('<') || !std::path::Path::new(filename).is_file()) {
            return None;
        }
        if let Some(t) = self.g.sources.borrow().get(filename) {
            return Some(t.clone());
        }
        if frozen {
            return None;
        }
        let text: std::rc::Rc<str> = std::fs::read_to_string(filename).ok()?.into();
        self.g.sources.borrow_mut().insert(filename.to_string(), text.clone());
        Some(text)
    }

    /// Prints `exc`'s traceback to stderr (as an uncaught exception): to
    /// the program's `sys.stderr` when it replaced it (as CPython's default
    /// excepthook does), else to the process's stderr.
    pub fn print_exception(&mut self, exc: &Value) {
        let text = self.format_exception(exc);
        if let Some(stream) = self.replaced_stderr() {
            let t = Value::from_string(text.clone());
            if self.call_method(&stream, "write", &[t]).is_ok() {
                let _ = self.call_method(&stream, "flush", &[]);
                return;
            }
        }
        crate::builtins::write_stderr(self, &text);
    }

    /// `sys.tracebacklimit` when the program set it to an int.
    fn traceback_limit(&mut self) -> Option<i64> {
        let sys = match self.g.modules.payload() {
            Payload::Dict(d) => d.borrow().get_str("sys").cloned()?,
            _ => return None,
        };
        match self.get_attr_str(&sys, "tracebacklimit").ok()? {
            Value::Int(n) => Some(n),
            _ => None,
        }
    }

    /// `sys.stderr` when the program replaced it (it is not `sys.__stderr__`).
    fn replaced_stderr(&mut self) -> Option<Value> {
        let sys = match self.g.modules.payload() {
            Payload::Dict(d) => d.borrow().get_str("sys").cloned()?,
            _ => return None,
        };
        let stream = self.get_attr_str(&sys, "stderr").ok()?;
        let original = self.get_attr_str(&sys, "__stderr__").ok()?;
        (!stream.is(&original) && !stream.is_none()).then_some(stream)
    }
}

fn flush_repeats(out: &mut String, n: usize) {
    out.push_str(&format!(
        "  [Previous line repeated {} more time{}]\n",
        n,
        if n == 1 { "" } else { "s" }
    ));
}

/// The exception state of an exception instance.
pub fn exc_data(v: &Value) -> Option<&RefCell<ExcData>> {
    match v.payload() {
        Some(Payload::Instance(i)) => match &i.extra {
            InstanceExtra::Exception(d) => Some(d),
            _ => None,
        },
        _ => None,
    }
}

/// A new instance of exception class `cls` with `args` (no `__init__` run).
pub fn new_exception_of(cls: Obj, args: Vec<Value>) -> Value {
    Value::from_obj(Payload::Instance(Box::new(Instance::new(
        cls,
        InstanceExtra::Exception(RefCell::new(ExcData::new(Value::new_tuple(args)))),
    ))))
}

/// The `traceback` type: its instances carry `tb_lineno`, `tb_next` and
/// `tb_frame` (None) in their dict.
pub fn make_traceback_type(object: &Obj) -> Obj {
    let mut dict = crate::objects::dict::Dict::new();
    dict.set_str_key(Value::new_str("__module__"), Value::new_str("builtins"));
    Obj::new(Payload::Type(Box::new(crate::objects::typeobj::TypeObject::new(
        "traceback",
        TypeKind::Heap,
        TypeKind::Object,
        vec![object.clone()],
        vec![object.clone()],
        dict,
    ))))
}

/// The type of `tb.tb_frame`: its instances carry `f_code` (the frame's
/// code object), `f_lineno` and `f_globals` in their dict.
pub fn make_frame_type(object: &Obj) -> Obj {
    let mut dict = crate::objects::dict::Dict::new();
    dict.set_str_key(Value::new_str("__module__"), Value::new_str("builtins"));
    Obj::new(Payload::Type(Box::new(crate::objects::typeobj::TypeObject::new(
        "frame",
        TypeKind::Heap,
        TypeKind::Object,
        vec![object.clone()],
        vec![object.clone()],
        dict,
    ))))
}

/// Is `cls`'s instance layout an exception's?
pub fn is_exception_class(cls: &Obj) -> bool {
    matches!(cls.payload(), Payload::Type(t) if matches!(t.layout, TypeKind::Exception(_)))
}

