//! Expression source text, for `from __future__ import annotations`
//! (annotations are stored as strings), following CPython's
//! `ast_unparse.c`: minimal parentheses by operator precedence, string
//! constants in `repr` form.

use garter_grammar::ast::*;

/// Precedence levels, loosest first (CPython's `PR_*`).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Prec {
    Tuple,
    Test,
    Or,
    And,
    Not,
    Cmp,
    BOr,
    BXor,
    BAnd,
    Shift,
    Arith,
    Term,
    Factor,
    Power,
    Atom,
}

pub(crate) fn unparse(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e, Prec::Test);
    out
}

fn binop_prec(op: BinOp) -> Prec {
    match op {
        BinOp::Add | BinOp::Sub => Prec::Arith,
        BinOp::Mult | BinOp::MatMult | BinOp::Div | BinOp::Mod | BinOp::FloorDiv => Prec::Term,
        BinOp::LShift | BinOp::RShift => Prec::Shift,
        BinOp::BitOr => Prec::BOr,
        BinOp::BitXor => Prec::BXor,
        BinOp::BitAnd => Prec::BAnd,
        BinOp::Pow => Prec::Power,
    }
}

fn cmp_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
    }
}

fn seq(out: &mut String, items: &[Expr]) {
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, x, Prec::Test);
    }
}

fn expr(out: &mut String, e: &Expr, level: Prec) {
    let paren = |out: &mut String, mine: Prec, f: &dyn Fn(&mut String)| {
        let p = level > mine;
        if p {
            out.push('(');
        }
        f(out);
        if p {
            out.push(')');
        }
    };
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let (mine, word) = match op {
                BoolOp::And => (Prec::And, " and "),
                BoolOp::Or => (Prec::Or, " or "),
            };
            paren(out, mine, &|out| {
                for (i, v) in values.iter().enumerate() {
                    if i > 0 {
                        out.push_str(word);
                    }
                    expr(out, v, Prec::Not.max(mine));
                }
            });
        }
        ExprKind::NamedExpr { target, value } => paren(out, Prec::Tuple, &|out| {
            out.push_str(target);
            out.push_str(" := ");
            expr(out, value, Prec::Atom);
        }),
        ExprKind::BinOp { left, op, right } => {
            let mine = binop_prec(*op);
            let (l, r) = if *op == BinOp::Pow { (Prec::Atom, mine) } else { (mine, next(mine)) };
            paren(out, mine, &|out| {
                expr(out, left, l);
                out.push(' ');
                out.push_str(op.symbol());
                out.push(' ');
                expr(out, right, r);
            });
        }
        ExprKind::UnaryOp { op, operand } => {
            let (mine, sym) = match op {
                UnaryOp::Not => (Prec::Not, "not "),
                UnaryOp::Invert => (Prec::Factor, "~"),
                UnaryOp::UAdd => (Prec::Factor, "+"),
                UnaryOp::USub => (Prec::Factor, "-"),
            };
            paren(out, mine, &|out| {
                out.push_str(sym);
                expr(out, operand, mine);
            });
        }
        ExprKind::Lambda { args, body } => paren(out, Prec::Test, &|out| {
            out.push_str("lambda");
            let params = arguments(args);
            if !params.is_empty() {
                out.push(' ');
                out.push_str(&params);
            }
            out.push_str(": ");
            expr(out, body, Prec::Test);
        }),
        ExprKind::IfExp { test, body, orelse } => paren(out, Prec::Test, &|out| {
            expr(out, body, next(Prec::Test));
            out.push_str(" if ");
            expr(out, test, next(Prec::Test));
            out.push_str(" else ");
            expr(out, orelse, Prec::Test);
        }),
        ExprKind::Dict { keys, values } => {
            out.push('{');
            for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(out, k, Prec::Test);
                        out.push_str(": ");
                        expr(out, v, Prec::Test);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, v, Prec::BOr);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::Set(elts) => {
            out.push('{');
            seq(out, elts);
            out.push('}');
        }
        ExprKind::List(elts) => {
            out.push('[');
            seq(out, elts);
            out.push(']');
        }
        ExprKind::Tuple(elts) => {
            if elts.is_empty() {
                out.push_str("()");
            } else {
                paren(out, Prec::Tuple, &|out| {
                    seq(out, elts);
                    if elts.len() == 1 {
                        out.push(',');
                    }
                });
            }
        }
        ExprKind::ListComp { elt, generators } => comp(out, "[", "]", elt, None, generators),
        ExprKind::SetComp { elt, generators } => comp(out, "{", "}", elt, None, generators),
        ExprKind::GeneratorExp { elt, generators } => comp(out, "(", ")", elt, None, generators),
        ExprKind::DictComp { key, value, generators } => comp(out, "{", "}", key, Some(value), generators),
        ExprKind::Yield(v) => {
            out.push_str("(yield");
            if let Some(v) = v {
                out.push(' ');
                expr(out, v, Prec::Test);
            }
            out.push(')');
        }
        ExprKind::YieldFrom(v) => {
            out.push_str("(yield from ");
            expr(out, v, Prec::Test);
            out.push(')');
        }
        ExprKind::Compare { left, ops, comparators } => paren(out, Prec::Cmp, &|out| {
            expr(out, left, next(Prec::Cmp));
            for (op, c) in ops.iter().zip(comparators) {
                out.push(' ');
                out.push_str(cmp_symbol(*op));
                out.push(' ');
                expr(out, c, next(Prec::Cmp));
            }
        }),
        ExprKind::Call { func, args, keywords } => {
            expr(out, func, Prec::Atom);
            out.push('(');
            let mut first = true;
            for a in args {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                expr(out, a, Prec::Test);
            }
            for k in keywords {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                match &k.arg {
                    Some(name) => {
                        out.push_str(name);
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                expr(out, &k.value, Prec::Test);
            }
            out.push(')');
        }
        ExprKind::JoinedStr(parts) => {
            out.push('f');
            out.push_str(&crate::objects::str_methods::str_repr(&fstring_body(parts)));
        }
        ExprKind::Constant(c) => constant(out, c),
        ExprKind::Attribute { value, attr } => {
            expr(out, value, Prec::Atom);
            if matches!(value.kind, ExprKind::Constant(Constant::Int(_))) {
                out.push(' ');
            }
            out.push('.');
            out.push_str(attr);
        }
        ExprKind::Subscript { value, slice } => {
            expr(out, value, Prec::Atom);
            out.push('[');
            match &slice.kind {
                ExprKind::Tuple(elts) if !elts.is_empty() => {
                    seq(out, elts);
                    if elts.len() == 1 {
                        out.push(',');
                    }
                }
                _ => expr(out, slice, Prec::Tuple),
            }
            out.push(']');
        }
        ExprKind::Starred(v) => {
            out.push('*');
            expr(out, v, Prec::BOr);
        }
        ExprKind::Name(n) => out.push_str(n),
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                expr(out, l, Prec::Test);
            }
            out.push(':');
            if let Some(u) = upper {
                expr(out, u, Prec::Test);
            }
            if let Some(s) = step {
                out.push(':');
                expr(out, s, Prec::Test);
            }
        }
    }
}

