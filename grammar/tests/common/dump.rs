//! A canonical text dump of garter's AST, the same form
//! `tools/pydump.py` prints for CPython's, so the two can be compared (used
//! by `examples/dump.rs` and the golden-file test in `tests/parse.rs`).
#![allow(dead_code)]
use garter_grammar::ast::*;

/// Dumps a module one statement per line; `locs` adds positions.
pub fn dump_module(m: &Module, locs: bool) -> String {
    let d = Dumper { locs };
    let mut out = String::new();
    for s in &m.body {
        out.push_str(&d.stmt(s));
        out.push('\n');
    }
    out
}

pub struct Dumper {
    pub locs: bool,
}

fn py_float(v: f64) -> String {
    if v.is_infinite() {
        return if v > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if v.is_nan() {
        return "nan".into();
    }
    let s = format!("{v:?}");
    if let Some((m, e)) = s.split_once('e') {
        let (sign, digits) = if let Some(d) = e.strip_prefix('-') { ("-", d) } else { ("+", e) };
        let m = m.strip_suffix(".0").unwrap_or(m);
        return format!("{m}e{sign}{digits:0>2}");
    }
    s
}

fn quote_char(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double {
        '"'
    } else {
        '\''
    }
}

fn py_ascii(s: &str) -> String {
    let q = quote_char(s.contains('\''), s.contains('"'));
    let mut out = String::new();
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x7f => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(q);
    out
}

fn py_bytes(b: &[u8]) -> String {
    let q = quote_char(b.contains(&b'\''), b.contains(&b'"'));
    let mut out = String::from("b");
    out.push(q);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == q => {
                out.push('\\');
                out.push(c as char);
            }
            c if !(0x20..0x7f).contains(&c) => out.push_str(&format!("\\x{c:02x}")),
            c => out.push(c as char),
        }
    }
    out.push(q);
    out
}

fn list<T>(xs: &[T], f: impl Fn(&T) -> String) -> String {
    format!("[{}]", xs.iter().map(f).collect::<Vec<_>>().join(" "))
}

fn opt<T>(x: &Option<T>, f: impl Fn(&T) -> String) -> String {
    x.as_ref().map_or("-".to_string(), f)
}

fn binop(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "Add",
        BinOp::Sub => "Sub",
        BinOp::Mult => "Mult",
        BinOp::MatMult => "MatMult",
        BinOp::Div => "Div",
        BinOp::Mod => "Mod",
        BinOp::Pow => "Pow",
        BinOp::LShift => "LShift",
        BinOp::RShift => "RShift",
        BinOp::BitOr => "BitOr",
        BinOp::BitXor => "BitXor",
        BinOp::BitAnd => "BitAnd",
        BinOp::FloorDiv => "FloorDiv",
    }
}

impl Dumper {
    fn constant(&self, c: &Constant) -> String {
        match c {
            Constant::None => "None".into(),
            Constant::True => "True".into(),
            Constant::False => "False".into(),
            Constant::Ellipsis => "Ellipsis".into(),
            Constant::Int(i) => format!("Int({i})"),
            Constant::BigInt(s) => format!("Int({s})"),
            Constant::Float(f) => format!("Float({})", py_float(*f)),
            Constant::Imaginary(f) => format!("Imag({})", py_float(*f)),
            Constant::Str(s) => format!("Str({})", py_ascii(s)),
            Constant::Bytes(b) => format!("Bytes({})", py_bytes(b)),
        }
    }

    fn fparts(&self, parts: &[FStringPart]) -> String {
        let inner = Dumper { locs: false };
        list(parts, |p| match p {
            FStringPart::Literal(s) => format!("Lit({})", py_ascii(s)),
            FStringPart::Formatted { value, conversion, format_spec } => format!(
                "Fmt({} {} {})",
                inner.expr(value),
                conversion.map_or("-".to_string(), |c| c.to_string()),
                opt(format_spec, |s| inner.fparts(s))
            ),
        })
    }

    fn comp(&self, g: &Comprehension) -> String {
        format!("(for {} {} {})", self.expr(&g.target), self.expr(&g.iter), list(&g.ifs, |e| self.expr(e)))
    }

    fn kwd(&self, k: &Keyword) -> String {
        format!("(kw {} {})", k.arg.as_deref().unwrap_or("**"), self.expr(&k.value))
    }

    fn arg(&self, a: &Arg) -> String {
        let l = if self.locs { format!("@{}:{} ", a.loc.line, a.loc.col) } else { String::new() };
        format!("(arg {l}{} {})", a.name, opt(&a.annotation, |e| self.expr(e)))
    }

