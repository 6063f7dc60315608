//! Parsing valid programs: the AST's shape for a sample of constructs, and a
//! golden comparison of every construct in `data/constructs.py` against the
//! AST CPython 3.11 builds for it (positions included).

mod common;

use common::dump::dump_module;
use garter_grammar::ast::*;
use garter_grammar::{parse_expression, parse_interactive, parse_module};

fn module(src: &str) -> Vec<Stmt> {
    match parse_module(src, "<test>") {
        Ok(m) => m.body,
        Err(e) => panic!("{src:?} failed to parse:\n{e}"),
    }
}

fn one_stmt(src: &str) -> StmtKind {
    let mut body = module(src);
    assert_eq!(body.len(), 1, "{src:?}");
    body.remove(0).kind
}

fn expr(src: &str) -> ExprKind {
    match parse_expression(src, "<test>") {
        Ok(e) => e.kind,
        Err(e) => panic!("{src:?} failed to parse:\n{e}"),
    }
}

fn name(e: &Expr) -> &str {
    match &e.kind {
        ExprKind::Name(n) => n,
        other => panic!("expected a name, got {other:?}"),
    }
}

fn int(e: &Expr) -> i64 {
    match &e.kind {
        ExprKind::Constant(Constant::Int(i)) => *i,
        other => panic!("expected an int, got {other:?}"),
    }
}

#[test]
fn every_construct_matches_cpython() {
    let src = include_str!("data/constructs.py");
    let expected = include_str!("data/constructs.expected");
    let m = parse_module(src, "constructs.py").unwrap_or_else(|e| panic!("{e}"));
    let got = dump_module(&m, true);
    for (i, (g, e)) in got.lines().zip(expected.lines()).enumerate() {
        assert_eq!(g, e, "statement {} differs", i + 1);
    }
    assert_eq!(got.lines().count(), expected.lines().count());
}

#[test]
fn match_statements_match_cpython() {
    let src = include_str!("data/match.py");
    let expected = include_str!("data/match.expected");
    let m = parse_module(src, "match.py").unwrap_or_else(|e| panic!("{e}"));
    let got = dump_module(&m, true);
    for (i, (g, e)) in got.lines().zip(expected.lines()).enumerate() {
        assert_eq!(g, e, "statement {} differs", i + 1);
    }
    assert_eq!(got.lines().count(), expected.lines().count());
}

#[test]
fn power_binds_tighter_than_unary_minus() {
    // -2**2 == -(2**2); 2**-1 allowed; ** is right-associative.
    let ExprKind::UnaryOp { op: UnaryOp::USub, operand } = expr("-2**2") else { panic!() };
    assert!(matches!(operand.kind, ExprKind::BinOp { op: BinOp::Pow, .. }));
    let ExprKind::BinOp { op: BinOp::Pow, right, .. } = expr("2**-1") else { panic!() };
    assert!(matches!(right.kind, ExprKind::UnaryOp { op: UnaryOp::USub, .. }));
    let ExprKind::BinOp { left, right, .. } = expr("a**b**c") else { panic!() };
    assert_eq!(name(&left), "a");
    assert!(matches!(right.kind, ExprKind::BinOp { op: BinOp::Pow, .. }));
}

#[test]
fn precedence_ladder() {
    // a or b and not c == d | e ^ f & g << h + i * j
    let ExprKind::BoolOp { op: BoolOp::Or, values } = expr("a or b and not c == d | e ^ f & g << h + i * j") else {
        panic!()
    };
    let ExprKind::BoolOp { op: BoolOp::And, values: and } = &values[1].kind else { panic!() };
    let ExprKind::UnaryOp { op: UnaryOp::Not, operand } = &and[1].kind else { panic!() };
    let ExprKind::Compare { comparators, .. } = &operand.kind else { panic!() };
    let ExprKind::BinOp { op: BinOp::BitOr, right, .. } = &comparators[0].kind else { panic!() };
    let ExprKind::BinOp { op: BinOp::BitXor, right, .. } = &right.kind else { panic!() };
    let ExprKind::BinOp { op: BinOp::BitAnd, right, .. } = &right.kind else { panic!() };
    let ExprKind::BinOp { op: BinOp::LShift, right, .. } = &right.kind else { panic!() };
    let ExprKind::BinOp { op: BinOp::Add, right, .. } = &right.kind else { panic!() };
    assert!(matches!(right.kind, ExprKind::BinOp { op: BinOp::Mult, .. }));
}

