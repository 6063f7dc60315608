//! The grammar's semantic actions that are more than a constructor call:
//! checking assignment/deletion targets, ordering call arguments and
//! parameters, joining adjacent string literals.
//!
//! The grammar (`python.lalrpop`) is deliberately a little looser than
//! Python's (any expression may stand left of `=`, parameters in any order)
//! to stay LALR(1); these functions reject what Python rejects, with CPython
//! 3.11's messages and locations (checked against `python3`).

use crate::ast::*;
use crate::lexer::{err_at, Pos};
use crate::token::{StrLit, StrValue, Tok};
use crate::{SyntaxError, SyntaxErrorKind};
use lalrpop_util::ParseError;

pub type PResult<T> = Result<T, ParseError<Pos, Tok, SyntaxError>>;

/// What the single parser produced (selected by the lexer's start token).
pub enum Top {
    Module(Vec<Stmt>),
    Expression(Expr),
}

pub fn fail<T>(msg: impl Into<String>, loc: Loc) -> PResult<T> {
    Err(ParseError::User { error: err_at(SyntaxErrorKind::SyntaxError, msg, loc) })
}

pub fn expr(loc: Pos, kind: ExprKind) -> Expr {
    Expr { loc: loc.loc(), end: Loc::default(), kind }
}

/// `e` with its end position `r` recorded (see `Expr::end`).
pub fn ended(mut e: Expr, r: Pos) -> Expr {
    e.end = r.loc();
    e
}

pub fn stmt(l: Pos, kind: StmtKind, r: Pos) -> Stmt {
    Stmt { loc: l.loc(), end_line: r.line.max(l.line), kind }
}

/// Line of the last statement in the last non-empty block.
pub fn last_line(blocks: &[&[Stmt]], default: u32) -> u32 {
    blocks.iter().rev().find_map(|b| b.last().map(|s| s.end_line)).unwrap_or(default)
}

pub fn compound(l: Pos, kind: StmtKind) -> Stmt {
    let end_line = match &kind {
        StmtKind::FunctionDef(f) => last_line(&[&f.body], l.line),
        StmtKind::ClassDef(c) => last_line(&[&c.body], l.line),
        StmtKind::For { body, orelse, .. } | StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => {
            last_line(&[body, orelse], l.line)
        }
        StmtKind::With { body, .. } => last_line(&[body], l.line),
        StmtKind::Match { cases, .. } => last_line(&[cases.last().map_or(&[][..], |c| &c.body[..])], l.line),
        StmtKind::Try { body, handlers, orelse, finalbody } => {
            let h: &[Stmt] = handlers.last().map_or(&[], |h| &h.body);
            last_line(&[body, h, orelse, finalbody], l.line)
        }
        _ => l.line,
    };
    Stmt { loc: l.loc(), end_line, kind }
}

/// `(items)` or an unparenthesized list: one item without a comma is the
/// item itself; otherwise a tuple located at `l`.
pub fn tuple_or_single(l: Pos, (mut items, trailing): (Vec<Expr>, bool)) -> Expr {
    if items.len() == 1 && !trailing {
        if let Some(e) = items.pop() {
            return e;
        }
    }
    expr(l, ExprKind::Tuple(items))
}

/// `( … )` holding expressions: a parenthesized expression or a tuple.
pub fn paren(l: Pos, (items, trailing): (Vec<Expr>, bool)) -> PResult<Expr> {
    if items.len() == 1 && !trailing {
        if let ExprKind::Starred(_) = items[0].kind {
            return fail("cannot use starred expression here", items[0].loc);
        }
    }
    Ok(tuple_or_single(l, (items, trailing)))
}

pub fn unary(l: Pos, op: UnaryOp, operand: Expr) -> Expr {
    expr(l, ExprKind::UnaryOp { op, operand: Box::new(operand) })
}

pub fn binop(l: Pos, left: Expr, op: BinOp, right: Expr) -> Expr {
    expr(l, ExprKind::BinOp { left: Box::new(left), op, right: Box::new(right) })
}

