//! Definitions that make new code objects: `def`, `class`, `lambda` and
//! comprehensions, with their defaults, annotations and closures
//! (CPython 3.11's `compiler_function`, `compiler_class`,
//! `compiler_lambda`, `compiler_comprehension`, `compiler_make_closure`).
//!
//! Comprehension calling convention: the comprehension's code takes one
//! positional parameter named `.0`, the iterator of the outermost `for`.
//! The enclosing code evaluates the outermost iterable, applies `GetIter`
//! and calls the function made from the code with `Call(1)`. List, set and
//! dict comprehensions build their result on the stack below the
//! iterators (`ListAppend`/`SetAdd`/`MapAdd` with an argument counting the
//! iterators above it) and return it; generator expressions have
//! `CO_GENERATOR` and yield each element.

use super::consts::{fold, ConstKey};
use super::symtable::{node_key, NameScope};
use super::{stmt, Compiler, Ctx, UnitKind, R};
use crate::code::{Code, Op};
use garter_grammar::ast::*;

/// `MakeFunction` flag bits.
const MF_DEFAULTS: u32 = 1;
const MF_KWDEFAULTS: u32 = 2;
const MF_ANNOTATIONS: u32 = 4;
const MF_CLOSURE: u32 = 8;

impl<'a> Compiler<'a> {
    pub(crate) fn function_def(&mut self, s: &'a Stmt, f: &'a FunctionDef) -> R {
        for d in &f.decorators {
            self.expr(d)?;
        }
        let first_line = f.decorators.first().map_or(s.loc.line, |d| d.loc.line);
        let mut flags = self.default_arguments(&f.args)?;
        if self.annotations(&f.args, f.returns.as_ref())? {
            flags |= MF_ANNOTATIONS;
        }

        let code = self.nested_code(node_key(f), |c| {
            c.enter_scope(&f.name, UnitKind::Function, node_key(f), first_line)?;
            c.set_arg_counts(&f.args);
            let body = match stmt::docstring(&f.body) {
                Some(doc) => {
                    c.u_mut().doc = Some(c.interner.intern(doc));
                    &f.body[1..]
                }
                None => &f.body[..],
            };
            for st in body {
                c.stmt(st)?;
            }
            c.load_const(ConstKey::None);
            c.emit(Op::ReturnValue, 0);
            c.exit_scope()
        })?;

        self.make_closure(code, flags)?;
        // Innermost decorator first; each call points at its decorator line.
        for d in f.decorators.iter().rev() {
            let saved = self.enter_expr_loc(d);
            self.emit(Op::Call, 1);
            self.leave_expr_loc(saved);
        }
        self.nameop(&f.name, Ctx::Store)
    }

    pub(crate) fn class_def(&mut self, s: &'a Stmt, c: &'a ClassDef) -> R {
        for d in &c.decorators {
            self.expr(d)?;
        }
        let first_line = c.decorators.first().map_or(s.loc.line, |d| d.loc.line);

        let code = self.nested_code(node_key(c), |this| {
            this.enter_scope(&c.name, UnitKind::Class, node_key(c), first_line)?;
            this.u_mut().private = Some(&c.name);
            this.u_mut().loc = s.loc;
            this.nameop("__name__", Ctx::Load)?;
            this.nameop("__module__", Ctx::Store)?;
            let qualname = this.u().qualname.to_string();
            this.load_const(ConstKey::Str(qualname));
            this.nameop("__qualname__", Ctx::Store)?;
            this.body(&c.body)?;
            if this.table.scopes[this.u().scope].needs_class_closure {
                let i = this.cell_index("__class__", true).expect("class cell");
                this.emit(Op::LoadClosure, i);
                this.emit(Op::Copy, 1);
                this.nameop("__classcell__", Ctx::Store)?;
            } else {
                this.load_const(ConstKey::None);
            }
            this.emit(Op::ReturnValue, 0);
            this.exit_scope()
        })?;

        self.emit(Op::LoadBuildClass, 0);
        self.make_closure(code, 0)?;
        self.load_const(ConstKey::Str(c.name.clone()));
        self.call_helper(2, &c.bases, &c.keywords)?;
        for d in c.decorators.iter().rev() {
            let saved = self.enter_expr_loc(d);
            self.emit(Op::Call, 1);
            self.leave_expr_loc(saved);
        }
        self.nameop(&c.name, Ctx::Store)
    }

