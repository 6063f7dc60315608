//! The compiler: AST to code objects, following CPython 3.11's `compile.c`.
//!
//! Pipeline: `symtable` resolves every name's scope for the whole tree
//! first; then one `Unit` per code object (module, class body, function,
//! lambda, comprehension) is filled with instructions by `stmt`, `expr`,
//! `func` (definitions, closures, comprehensions), `control` (loops,
//! `try`, `with` and the unwinding that `break`/`continue`/`return` do)
//! and `pattern` (`match` statements); `assemble` turns a finished unit
//! into a `Code`. `consts` folds constant expressions and keys the
//! constant tables; `unparse` turns annotations back into source text
//! under `from __future__ import annotations`.
//!
//! Instructions are emitted with symbolic jump targets (`Label`s) and with
//! three pseudo-instructions that never reach the VM, as in CPython:
//! `SetupFinally(handler)` / `SetupWith(handler)` open a protected region
//! and `PopBlock` closes the innermost one. `assemble` follows the control
//! flow to learn, for each instruction, the stack depth and the innermost
//! open region, and from that builds the exception table, `max_stack`, and
//! drops unreachable code. The shapes emitted for `try`/`with` are the ones
//! documented in `code.rs`.
//!
//! Invariant: every path through a unit leaves the operand stack as it
//! found it, and `ReturnValue` runs with exactly the return value on the
//! stack; `assemble` checks both (debug builds panic on a violation).

mod assemble;
mod consts;
mod control;
mod expr;
mod func;
mod pattern;
mod stmt;
mod unparse;
mod symtable;

use crate::code::{Code, Op};
use crate::value::{Interner, Value};
use consts::ConstKey;
use garter_grammar::ast::{self, Loc};
use garter_grammar::SyntaxError;
use std::collections::HashMap;
use std::rc::Rc;
use symtable::{BlockKind, NameScope, ScopeId, SymbolTable};

/// Compiles a module (`exec` mode); `interactive` selects REPL mode, where
/// expression statements print their value (`PrintExpr`).
pub fn compile_module(
    module: &ast::Module,
    filename: &str,
    interactive: bool,
    interner: &mut Interner,
) -> Result<Rc<Code>, SyntaxError> {
    let table = symtable::build_module(&module.body, filename)?;
    let mut c = Compiler::new(table, filename, interactive, interner);
    c.check_future_imports(&module.body)?;
    c.enter_module_scope();
    if interactive {
        if stmt::find_annotations(&module.body) {
            c.emit(Op::SetupAnnotations, 0);
        }
        for s in &module.body {
            c.stmt(s)?;
        }
    } else {
        c.body(&module.body)?;
    }
    c.load_const(ConstKey::None);
    c.emit(Op::ReturnValue, 0);
    Ok(Rc::new(c.exit_scope()?))
}

/// Compiles a single expression (`eval` mode): the code returns its value.
pub fn compile_expression(
    expr: &ast::Expr,
    filename: &str,
    interner: &mut Interner,
) -> Result<Rc<Code>, SyntaxError> {
    let table = symtable::build_expression(expr, filename)?;
    let mut c = Compiler::new(table, filename, false, interner);
    c.enter_module_scope();
    c.u_mut().loc = expr.loc;
    c.expr(expr)?;
    c.emit(Op::ReturnValue, 0);
    Ok(Rc::new(c.exit_scope()?))
}

type R = Result<(), SyntaxError>;

/// CPython's `STACK_USE_GUIDELINE`: past this many items, displays and
/// calls are built incrementally instead of all on the stack.
const STACK_USE_GUIDELINE: usize = 30;

/// CPython's `CO_MAXBLOCKS`: the limit of statically nested blocks.
const MAX_BLOCKS: usize = 20;

/// A jump target inside the current unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Label(u32);

