//! The `match` statement (PEP 634), compiled as CPython 3.11's `compile.c`
//! does (`compiler_match`, `compiler_pattern_*`).
//!
//! Each pattern consumes the subject on top of the stack. On success the
//! values it captured are left on the stack, one per name in
//! `PatternContext::stores`, below any items still being matched
//! (`on_top`): `stores[0]` nearest the top. Only when the whole pattern
//! matched are they stored into their variables, so a failed case binds
//! nothing. On failure the code jumps to `fail_pop[n]`, a chain of `PopTop`s
//! that removes the `n` items (captures and `on_top` items) above the
//! point the pattern started from; `fail_pop[0]` is the next case.
//!
//! The subject stays on the stack under each case's copy of it and is
//! popped before a case body runs, so `break`, `continue` and `return` in
//! a body need no unwinding. A trailing `case _:` matches without
//! copying or popping anything.
//!
//! Compile-time errors, with CPython's wording: irrefutable patterns
//! before the last case (`name capture 'x' makes remaining patterns
//! unreachable`, `wildcard makes remaining patterns unreachable`),
//! `alternative patterns bind different names`, `multiple assignments to
//! name 'x' in pattern`, `multiple starred names in sequence pattern`,
//! `mapping pattern checks duplicate key ('k')`, `attribute name repeated
//! in class pattern: a`, `patterns may only match literals and attribute
//! lookups`.

use super::consts::{fold, ConstKey};
use super::{Compiler, Ctx, Label, R};
use crate::code::{Op, CMP_EQ, CMP_GE};
use garter_grammar::ast::*;

/// CPython's `pattern_context`.
struct PatternContext {
    /// Names captured so far, in the order their values sit on the stack
    /// (first = nearest the top, under the `on_top` items).
    stores: Vec<String>,
    /// May an irrefutable pattern appear here?
    allow_irrefutable: bool,
    /// `fail_pop[n]`: pop `n` items, then go on to the next case.
    fail_pop: Vec<Label>,
    /// Items on top of the stack that a failure must pop.
    on_top: usize,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(p.kind, PatternKind::MatchAs { pattern: None, name: None })
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p.kind, PatternKind::MatchStar(None))
}

/// A literal of a value pattern or mapping key: a constant, `-constant`
/// or `real +/- imaginary` (CPython folds all of them before compiling).
fn is_literal(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::JoinedStr(_) => false,
        ExprKind::BinOp { left, op: BinOp::Add | BinOp::Sub, right } => fold(left).is_some() && fold(right).is_some(),
        _ => fold(e).is_some(),
    }
}

/// Constant keys that are equal in Python (`1`, `1.0`, `True`) compare
/// equal here, for the duplicate-key check.
fn same_key(a: &ConstKey, b: &ConstKey) -> bool {
    fn number(k: &ConstKey) -> Option<f64> {
        match k {
            ConstKey::Bool(b) => Some(*b as i64 as f64),
            ConstKey::Int(i) => Some(*i as f64),
            ConstKey::Float(bits) => Some(f64::from_bits(*bits)),
            _ => None,
        }
    }
    match (a, b) {
        (ConstKey::Int(x), ConstKey::Int(y)) => x == y,
        _ => match (number(a), number(b)) {
            (Some(x), Some(y)) => x == y,
            _ => a == b,
        },
    }
}