pub fn boolop(l: Pos, op: BoolOp, first: Expr, rest: Vec<Expr>) -> Expr {
    let mut values = Vec::with_capacity(rest.len() + 1);
    values.push(first);
    values.extend(rest);
    expr(l, ExprKind::BoolOp { op, values })
}

pub fn compare(l: Pos, left: Expr, rest: Vec<(CmpOp, Expr)>) -> Expr {
    let (ops, comparators) = rest.into_iter().unzip();
    expr(l, ExprKind::Compare { left: Box::new(left), ops, comparators })
}

pub fn named(l: Pos, target: Expr, value: Expr) -> PResult<Expr> {
    match target.kind {
        ExprKind::Name(name) => Ok(expr(l, ExprKind::NamedExpr { target: name, value: Box::new(value) })),
        other => fail(format!("cannot use assignment expressions with {}", kind_name(&other)), target.loc),
    }
}

/// `_PyPegen_get_expr_name`: how error messages name an expression.
pub fn kind_name(kind: &ExprKind) -> &'static str {
    match kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::True) => "True",
        ExprKind::Constant(Constant::False) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// The first sub-expression of `e` that cannot be assigned to (or deleted,
/// when `delete`), searching tuples, lists and starred items.
fn invalid_target(e: &Expr, delete: bool) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Starred(inner) if !delete => invalid_target(inner, delete),
        ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().find_map(|i| invalid_target(i, delete)),
        _ => Some(e),
    }
}

/// Is `e` something CPython's `invalid_named_expression` rule sees as a
/// `bitwise_or` (and so earns the "Maybe you meant '=='" hint)?
fn is_bitwise_or_level(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::UnaryOp { op: UnaryOp::Not, .. }
            | ExprKind::Lambda { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_)
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Tuple(_)
            | ExprKind::List(_)
            | ExprKind::Constant(Constant::None | Constant::True | Constant::False)
    )
}

/// Checks a `for`/`with`/comprehension target.
pub fn check_target(e: &Expr) -> PResult<()> {
    if let Some(bad) = invalid_target(e, false) {
        return fail(format!("cannot assign to {}", kind_name(&bad.kind)), bad.loc);
    }
    Ok(())
}

/// The item a tuple written without parentheses ends with (CPython's hint
/// applies when the bad target sits right before the `=`).
fn last_unparenthesized(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Tuple(items) if items.first().is_some_and(|f| f.loc == e.loc) => {
            items.last().map_or(e, last_unparenthesized)
        }
        _ => e,
    }
}

/// `targets = … = value`
pub fn assign(first: Expr, rest: Vec<Expr>) -> PResult<StmtKind> {
    let mut targets = Vec::with_capacity(rest.len());
    targets.push(first);
    targets.extend(rest);
    let value = targets.pop().unwrap_or_else(|| expr(Pos::default(), ExprKind::Constant(Constant::None)));
    let n = targets.len();
    for (i, t) in targets.iter().enumerate() {
        if matches!(t.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
            return fail("assignment to yield expression not possible", t.loc);
        }
        if let Some(bad) = invalid_target(t, false) {
            let name = kind_name(&bad.kind);
            let hint = i + 1 == n && std::ptr::eq(bad, last_unparenthesized(t)) && is_bitwise_or_level(bad);
            if hint {
                return fail(format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?"), bad.loc);
            }
            return fail(format!("cannot assign to {name}"), bad.loc);
        }
    }
    Ok(StmtKind::Assign { targets, value })
}

pub fn aug_assign(target: Expr, op: BinOp, value: Expr) -> PResult<StmtKind> {
    match target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
            Ok(StmtKind::AugAssign { target, op, value })
        }
        ref other => fail(format!("'{}' is an illegal expression for augmented assignment", kind_name(other)), target.loc),
    }
}