    fn args(&self, a: &Arguments) -> String {
        let x = |e: &Expr| self.expr(e);
        let ar = |v: &Arg| self.arg(v);
        format!(
            "(args {} {} {} {} {} {} {})",
            list(&a.posonlyargs, ar),
            list(&a.args, ar),
            opt(&a.vararg, ar),
            list(&a.kwonlyargs, ar),
            list(&a.kw_defaults, |d| opt(d, x)),
            opt(&a.kwarg, ar),
            list(&a.defaults, x)
        )
    }

    #[allow(clippy::borrowed_box)] // the AST's optional children are boxed
    fn expr(&self, e: &Expr) -> String {
        let x = |c: &Expr| self.expr(c);
        let bx = |c: &Box<Expr>| self.expr(c);
        let mut l = if self.locs { format!("@{}:{} ", e.loc.line, e.loc.col) } else { String::new() };
        let (k, body) = match &e.kind {
            ExprKind::BoolOp { op, values } => ("BoolOp", format!("{:?} {}", op, list(values, x))),
            ExprKind::NamedExpr { target, value } => ("NamedExpr", format!("{target} {}", x(value))),
            ExprKind::BinOp { left, op, right } => ("BinOp", format!("{} {} {}", x(left), binop(*op), x(right))),
            ExprKind::UnaryOp { op, operand } => ("UnaryOp", format!("{:?} {}", op, x(operand))),
            ExprKind::Lambda { args, body } => ("Lambda", format!("{} {}", self.args(args), x(body))),
            ExprKind::IfExp { test, body, orelse } => ("IfExp", format!("{} {} {}", x(test), x(body), x(orelse))),
            ExprKind::Dict { keys, values } => ("Dict", format!("{} {}", list(keys, |k| opt(k, x)), list(values, x))),
            ExprKind::Set(elts) => ("Set", list(elts, x)),
            ExprKind::ListComp { elt, generators } => ("ListComp", format!("{} {}", x(elt), list(generators, |g| self.comp(g)))),
            ExprKind::SetComp { elt, generators } => ("SetComp", format!("{} {}", x(elt), list(generators, |g| self.comp(g)))),
            ExprKind::GeneratorExp { elt, generators } => {
                ("GeneratorExp", format!("{} {}", x(elt), list(generators, |g| self.comp(g))))
            }
            ExprKind::DictComp { key, value, generators } => {
                ("DictComp", format!("{} {} {}", x(key), x(value), list(generators, |g| self.comp(g))))
            }
            ExprKind::Yield(v) => ("Yield", opt(v, bx)),
            ExprKind::YieldFrom(v) => ("YieldFrom", x(v)),
            ExprKind::Compare { left, ops, comparators } => {
                ("Compare", format!("{} {} {}", x(left), list(ops, |o| format!("{o:?}")), list(comparators, x)))
            }
            ExprKind::Call { func, args, keywords } => {
                ("Call", format!("{} {} {}", x(func), list(args, x), list(keywords, |k| self.kwd(k))))
            }
            ExprKind::JoinedStr(parts) => ("JoinedStr", self.fparts(parts)),
            ExprKind::Constant(c) => ("Constant", self.constant(c)),
            ExprKind::Attribute { value, attr } => ("Attribute", format!("{} {attr}", x(value))),
            ExprKind::Subscript { value, slice } => ("Subscript", format!("{} {}", x(value), x(slice))),
            ExprKind::Starred(v) => ("Starred", x(v)),
            ExprKind::Name(n) => ("Name", n.clone()),
            ExprKind::List(v) => ("List", list(v, x)),
            ExprKind::Tuple(v) => ("Tuple", list(v, x)),
            ExprKind::Slice { lower, upper, step } => {
                l.clear();
                ("Slice", format!("{} {} {}", opt(lower, bx), opt(upper, bx), opt(step, bx)))
            }
        };
        format!("({l}{k} {body})")
    }

    fn pattern(&self, p: &Pattern) -> String {
        let x = |c: &Expr| self.expr(c);
        let pt = |c: &Pattern| self.pattern(c);
        let name = |n: &Option<String>| n.clone().unwrap_or_else(|| "-".into());
        let l = if self.locs { format!("@{}:{} ", p.loc.line, p.loc.col) } else { String::new() };
        let (k, body) = match &p.kind {
            PatternKind::MatchValue(e) => ("MatchValue", x(e)),
            PatternKind::MatchSingleton(c) => ("MatchSingleton", self.constant(c)),
            PatternKind::MatchSequence(ps) => ("MatchSequence", list(ps, pt)),
            PatternKind::MatchMapping { keys, patterns, rest } => {
                ("MatchMapping", format!("{} {} {}", list(keys, x), list(patterns, pt), name(rest)))
            }
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => (
                "MatchClass",
                format!("{} {} {} {}", x(cls), list(patterns, pt), list(kwd_attrs, |a| a.clone()), list(kwd_patterns, pt)),
            ),
            PatternKind::MatchStar(n) => ("MatchStar", name(n)),
            PatternKind::MatchAs { pattern, name: n } => ("MatchAs", format!("{} {}", opt(pattern, |b| self.pattern(b)), name(n))),
            PatternKind::MatchOr(ps) => ("MatchOr", list(ps, pt)),
        };
        format!("({l}{k} {body})")
    }