impl<'a> Compiler<'a> {
    /// `match subject: case ...` (CPython's `compiler_match_inner`).
    pub(crate) fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> R {
        self.expr(subject)?;
        let end = self.new_label();
        let n = cases.len();
        let has_default = n > 1 && cases.last().is_some_and(|c| is_wildcard(&c.pattern));
        let matched = n - has_default as usize;
        for (i, case) in cases[..matched].iter().enumerate() {
            self.u_mut().loc = case.pattern.loc;
            let last = i + 1 == matched;
            // Every case but the last matches a copy of the subject.
            if !last {
                self.emit(Op::Copy, 1);
            }
            let mut pc = PatternContext {
                stores: Vec::new(),
                allow_irrefutable: case.guard.is_some() || i + 1 == n,
                fail_pop: Vec::new(),
                on_top: 0,
            };
            self.pattern(&case.pattern, &mut pc)?;
            // A match: bind the captured names (their values are on the stack).
            for name in std::mem::take(&mut pc.stores) {
                self.nameop(&name, Ctx::Store)?;
            }
            if let Some(guard) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                self.jump_if(guard, pc.fail_pop[0], false)?;
            }
            if !last {
                self.emit(Op::PopTop, 0);
            }
            self.stmts(&case.body)?;
            self.emit_jump(Op::Jump, end);
            self.u_mut().loc = case.pattern.loc;
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            if let Some(case) = cases.last() {
                self.u_mut().loc = case.pattern.loc;
                if let Some(guard) = &case.guard {
                    self.jump_if(guard, end, false)?;
                }
                self.stmts(&case.body)?;
            }
        }
        self.bind(end);
        Ok(())
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> R {
        self.u_mut().loc = p.loc;
        match &p.kind {
            PatternKind::MatchValue(value) => {
                if !is_literal(value) && !matches!(value.kind, ExprKind::Attribute { .. }) {
                    return Err(self.error("patterns may only match literals and attribute lookups"));
                }
                self.expr(value)?;
                self.emit(Op::CompareOp, CMP_EQ);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
                Ok(())
            }
            PatternKind::MatchSingleton(c) => {
                let key = match c {
                    Constant::True => ConstKey::Bool(true),
                    Constant::False => ConstKey::Bool(false),
                    _ => ConstKey::None,
                };
                self.load_const(key);
                self.emit(Op::IsOp, 0);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
                Ok(())
            }
            PatternKind::MatchSequence(patterns) => self.pattern_sequence(patterns, pc),
            PatternKind::MatchMapping { keys, patterns, rest } => self.pattern_mapping(p, keys, patterns, rest.as_deref(), pc),
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => {
                self.pattern_class(cls, patterns, kwd_attrs, kwd_patterns, pc)
            }
            PatternKind::MatchStar(name) => self.store_capture(name.as_deref(), pc),
            PatternKind::MatchAs { pattern: None, name } => {
                if !pc.allow_irrefutable {
                    return Err(match name {
                        Some(n) => self.error(format!("name capture '{n}' makes remaining patterns unreachable")),
                        None => self.error("wildcard makes remaining patterns unreachable"),
                    });
                }
                self.store_capture(name.as_deref(), pc)
            }
            PatternKind::MatchAs { pattern: Some(inner), name } => {
                // Keep a copy of the subject to bind if the inner pattern matches.
                pc.on_top += 1;
                self.emit(Op::Copy, 1);
                self.pattern(inner, pc)?;
                pc.on_top -= 1;
                self.store_capture(name.as_deref(), pc)
            }
            PatternKind::MatchOr(alternatives) => self.pattern_or(alternatives, pc),
        }
    }

    /// A sub-pattern may be irrefutable (`[x, _]`) even where its parent
    /// may not.
    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> R {
        let saved = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(p, pc)?;
        pc.allow_irrefutable = saved;
        Ok(())
    }