pub fn ann_assign(l: Pos, target: Expr, annotation: Expr, value: Option<Expr>) -> PResult<StmtKind> {
    match &target.kind {
        ExprKind::Name(_) => {
            // `(x): int` is not simple; the parenthesis moved the start.
            let simple = l.loc() == target.loc;
            Ok(StmtKind::AnnAssign { target, annotation, value, simple })
        }
        ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
            Ok(StmtKind::AnnAssign { target, annotation, value, simple: false })
        }
        ExprKind::Tuple(_) => fail("only single target (not tuple) can be annotated", target.loc),
        ExprKind::List(_) => fail("only single target (not list) can be annotated", target.loc),
        _ => fail("illegal target for annotation", target.loc),
    }
}

pub fn expr_stmt(e: Expr) -> PResult<StmtKind> {
    if let ExprKind::Starred(_) = e.kind {
        return fail("can't use starred expression here", e.loc);
    }
    Ok(StmtKind::Expr(e))
}

pub fn delete(targets: Vec<Expr>) -> PResult<StmtKind> {
    for t in &targets {
        if let Some(bad) = invalid_target(t, true) {
            return fail(format!("cannot delete {}", kind_name(&bad.kind)), bad.loc);
        }
    }
    Ok(StmtKind::Delete(targets))
}

pub fn comprehension(target: Expr, iter: Expr, ifs: Vec<Expr>) -> PResult<Comprehension> {
    check_target(&target)?;
    Ok(Comprehension { target, iter, ifs })
}

pub fn with_item(context: Expr, target: Option<Expr>) -> PResult<WithItem> {
    if let Some(t) = &target {
        check_target(t)?;
    }
    Ok(WithItem { context, target })
}

/// One argument of a call or class header, before ordering checks.
pub enum ArgItem {
    Positional(Expr),
    /// A bare generator expression (only valid as the sole argument).
    Generator(Expr),
    Star(Pos, Expr),
    DoubleStar(Pos, Expr),
    Keyword(Pos, Expr, Expr),
}

/// Orders call arguments into positional and keyword ones. `lparen` is the
/// call's `(`: a sole generator argument starts there, as in CPython.
/// `rparen`: CPython reports misplaced positional arguments there.
pub fn call_args(lparen: Pos, (items, trailing): (Vec<ArgItem>, bool), rparen: Pos) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
    let n = items.len();
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let mut seen_kwargs_unpack = false;
    for item in items {
        match item {
            ArgItem::Generator(mut g) => {
                if n > 1 || trailing {
                    return fail("Generator expression must be parenthesized", g.loc);
                }
                g.loc = lparen.loc();
                args.push(g);
            }
            ArgItem::Positional(e) => {
                if seen_kwargs_unpack {
                    return fail("positional argument follows keyword argument unpacking", rparen.loc());
                }
                if !keywords.is_empty() {
                    return fail("positional argument follows keyword argument", rparen.loc());
                }
                args.push(e);
            }
            ArgItem::Star(l, e) => {
                if seen_kwargs_unpack {
                    return fail("iterable argument unpacking follows keyword argument unpacking", l.loc());
                }
                args.push(expr(l, ExprKind::Starred(Box::new(e))));
            }
            ArgItem::DoubleStar(l, e) => {
                seen_kwargs_unpack = true;
                keywords.push(Keyword { loc: l.loc(), arg: None, value: e });
            }
            ArgItem::Keyword(l, name, value) => match name.kind {
                ExprKind::Name(n) => keywords.push(Keyword { loc: l.loc(), arg: Some(n), value }),
                ExprKind::Constant(c @ (Constant::True | Constant::False | Constant::None)) => {
                    let what = kind_name(&ExprKind::Constant(c));
                    return fail(format!("cannot assign to {what}"), name.loc);
                }
                _ => return fail("expression cannot contain assignment, perhaps you meant \"==\"?", name.loc),
            },
        }
    }
    Ok((args, keywords))
}

pub fn call(l: Pos, func: Expr, lparen: Pos, args: (Vec<ArgItem>, bool), rparen: Pos) -> PResult<Expr> {
    let (args, keywords) = call_args(lparen, args, rparen)?;
    Ok(expr(l, ExprKind::Call { func: Box::new(func), args, keywords }))
}

