//! `cargo run --example parse -- FILE [--expr] [--quiet]`: parses FILE and
//! prints the AST (or the SyntaxError as CPython shows it). A debugging aid.
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: parse FILE [--expr] [--quiet]");
        std::process::exit(2);
    };
    let source = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(2);
    });
    let quiet = args.iter().any(|a| a == "--quiet");
    let start = std::time::Instant::now();
    let result = if args.iter().any(|a| a == "--expr") {
        garter_grammar::parse_expression(&source, path).map(|e| Box::new(e) as Box<dyn std::fmt::Debug>)
    } else {
        garter_grammar::parse_module(&source, path).map(|m| Box::new(m) as Box<dyn std::fmt::Debug>)
    };
    let elapsed = start.elapsed();
    let result = result.map(|ast| format!("{ast:#?}"));
    match result {
        Ok(ast) => {
            if !quiet {
                println!("{ast}");
            }
            eprintln!("parsed in {elapsed:?}");
        }
        Err(e) => {
            eprintln!("{e}");
            eprintln!("[incomplete_input={}]", e.incomplete_input());
            std::process::exit(1);
        }
    }
}
