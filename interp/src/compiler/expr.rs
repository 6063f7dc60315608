//! Expressions: operators, displays, calls, f-strings, attribute and
//! subscript access, `yield`, and conditional jumps (`jump_if`), following
//! CPython 3.11's `compiler_visit_expr1` and helpers.
//!
//! Every expression leaves exactly one value on the stack. Lambdas and
//! comprehensions live in `func.rs`; stores and deletes in `stmt.rs`.

use super::consts::{fold, ConstKey};
use super::{Compiler, Ctx, Label, R, STACK_USE_GUIDELINE};
use crate::code::{self, Op};
use garter_grammar::ast::*;

/// Which display `starunpack` builds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Seq {
    List,
    Set,
    Tuple,
}

impl<'a> Compiler<'a> {
    /// Compiles `e`, pushing its value. The node's line is used for the
    /// instructions it emits; the previous location is restored after.
    pub(crate) fn expr(&mut self, e: &'a Expr) -> R {
        let saved = self.enter_expr_loc(e);
        let r = self.expr_inner(e);
        self.leave_expr_loc(saved);
        r
    }

    /// Makes `e` the node being compiled: its line and column span go to
    /// the instructions emitted until `leave_expr_loc(saved)`.
    pub(crate) fn enter_expr_loc(&mut self, e: &Expr) -> (Loc, code::Span, Loc) {
        let u = self.u_mut();
        let saved = (u.loc, u.span, u.span_loc);
        u.loc = e.loc;
        u.span = expr_span(e);
        u.span_loc = e.loc;
        saved
    }

    pub(crate) fn leave_expr_loc(&mut self, saved: (Loc, code::Span, Loc)) {
        let u = self.u_mut();
        (u.loc, u.span, u.span_loc) = saved;
    }