/// One entry of a parameter list, before ordering checks.
pub enum ParamItem {
    Plain(Arg, Option<Expr>),
    Star(Pos, Option<Arg>),
    DoubleStar(Pos, Arg),
    Slash(Pos),
}

pub fn arguments(items: Vec<ParamItem>) -> PResult<Arguments> {
    let mut a = Arguments::default();
    let mut seen_slash = false;
    let mut star: Option<Pos> = None;
    let mut kwarg_seen = false;
    for item in items {
        if kwarg_seen {
            let loc = match &item {
                ParamItem::Plain(arg, _) => arg.loc,
                ParamItem::Star(l, _) | ParamItem::DoubleStar(l, _) | ParamItem::Slash(l) => l.loc(),
            };
            return fail("arguments cannot follow var-keyword argument", loc);
        }
        match item {
            ParamItem::Plain(arg, default) => {
                if star.is_some() {
                    a.kwonlyargs.push(arg);
                    a.kw_defaults.push(default);
                } else {
                    if default.is_none() && !a.defaults.is_empty() {
                        return fail("non-default argument follows default argument", arg.loc);
                    }
                    if let Some(d) = default {
                        a.defaults.push(d);
                    }
                    a.args.push(arg);
                }
            }
            ParamItem::Slash(l) => {
                if seen_slash {
                    return fail("/ may appear only once", l.loc());
                }
                if star.is_some() {
                    return fail("/ must be ahead of *", l.loc());
                }
                if a.args.is_empty() {
                    return fail("at least one argument must precede /", l.loc());
                }
                seen_slash = true;
                a.posonlyargs = std::mem::take(&mut a.args);
            }
            ParamItem::Star(l, arg) => {
                if star.is_some() {
                    return fail("* argument may appear only once", l.loc());
                }
                star = Some(l);
                a.vararg = arg;
            }
            ParamItem::DoubleStar(_, arg) => {
                if let Some(s) = star {
                    if a.vararg.is_none() && a.kwonlyargs.is_empty() {
                        return fail("named arguments must follow bare *", s.loc());
                    }
                }
                a.kwarg = Some(arg);
                kwarg_seen = true;
            }
        }
    }
    if let Some(s) = star {
        if a.vararg.is_none() && a.kwonlyargs.is_empty() && a.kwarg.is_none() {
            return fail("named arguments must follow bare *", s.loc());
        }
    }
    Ok(a)
}

/// `lambda params: body`. A bare `*` is reported at the `:` (or the `**`),
/// where CPython's lambda rule stops, unlike `def`'s.
pub fn lambda(l: Pos, params: Option<Vec<ParamItem>>, colon: Pos, body: Expr) -> PResult<Expr> {
    let params = params.unwrap_or_default();
    let double_star = params.iter().find_map(|p| match p {
        ParamItem::DoubleStar(l, _) => Some(*l),
        _ => None,
    });
    let args = match arguments(params) {
        Ok(a) => a,
        Err(ParseError::User { error }) if error.msg == "named arguments must follow bare *" => {
            return fail(error.msg, double_star.unwrap_or(colon).loc());
        }
        Err(e) => return Err(e),
    };
    Ok(expr(l, ExprKind::Lambda { args: Box::new(args), body: Box::new(body) }))
}

