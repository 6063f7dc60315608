//! `SyntaxError`'s `Display` prints CPython's traceback tail, and
//! `incomplete_input` tells a REPL when to read another line. Expected
//! texts are what `python3 t.py` printed (CPython 3.11.7), file name aside.
//! One deliberate difference: CPython underlines a range (`^^^^`) for some
//! errors; garter prints one caret at the offset.

use garter_grammar::{parse_interactive, parse_module};

fn shown(src: &str) -> String {
    match parse_module(src, "t.py") {
        Ok(_) => panic!("{src:?} parsed"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn unclosed_bracket() {
    assert_eq!(shown("x = (1,\n"), "  File \"t.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed");
}

#[test]
fn indentation_errors_without_caret() {
    assert_eq!(
        shown("if x:\n"),
        "  File \"t.py\", line 1\n    if x:\nIndentationError: expected an indented block after 'if' statement on line 1"
    );
    assert_eq!(shown("  x = 1\n"), "  File \"t.py\", line 1\n    x = 1\nIndentationError: unexpected indent");
    assert_eq!(shown("\tx = )\n"), "  File \"t.py\", line 1\n    x = )\nIndentationError: unexpected indent");
    assert_eq!(
        shown("if x:\n\ta\n        b\n"),
        "  File \"t.py\", line 3\n    b\nTabError: inconsistent use of tabs and spaces in indentation"
    );
}

#[test]
fn caret_follows_stripped_indentation() {
    assert_eq!(
        shown("if x:\n  a\n b\n"),
        "  File \"t.py\", line 3\n    b\n     ^\nIndentationError: unindent does not match any outer indentation level"
    );
    assert_eq!(
        shown("def f():\n\treturn 1 +\n"),
        "  File \"t.py\", line 2\n    return 1 +\n              ^\nSyntaxError: invalid syntax"
    );
}

#[test]
fn caret_counts_utf8_bytes_like_cpython() {
    assert_eq!(
        shown("s = 'é' + 1 +\n"),
        "  File \"t.py\", line 1\n    s = 'é' + 1 +\n                  ^\nSyntaxError: invalid syntax"
    );
}

#[test]
fn unterminated_string_and_eof() {
    assert_eq!(
        shown("x = \"abc"),
        "  File \"t.py\", line 1\n    x = \"abc\n        ^\nSyntaxError: unterminated string literal (detected at line 1)"
    );
    assert_eq!(shown("@d\n"), "  File \"t.py\", line 1\n    @d\nSyntaxError: invalid syntax");
    assert_eq!(
        shown("x = 1 \\"),
        "  File \"t.py\", line 1\n    x = 1 \\\n           ^\nSyntaxError: unexpected EOF while parsing"
    );
}

#[test]
fn no_text_no_source_line() {
    let e = garter_grammar::SyntaxError {
        kind: garter_grammar::SyntaxErrorKind::SyntaxError,
        msg: "'return' outside function".into(),
        filename: "t.py".into(),
        line: 3,
        offset: 5,
        text: None,
    };
    assert_eq!(e.to_string(), "  File \"t.py\", line 3\nSyntaxError: 'return' outside function");
}

fn incomplete(src: &str) -> bool {
    match parse_interactive(src, "<stdin>") {
        Ok(_) => panic!("{src:?} parsed"),
        Err(e) => e.incomplete_input(),
    }
}

#[test]
fn repl_continues_unfinished_input() {
    for src in [
        "x = (1,\n",
        "foo(\n  a,\n",
        "s = '''abc\n",
        "if x:\n",
        "def f(a):\n",
        "class A:\n",
        "for i in x:\n",
        "if x:\n  pass\nelse:\n",
        "try:\n  pass\nexcept E:\n",
        "x = 1 + \\\n",
        "@decorator\n",
        "if x:\n\n",
        "while True:\n    if y:\n",
    ] {
        assert!(incomplete(src), "{src:?} should ask for more");
    }
}

#[test]
fn repl_reports_real_errors() {
    for src in [
        "x = = 1\n",
        "x = 1 +\n",
        "x = (1,\ny = 2\n",
        "s = 'abc\n",
        "1 = x\n",
        "x = )\n",
        "if x:\npass\n",
        "  x = 1\n",
        "def f():\n    if x:\ny = 1\n",
    ] {
        assert!(!incomplete(src), "{src:?} is an error, not unfinished");
    }
}