/// An emitted instruction: a real opcode or a pseudo-instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Op(Op),
    /// Open a protected region handled at label `arg`; the handler's stack
    /// depth is the depth here.
    SetupFinally,
    /// `with`: as `SetupFinally`, but the handler's depth excludes the
    /// `__enter__` result on top (it is stored or popped first).
    SetupWith,
    /// Close the innermost protected region.
    PopBlock,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Ins {
    pub kind: Kind,
    /// The argument; a label number for jumps and setups.
    pub arg: u32,
    pub line: u32,
    /// Column span of the expression being compiled (tracebacks' markers).
    pub span: crate::code::Span,
}

/// What kind of code object a unit becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UnitKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

/// The statically known blocks a `break`, `continue` or `return` must
/// leave (CPython's `fblockinfo`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FBlockKind {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    HandlerCleanup,
    ExceptionHandler,
    PopValue,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct FBlock<'a> {
    pub kind: FBlockKind,
    /// Loops: where `continue` goes.
    pub block: Option<Label>,
    /// Loops: where `break` goes.
    pub exit: Option<Label>,
    pub datum: FBlockDatum<'a>,
}

#[derive(Clone, Copy, Debug)]
pub(crate) enum FBlockDatum<'a> {
    None,
    /// `FinallyTry`: the `finally` body, compiled again on each exit path.
    FinallyBody(&'a [ast::Stmt]),
    /// `With`: the `with` statement (for the line of the exit call).
    WithLoc(Loc),
    /// `HandlerCleanup`: the `except ... as name` name to clear.
    HandlerName(&'a str),
}

/// One code object being built.
pub(crate) struct Unit<'a> {
    pub scope: ScopeId,
    pub kind: UnitKind,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    /// The class name used for mangling `__private` names.
    pub private: Option<&'a str>,
    pub instrs: Vec<Ins>,
    /// Label number -> instruction index (`u32::MAX` while unbound).
    pub labels: Vec<u32>,
    pub consts: Vec<Value>,
    const_index: HashMap<ConstKey, u32>,
    pub names: Vec<Value>,
    name_index: HashMap<String, u32>,
    pub varnames: Vec<String>,
    varname_index: HashMap<String, u32>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub fblocks: Vec<FBlock<'a>>,
    /// Location of the node being compiled (line table, errors).
    pub loc: Loc,
    /// The column span of the expression `Compiler::expr` is compiling, and
    /// the `loc` it belongs to: an instruction gets the span only while
    /// `loc` is still that expression's (code that moves `loc` elsewhere
    /// emits instructions without a span).
    pub span: crate::code::Span,
    pub span_loc: Loc,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub first_line: u32,
    pub doc: Option<Value>,
    /// Nested code objects already compiled, by AST node.
    pub nested: HashMap<usize, func::NestedCode>,
}

pub(crate) struct Compiler<'a> {
    interner: &'a mut Interner,
    filename: Rc<str>,
    table: SymbolTable,
    units: Vec<Unit<'a>>,
    interactive: bool,
    /// `from __future__ import annotations`: annotations become strings.
    future_annotations: bool,
    /// Line of the last well-placed `from __future__` import (0: none).
    future_lineno: u32,
}

/// Load, store or delete.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ctx {
    Load,
    Store,
    Del,
}

impl<'a> Compiler<'a> {
    fn new(table: SymbolTable, filename: &str, interactive: bool, interner: &'a mut Interner) -> Self {
        Compiler {
            interner,
            filename: filename.into(),
            table,
            units: Vec::new(),
            interactive,
            future_annotations: false,
            future_lineno: 0,
        }
    }

    // ---- units ----------------------------------------------------------

