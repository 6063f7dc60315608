//! The parser never panics, whatever it is fed: random bytes, random
//! strings, soups of Python fragments, and mutated valid programs go through
//! `parse_module`, `parse_interactive` and `parse_expression`, and any
//! error they return must also format and classify without panicking.
//!
//! 10,000 cases per strategy by default; `GARTER_FUZZ_CASES=1000000 cargo
//! test --release --test fuzz` runs more (see docs/fuzz-parser.md).

use garter_grammar::{parse_expression, parse_interactive, parse_module};
use proptest::prelude::*;
use proptest::test_runner::Config;

fn config() -> Config {
    let cases = std::env::var("GARTER_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000);
    Config { cases, failure_persistence: None, ..Config::default() }
}

/// Pieces of Python, valid and not, that tend to reach interesting states.
const FRAGMENTS: &[&str] = &[
    "x", "y", "foo", "_", "é", "λ", "print", "self", "None", "True", "False", "0", "1", "42", "0x1F", "0o7",
    "0b1", "1_000", "1.5", ".5", "1e10", "1e", "2j", "0777", "1__0", "123456789012345678901234567890",
    "'a'", "\"b\"", "'''t\n'''", "\"\"\"", "'", "\"", "r'\\d'", "b'x'", "rb'\\x'", "b'\\xff'", "u'u'",
    "f'{x}'", "f\"{x!r:>{w}}\"", "f'{x=}'", "f'{{}}'", "f'{'", "f'}'", "f'{x:{y:{z}}}'", "f'{a['", "f'{\"s\"}'",
    "'\\N{BULLET}'", "'\\x4'", "'\\u12'", "\\", "\\\n", "\n", "\n\n", "\r\n", "\t", "    ", "  ", "\x0c", "#c",
    "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "...", "=", "==", "!=", "<", ">", "<=", ">=", "<>", "+",
    "-", "*", "**", "/", "//", "%", "@", "<<", ">>", "&", "|", "^", "~", ":=", "->", "+=", "-=", "*=", "**=",
    "//=", "@=", "!", "?", "$", "`", "\0", "\u{feff}", "\u{200b}", "€", "if", "elif", "else", "for", "in",
    "while", "def", "class", "return", "yield", "from", "import", "as", "try", "except", "finally", "with",
    "lambda", "and", "or", "not", "is", "del", "global", "nonlocal", "assert", "raise", "pass", "break",
    "continue", "async", "await", "match", "case",
];

/// Small valid programs to mutate.
const PROGRAMS: &[&str] = &[
    "def f(a, b=1, *args, c, **kw) -> int:\n    return a + b * c\n",
    "class A(B, metaclass=M):\n    x: int = 3\n    def g(self):\n        yield from range(3)\n",
    "for i, j in zip(a, b):\n    if i:\n        continue\n    elif j:\n        break\nelse:\n    pass\n",
    "try:\n    x = [y for y in z if y]\nexcept (A, B) as e:\n    raise X from e\nfinally:\n    del a[0]\n",
    "with open(f) as g, (yield) as h:\n    print(f\"{x!r:>{w}} {y=}\", *a, sep='')\n",
    "d = {k: v for k, v in items}; s = {1, *a}; g = (x for x in y)\na[1:2, ::3] = b[...]\n",
    "x = lambda q, *r, s=1, **t: (q, r)\nif (n := len(a)) > 10:\n    pass\n",
    "import os.path as p\nfrom ..m import (a, b as c,)\nglobal q\nassert x, 'm'\n",
    "@dec(1)\n@other\ndef h(x, /, y, *, z):\n    nonlocal w\n    w += 1\n    return -2 ** -x\n",
];

fn check(source: &str) {
    for result in [parse_module(source, "<fuzz>").map(|_| ()), parse_interactive(source, "<fuzz>").map(|_| ())] {
        if let Err(e) = result {
            let _ = e.to_string();
            let _ = e.incomplete_input();
        }
    }
    if let Err(e) = parse_expression(source, "<fuzz>") {
        let _ = e.to_string();
    }
}

fn soup() -> impl Strategy<Value = String> {
    let piece = (prop::sample::select(FRAGMENTS), prop::sample::select(&["", " ", " ", "\n", "  "][..]));
    prop::collection::vec(piece, 0..80).prop_map(|v| v.into_iter().map(|(a, b)| format!("{a}{b}")).collect())
}

fn mutated() -> impl Strategy<Value = String> {
    (prop::sample::select(PROGRAMS), any::<prop::sample::Index>(), 0usize..12, soup()).prop_map(|(p, at, cut, insert)| {
        let chars: Vec<char> = p.chars().collect();
        let i = at.index(chars.len() + 1);
        let j = (i + cut).min(chars.len());
        let mut out: String = chars[..i].iter().collect();
        out.push_str(&insert[..insert.len().min(insert.char_indices().nth(6).map_or(insert.len(), |(k, _)| k))]);
        out.extend(&chars[j..]);
        out
    })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        check(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn random_strings_never_panic(s in "\\PC{0,120}") {
        check(&s);
    }

    #[test]
    fn fragment_soups_never_panic(s in soup()) {
        check(&s);
    }

    #[test]
    fn mutated_programs_never_panic(s in mutated()) {
        check(&s);
    }
}