#[test]
fn chained_comparison_is_one_node() {
    let ExprKind::Compare { ops, comparators, .. } = expr("a < b <= c is not d not in e") else { panic!() };
    assert_eq!(ops, vec![CmpOp::Lt, CmpOp::LtE, CmpOp::IsNot, CmpOp::NotIn]);
    assert_eq!(comparators.len(), 4);
}

#[test]
fn conditional_and_lambda() {
    let ExprKind::IfExp { test, body, orelse } = expr("a if b else c if d else e") else { panic!() };
    assert_eq!((name(&test), name(&body)), ("b", "a"));
    assert!(matches!(orelse.kind, ExprKind::IfExp { .. }));
    let ExprKind::Lambda { args, .. } = expr("lambda a, /, b=1, *c, d, e=2, **f: 0") else { panic!() };
    assert_eq!(args.posonlyargs[0].name, "a");
    assert_eq!(args.args[0].name, "b");
    assert_eq!(args.defaults.len(), 1);
    assert_eq!(args.vararg.as_ref().map(|a| a.name.as_str()), Some("c"));
    assert_eq!(args.kwonlyargs.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(), ["d", "e"]);
    assert!(args.kw_defaults[0].is_none() && args.kw_defaults[1].is_some());
    assert_eq!(args.kwarg.as_ref().map(|a| a.name.as_str()), Some("f"));
}

#[test]
fn def_with_everything() {
    let StmtKind::FunctionDef(f) = one_stmt("@d1\n@d2(x)\ndef f(a: int, b=2, *args, c, **kw) -> str:\n    return a\n") else {
        panic!()
    };
    assert_eq!(f.name, "f");
    assert_eq!(f.decorators.len(), 2);
    assert!(f.args.args[0].annotation.is_some());
    assert!(f.returns.is_some());
    assert_eq!(f.args.kwonlyargs[0].name, "c");
    assert_eq!(f.body.len(), 1);
}

#[test]
fn class_with_bases_and_keywords() {
    let StmtKind::ClassDef(c) = one_stmt("class A(B, *C, metaclass=M, **kw):\n    pass\n") else { panic!() };
    assert_eq!(c.bases.len(), 2);
    assert_eq!(c.keywords[0].arg.as_deref(), Some("metaclass"));
    assert_eq!(c.keywords[1].arg, None);
}

#[test]
fn elif_nests_in_orelse() {
    let StmtKind::If { orelse, .. } = one_stmt("if a:\n    x\nelif b:\n    y\nelse:\n    z\n") else { panic!() };
    let [Stmt { kind: StmtKind::If { orelse: inner, .. }, loc, .. }] = orelse.as_slice() else { panic!() };
    assert_eq!(loc.line, 3);
    assert!(matches!(inner[0].kind, StmtKind::Expr(_)));
}

#[test]
fn statement_end_lines() {
    let body = module("x = (1,\n     2)\nif a:\n    pass\n    y = 3\nz = 1\n");
    assert_eq!((body[0].loc.line, body[0].end_line), (1, 2));
    assert_eq!((body[1].loc.line, body[1].end_line), (3, 5));
    assert_eq!((body[2].loc.line, body[2].end_line), (6, 6));
}

