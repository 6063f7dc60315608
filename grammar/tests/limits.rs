//! Every limit the parser enforces, crossed: deep input is a SyntaxError,
//! never a stack overflow (these tests run on the test harness's small
//! thread stacks), and input just inside a limit still parses.

use garter_grammar::{parse_expression, parse_module, SyntaxErrorKind};

fn err_msg(src: &str) -> String {
    match parse_module(src, "<limits>") {
        Ok(_) => panic!("parsed {} bytes that should have failed", src.len()),
        Err(e) => e.msg,
    }
}

#[test]
fn bracket_nesting_limit_is_cpythons_200() {
    assert!(parse_module(&format!("{}{}", "(".repeat(200), ")".repeat(200)), "<l>").is_ok());
    assert_eq!(err_msg(&format!("{}{}", "(".repeat(201), ")".repeat(201))), "too many nested parentheses");
    assert_eq!(err_msg(&"[".repeat(100_000)), "too many nested parentheses");
    assert!(parse_module(&format!("x = {}1{}", "[".repeat(150), "]".repeat(150)), "<l>").is_ok());
}

#[test]
fn long_operator_chains_are_rejected_not_overflowed() {
    assert_eq!(err_msg(&format!("x = {}1", "- ".repeat(100_000))), "too many nested parentheses");
    assert_eq!(err_msg(&format!("x = {}1", "not ".repeat(100_000))), "too many nested parentheses");
    assert_eq!(err_msg(&format!("x = 1{}", " + 1".repeat(100_000))), "too many nested parentheses");
    assert_eq!(err_msg(&format!("x = a{}", ".b".repeat(100_000))), "too many nested parentheses");
    assert_eq!(err_msg(&format!("x = f{}", "()".repeat(100_000))), "too many nested parentheses");
    assert_eq!(err_msg(&format!("x = {}1", "lambda: ".repeat(100_000))), "too many nested parentheses");
    // Nesting spread over brackets adds up.
    let mixed = format!("x = {}1{}", "-(".repeat(190), ")".repeat(190)).replace("-(", &format!("{}(", "-".repeat(10)));
    assert_eq!(err_msg(&mixed), "too many nested parentheses");
}

#[test]
fn cpython_sized_chains_still_parse() {
    // CPython 3.11 accepts 1000 unary minus signs.
    assert!(parse_module(&format!("x = {}1", "-".repeat(999)), "<l>").is_ok());
    assert!(parse_expression(&format!("1{}", " + 1".repeat(900)), "<l>").is_ok());
}

#[test]
fn wide_input_is_not_deep() {
    let items = "1, ".repeat(100_000);
    assert!(parse_module(&format!("x = [{items}]"), "<l>").is_ok());
    let lines = "x = 1 + 2 * 3\n".repeat(20_000);
    assert!(parse_module(&lines, "<l>").is_ok());
    let big_string = format!("s = '{}'", "a".repeat(1_000_000));
    assert!(parse_module(&big_string, "<l>").is_ok());
    let concat = "'a' ".repeat(50_000);
    assert!(parse_module(&concat, "<l>").is_ok());
}

#[test]
fn indentation_limit_is_cpythons_100() {
    let nest = |n: usize| {
        let mut s = String::new();
        for i in 0..n {
            s.push_str(&" ".repeat(i));
            s.push_str("if x:\n");
        }
        s.push_str(&" ".repeat(n));
        s.push_str("pass\n");
        s
    };
    assert!(parse_module(&nest(99), "<l>").is_ok());
    let e = parse_module(&nest(101), "<l>").unwrap_err();
    assert_eq!((e.kind, e.msg.as_str()), (SyntaxErrorKind::IndentationError, "too many levels of indentation"));
}

#[test]
fn nested_fstrings() {
    assert!(parse_module(r#"x = f'''{f"""{f'{f"{1}"}'}"""}'''"#, "<l>").is_ok());
    assert!(parse_module(&format!("x = f'{{{}1}}'", "-".repeat(100_000)), "<l>").is_err());
}

#[test]
fn huge_numbers() {
    assert!(parse_module(&format!("x = {}", "9".repeat(10_000)), "<l>").is_ok());
    assert!(parse_module(&format!("x = 0x{}", "f".repeat(5_000)), "<l>").is_ok());
}

#[test]
fn null_bytes() {
    assert_eq!(err_msg("x = 1\0"), "source code string cannot contain null bytes");
}