    fn pattern_sequence(&mut self, patterns: &'a [Pattern], pc: &mut PatternContext) -> R {
        let size = patterns.len();
        let mut star = None;
        let mut only_wildcard = true;
        for (i, p) in patterns.iter().enumerate() {
            if let PatternKind::MatchStar(_) = p.kind {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern"));
                }
                star = Some(i);
                only_wildcard &= is_star_wildcard(p);
            } else {
                only_wildcard &= is_wildcard(p);
            }
        }
        // The subject stays on top during the type and length checks.
        pc.on_top += 1;
        self.emit(Op::MatchSequence, 0);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        match star {
            None => {
                self.emit(Op::GetLen, 0);
                self.load_const(ConstKey::Int(size as i64));
                self.emit(Op::CompareOp, CMP_EQ);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            Some(_) if size > 1 => {
                self.emit(Op::GetLen, 0);
                self.load_const(ConstKey::Int(size as i64 - 1));
                self.emit(Op::CompareOp, CMP_GE);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            // `[]`, `[_, _]`, `[_, *_]`...: nothing to extract.
            self.emit(Op::PopTop, 0);
            return Ok(());
        }
        match star {
            None => self.emit(Op::UnpackSequence, size as u32),
            Some(i) => {
                if i >= 1 << 8 || size - i > (i32::MAX >> 8) as usize {
                    return Err(self.error("too many expressions in star-unpacking assignment"));
                }
                self.emit(Op::UnpackEx, (i + ((size - i - 1) << 8)) as u32);
            }
        }
        // The unpacked items stay on the stack until their turn.
        pc.on_top += size;
        for p in patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    fn pattern_mapping(
        &mut self,
        p: &'a Pattern,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&'a str>,
        pc: &mut PatternContext,
    ) -> R {
        let size = keys.len();
        pc.on_top += 1;
        self.emit(Op::MatchMapping, 0);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        if size == 0 && rest.is_none() {
            // `{}` matches any mapping.
            pc.on_top -= 1;
            self.emit(Op::PopTop, 0);
            return Ok(());
        }
        if size > 0 {
            self.emit(Op::GetLen, 0);
            self.load_const(ConstKey::Int(size as i64));
            self.emit(Op::CompareOp, CMP_GE);
            self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        }
        let mut seen: Vec<ConstKey> = Vec::new();
        for key in keys {
            if let Some(k) = fold(key) {
                if seen.iter().any(|s| same_key(s, &k)) {
                    self.u_mut().loc = p.loc;
                    let shown = super::unparse::unparse(key);
                    return Err(self.error(format!("mapping pattern checks duplicate key ({shown})")));
                }
                seen.push(k);
            } else if !is_literal(key) && !matches!(key.kind, ExprKind::Attribute { .. }) {
                self.u_mut().loc = p.loc;
                return Err(self.error("mapping pattern keys may only match literals and attribute lookups"));
            }
            self.expr(key)?;
        }
        self.u_mut().loc = p.loc;
        self.emit(Op::BuildTuple, size as u32);
        self.emit(Op::MatchKeys, 0);
        // The keys tuple and the values tuple (or None) are on top of the subject.
        pc.on_top += 2;
        self.emit(Op::Copy, 1);
        self.load_const(ConstKey::None);
        self.emit(Op::IsOp, 1);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        self.emit(Op::UnpackSequence, size as u32);
        pc.on_top = pc.on_top + size - 1;
        for sub in patterns {
            pc.on_top -= 1;
            self.subpattern(sub, pc)?;
        }
        // What follows consumes the keys tuple and the subject.
        pc.on_top -= 2;
        match rest {
            Some(name) => {
                self.emit(Op::CopyDictWithoutKeys, 0);
                self.store_capture(Some(name), pc)?;
            }
            None => {
                self.emit(Op::PopTop, 0);
                self.emit(Op::PopTop, 0);
            }
        }
        Ok(())
    }

    fn pattern_class(
        &mut self,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [String],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> R {
        let here = self.u().loc;
        for (i, attr) in kwd_attrs.iter().enumerate() {
            if kwd_attrs[..i].contains(attr) {
                if let Some(p) = kwd_patterns.get(i) {
                    self.u_mut().loc = p.loc;
                }
                return Err(self.error(format!("attribute name repeated in class pattern: {attr}")));
            }
        }
        self.u_mut().loc = here;
        self.expr(cls)?;
        self.u_mut().loc = here;
        let names = kwd_attrs.iter().map(|a| ConstKey::Str(a.clone())).collect();
        self.load_const(ConstKey::Tuple(names));
        let nargs = patterns.len();
        let total = nargs + kwd_attrs.len();
        self.emit(Op::MatchClass, nargs as u32);
        self.emit(Op::Copy, 1);
        self.load_const(ConstKey::None);
        self.emit(Op::IsOp, 1);
        // The tuple of attributes is on top.
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        self.emit(Op::UnpackSequence, total as u32);
        pc.on_top = pc.on_top + total - 1;
        for sub in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if is_wildcard(sub) {
                self.emit(Op::PopTop, 0);
                continue;
            }
            self.subpattern(sub, pc)?;
        }
        Ok(())
    }

    fn pattern_or(&mut self, alternatives: &'a [Pattern], pc: &mut PatternContext) -> R {
        let end = self.new_label();
        let outer_stores = std::mem::take(&mut pc.stores);
        let outer_fail_pop = std::mem::take(&mut pc.fail_pop);
        let outer_on_top = pc.on_top;
        let outer_allow = pc.allow_irrefutable;
        // The names bound by the first alternative: the others must bind
        // the same ones, and leave them on the stack in the same order.
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in alternatives.iter().enumerate() {
            self.u_mut().loc = alt.loc;
            pc.stores = Vec::new();
            pc.allow_irrefutable = i + 1 == alternatives.len() && outer_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Op::Copy, 1);
            self.pattern(alt, pc)?;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(wanted) => {
                    if wanted.len() != pc.stores.len() || wanted.iter().any(|n| !pc.stores.contains(n)) {
                        return Err(self.error("alternative patterns bind different names"));
                    }
                    // Reorder: the value of `wanted[j]` must end at depth j + 1.
                    let mut current = pc.stores.clone();
                    for (j, name) in wanted.iter().enumerate() {
                        let Some(at) = current.iter().position(|n| n == name) else { continue };
                        if at != j {
                            self.swap_depths(j + 1, at + 1);
                            current.swap(j, at);
                        }
                    }
                }
            }
            self.emit_jump(Op::Jump, end);
            self.emit_and_reset_fail_pop(pc);
        }
        pc.stores = outer_stores;
        pc.fail_pop = outer_fail_pop;
        pc.on_top = outer_on_top;
        pc.allow_irrefutable = outer_allow;
        // No alternative matched: pop the subject and fail.
        self.emit(Op::PopTop, 0);
        self.jump_to_fail_pop(pc, Op::Jump);
        self.bind(end);
        // Move the captures under the subject, the `on_top` items and the
        // earlier captures, where the stores belong.
        let control = control.unwrap_or_default();
        let rotations = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(rotations);
            if pc.stores.contains(&name) {
                return Err(self.error(format!("multiple assignments to name '{name}' in pattern")));
            }
            pc.stores.push(name);
        }
        // Pop the subject.
        self.emit(Op::PopTop, 0);
        Ok(())
    }

    /// Keeps the value on top for binding to `name` (pops it for `_`).
    fn store_capture(&mut self, name: Option<&str>, pc: &mut PatternContext) -> R {
        let Some(name) = name else {
            self.emit(Op::PopTop, 0);
            return Ok(());
        };
        if name == "__debug__" {
            return Err(self.error("cannot assign to __debug__"));
        }
        if pc.stores.iter().any(|s| s == name) {
            return Err(self.error(format!("multiple assignments to name '{name}' in pattern")));
        }
        // Under the items still being matched and the earlier captures.
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.to_string());
        Ok(())
    }

    /// Moves TOS down to depth `count`, shifting the items above it up.
    fn rotate(&mut self, count: usize) {
        let mut k = count;
        while k > 1 {
            self.emit(Op::Swap, k as u32);
            k -= 1;
        }
    }

    /// Exchanges the items at depths `a < b` (1 = TOS).
    fn swap_depths(&mut self, a: usize, b: usize) {
        if a == 1 {
            self.emit(Op::Swap, b as u32);
        } else {
            self.emit(Op::Swap, a as u32);
            self.emit(Op::Swap, b as u32);
            self.emit(Op::Swap, a as u32);
        }
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: usize) {
        while pc.fail_pop.len() <= n {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    /// Jumps (`op` pops a condition first, if conditional) to the label
    /// that pops everything this pattern pushed.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, op: Op) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.emit_jump(op, pc.fail_pop[pops]);
    }

    /// Emits the `PopTop` chain of the failure labels.
    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternContext) {
        let labels = std::mem::take(&mut pc.fail_pop);
        for (i, &label) in labels.iter().enumerate().rev() {
            self.bind(label);
            if i > 0 {
                self.emit(Op::PopTop, 0);
            }
        }
    }
}