#[test]
fn assignments() {
    let StmtKind::Assign { targets, value } = one_stmt("a = b = 1, 2") else { panic!() };
    assert_eq!(targets.len(), 2);
    assert!(matches!(value.kind, ExprKind::Tuple(ref v) if v.len() == 2));
    let StmtKind::Assign { targets, .. } = one_stmt("a, *b = c") else { panic!() };
    let ExprKind::Tuple(items) = &targets[0].kind else { panic!() };
    assert!(matches!(items[1].kind, ExprKind::Starred(_)));
    let StmtKind::AugAssign { op, .. } = one_stmt("x //= 2") else { panic!() };
    assert_eq!(op, BinOp::FloorDiv);
    for (src, op) in [
        ("+=", BinOp::Add), ("-=", BinOp::Sub), ("*=", BinOp::Mult), ("@=", BinOp::MatMult), ("/=", BinOp::Div),
        ("%=", BinOp::Mod), ("&=", BinOp::BitAnd), ("|=", BinOp::BitOr), ("^=", BinOp::BitXor),
        ("<<=", BinOp::LShift), (">>=", BinOp::RShift), ("**=", BinOp::Pow), ("//=", BinOp::FloorDiv),
    ] {
        let StmtKind::AugAssign { op: got, .. } = one_stmt(&format!("x {src} 1")) else { panic!() };
        assert_eq!(got, op, "{src}");
    }
    let StmtKind::AnnAssign { simple, value, .. } = one_stmt("x: int = 3") else { panic!() };
    assert!(simple && value.is_some());
    let StmtKind::AnnAssign { simple, .. } = one_stmt("(x): int") else { panic!() };
    assert!(!simple);
    let StmtKind::AnnAssign { simple, .. } = one_stmt("self.x: int = 1") else { panic!() };
    assert!(!simple);
    let StmtKind::Assign { value, .. } = one_stmt("x = yield") else { panic!() };
    assert!(matches!(value.kind, ExprKind::Yield(None)));
}

#[test]
fn calls_and_generator_argument() {
    let ExprKind::Call { args, keywords, .. } = expr("print(*a, sep='', **k)") else { panic!() };
    assert!(matches!(args[0].kind, ExprKind::Starred(_)));
    assert_eq!(keywords[0].arg.as_deref(), Some("sep"));
    assert_eq!(keywords[1].arg, None);
    let ExprKind::Call { args, .. } = expr("f(x for x in y)") else { panic!() };
    assert!(matches!(args[0].kind, ExprKind::GeneratorExp { .. }));
    assert_eq!(args[0].loc.col, 1, "a sole generator argument starts at the call's '('");
}

#[test]
fn displays_and_comprehensions() {
    assert!(matches!(expr("{}"), ExprKind::Dict { .. }));
    assert!(matches!(expr("{1}"), ExprKind::Set(_)));
    let ExprKind::Dict { keys, .. } = expr("{**a, 'b': 1}") else { panic!() };
    assert!(keys[0].is_none() && keys[1].is_some());
    assert!(matches!(expr("()"), ExprKind::Tuple(ref v) if v.is_empty()));
    assert!(matches!(expr("(1)"), ExprKind::Constant(Constant::Int(1))));
    assert!(matches!(expr("(1,)"), ExprKind::Tuple(ref v) if v.len() == 1));
    let ExprKind::ListComp { generators, .. } = expr("[x for x in a if x if y for z in x]") else { panic!() };
    assert_eq!(generators.len(), 2);
    assert_eq!(generators[0].ifs.len(), 2);
    assert!(matches!(expr("{k: v for k, v in d}"), ExprKind::DictComp { .. }));
    assert!(matches!(expr("{x for x in s}"), ExprKind::SetComp { .. }));
    assert!(matches!(expr("(x for x in s)"), ExprKind::GeneratorExp { .. }));
}

#[test]
fn subscripts_and_slices() {
    let ExprKind::Subscript { slice, .. } = expr("a[1:2, ::3]") else { panic!() };
    let ExprKind::Tuple(items) = slice.kind else { panic!() };
    let ExprKind::Slice { lower, upper, step } = &items[1].kind else { panic!() };
    assert!(lower.is_none() && upper.is_none() && step.as_deref().map(int) == Some(3));
    let ExprKind::Subscript { slice, .. } = expr("a[:]") else { panic!() };
    assert!(matches!(slice.kind, ExprKind::Slice { lower: None, upper: None, step: None }));
}