/// Adjacent string literals joined into one constant or f-string.
#[allow(clippy::vec_box)] // the tokens box their literal to keep `Tok` small
pub fn strings(l: Pos, parts: Vec<Box<StrLit>>, r: Pos) -> PResult<Expr> {
    let is_bytes = matches!(parts.first().map(|p| &p.value), Some(StrValue::Bytes(_)));
    if parts.iter().any(|p| matches!(p.value, StrValue::Bytes(_)) != is_bytes) {
        return fail("cannot mix bytes and nonbytes literals", r.loc());
    }
    let mut parts = parts.into_iter();
    if is_bytes {
        let mut out = Vec::new();
        for p in parts {
            if let StrValue::Bytes(b) = p.value {
                out.extend(b);
            }
        }
        return Ok(expr(l, ExprKind::Constant(Constant::Bytes(out))));
    }
    let has_f = {
        let v: Vec<Box<StrLit>> = parts.by_ref().collect();
        let f = v.iter().any(|p| matches!(p.value, StrValue::F(_)));
        parts = v.into_iter();
        f
    };
    if !has_f {
        let mut out = String::new();
        for p in parts {
            if let StrValue::Str(s) = p.value {
                if out.is_empty() {
                    out = s;
                } else {
                    out.push_str(&s);
                }
            }
        }
        return Ok(expr(l, ExprKind::Constant(Constant::Str(out))));
    }
    let mut joined: Vec<FStringPart> = Vec::new();
    let push_lit = |joined: &mut Vec<FStringPart>, s: String| {
        if s.is_empty() {
            return;
        }
        if let Some(FStringPart::Literal(prev)) = joined.last_mut() {
            prev.push_str(&s);
        } else {
            joined.push(FStringPart::Literal(s));
        }
    };
    for p in parts {
        match p.value {
            StrValue::Str(s) => push_lit(&mut joined, s),
            StrValue::F(fparts) => {
                for fp in fparts {
                    match fp {
                        FStringPart::Literal(s) => push_lit(&mut joined, s),
                        other => joined.push(other),
                    }
                }
            }
            StrValue::Bytes(_) => {}
        }
    }
    Ok(expr(l, ExprKind::JoinedStr(joined)))
}

pub fn if_stmt(l: Pos, test: Expr, body: Vec<Stmt>, elifs: Vec<(Pos, Expr, Vec<Stmt>)>, orelse: Option<Vec<Stmt>>) -> Stmt {
    // Build the `elif` chain from the inside out.
    let mut tail = orelse.unwrap_or_default();
    for (el, etest, ebody) in elifs.into_iter().rev() {
        let s = compound(el, StmtKind::If { test: etest, body: ebody, orelse: tail });
        tail = vec![s];
    }
    compound(l, StmtKind::If { test, body, orelse: tail })
}

pub fn import_from(l: Pos, dots: Vec<u32>, module: Option<String>, names: Vec<Alias>) -> PResult<StmtKind> {
    let level: u32 = dots.iter().sum();
    if level == 0 && module.is_none() {
        return fail("invalid syntax", l.loc());
    }
    Ok(StmtKind::ImportFrom { module, names, level })
}

// ---------------------------------------------------------------- match patterns

pub fn pattern(l: Pos, kind: PatternKind) -> Pattern {
    Pattern { loc: l.loc(), kind }
}

/// One argument of a class pattern, before positional and keyword ones
/// are separated.
pub enum ClassArg {
    Positional(Pattern),
    Keyword(String, Pattern),
}

/// `match a, *b:` — a tuple subject; a lone `*b` is not one.
pub fn match_subject(l: Pos, (items, trailing): (Vec<Expr>, bool), r: Pos) -> PResult<Expr> {
    if items.len() == 1 && !trailing {
        if let ExprKind::Starred(_) = items[0].kind {
            return fail("invalid syntax", r.loc());
        }
    }
    Ok(tuple_or_single(l, (items, trailing)))
}

/// The top of a case: one pattern, or a sequence pattern without brackets.
pub fn open_sequence_pattern(l: Pos, (mut items, trailing): (Vec<Pattern>, bool), r: Pos) -> PResult<Pattern> {
    if items.len() == 1 && !trailing {
        if let Some(p) = items.pop() {
            if matches!(p.kind, PatternKind::MatchStar(_)) {
                return fail("invalid syntax", r.loc());
            }
            return Ok(p);
        }
    }
    Ok(pattern(l, PatternKind::MatchSequence(items)))
}

/// `(p)` is a group (the pattern itself); `(p,)`, `(p, q)` a sequence.
pub fn paren_pattern(l: Pos, (mut items, trailing): (Vec<Pattern>, bool), rparen: Pos) -> PResult<Pattern> {
    if items.len() == 1 && !trailing {
        if let Some(p) = items.pop() {
            if matches!(p.kind, PatternKind::MatchStar(_)) {
                return fail("invalid syntax", rparen.loc());
            }
            return Ok(p);
        }
    }
    Ok(pattern(l, PatternKind::MatchSequence(items)))
}