/// A lambda's parameter list: `a, b=1, /, *c, d, **e`.
fn arguments(args: &Arguments) -> String {
    let mut items: Vec<String> = Vec::new();
    let positional: Vec<&Arg> = args.posonlyargs.iter().chain(&args.args).collect();
    let first_default = positional.len() - args.defaults.len().min(positional.len());
    for (i, a) in positional.iter().enumerate() {
        let mut item = a.name.clone();
        if i >= first_default {
            item.push('=');
            expr(&mut item, &args.defaults[i - first_default], Prec::Test);
        }
        items.push(item);
        if i + 1 == args.posonlyargs.len() {
            items.push("/".into());
        }
    }
    match &args.vararg {
        Some(v) => items.push(format!("*{}", v.name)),
        None if !args.kwonlyargs.is_empty() => items.push("*".into()),
        None => {}
    }
    for (a, d) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
        let mut item = a.name.clone();
        if let Some(d) = d {
            item.push('=');
            expr(&mut item, d, Prec::Test);
        }
        items.push(item);
    }
    if let Some(k) = &args.kwarg {
        items.push(format!("**{}", k.name));
    }
    items.join(", ")
}

/// The text between an f-string's quotes.
fn fstring_body(parts: &[FStringPart]) -> String {
    let mut body = String::new();
    for p in parts {
        match p {
            FStringPart::Literal(s) => body.push_str(&s.replace('{', "{{").replace('}', "}}")),
            FStringPart::Formatted { value, conversion, format_spec } => {
                let mut inner = String::new();
                expr(&mut inner, value, Prec::Test);
                body.push('{');
                if inner.starts_with('{') {
                    body.push(' ');
                }
                body.push_str(&inner);
                if let Some(c) = conversion {
                    body.push('!');
                    body.push(*c);
                }
                if let Some(spec) = format_spec {
                    body.push(':');
                    body.push_str(&fstring_body(spec));
                }
                body.push('}');
            }
        }
    }
    body
}

fn next(p: Prec) -> Prec {
    match p {
        Prec::Tuple => Prec::Test,
        Prec::Test => Prec::Or,
        Prec::Or => Prec::And,
        Prec::And => Prec::Not,
        Prec::Not => Prec::Cmp,
        Prec::Cmp => Prec::BOr,
        Prec::BOr => Prec::BXor,
        Prec::BXor => Prec::BAnd,
        Prec::BAnd => Prec::Shift,
        Prec::Shift => Prec::Arith,
        Prec::Arith => Prec::Term,
        Prec::Term => Prec::Factor,
        Prec::Factor => Prec::Power,
        Prec::Power | Prec::Atom => Prec::Atom,
    }
}

fn comp(out: &mut String, open: &str, close: &str, elt: &Expr, value: Option<&Expr>, generators: &[Comprehension]) {
    out.push_str(open);
    expr(out, elt, Prec::Test);
    if let Some(v) = value {
        out.push_str(": ");
        expr(out, v, Prec::Test);
    }
    for g in generators {
        out.push_str(" for ");
        expr(out, &g.target, Prec::Tuple);
        out.push_str(" in ");
        expr(out, &g.iter, next(Prec::Test));
        for cond in &g.ifs {
            out.push_str(" if ");
            expr(out, cond, next(Prec::Test));
        }
    }
    out.push_str(close);
}

fn constant(out: &mut String, c: &Constant) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::True => out.push_str("True"),
        Constant::False => out.push_str("False"),
        Constant::Ellipsis => out.push_str("..."),
        Constant::Int(i) => out.push_str(&i.to_string()),
        Constant::BigInt(d) => out.push_str(d),
        Constant::Float(f) => out.push_str(&crate::objects::float_repr::float_repr(*f)),
        Constant::Imaginary(f) => {
            out.push_str(&crate::objects::float_repr::float_repr_no_dot0(*f));
            out.push('j');
        }
        Constant::Str(s) => out.push_str(&crate::objects::str_methods::str_repr(s)),
        Constant::Bytes(b) => out.push_str(&crate::objects::bytes_methods::bytes_repr(b)),
    }
}
