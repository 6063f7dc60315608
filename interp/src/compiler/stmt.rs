//! Simple statements and assignment targets: expression statements,
//! assignments (plain, chained, augmented, annotated, unpacking), `del`,
//! `if`, `raise`, `assert`, imports, and module/class bodies (docstring,
//! `SetupAnnotations`). Loops, `try`, `with`, `break`, `continue` and
//! `return` are in `control.rs`; definitions in `func.rs`.

use super::consts::{fold, ConstKey};
use super::{Compiler, Ctx, R};
use crate::code::{self, Op};
use garter_grammar::ast::*;

/// The docstring of a body: its first statement, if that is a string
/// literal expression.
pub(crate) fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr { kind: ExprKind::Constant(Constant::Str(s)), .. })) => Some(s),
        _ => None,
    }
}

/// Does the body hold an annotated assignment (outside nested scopes)?
/// Module and class bodies that do start with `SetupAnnotations`.
pub(crate) fn find_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. } | StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => {
            find_annotations(body) || find_annotations(orelse)
        }
        StmtKind::With { body, .. } => find_annotations(body),
        StmtKind::Match { cases, .. } => cases.iter().any(|c| find_annotations(&c.body)),
        StmtKind::Try { body, handlers, orelse, finalbody } => {
            find_annotations(body)
                || handlers.iter().any(|h| find_annotations(&h.body))
                || find_annotations(orelse)
                || find_annotations(finalbody)
        }
        _ => false,
    })
}

