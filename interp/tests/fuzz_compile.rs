//! The compiler never panics, whatever it is fed: every input the parser
//! accepts is compiled, and everything must end in a code object or a
//! `SyntaxError`, never a panic or a stack overflow.
//!
//! Inputs: soups of Python fragments (mostly rejected by the parser, the
//! rest reaching odd corners of the compiler) and mutations of the
//! conformance programs in `tests/py` (mostly valid, so the compiler sees
//! real code with pieces deleted, duplicated or swapped). 10,000 cases per
//! strategy by default; `GARTER_FUZZ_CASES=N` runs more.

use garter_grammar::{parse_expression, parse_module};
use garter_interp::compiler::{compile_expression, compile_module};
use garter_interp::value::Interner;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

fn config() -> Config {
    let cases = std::env::var("GARTER_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000);
    Config { cases, failure_persistence: None, ..Config::default() }
}

const FRAGMENTS: &[&str] = &[
    "x", "y", "f", "self", "super", "__class__", "None", "0", "1", "2.5", "'s'", "b'b'", "f'{x}'", "(", ")",
    "[", "]", "{", "}", ",", ":", ".", "=", "+=", "==", "<", "+", "*", "**", "not", "and", "or", "in", "is",
    "if", "else", "elif", "for", "while", "def", "class", "return", "yield", "yield from", "lambda", "try",
    "except", "finally", "with", "as", "global", "nonlocal", "del", "pass", "break", "continue", "raise",
    "from", "import", "assert", "async", "await", "match", "case", "_", ":=", "*", "**", "@", "\n", "    ",
    "\n    ", "\n        ", ";",
];

/// Compiles whatever the parser accepts.
fn check(source: &str) {
    let mut interner = Interner::new();
    if let Ok(m) = parse_module(source, "<fuzz>") {
        let _ = compile_module(&m, "<fuzz>", false, &mut interner);
        let _ = compile_module(&m, "<fuzz>", true, &mut interner);
    }
    if let Ok(e) = parse_expression(source, "<fuzz>") {
        let _ = compile_expression(&e, "<fuzz>", &mut interner);
    }
}

/// The conformance programs, as seeds for mutation.
fn programs() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/py");
    let mut out = Vec::new();
    let mut dirs = vec![root];
    while let Some(d) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else { continue };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().map(|x| x == "py").unwrap_or(false) {
                if let Ok(s) = std::fs::read_to_string(&p) {
                    out.push(s);
                }
            }
        }
    }
    out.sort();
    out
}

/// Runs `f` on a thread with a big stack, like the `garter` binary's
/// interpreter thread, so deep (but bounded) nesting is not a false alarm.
fn on_big_stack(f: impl FnOnce() + Send + 'static) {
    let h = std::thread::Builder::new().stack_size(256 << 20).spawn(f).expect("spawn fuzz thread");
    if let Err(e) = h.join() {
        std::panic::resume_unwind(e);
    }
}

#[test]
fn compiler_survives_fragment_soup() {
    on_big_stack(|| {
        let piece = (prop::sample::select(FRAGMENTS), prop::sample::select(&["", " ", "\n"][..]));
        let strategy = prop::collection::vec(piece, 0..60).prop_map(|v| v.into_iter().map(|(a, b)| format!("{a}{b}")).collect::<String>());
        let mut runner = TestRunner::new(config());
        runner
            .run(&strategy, |s| {
                check(&s);
                Ok(())
            })
            .expect("no panic");
    });
}

#[test]
fn compiler_survives_mutated_programs() {
    on_big_stack(|| {
        let progs = programs();
        assert!(progs.len() > 100, "the conformance programs are the seeds");
        let n = progs.len();
        // (program, line edits): each edit deletes, duplicates or swaps a line,
        // or cuts one in two at a byte position.
        let strategy = (0..n, prop::collection::vec((0u8..4, any::<prop::sample::Index>(), any::<prop::sample::Index>()), 1..6));
        let mut runner = TestRunner::new(config());
        runner
            .run(&strategy, |(p, edits)| {
                let mut lines: Vec<String> = progs[p].lines().map(String::from).collect();
                for (kind, a, b) in edits {
                    if lines.is_empty() {
                        break;
                    }
                    let i = a.index(lines.len());
                    let j = b.index(lines.len());
                    match kind {
                        0 => {
                            lines.remove(i);
                        }
                        1 => {
                            let l = lines[i].clone();
                            lines.insert(j, l);
                        }
                        2 => lines.swap(i, j),
                        _ => {
                            let l = lines[i].clone();
                            let cut = b.index(l.len() + 1);
                            if l.is_char_boundary(cut) {
                                lines[i] = l[..cut].to_string();
                            }
                        }
                    }
                }
                check(&lines.join("\n"));
                Ok(())
            })
            .expect("no panic");
    });
}
