//! `cargo run --example dump -- FILE [--locs]`: prints garter's AST of FILE
//! in the canonical form `tools/pydump.py` prints CPython's, so the two can
//! be diffed (see `tools/compare_stdlib.sh`).
#[path = "../tests/common/dump.rs"]
mod dump;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: dump FILE [--locs]");
        std::process::exit(2);
    };
    let locs = args.iter().any(|a| a == "--locs");
    let source = match std::fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    match garter_grammar::parse_module(&source, path) {
        Ok(m) => print!("{}", dump::dump_module(&m, locs)),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}