#[test]
fn walrus_positions() {
    let StmtKind::If { test, .. } = one_stmt("if (n := len(a)) > 10: pass") else { panic!() };
    let ExprKind::Compare { left, .. } = test.kind else { panic!() };
    assert!(matches!(left.kind, ExprKind::NamedExpr { ref target, .. } if target == "n"));
    assert!(matches!(expr("[y := 1, y]"), ExprKind::List(_)));
}

#[test]
fn literals() {
    assert!(matches!(expr("0xff"), ExprKind::Constant(Constant::Int(255))));
    assert!(matches!(expr("0o17"), ExprKind::Constant(Constant::Int(15))));
    assert!(matches!(expr("0b101"), ExprKind::Constant(Constant::Int(5))));
    assert!(matches!(expr("1_000_000"), ExprKind::Constant(Constant::Int(1_000_000))));
    assert!(matches!(expr("9223372036854775807"), ExprKind::Constant(Constant::Int(i64::MAX))));
    assert_eq!(expr("9223372036854775808"), ExprKind::Constant(Constant::BigInt("9223372036854775808".into())));
    assert_eq!(expr("0x10000000000000000"), ExprKind::Constant(Constant::BigInt("18446744073709551616".into())));
    assert_eq!(expr("1."), ExprKind::Constant(Constant::Float(1.0)));
    assert_eq!(expr(".5"), ExprKind::Constant(Constant::Float(0.5)));
    assert_eq!(expr("1e10"), ExprKind::Constant(Constant::Float(1e10)));
    assert_eq!(expr("1_000.5"), ExprKind::Constant(Constant::Float(1000.5)));
    assert_eq!(expr("2j"), ExprKind::Constant(Constant::Imaginary(2.0)));
    assert_eq!(expr(r#""\x41\101\u00e9\U0001F600\N{BULLET}\n\t\\\'""#), ExprKind::Constant(Constant::Str("AAé😀•\n\t\\'".into())));
    assert_eq!(expr("'a' \"b\" '''c'''"), ExprKind::Constant(Constant::Str("abc".into())));
    assert_eq!(expr(r"r'\n' R'\t'"), ExprKind::Constant(Constant::Str(r"\n\t".into())));
    assert_eq!(expr(r"b'\x00\xff' rb'\n'"), ExprKind::Constant(Constant::Bytes(vec![0, 255, b'\\', b'n'])));
    assert_eq!(expr("'a\\\nb'"), ExprKind::Constant(Constant::Str("ab".into())));
    assert_eq!(expr("..."), ExprKind::Constant(Constant::Ellipsis));
}

#[test]
fn fstrings() {
    let ExprKind::JoinedStr(parts) = expr(r#"f"a{x!r:>{w}}b{y=}{{c}}" 'd'"#) else { panic!() };
    assert_eq!(parts.len(), 5, "{parts:?}");
    assert_eq!(parts[0], FStringPart::Literal("a".into()));
    let FStringPart::Formatted { conversion, format_spec: Some(spec), .. } = &parts[1] else { panic!() };
    assert_eq!(*conversion, Some('r'));
    assert_eq!(spec[0], FStringPart::Literal(">".into()));
    assert!(matches!(spec[1], FStringPart::Formatted { .. }));
    assert_eq!(parts[2], FStringPart::Literal("by=".into()));
    let FStringPart::Formatted { conversion, format_spec: None, .. } = &parts[3] else { panic!() };
    assert_eq!(*conversion, Some('r'), "{{y=}} defaults to !r");
    assert_eq!(parts[4], FStringPart::Literal("{c}d".into()));
    // Field expressions carry their real position.
    let StmtKind::Expr(e) = module("x\nf'{ a + b }'").remove(1).kind else { panic!() };
    let ExprKind::JoinedStr(parts) = e.kind else { panic!() };
    let FStringPart::Formatted { value, .. } = &parts[0] else { panic!() };
    assert_eq!(value.loc, Loc { line: 2, col: 4 });
    let ExprKind::JoinedStr(parts) = expr(r#"f"{'q'}" f'{"q"}'"#) else { panic!() };
    assert_eq!(parts.len(), 2);
}

#[test]
fn with_statements() {
    let StmtKind::With { items, .. } = one_stmt("with (a as b, c as d,): pass") else { panic!() };
    assert_eq!(items.len(), 2);
    let StmtKind::With { items, .. } = one_stmt("with (a, b) as c: pass") else { panic!() };
    assert_eq!(items.len(), 1);
    assert!(matches!(items[0].context.kind, ExprKind::Tuple(_)));
    let StmtKind::With { items, .. } = one_stmt("with (a, b): pass") else { panic!() };
    assert_eq!(items.len(), 2);
}

#[test]
fn try_statement() {
    let StmtKind::Try { handlers, orelse, finalbody, .. } =
        one_stmt("try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept:\n    raise\nelse:\n    x\nfinally:\n    y\n")
    else {
        panic!()
    };
    assert_eq!(handlers.len(), 2);
    assert_eq!(handlers[0].name.as_deref(), Some("e"));
    assert!(handlers[1].typ.is_none());
    assert_eq!((orelse.len(), finalbody.len()), (1, 1));
}

#[test]
fn imports() {
    let StmtKind::ImportFrom { module, names, level } = one_stmt("from ...a.b import (c as d, e,)") else { panic!() };
    assert_eq!((module.as_deref(), level), (Some("a.b"), 3));
    assert_eq!(names[0].asname.as_deref(), Some("d"));
    let StmtKind::ImportFrom { module, names, level } = one_stmt("from . import *") else { panic!() };
    assert_eq!((module, level, names[0].name.as_str()), (None, 1, "*"));
    let StmtKind::Import(names) = one_stmt("import a.b.c as d, e") else { panic!() };
    assert_eq!(names[0].name, "a.b.c");
}

#[test]
fn simple_statements() {
    assert_eq!(module("a = 1; b = 2;\nc = 3").len(), 3);
    assert!(matches!(one_stmt("del a, b[0], c.d"), StmtKind::Delete(ref t) if t.len() == 3));
    assert!(matches!(one_stmt("global a, b"), StmtKind::Global(ref n) if n.len() == 2));
    assert!(matches!(one_stmt("assert x, 'm'"), StmtKind::Assert { msg: Some(_), .. }));
    assert!(matches!(one_stmt("raise X from Y"), StmtKind::Raise { cause: Some(_), .. }));
    assert!(matches!(one_stmt("return 1, 2"), StmtKind::Return(Some(Expr { kind: ExprKind::Tuple(_), .. }))));
    assert!(matches!(one_stmt("for x in 1, 2: pass"), StmtKind::For { .. }));
}

#[test]
fn indentation_forms() {
    // Tabs, form feeds, comments and blank lines between statements.
    assert_eq!(module("if x:\n\tpass\n\n  # c\n\tpass\n").len(), 1);
    assert_eq!(module("if x:\n        a\nelse:\n\tb\n").len(), 1);
    assert_eq!(module("x = [\n1,\n      2]\ny = 1 + \\\n  2\n").len(), 2);
    assert_eq!(module("\u{feff}x = 1\r\ny = 2\r").len(), 2);
    assert_eq!(module("").len(), 0);
    assert_eq!(module("# only a comment").len(), 0);
}

#[test]
fn expression_mode() {
    assert!(matches!(expr("  1 + 2\n\n"), ExprKind::BinOp { .. }));
    assert!(matches!(expr("1, 2"), ExprKind::Tuple(_)));
    assert!(parse_expression("x = 1", "<e>").is_err());
    assert!(parse_expression("", "<e>").is_err());
}

#[test]
fn interactive_mode() {
    assert_eq!(parse_interactive("x = 1\n", "<stdin>").map(|m| m.body.len()), Ok(1));
    assert_eq!(parse_interactive("if x:\n    y\n", "<stdin>").map(|m| m.body.len()), Ok(1));
}

#[test]
fn stdlib_sized_file_parses_quickly() {
    // About 5,000 lines; a debug build should still take well under a second.
    let src = include_str!("data/constructs.py").repeat(25);
    let start = std::time::Instant::now();
    assert!(parse_module(&src, "big.py").is_ok());
    assert!(start.elapsed() < std::time::Duration::from_secs(5));
}