    fn body(&self, b: &[Stmt]) -> String {
        list(b, |s| self.stmt(s))
    }

    fn stmt(&self, s: &Stmt) -> String {
        let x = |c: &Expr| self.expr(c);
        let l = if self.locs { format!("@{}-{} ", s.loc.line, s.end_line) } else { String::new() };
        let alias = |a: &Alias| format!("({} {})", a.name, a.asname.as_deref().unwrap_or("-"));
        let (k, b) = match &s.kind {
            StmtKind::FunctionDef(f) => (
                "FunctionDef",
                format!("{} {} {} {} {}", f.name, self.args(&f.args), self.body(&f.body), list(&f.decorators, x), opt(&f.returns, x)),
            ),
            StmtKind::ClassDef(c) => (
                "ClassDef",
                format!(
                    "{} {} {} {} {}",
                    c.name,
                    list(&c.bases, x),
                    list(&c.keywords, |k| self.kwd(k)),
                    self.body(&c.body),
                    list(&c.decorators, x)
                ),
            ),
            StmtKind::Return(v) => ("Return", opt(v, x)),
            StmtKind::Delete(t) => ("Delete", list(t, x)),
            StmtKind::Assign { targets, value } => ("Assign", format!("{} {}", list(targets, x), x(value))),
            StmtKind::AugAssign { target, op, value } => ("AugAssign", format!("{} {} {}", x(target), binop(*op), x(value))),
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                ("AnnAssign", format!("{} {} {} {}", x(target), x(annotation), opt(value, x), *simple as u8))
            }
            StmtKind::For { target, iter, body, orelse } => {
                ("For", format!("{} {} {} {}", x(target), x(iter), self.body(body), self.body(orelse)))
            }
            StmtKind::While { test, body, orelse } => ("While", format!("{} {} {}", x(test), self.body(body), self.body(orelse))),
            StmtKind::If { test, body, orelse } => ("If", format!("{} {} {}", x(test), self.body(body), self.body(orelse))),
            StmtKind::With { items, body } => (
                "With",
                format!(
                    "{} {}",
                    list(items, |i| format!("(item {} {})", x(&i.context), opt(&i.target, x))),
                    self.body(body)
                ),
            ),
            StmtKind::Raise { exc, cause } => ("Raise", format!("{} {}", opt(exc, x), opt(cause, x))),
            StmtKind::Try { body, handlers, orelse, finalbody } => (
                "Try",
                format!(
                    "{} {} {} {}",
                    self.body(body),
                    list(handlers, |h| {
                        let hl = if self.locs { format!("@{}:{} ", h.loc.line, h.loc.col) } else { String::new() };
                        format!("(except {hl}{} {} {})", opt(&h.typ, x), h.name.as_deref().unwrap_or("-"), self.body(&h.body))
                    }),
                    self.body(orelse),
                    self.body(finalbody)
                ),
            ),
            StmtKind::Assert { test, msg } => ("Assert", format!("{} {}", x(test), opt(msg, x))),
            StmtKind::Import(names) => ("Import", list(names, alias)),
            StmtKind::ImportFrom { module, names, level } => {
                ("ImportFrom", format!("{} {} {level}", module.as_deref().unwrap_or("-"), list(names, alias)))
            }
            StmtKind::Global(n) => ("Global", list(n, |s| s.clone())),
            StmtKind::Nonlocal(n) => ("Nonlocal", list(n, |s| s.clone())),
            StmtKind::Expr(e) => ("Expr", x(e)),
            StmtKind::Pass => ("Pass", String::new()),
            StmtKind::Break => ("Break", String::new()),
            StmtKind::Continue => ("Continue", String::new()),
            StmtKind::Match { subject, cases } => (
                "Match",
                format!(
                    "{} {}",
                    x(subject),
                    list(cases, |c| format!("(case {} {} {})", self.pattern(&c.pattern), opt(&c.guard, x), self.body(&c.body)))
                ),
            ),
        };
        format!("({l}{k} {b})")
    }
}