impl<'a> Compiler<'a> {
    /// A module or class body: `SetupAnnotations` if needed, the docstring
    /// stored as `__doc__`, then the statements.
    pub(crate) fn body(&mut self, body: &'a [Stmt]) -> R {
        if let Some(first) = body.first() {
            if self.u().kind == super::UnitKind::Module {
                self.u_mut().loc = first.loc;
            }
        }
        if find_annotations(body) {
            self.emit(Op::SetupAnnotations, 0);
        }
        let mut rest = body;
        if let Some(doc) = docstring(body) {
            self.u_mut().loc = body[0].loc;
            self.load_const(ConstKey::Str(doc.to_string()));
            self.nameop("__doc__", Ctx::Store)?;
            rest = &body[1..];
        }
        for s in rest {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(crate) fn stmts(&mut self, body: &'a [Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(crate) fn stmt(&mut self, s: &'a Stmt) -> R {
        self.u_mut().loc = s.loc;
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def(s, f),
            StmtKind::ClassDef(c) => self.class_def(s, c),
            StmtKind::Return(value) => self.return_stmt(value.as_ref()),
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.delete_target(t)),
            StmtKind::Assign { targets, value } => self.assign(targets, value),
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                self.ann_assign(target, annotation, value.as_ref(), *simple)
            }
            StmtKind::For { target, iter, body, orelse } => self.for_stmt(target, iter, body, orelse),
            StmtKind::While { test, body, orelse } => self.while_stmt(test, body, orelse),
            StmtKind::If { test, body, orelse } => self.if_stmt(test, body, orelse),
            StmtKind::With { items, body } => self.with_stmt(s.loc, items, body),
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n += 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n += 1;
                    }
                }
                self.emit(Op::Raise, n);
                Ok(())
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)
                }
            }
            StmtKind::Assert { test, msg } => self.assert_stmt(test, msg.as_ref()),
            StmtKind::Import(names) => self.import(names),
            StmtKind::ImportFrom { module, names, level } => self.import_from(s, module.as_deref(), names, *level),
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => Ok(()),
            StmtKind::Expr(value) => self.expr_stmt(value),
            StmtKind::Break => self.break_stmt(),
            StmtKind::Continue => self.continue_stmt(),
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases),
        }
    }

    fn expr_stmt(&mut self, value: &'a Expr) -> R {
        if self.interactive && self.units.len() == 1 {
            self.expr(value)?;
            self.emit(Op::PrintExpr, 0);
            return Ok(());
        }
        if matches!(value.kind, ExprKind::Constant(_)) {
            return Ok(()); // a constant statement does nothing
        }
        self.expr(value)?;
        self.emit(Op::PopTop, 0);
        Ok(())
    }

    fn if_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> R {
        let end = self.new_label();
        let next = if orelse.is_empty() { end } else { self.new_label() };
        self.jump_if(test, next, false)?;
        self.stmts(body)?;
        if !orelse.is_empty() {
            self.emit_jump(Op::Jump, end);
            self.bind(next);
            self.stmts(orelse)?;
        }
        self.bind(end);
        Ok(())
    }

    fn assert_stmt(&mut self, test: &'a Expr, msg: Option<&'a Expr>) -> R {
        let end = self.new_label();
        self.jump_if(test, end, true)?;
        self.emit(Op::LoadAssertionError, 0);
        if let Some(m) = msg {
            self.expr(m)?;
            self.emit(Op::Call, 1);
        }
        // The traceback points at the test, as CPython's.
        let saved = self.enter_expr_loc(test);
        self.emit(Op::Raise, 1);
        self.leave_expr_loc(saved);
        self.bind(end);
        Ok(())
    }

    // ---- assignment -----------------------------------------------------

    fn assign(&mut self, targets: &'a [Expr], value: &'a Expr) -> R {
        if targets.len() == 1 && self.swap_assign(&targets[0], value)? {
            return Ok(());
        }
        self.expr(value)?;
        for (i, t) in targets.iter().enumerate() {
            if i + 1 < targets.len() {
                self.emit(Op::Copy, 1);
            }
            self.store_target(t)?;
        }
        Ok(())
    }

    /// `a, b = b, a` without building a tuple: evaluate the values, reorder
    /// with `Swap`, store left to right (CPython's optimizer does the same
    /// for two or three items).
    fn swap_assign(&mut self, target: &'a Expr, value: &'a Expr) -> Result<bool, garter_grammar::SyntaxError> {
        let (ExprKind::Tuple(targets) | ExprKind::List(targets)) = &target.kind else { return Ok(false) };
        let ExprKind::Tuple(values) = &value.kind else { return Ok(false) };
        let n = targets.len();
        if n != values.len()
            || !(2..=3).contains(&n)
            || targets.iter().chain(values).any(|e| matches!(e.kind, ExprKind::Starred(_)))
            || fold(value).is_some()
        {
            return Ok(false);
        }
        for v in values {
            self.expr(v)?;
        }
        self.emit(Op::Swap, n as u32);
        for t in targets {
            self.store_target(t)?;
        }
        Ok(true)
    }

    /// Stores the value on top into `target`.
    pub(crate) fn store_target(&mut self, target: &'a Expr) -> R {
        let saved = self.enter_expr_loc(target);
        let r = self.store_target_inner(target);
        self.leave_expr_loc(saved);
        r
    }

    fn store_target_inner(&mut self, target: &'a Expr) -> R {
        match &target.kind {
            ExprKind::Name(n) => self.nameop(n, Ctx::Store),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                self.emit_attr(Op::StoreAttr, attr);
                Ok(())
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.subscript_key(slice)?;
                self.emit(Op::StoreSubscr, 0);
                Ok(())
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                self.unpack(elts)?;
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred(inner) => self.store_target(inner)?,
                        _ => self.store_target(e)?,
                    }
                }
                Ok(())
            }
            ExprKind::Starred(_) => Err(self.error("starred assignment target must be in a list or tuple")),
            _ => Err(self.error("cannot assign to expression")),
        }
    }

    /// `UnpackSequence` or `UnpackEx` for a target list.
    fn unpack(&mut self, elts: &'a [Expr]) -> R {
        let n = elts.len();
        let mut seen_star = false;
        for (i, e) in elts.iter().enumerate() {
            if matches!(e.kind, ExprKind::Starred(_)) {
                if seen_star {
                    return Err(self.error("multiple starred expressions in assignment"));
                }
                if i >= 1 << 8 || n - i > (i32::MAX >> 8) as usize {
                    return Err(self.error("too many expressions in star-unpacking assignment"));
                }
                self.emit(Op::UnpackEx, (i + ((n - i - 1) << 8)) as u32);
                seen_star = true;
            }
        }
        if !seen_star {
            self.emit(Op::UnpackSequence, n as u32);
        }
        Ok(())
    }

    fn delete_target(&mut self, target: &'a Expr) -> R {
        let saved = self.u().loc;
        let saved_span = self.enter_expr_loc(target);
        let r = match &target.kind {
            ExprKind::Name(n) => self.nameop(n, Ctx::Del),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                self.emit_attr(Op::DeleteAttr, attr);
                Ok(())
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.subscript_key(slice)?;
                self.emit(Op::DeleteSubscr, 0);
                Ok(())
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => elts.iter().try_for_each(|e| self.delete_target(e)),
            _ => Err(self.error("cannot delete expression")),
        };
        self.leave_expr_loc(saved_span);
        self.u_mut().loc = saved;
        r
    }

    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> R {
        let saved = self.u().loc;
        // The target's load and store point at the target, as CPython's.
        let saved_span = self.enter_expr_loc(target);
        match &target.kind {
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.emit(Op::Copy, 1);
                self.emit_attr(Op::LoadAttr, attr);
            }
            ExprKind::Subscript { value: container, slice } => {
                self.expr(container)?;
                self.subscript_key(slice)?;
                self.emit(Op::Copy, 2);
                self.emit(Op::Copy, 2);
                self.emit(Op::BinarySubscr, 0);
            }
            ExprKind::Name(n) => self.nameop(n, Ctx::Load)?,
            _ => return Err(self.error("'expression' is an illegal expression for augmented assignment")),
        }
        self.u_mut().loc = saved;
        self.expr(value)?;
        self.emit(Op::BinaryOp, code::binop_arg(op) + code::INPLACE_FLAG);
        self.enter_expr_loc(target);
        match &target.kind {
            ExprKind::Attribute { attr, .. } => {
                self.emit(Op::Swap, 2);
                self.emit_attr(Op::StoreAttr, attr);
            }
            ExprKind::Subscript { .. } => {
                self.emit(Op::Swap, 3);
                self.emit(Op::Swap, 2);
                self.emit(Op::StoreSubscr, 0);
            }
            ExprKind::Name(n) => self.nameop(n, Ctx::Store)?,
            _ => unreachable!(),
        }
        self.leave_expr_loc(saved_span);
        self.u_mut().loc = saved;
        Ok(())
    }

    fn ann_assign(&mut self, target: &'a Expr, annotation: &'a Expr, value: Option<&'a Expr>, simple: bool) -> R {
        if let Some(v) = value {
            self.expr(v)?;
            self.store_target(target)?;
        }
        let module_or_class = matches!(self.u().kind, super::UnitKind::Module | super::UnitKind::Class);
        match &target.kind {
            ExprKind::Name(name) if simple && module_or_class => {
                self.annotation_value(annotation)?;
                let ann = self.name_index("__annotations__");
                self.emit(Op::LoadName, ann);
                let mangled = self.mangle(name);
                self.load_const(ConstKey::Str(mangled));
                self.emit(Op::StoreSubscr, 0);
            }
            ExprKind::Attribute { value: obj, .. } if value.is_none() => {
                self.expr(obj)?;
                self.emit(Op::PopTop, 0);
            }
            ExprKind::Subscript { value: container, slice } if value.is_none() => {
                self.expr(container)?;
                self.emit(Op::PopTop, 0);
                self.subscript_key(slice)?;
                self.emit(Op::PopTop, 0);
            }
            _ => {}
        }
        // A complex target's annotation is evaluated (and dropped) at
        // module and class level only.
        if !simple && module_or_class && !self.future_annotations {
            self.expr(annotation)?;
            self.emit(Op::PopTop, 0);
        }
        Ok(())
    }

    // ---- imports --------------------------------------------------------

    fn import(&mut self, names: &'a [Alias]) -> R {
        for alias in names {
            self.load_const(ConstKey::Int(0));
            self.load_const(ConstKey::None);
            let i = self.name_index(&alias.name);
            self.emit(Op::ImportName, i);
            match &alias.asname {
                Some(asname) => {
                    let mut parts = alias.name.split('.');
                    parts.next();
                    let rest: Vec<&str> = parts.collect();
                    if rest.is_empty() {
                        self.nameop(asname, Ctx::Store)?;
                    } else {
                        // `import a.b.c as d` binds the submodule: walk down with ImportFrom.
                        for (k, attr) in rest.iter().enumerate() {
                            let i = self.name_index(attr);
                            self.emit(Op::ImportFrom, i);
                            if k + 1 < rest.len() {
                                self.emit(Op::Swap, 2);
                                self.emit(Op::PopTop, 0);
                            }
                        }
                        self.nameop(asname, Ctx::Store)?;
                        self.emit(Op::PopTop, 0);
                    }
                }
                None => {
                    let top = alias.name.split('.').next().unwrap_or(&alias.name);
                    self.nameop(top, Ctx::Store)?;
                }
            }
        }
        Ok(())
    }

    fn import_from(&mut self, s: &Stmt, module: Option<&str>, names: &'a [Alias], level: u32) -> R {
        if module == Some("__future__") && level == 0 && s.loc.line > self.future_lineno {
            return Err(self.error("from __future__ imports must occur at the beginning of the file"));
        }
        self.load_const(ConstKey::Int(level as i64));
        let fromlist = names.iter().map(|a| ConstKey::str(&a.name)).collect();
        self.load_const(ConstKey::Tuple(fromlist));
        let i = self.name_index(module.unwrap_or(""));
        self.emit(Op::ImportName, i);
        for (k, alias) in names.iter().enumerate() {
            if k == 0 && alias.name == "*" {
                self.emit(Op::ImportStar, 0);
                return Ok(());
            }
            let i = self.name_index(&alias.name);
            self.emit(Op::ImportFrom, i);
            self.nameop(alias.asname.as_deref().unwrap_or(&alias.name), Ctx::Store)?;
        }
        self.emit(Op::PopTop, 0);
        Ok(())
    }
}