    pub(crate) fn u(&self) -> &Unit<'a> {
        self.units.last().expect("compiler: no current unit")
    }

    pub(crate) fn u_mut(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("compiler: no current unit")
    }

    fn enter_module_scope(&mut self) {
        self.push_unit(0, UnitKind::Module, "<module>", 1);
    }

    /// Starts the code object for the scope opened by AST node `key`.
    pub(crate) fn enter_scope(&mut self, name: &str, kind: UnitKind, key: usize, first_line: u32) -> R {
        let Some(scope) = self.table.scope_for(key) else {
            return Err(self.error(format!("internal compiler error: no scope for '{name}'")));
        };
        self.push_unit(scope, kind, name, first_line);
        Ok(())
    }

    fn push_unit(&mut self, scope: ScopeId, kind: UnitKind, name: &str, first_line: u32) {
        let st = &self.table.scopes[scope];
        // CPython 3.11's order: cells that are parameters, in parameter
        // order, then the others sorted.
        let mut cellvars: Vec<String> = st.params.iter().filter(|p| st.scope_of(p) == NameScope::Cell).cloned().collect();
        cellvars.extend(st.cellvars().into_iter().filter(|c| !st.params.contains(c)));
        if st.needs_class_closure {
            cellvars.insert(0, "__class__".to_string());
        }
        let freevars = st.freevars();
        let params = st.params.clone();
        let private = self.units.last().and_then(|u| u.private);
        let loc = self.units.last().map_or(Loc { line: first_line, col: 0 }, |u| u.loc);
        let qualname = self.qualname_for(name, kind);
        let mut unit = Unit {
            scope,
            kind,
            name: name.into(),
            qualname: qualname.into(),
            private,
            instrs: Vec::new(),
            labels: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames: Vec::new(),
            varname_index: HashMap::new(),
            cellvars,
            freevars,
            fblocks: Vec::new(),
            loc,
            span: crate::code::Span::NONE,
            span_loc: Loc { line: 0, col: 0 },
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            first_line,
            doc: None,
            nested: HashMap::new(),
        };
        for p in params {
            unit.add_varname(&p);
        }
        self.units.push(unit);
    }

    /// CPython's `compiler_set_qualname`.
    fn qualname_for(&self, name: &str, kind: UnitKind) -> String {
        let Some(parent) = self.units.last() else { return name.to_string() };
        if parent.kind == UnitKind::Module {
            return name.to_string();
        }
        if matches!(kind, UnitKind::Function | UnitKind::Class) {
            let mangled = symtable::mangle(parent.private, name);
            if self.table.scopes[parent.scope].scope_of(&mangled) == NameScope::GlobalExplicit {
                return name.to_string();
            }
        }
        match parent.kind {
            UnitKind::Function | UnitKind::Lambda => format!("{}.<locals>.{}", parent.qualname, name),
            _ => format!("{}.{}", parent.qualname, name),
        }
    }

    /// Finishes the current unit into a code object.
    pub(crate) fn exit_scope(&mut self) -> Result<Code, SyntaxError> {
        let unit = self.units.pop().expect("compiler: exit_scope without a unit");
        let scope = &self.table.scopes[unit.scope];
        let flags = assemble::code_flags(scope, unit.kind);
        assemble::assemble(unit, flags, &self.filename)
    }

    pub(crate) fn block_kind(&self) -> BlockKind {
        self.table.scopes[self.u().scope].kind
    }

    // ---- errors ---------------------------------------------------------

    /// A `SyntaxError` at the node being compiled.
    pub(crate) fn error(&self, msg: impl Into<String>) -> SyntaxError {
        let loc = self.units.last().map_or(Loc { line: 1, col: 0 }, |u| u.loc);
        self.error_at(loc, msg)
    }

    pub(crate) fn error_at(&self, loc: Loc, msg: impl Into<String>) -> SyntaxError {
        symtable::syntax_error(&self.filename, loc, msg.into())
    }

    // ---- emission -------------------------------------------------------

    pub(crate) fn emit(&mut self, op: Op, arg: u32) {
        let u = self.u_mut();
        let line = u.loc.line;
        let span = if u.span_loc == u.loc { u.span } else { crate::code::Span::NONE };
        u.instrs.push(Ins { kind: Kind::Op(op), arg, line, span });
    }

    pub(crate) fn emit_jump(&mut self, op: Op, target: Label) {
        self.emit(op, target.0);
    }

    pub(crate) fn emit_pseudo(&mut self, kind: Kind, target: Option<Label>) {
        let u = self.u_mut();
        let line = u.loc.line;
        u.instrs.push(Ins { kind, arg: target.map_or(0, |l| l.0), line, span: crate::code::Span::NONE });
    }

    pub(crate) fn new_label(&mut self) -> Label {
        let u = self.u_mut();
        u.labels.push(u32::MAX);
        Label(u.labels.len() as u32 - 1)
    }

    /// Binds `label` to the next instruction emitted.
    pub(crate) fn bind(&mut self, label: Label) {
        let u = self.u_mut();
        u.labels[label.0 as usize] = u.instrs.len() as u32;
    }

    pub(crate) fn load_const(&mut self, key: ConstKey) {
        let idx = self.add_const(key);
        self.emit(Op::LoadConst, idx);
    }

    pub(crate) fn add_const(&mut self, key: ConstKey) -> u32 {
        if let Some(&i) = self.u().const_index.get(&key) {
            return i;
        }
        let value = key.to_value(self.interner);
        let u = self.u_mut();
        let i = u.consts.len() as u32;
        u.consts.push(value);
        u.const_index.insert(key, i);
        i
    }

    /// Adds a code object constant (never shared).
    pub(crate) fn add_code_const(&mut self, code: Code) -> u32 {
        let u = self.u_mut();
        u.consts.push(Value::new_code(code));
        u.consts.len() as u32 - 1
    }

    /// Index of `name` (already mangled if it must be) in `names`.
    pub(crate) fn name_index(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.u().name_index.get(name) {
            return i;
        }
        let v = self.interner.intern(name);
        let u = self.u_mut();
        let i = u.names.len() as u32;
        u.names.push(v);
        u.name_index.insert(name.to_string(), i);
        i
    }

    pub(crate) fn mangle(&self, name: &str) -> String {
        symtable::mangle(self.u().private, name)
    }

    /// Emits `op` with the (mangled) attribute name `attr`.
    pub(crate) fn emit_attr(&mut self, op: Op, attr: &str) {
        let mangled = self.mangle(attr);
        let i = self.name_index(&mangled);
        self.emit(op, i);
    }

    pub(crate) fn push_fblock(&mut self, kind: FBlockKind, block: Option<Label>, exit: Option<Label>, datum: FBlockDatum<'a>) -> R {
        if self.u().fblocks.len() >= MAX_BLOCKS {
            return Err(self.error("too many statically nested blocks"));
        }
        self.u_mut().fblocks.push(FBlock { kind, block, exit, datum });
        Ok(())
    }

    pub(crate) fn pop_fblock(&mut self, kind: FBlockKind) {
        let popped = self.u_mut().fblocks.pop();
        debug_assert_eq!(popped.map(|f| f.kind), Some(kind), "fblock stack out of order");
    }

    // ---- names ----------------------------------------------------------

    /// Loads, stores or deletes a variable, choosing the instruction family
    /// by the name's scope (CPython's `compiler_nameop`).
    pub(crate) fn nameop(&mut self, name: &str, ctx: Ctx) -> R {
        if name == "__debug__" {
            match ctx {
                Ctx::Load => {
                    self.load_const(ConstKey::Bool(true));
                    return Ok(());
                }
                Ctx::Store => return Err(self.error("cannot assign to __debug__")),
                Ctx::Del => return Err(self.error("cannot delete __debug__")),
            }
        }
        let mangled = self.mangle(name);
        let block = self.block_kind();
        let scope = self.table.scopes[self.u().scope].scope_of(&mangled);
        enum Family {
            Fast,
            Deref,
            Global,
            Name,
        }
        let family = match scope {
            NameScope::Free | NameScope::Cell => Family::Deref,
            NameScope::Local if block == BlockKind::Function => Family::Fast,
            NameScope::GlobalImplicit if block == BlockKind::Function => Family::Global,
            NameScope::GlobalExplicit => Family::Global,
            _ => Family::Name,
        };
        match family {
            Family::Fast => {
                let i = self.u_mut().add_varname(&mangled);
                let op = match ctx {
                    Ctx::Load => Op::LoadFast,
                    Ctx::Store => Op::StoreFast,
                    Ctx::Del => Op::DeleteFast,
                };
                self.emit(op, i);
            }
            Family::Deref => {
                let Some(i) = self.cell_index(&mangled, scope == NameScope::Cell) else {
                    return Err(self.error(format!("internal compiler error: no cell for '{mangled}'")));
                };
                let op = match ctx {
                    Ctx::Load if block == BlockKind::Class => Op::LoadClassDeref,
                    Ctx::Load => Op::LoadDeref,
                    Ctx::Store => Op::StoreDeref,
                    Ctx::Del => Op::DeleteDeref,
                };
                self.emit(op, i);
            }
            Family::Global => {
                let i = self.name_index(&mangled);
                let op = match ctx {
                    Ctx::Load => Op::LoadGlobal,
                    Ctx::Store => Op::StoreGlobal,
                    Ctx::Del => Op::DeleteGlobal,
                };
                self.emit(op, i);
            }
            Family::Name => {
                let i = self.name_index(&mangled);
                let op = match ctx {
                    Ctx::Load => Op::LoadName,
                    Ctx::Store => Op::StoreName,
                    Ctx::Del => Op::DeleteName,
                };
                self.emit(op, i);
            }
        }
        Ok(())
    }

    /// The index of a cell (`cellvars ++ freevars`) by name.
    pub(crate) fn cell_index(&self, name: &str, prefer_cell: bool) -> Option<u32> {
        let u = self.u();
        let cell = u.cellvars.iter().position(|n| n == name);
        let free = u.freevars.iter().position(|n| n == name).map(|i| i + u.cellvars.len());
        let found = if prefer_cell { cell.or(free) } else { free.or(cell) };
        found.map(|i| i as u32)
    }

    /// Checks `from __future__ import ...` placement and feature names.
    fn check_future_imports(&mut self, body: &'a [ast::Stmt]) -> R {
        const FEATURES: &[&str] = &[
            "nested_scopes",
            "generators",
            "division",
            "absolute_import",
            "with_statement",
            "print_function",
            "unicode_literals",
            "barry_as_FLUFL",
            "generator_stop",
            "annotations",
        ];
        let mut allowed = true;
        for (i, s) in body.iter().enumerate() {
            let is_doc = i == 0 && stmt::docstring(std::slice::from_ref(s)).is_some();
            match &s.kind {
                ast::StmtKind::ImportFrom { module: Some(m), names, level: 0 } if m == "__future__" => {
                    if !allowed {
                        return Err(self.error_at(s.loc, "from __future__ imports must occur at the beginning of the file"));
                    }
                    for a in names {
                        if a.name == "braces" {
                            return Err(self.error_at(s.loc, "not a chance"));
                        }
                        if !FEATURES.contains(&a.name.as_str()) {
                            return Err(self.error_at(s.loc, format!("future feature {} is not defined", a.name)));
                        }
                        if a.name == "annotations" {
                            self.future_annotations = true;
                        }
                    }
                    self.future_lineno = s.loc.line;
                }
                _ if is_doc => {}
                _ => allowed = false,
            }
        }
        Ok(())
    }
}

impl<'a> Unit<'a> {
    /// The slot of local `name`, adding it if new.
    pub(crate) fn add_varname(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.varname_index.get(name) {
            return i;
        }
        let i = self.varnames.len() as u32;
        self.varnames.push(name.to_string());
        self.varname_index.insert(name.to_string(), i);
        i
    }
}