/// `*name` / `*_`.
pub fn star_pattern(l: Pos, _name_at: Pos, name: String) -> PResult<Pattern> {
    let name = if name == "_" { None } else { Some(name) };
    Ok(pattern(l, PatternKind::MatchStar(name)))
}

/// `pattern as name`.
pub fn as_pattern(l: Pos, p: Pattern, name_at: Pos, name: String) -> PResult<Pattern> {
    if name == "_" {
        return fail("cannot use '_' as a target", name_at.loc());
    }
    Ok(pattern(l, PatternKind::MatchAs { pattern: Some(Box::new(p)), name: Some(name) }))
}

pub fn or_pattern(l: Pos, first: Pattern, rest: Vec<Pattern>) -> Pattern {
    let mut alternatives = vec![first];
    alternatives.extend(rest);
    pattern(l, PatternKind::MatchOr(alternatives))
}

/// `None`/`True`/`False` compare by identity, other literals by `==`.
pub fn literal_pattern(l: Pos, e: Expr) -> Pattern {
    match e.kind {
        ExprKind::Constant(c @ (Constant::None | Constant::True | Constant::False)) => {
            pattern(l, PatternKind::MatchSingleton(c))
        }
        _ => pattern(l, PatternKind::MatchValue(e)),
    }
}

/// A bare name captures (`_` is the wildcard); a dotted name is a value.
pub fn name_pattern(l: Pos, e: Expr) -> Pattern {
    match e.kind {
        ExprKind::Name(n) if n == "_" => pattern(l, PatternKind::MatchAs { pattern: None, name: None }),
        ExprKind::Name(n) => pattern(l, PatternKind::MatchAs { pattern: None, name: Some(n) }),
        _ => pattern(l, PatternKind::MatchValue(e)),
    }
}

/// `**rest` in a mapping pattern (`**_` is not allowed).
pub fn capture_target(l: Pos, name: String) -> PResult<String> {
    if name == "_" {
        return fail("invalid syntax", l.loc());
    }
    Ok(name)
}

pub fn mapping_pattern(l: Pos, items: Vec<(Expr, Pattern)>, rest: Option<String>) -> Pattern {
    let (keys, patterns) = items.into_iter().unzip();
    pattern(l, PatternKind::MatchMapping { keys, patterns, rest })
}

/// `Cls(p, q, attr=r)`: keyword sub-patterns come last.
pub fn class_pattern(l: Pos, cls: Expr, args: Vec<ClassArg>) -> PResult<Pattern> {
    let mut patterns = Vec::new();
    let mut kwd_attrs = Vec::new();
    let mut kwd_patterns = Vec::new();
    for arg in args {
        match arg {
            ClassArg::Positional(p) => {
                if !kwd_attrs.is_empty() {
                    return fail("positional patterns follow keyword patterns", p.loc);
                }
                patterns.push(p);
            }
            ClassArg::Keyword(name, p) => {
                kwd_attrs.push(name);
                kwd_patterns.push(p);
            }
        }
    }
    Ok(pattern(l, PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns }))
}

/// `real + imaginary` / `real - imaginary` in a pattern.
pub fn complex_literal(l: Pos, real: Expr, op: BinOp, imag_at: Pos, imag: Constant) -> PResult<Expr> {
    let real_value = match &real.kind {
        ExprKind::UnaryOp { operand, .. } => &operand.kind,
        k => k,
    };
    if matches!(real_value, ExprKind::Constant(Constant::Imaginary(_))) {
        return fail("real number required in complex literal", real.loc);
    }
    if !matches!(imag, Constant::Imaginary(_)) {
        return fail("imaginary number required in complex literal", imag_at.loc());
    }
    Ok(binop(l, real, op, expr(imag_at, ExprKind::Constant(imag))))
}
