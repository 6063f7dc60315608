//! garter-interp: the compiler, the VM, the object model and the GIL.
//!
//! See `README.md` in this folder for a map of the files, and
//! `docs/ARCHITECTURE.md` at the top of the repository for the design.

pub mod builtins;
pub mod code;
pub mod compiler;
pub mod dis;
pub mod errors;
pub mod gil;
pub mod objects;
pub mod objects_ops;
pub mod signals;
pub mod sync;
pub mod value;
pub mod vm;

use errors::{ExcKind, PyErr, PyResult};
use std::rc::Rc;
use value::{Obj, Value};
use vm::frame::Frame;
use vm::Vm;

/// How source text is compiled (CPython's `exec`/`eval`/`single`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileMode {
    Exec,
    Eval,
    Single,
}

impl Vm {
    /// Parses and compiles source text; syntax errors become SyntaxError.
    pub fn compile_source(&mut self, source: &str, filename: &str, mode: CompileMode) -> PyResult<Rc<code::Code>> {
        self.g.sources.borrow_mut().insert(filename.to_string(), source.into());
        let result = match mode {
            CompileMode::Eval => garter_grammar::parse_expression(source, filename).and_then(|e| {
                let mut interner = self.g.interner.borrow_mut();
                compiler::compile_expression(&e, filename, &mut interner)
            }),
            CompileMode::Exec | CompileMode::Single => {
                let parsed = if mode == CompileMode::Single {
                    garter_grammar::parse_interactive(source, filename)
                } else {
                    garter_grammar::parse_module(source, filename)
                };
                parsed.and_then(|m| {
                    let mut interner = self.g.interner.borrow_mut();
                    compiler::compile_module(&m, filename, mode == CompileMode::Single, &mut interner)
                })
            }
        };
        result.map_err(|e| self.syntax_error(e, source))
    }

    /// A Python SyntaxError from a parser/compiler error.
    pub fn syntax_error(&mut self, e: garter_grammar::SyntaxError, source: &str) -> PyErr {
        let kind = match e.kind {
            garter_grammar::SyntaxErrorKind::SyntaxError => ExcKind::SyntaxError,
            garter_grammar::SyntaxErrorKind::IndentationError => ExcKind::IndentationError,
            garter_grammar::SyntaxErrorKind::TabError => ExcKind::TabError,
        };
        let text = e.text.clone().or_else(|| source.lines().nth(e.line.saturating_sub(1) as usize).map(String::from));
        let details = Value::new_tuple(vec![
            Value::new_str(&e.filename),
            Value::Int(e.line as i64),
            Value::Int(e.offset as i64),
            text.map(|t| Value::from_string(t)).unwrap_or(Value::None),
        ]);
        let exc = self.new_exception(kind, vec![Value::new_str(&e.msg), details]);
        self.syntax_errors.borrow_mut().push((exc.clone(), e));
        PyErr::from_object(exc)
    }

    /// Runs `code` with separate globals and locals namespaces (`exec`).
    pub fn run_code_with_locals(&mut self, code: Rc<code::Code>, globals: Obj, locals: Obj) -> PyResult<Value> {
        let base = self.stack.len();
        let frame = Frame {
            ip: 0,
            base,
            ret_to: base,
            cells: Vec::new(),
            globals,
            locals: Some(locals),
            is_generator: false,
            code: code.clone(),
        };
        for _ in 0..code.varnames.len() {
            self.stack.push(Value::Null);
        }
        self.push_frame(frame)?;
        self.run_frame_to_completion()
    }
}
