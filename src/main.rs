//! The `garter` command: `garter FILE [ARGS...]`.

use std::process::ExitCode;

/// The interpreter runs on a thread with a large stack: deep (but bounded)
/// recursion through Rust code, e.g. `__init__` calling `__init__`, must
/// reach the recursion limit's RecursionError, not a stack overflow.
const INTERPRETER_STACK_BYTES: usize = 512 * 1024 * 1024;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 2 {
        eprintln!("usage: garter FILE [ARGS...]");
        return ExitCode::from(2);
    }
    let argv: Vec<String> = args[1..].to_vec();
    let path = args[1].clone();
    let runner = std::thread::Builder::new()
        .name("garter-main".into())
        .stack_size(INTERPRETER_STACK_BYTES)
        .spawn(move || {
            let mut vm = garter::new_vm(argv);
            garter::run_file(&mut vm, &path)
        });
    let status = match runner {
        Ok(h) => h.join().unwrap_or(1),
        Err(e) => {
            eprintln!("garter: cannot start the interpreter thread: {e}");
            1
        }
    };
    ExitCode::from(status.clamp(0, 255) as u8)
}
