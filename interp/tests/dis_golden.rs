//! Golden `dis` listings: each `golden/NAME.py` is compiled and
//! disassembled, and the listing must equal `golden/NAME.txt`. A change to
//! the compiler that alters any of them shows up here, to be reviewed.
//!
//! Regenerate the expected files after an intended change with
//! `GARTER_BLESS=1 cargo test -p garter-interp --test dis_golden`.

use garter_interp::compiler::compile_module;
use garter_interp::dis::disassemble;
use garter_interp::value::Interner;
use std::path::Path;

const HEADER: &str = "# Regenerate: GARTER_BLESS=1 cargo test -p garter-interp --test dis_golden\n";

fn listing(source: &str, name: &str) -> String {
    let module = garter_grammar::parse_module(source, name).expect("golden source parses");
    let mut interner = Interner::new();
    let code = compile_module(&module, name, false, &mut interner).expect("golden source compiles");
    format!("{HEADER}{}", disassemble(&code))
}

#[test]
fn dis_listings_match_golden_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let bless = std::env::var_os("GARTER_BLESS").is_some();
    let mut sources: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/golden exists")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    sources.sort();
    assert!(!sources.is_empty());
    let mut failures = Vec::new();
    for src in sources {
        let name = src.file_name().unwrap().to_string_lossy().to_string();
        let actual = listing(&std::fs::read_to_string(&src).unwrap(), &name);
        let expected_path = src.with_extension("txt");
        if bless {
            std::fs::write(&expected_path, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != actual {
            failures.push(format!("--- {} differs; actual listing:\n{actual}", expected_path.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