    pub(crate) fn lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) -> R {
        let flags = self.default_arguments(args)?;
        let code = self.nested_code(node_key(e), |c| {
            c.enter_scope("<lambda>", UnitKind::Lambda, node_key(e), e.loc.line)?;
            c.set_arg_counts(args);
            c.expr(body)?;
            c.emit(Op::ReturnValue, 0);
            c.exit_scope()
        })?;
        self.make_closure(code, flags)
    }

    fn set_arg_counts(&mut self, args: &Arguments) {
        let u = self.u_mut();
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
    }

    /// Pushes the defaults tuple and keyword-only defaults dict; returns
    /// the `MakeFunction` flags for them.
    fn default_arguments(&mut self, args: &'a Arguments) -> Result<u32, garter_grammar::SyntaxError> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            let folded: Option<Vec<ConstKey>> = args.defaults.iter().map(fold).collect();
            match folded {
                Some(items) => self.load_const(ConstKey::Tuple(items)),
                None => {
                    for d in &args.defaults {
                        self.expr(d)?;
                    }
                    self.emit(Op::BuildTuple, args.defaults.len() as u32);
                }
            }
            flags |= MF_DEFAULTS;
        }
        let mut n = 0;
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = default {
                let name = self.mangle(&arg.name);
                self.load_const(ConstKey::Str(name));
                self.expr(d)?;
                n += 1;
            }
        }
        if n > 0 {
            self.emit(Op::BuildMap, n);
            flags |= MF_KWDEFAULTS;
        }
        Ok(flags)
    }

    /// Pushes the annotations dict if any parameter or the return is
    /// annotated. CPython 3.11's order: positional, positional-only,
    /// `*args`, keyword-only, `**kwargs`, `return`.
    fn annotations(&mut self, args: &'a Arguments, returns: Option<&'a Expr>) -> Result<bool, garter_grammar::SyntaxError> {
        let mut n = 0;
        let all = args
            .args
            .iter()
            .chain(&args.posonlyargs)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for a in all {
            if let Some(ann) = &a.annotation {
                let name = self.mangle(&a.name);
                self.load_const(ConstKey::Str(name));
                self.annotation_value(ann)?;
                n += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(ConstKey::str("return"));
            self.annotation_value(r)?;
            n += 1;
        }
        if n > 0 {
            self.emit(Op::BuildMap, n);
        }
        Ok(n > 0)
    }

    /// An annotation's value: evaluated, or its source text under
    /// `from __future__ import annotations`.
    pub(crate) fn annotation_value(&mut self, ann: &'a Expr) -> R {
        if self.future_annotations {
            self.load_const(ConstKey::Str(super::unparse::unparse(ann)));
            Ok(())
        } else {
            self.expr(ann)
        }
    }

    /// The code object for the scope opened by AST node `key`, built by
    /// `build` unless this unit already holds it: a `finally` body is
    /// compiled once per exit path, and its definitions share one constant.
    fn nested_code(
        &mut self,
        key: usize,
        build: impl FnOnce(&mut Self) -> Result<Code, garter_grammar::SyntaxError>,
    ) -> Result<NestedCode, garter_grammar::SyntaxError> {
        if let Some(found) = self.u().nested.get(&key) {
            return Ok(found.clone());
        }
        let code = build(self)?;
        let freevars = code.freevars.clone();
        let const_index = self.add_code_const(code);
        let nested = NestedCode { const_index, freevars };
        self.u_mut().nested.insert(key, nested.clone());
        Ok(nested)
    }

    /// Pushes the closure tuple (if the code has free variables) and the
    /// code, then `MakeFunction(flags)`.
    pub(crate) fn make_closure(&mut self, code: NestedCode, mut flags: u32) -> R {
        if !code.freevars.is_empty() {
            let is_class = self.u().kind == UnitKind::Class;
            for name in &code.freevars {
                let scope = self.table.scopes[self.u().scope].scope_of(name);
                let want_cell = scope == NameScope::Cell || (is_class && &**name == "__class__");
                let Some(i) = self.cell_index(name, want_cell) else {
                    return Err(self.error(format!("internal compiler error: no closure cell for '{name}'")));
                };
                self.emit(Op::LoadClosure, i);
            }
            self.emit(Op::BuildTuple, code.freevars.len() as u32);
            flags |= MF_CLOSURE;
        }
        self.emit(Op::LoadConst, code.const_index);
        self.emit(Op::MakeFunction, flags);
        Ok(())
    }

    // ---- comprehensions -------------------------------------------------

    pub(crate) fn comprehension(&mut self, e: &'a Expr) -> R {
        let (name, generators, elt, value, build) = match &e.kind {
            ExprKind::ListComp { elt, generators } => ("<listcomp>", generators, &**elt, None, Some(Op::BuildList)),
            ExprKind::SetComp { elt, generators } => ("<setcomp>", generators, &**elt, None, Some(Op::BuildSet)),
            ExprKind::DictComp { key, value, generators } => {
                ("<dictcomp>", generators, &**key, Some(&**value), Some(Op::BuildMap))
            }
            ExprKind::GeneratorExp { elt, generators } => ("<genexpr>", generators, &**elt, None, None),
            _ => unreachable!("not a comprehension"),
        };
        let code = self.nested_code(node_key(e), |c| {
            c.enter_scope(name, UnitKind::Comprehension, node_key(e), e.loc.line)?;
            c.u_mut().argcount = 1;
            if let Some(op) = build {
                c.emit(op, 0);
            }
            c.comprehension_generator(generators, 0, 0, elt, value, build)?;
            if build.is_none() {
                c.load_const(ConstKey::None);
            }
            c.emit(Op::ReturnValue, 0);
            c.exit_scope()
        })?;
        self.make_closure(code, 0)?;
        self.expr(&generators[0].iter)?;
        self.emit(Op::GetIter, 0);
        self.emit(Op::Call, 1);
        Ok(())
    }

    fn comprehension_generator(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        depth: u32,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        build: Option<Op>,
    ) -> R {
        let start = self.new_label();
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        let gen = &generators[index];
        if index == 0 {
            // The outermost iterator is the `.0` argument.
            self.emit(Op::LoadFast, 0);
        } else {
            self.for_iterable(&gen.iter)?;
            self.emit(Op::GetIter, 0);
        }
        let depth = depth + 1;
        self.bind(start);
        self.emit_jump(Op::ForIter, anchor);
        self.store_target(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_generator(generators, index + 1, depth, elt, value, build)?;
        } else {
            match build {
                None => {
                    self.expr(elt)?;
                    self.emit(Op::YieldValue, 0);
                    self.emit(Op::PopTop, 0);
                }
                Some(Op::BuildList) => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend, depth + 1);
                }
                Some(Op::BuildSet) => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd, depth + 1);
                }
                Some(_) => {
                    self.expr(elt)?;
                    self.expr(value.expect("dict comprehension value"))?;
                    self.emit(Op::MapAdd, depth + 1);
                }
            }
        }
        self.bind(if_cleanup);
        self.emit_jump(Op::Jump, start);
        self.bind(anchor);
        Ok(())
    }
}

/// A code object already added to the current unit's constants.
#[derive(Clone)]
pub(crate) struct NestedCode {
    const_index: u32,
    freevars: Vec<std::rc::Rc<str>>,
}