    fn expr_inner(&mut self, e: &'a Expr) -> R {
        if let Some(k) = fold(e) {
            self.load_const(k);
            return Ok(());
        }
        match &e.kind {
            ExprKind::BoolOp { op, values } => self.boolop(*op, values)?,
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::Copy, 1);
                self.nameop(target, Ctx::Store)?;
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Op::BinaryOp, code::binop_arg(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                let op = match op {
                    UnaryOp::Invert => Op::UnaryInvert,
                    UnaryOp::Not => Op::UnaryNot,
                    UnaryOp::UAdd => Op::UnaryPositive,
                    UnaryOp::USub => Op::UnaryNegative,
                };
                self.emit(op, 0);
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(test, next, false)?;
                self.expr(body)?;
                self.emit_jump(Op::Jump, end);
                self.bind(next);
                self.expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => self.dict_display(keys, values)?,
            ExprKind::Set(elts) => self.starunpack(elts, 0, Seq::Set)?,
            ExprKind::List(elts) => self.starunpack(elts, 0, Seq::List)?,
            ExprKind::Tuple(elts) => self.starunpack(elts, 0, Seq::Tuple)?,
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.comprehension(e)?,
            ExprKind::Yield(value) => {
                self.check_yield()?;
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(ConstKey::None),
                }
                self.emit(Op::YieldValue, 0);
            }
            ExprKind::YieldFrom(value) => {
                self.check_yield()?;
                self.expr(value)?;
                self.emit(Op::GetYieldFromIter, 0);
                self.load_const(ConstKey::None);
                self.yield_from_loop();
            }
            ExprKind::Compare { left, ops, comparators } => self.compare(left, ops, comparators)?,
            ExprKind::Call { func, args, keywords } => self.call(func, args, keywords)?,
            ExprKind::JoinedStr(parts) => self.fstring(parts)?,
            ExprKind::Constant(_) => unreachable!("constants are folded"),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                self.emit_attr(Op::LoadAttr, attr);
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.subscript_key(slice)?;
                self.emit(Op::BinarySubscr, 0);
            }
            ExprKind::Starred(_) => return Err(self.error("can't use starred expression here")),
            ExprKind::Name(n) => self.nameop(n, Ctx::Load)?,
            ExprKind::Slice { lower, upper, step } => {
                let mut n = 2;
                self.expr_or_none(lower.as_deref())?;
                self.expr_or_none(upper.as_deref())?;
                if let Some(s) = step {
                    self.expr(s)?;
                    n = 3;
                }
                self.emit(Op::BuildSlice, n);
            }
        }
        Ok(())
    }

    /// A subscript's key; `a[*b]` (PEP 646) indexes with the tuple `(*b,)`.
    pub(crate) fn subscript_key(&mut self, slice: &'a Expr) -> R {
        if matches!(slice.kind, ExprKind::Starred(_)) {
            let saved = self.u().loc;
            self.u_mut().loc = slice.loc;
            let r = self.starunpack(std::slice::from_ref(slice), 0, Seq::Tuple);
            self.u_mut().loc = saved;
            return r;
        }
        self.expr(slice)
    }

    pub(crate) fn expr_or_none(&mut self, e: Option<&'a Expr>) -> R {
        match e {
            Some(e) => self.expr(e),
            None => {
                self.load_const(ConstKey::None);
                Ok(())
            }
        }
    }

    fn check_yield(&self) -> R {
        if self.block_kind() != super::symtable::BlockKind::Function {
            return Err(self.error("'yield' outside function"));
        }
        Ok(())
    }

    /// The `yield from` loop, with the sub-iterator and the first value to
    /// send on the stack (`Send`'s documented shape). Leaves the result.
    pub(crate) fn yield_from_loop(&mut self) {
        let start = self.new_label();
        let exit = self.new_label();
        self.bind(start);
        self.emit_jump(Op::Send, exit);
        self.emit(Op::YieldValue, 0);
        self.emit_jump(Op::Jump, start);
        self.bind(exit);
    }

    fn boolop(&mut self, op: BoolOp, values: &'a [Expr]) -> R {
        let jump = match op {
            BoolOp::And => Op::JumpIfFalseOrPop,
            BoolOp::Or => Op::JumpIfTrueOrPop,
        };
        let end = self.new_label();
        let (last, init) = values.split_last().expect("BoolOp with no values");
        for v in init {
            self.expr(v)?;
            self.emit_jump(jump, end);
        }
        self.expr(last)?;
        self.bind(end);
        Ok(())
    }

    fn compare_op(&mut self, op: CmpOp) {
        let (opcode, arg) = match op {
            CmpOp::Eq => (Op::CompareOp, code::CMP_EQ),
            CmpOp::NotEq => (Op::CompareOp, code::CMP_NE),
            CmpOp::Lt => (Op::CompareOp, code::CMP_LT),
            CmpOp::LtE => (Op::CompareOp, code::CMP_LE),
            CmpOp::Gt => (Op::CompareOp, code::CMP_GT),
            CmpOp::GtE => (Op::CompareOp, code::CMP_GE),
            CmpOp::Is => (Op::IsOp, 0),
            CmpOp::IsNot => (Op::IsOp, 1),
            CmpOp::In => (Op::ContainsOp, 0),
            CmpOp::NotIn => (Op::ContainsOp, 1),
        };
        self.emit(opcode, arg);
    }

    /// A comparison's right operand; `x in [1, 2]` uses a constant tuple.
    fn comparator(&mut self, op: CmpOp, e: &'a Expr) -> R {
        if matches!(op, CmpOp::In | CmpOp::NotIn) {
            if let Some(k) = const_list(e) {
                self.load_const(k);
                return Ok(());
            }
        }
        self.expr(e)
    }

    fn compare(&mut self, left: &'a Expr, ops: &[CmpOp], comparators: &'a [Expr]) -> R {
        self.expr(left)?;
        let n = ops.len() - 1;
        if n == 0 {
            self.comparator(ops[0], &comparators[0])?;
            self.compare_op(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        for i in 0..n {
            // A middle operand is also the next comparison's left operand:
            // it keeps its own type (no list-to-tuple constant).
            self.expr(&comparators[i])?;
            self.emit(Op::Swap, 2);
            self.emit(Op::Copy, 2);
            self.compare_op(ops[i]);
            self.emit_jump(Op::JumpIfFalseOrPop, cleanup);
        }
        self.comparator(ops[n], &comparators[n])?;
        self.compare_op(ops[n]);
        let end = self.new_label();
        self.emit_jump(Op::Jump, end);
        self.bind(cleanup);
        self.emit(Op::Swap, 2);
        self.emit(Op::PopTop, 0);
        self.bind(end);
        Ok(())
    }

    /// Evaluates `e` for its truth and jumps to `next` if it is `cond`;
    /// otherwise falls through. Consumes the value on both paths.
    pub(crate) fn jump_if(&mut self, e: &'a Expr, next: Label, cond: bool) -> R {
        let saved = self.u().loc;
        self.u_mut().loc = e.loc;
        let r = self.jump_if_inner(e, next, cond);
        self.u_mut().loc = saved;
        r
    }

    fn jump_if_inner(&mut self, e: &'a Expr, next: Label, cond: bool) -> R {
        if let Some(k) = fold(e) {
            if k.is_truthy() == cond {
                self.emit_jump(Op::Jump, next);
            }
            return Ok(());
        }
        match &e.kind {
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } => return self.jump_if(operand, next, !cond),
            ExprKind::BoolOp { op, values } => {
                let cond2 = *op == BoolOp::Or;
                let next2 = if cond2 != cond { self.new_label() } else { next };
                let (last, init) = values.split_last().expect("BoolOp with no values");
                for v in init {
                    self.jump_if(v, next2, cond2)?;
                }
                self.jump_if(last, next, cond)?;
                if next2 != next {
                    self.bind(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next2 = self.new_label();
                self.jump_if(test, next2, false)?;
                self.jump_if(body, next, cond)?;
                self.emit_jump(Op::Jump, end);
                self.bind(next2);
                self.jump_if(orelse, next, cond)?;
                self.bind(end);
                return Ok(());
            }
            ExprKind::Compare { left, ops, comparators } if ops.len() > 1 => {
                let n = ops.len() - 1;
                let cleanup = self.new_label();
                self.expr(left)?;
                for i in 0..n {
                    self.comparator(ops[i], &comparators[i])?;
                    self.emit(Op::Swap, 2);
                    self.emit(Op::Copy, 2);
                    self.compare_op(ops[i]);
                    self.emit_jump(Op::PopJumpIfFalse, cleanup);
                }
                self.comparator(ops[n], &comparators[n])?;
                self.compare_op(ops[n]);
                self.emit_jump(if cond { Op::PopJumpIfTrue } else { Op::PopJumpIfFalse }, next);
                let end = self.new_label();
                self.emit_jump(Op::Jump, end);
                self.bind(cleanup);
                self.emit(Op::PopTop, 0);
                if !cond {
                    self.emit_jump(Op::Jump, next);
                }
                self.bind(end);
                return Ok(());
            }
            ExprKind::Compare { left, ops, comparators }
                if matches!(ops[0], CmpOp::Is | CmpOp::IsNot)
                    && matches!(comparators[0].kind, ExprKind::Constant(Constant::None)) =>
            {
                // `x is None` / `x is not None` fuse into one jump.
                self.expr(left)?;
                let is_none = (ops[0] == CmpOp::Is) == cond;
                self.emit_jump(if is_none { Op::PopJumpIfNone } else { Op::PopJumpIfNotNone }, next);
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        self.emit_jump(if cond { Op::PopJumpIfTrue } else { Op::PopJumpIfFalse }, next);
        Ok(())
    }

    // ---- displays -------------------------------------------------------

    /// Builds a list, set or tuple from `elts` (which may hold `*x`), with
    /// `pushed` items already on the stack to go first (CPython's
    /// `starunpack_helper`).
    pub(crate) fn starunpack(&mut self, elts: &'a [Expr], pushed: u32, seq: Seq) -> R {
        let n = elts.len();
        let (build, add, extend) = match seq {
            Seq::List | Seq::Tuple => (Op::BuildList, Op::ListAppend, Op::ListExtend),
            Seq::Set => (Op::BuildSet, Op::SetAdd, Op::SetUpdate),
        };
        if n > 2 && seq != Seq::Set {
            let folded: Option<Vec<ConstKey>> = elts.iter().map(fold).collect();
            if let Some(items) = folded {
                if seq == Seq::Tuple && pushed == 0 {
                    self.load_const(ConstKey::Tuple(items));
                } else {
                    self.emit(build, pushed);
                    self.load_const(ConstKey::Tuple(items));
                    self.emit(extend, 1);
                    if seq == Seq::Tuple {
                        self.emit(Op::ListToTuple, 0);
                    }
                }
                return Ok(());
            }
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let seen_star = elts.iter().any(|e| matches!(e.kind, ExprKind::Starred(_)));
        if !seen_star && !big {
            for e in elts {
                self.expr(e)?;
            }
            let total = n as u32 + pushed;
            match seq {
                Seq::Tuple => self.emit(Op::BuildTuple, total),
                _ => self.emit(build, total),
            }
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(build, pushed);
            built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let ExprKind::Starred(value) = &e.kind {
                if !built {
                    self.emit(build, i as u32 + pushed);
                    built = true;
                }
                self.expr(value)?;
                self.emit(extend, 1);
            } else {
                self.expr(e)?;
                if built {
                    self.emit(add, 1);
                }
            }
        }
        if seq == Seq::Tuple {
            self.emit(Op::ListToTuple, 0);
        }
        Ok(())
    }

    /// `{k: v, **m}` (CPython's `compiler_dict`).
    fn dict_display(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> R {
        let n = values.len();
        let mut have_dict = false;
        let mut elements = 0usize;
        for i in 0..n {
            if keys[i].is_none() {
                if elements > 0 {
                    self.subdict(keys, values, i - elements, i)?;
                    if have_dict {
                        self.emit(Op::DictUpdate, 1);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Op::BuildMap, 0);
                    have_dict = true;
                }
                self.expr(&values[i])?;
                self.emit(Op::DictUpdate, 1);
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(keys, values, i - elements, i + 1)?;
                if have_dict {
                    self.emit(Op::DictUpdate, 1);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(keys, values, n - elements, n)?;
            if have_dict {
                self.emit(Op::DictUpdate, 1);
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Op::BuildMap, 0);
        }
        Ok(())
    }

    fn subdict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr], begin: usize, end: usize) -> R {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        if big {
            self.emit(Op::BuildMap, 0);
        }
        for i in begin..end {
            let key = keys[i].as_ref().expect("subdict over a ** item");
            self.expr(key)?;
            self.expr(&values[i])?;
            if big {
                self.emit(Op::MapAdd, 1);
            }
        }
        if !big {
            self.emit(Op::BuildMap, n as u32);
        }
        Ok(())
    }

    // ---- calls ----------------------------------------------------------

    fn call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> R {
        self.validate_keywords(keywords)?;
        if self.method_call(func, args, keywords)? {
            return Ok(());
        }
        self.expr(func)?;
        self.call_helper(0, args, keywords)
    }

    /// `keyword argument repeated: x`.
    fn validate_keywords(&self, keywords: &[Keyword]) -> R {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.arg else { continue };
            if keywords[..i].iter().any(|prev| prev.arg.as_deref() == Some(name)) {
                return Err(self.error_at(k.loc, format!("keyword argument repeated: {name}")));
            }
        }
        Ok(())
    }

    /// `o.m(args)` as `LoadMethod` + `CallMethod[Kw]`, when there are no
    /// `*`/`**` arguments. Returns false (emitting nothing) otherwise.
    fn method_call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> Result<bool, garter_grammar::SyntaxError> {
        let ExprKind::Attribute { value, attr } = &func.kind else { return Ok(false) };
        if args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
            || keywords.iter().any(|k| k.arg.is_none())
            || args.len() + keywords.len() >= STACK_USE_GUIDELINE
        {
            return Ok(false);
        }
        self.expr(value)?;
        // A failing lookup points at `o.m`, as CPython's LOAD_METHOD.
        let saved = self.enter_expr_loc(func);
        self.emit_attr(Op::LoadMethod, attr);
        self.leave_expr_loc(saved);
        for a in args {
            self.expr(a)?;
        }
        if keywords.is_empty() {
            self.emit(Op::CallMethod, args.len() as u32);
        } else {
            for k in keywords {
                self.expr(&k.value)?;
            }
            self.load_kwnames(keywords);
            self.emit(Op::CallMethodKw, (args.len() + keywords.len()) as u32);
        }
        Ok(true)
    }

    fn load_kwnames(&mut self, keywords: &[Keyword]) {
        let names = keywords.iter().map(|k| ConstKey::str(k.arg.as_deref().unwrap_or_default())).collect();
        self.load_const(ConstKey::Tuple(names));
    }

    /// The arguments and the call, with the callable and `pushed` leading
    /// positional arguments already on the stack (CPython's
    /// `compiler_call_helper`).
    pub(crate) fn call_helper(&mut self, pushed: u32, args: &'a [Expr], keywords: &'a [Keyword]) -> R {
        self.validate_keywords(keywords)?;
        let simple = args.len() + keywords.len() * 2 <= STACK_USE_GUIDELINE
            && !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
            && !keywords.iter().any(|k| k.arg.is_none());
        if simple {
            for a in args {
                self.expr(a)?;
            }
            let n = pushed + args.len() as u32;
            if keywords.is_empty() {
                self.emit(Op::Call, n);
            } else {
                for k in keywords {
                    self.expr(&k.value)?;
                }
                self.load_kwnames(keywords);
                self.emit(Op::CallKw, n + keywords.len() as u32);
            }
            return Ok(());
        }
        // `*`/`**` (or very many arguments): a tuple and a dict.
        self.starunpack_call_args(args, pushed)?;
        if !keywords.is_empty() {
            let mut have_dict = false;
            let mut nseen = 0usize;
            for (i, k) in keywords.iter().enumerate() {
                if k.arg.is_none() {
                    if nseen > 0 {
                        self.subkwargs(&keywords[i - nseen..i])?;
                        if have_dict {
                            self.emit(Op::DictMerge, 1);
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.emit(Op::BuildMap, 0);
                        have_dict = true;
                    }
                    self.expr(&k.value)?;
                    self.emit(Op::DictMerge, 1);
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.subkwargs(&keywords[keywords.len() - nseen..])?;
                if have_dict {
                    self.emit(Op::DictMerge, 1);
                }
            }
        }
        self.emit(Op::CallEx, u32::from(!keywords.is_empty()));
        Ok(())
    }

    /// The positional-arguments tuple for `CallEx`: always a real tuple.
    fn starunpack_call_args(&mut self, args: &'a [Expr], pushed: u32) -> R {
        let has_star = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)));
        if !has_star && args.len() + pushed as usize <= STACK_USE_GUIDELINE {
            for a in args {
                self.expr(a)?;
            }
            self.emit(Op::BuildTuple, pushed + args.len() as u32);
            return Ok(());
        }
        let mut built = false;
        if !has_star {
            self.emit(Op::BuildList, pushed);
            built = true;
        }
        for (i, a) in args.iter().enumerate() {
            if let ExprKind::Starred(value) = &a.kind {
                if !built {
                    self.emit(Op::BuildList, pushed + i as u32);
                    built = true;
                }
                self.expr(value)?;
                self.emit(Op::ListExtend, 1);
            } else {
                self.expr(a)?;
                if built {
                    self.emit(Op::ListAppend, 1);
                }
            }
        }
        self.emit(Op::ListToTuple, 0);
        Ok(())
    }

    /// A dict of named keyword arguments.
    fn subkwargs(&mut self, keywords: &'a [Keyword]) -> R {
        for k in keywords {
            self.load_const(ConstKey::str(k.arg.as_deref().unwrap_or_default()));
            self.expr(&k.value)?;
        }
        self.emit(Op::BuildMap, keywords.len() as u32);
        Ok(())
    }

    // ---- f-strings ------------------------------------------------------

    /// An f-string: its parts (adjacent literals merged) then `BuildString`;
    /// a lone part is left as it is.
    pub(crate) fn fstring(&mut self, parts: &'a [FStringPart]) -> R {
        let mut count = 0u32;
        let mut pending = String::new();
        let mut have_pending = false;
        for p in parts {
            match p {
                FStringPart::Literal(s) => {
                    pending.push_str(s);
                    have_pending = true;
                }
                FStringPart::Formatted { value, conversion, format_spec } => {
                    if have_pending && !pending.is_empty() {
                        self.load_const(ConstKey::Str(std::mem::take(&mut pending)));
                        count += 1;
                    }
                    have_pending = false;
                    self.expr(value)?;
                    let mut flags = match conversion {
                        Some('s') => 1,
                        Some('r') => 2,
                        Some('a') => 3,
                        _ => 0,
                    };
                    if let Some(spec) = format_spec {
                        self.fstring(spec)?;
                        flags |= 4;
                    }
                    self.emit(Op::FormatValue, flags);
                    count += 1;
                }
            }
        }
        if have_pending && (!pending.is_empty() || count == 0) {
            self.load_const(ConstKey::Str(pending));
            count += 1;
        }
        if count == 0 {
            self.load_const(ConstKey::str(""));
        } else if count > 1 {
            self.emit(Op::BuildString, count);
        }
        Ok(())
    }
}

/// A list display of constants as a tuple constant (`x in [1, 2]`,
/// `for x in [1, 2]`), as CPython's optimizer does.
pub(crate) fn const_list(e: &Expr) -> Option<ConstKey> {
    let ExprKind::List(elts) = &e.kind else { return None };
    let items: Option<Vec<ConstKey>> = elts.iter().map(fold).collect();
    items.map(ConstKey::Tuple)
}

/// The column span of `e` for tracebacks: the end the parser recorded, or a
/// name's length; `Span::NONE` when not known.
fn expr_span(e: &Expr) -> crate::code::Span {
    if e.end.line != 0 {
        return crate::code::Span { col: e.loc.col, end_line: e.end.line, end_col: e.end.col };
    }
    match &e.kind {
        ExprKind::Name(n) => crate::code::Span {
            col: e.loc.col,
            end_line: e.loc.line,
            end_col: e.loc.col + n.chars().count() as u32,
        },
        // An unparenthesized tuple (`a, b = ...`) ends with its last item.
        ExprKind::Tuple(items) if items.first().is_some_and(|f| f.loc == e.loc) => {
            let last = items.last().map(expr_span).unwrap_or(crate::code::Span::NONE);
            if last.end_line == 0 {
                return crate::code::Span::NONE;
            }
            crate::code::Span { col: e.loc.col, ..last }
        }
        _ => crate::code::Span::NONE,
    }
}
