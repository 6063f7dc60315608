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
    // `-X NAME[=VALUE]` options before the script (the full command line
    // is the CLI's; the GIL settings are applied here).
    let mut xoptions: Vec<(String, Option<String>)> = Vec::new();
    let mut first = 1;
    while first + 1 < args.len() && args[first] == "-X" {
        let opt = &args[first + 1];
        let (k, v) = match opt.split_once('=') {
            Some((k, v)) => (k.to_string(), Some(v.to_string())),
            None => (opt.clone(), None),
        };
        xoptions.push((k, v));
        first += 2;
    }
    if first >= args.len() {
        eprintln!("usage: garter [-X OPTION] FILE [ARGS...]");
        return ExitCode::from(2);
    }
    let argv: Vec<String> = args[first..].to_vec();
    let path = args[first].clone();
    let runner = std::thread::Builder::new()
        .name("garter-main".into())
        .stack_size(INTERPRETER_STACK_BYTES)
        .spawn(move || {
            let mut vm = garter::new_vm(argv);
            for (k, v) in &xoptions {
                if let Err(msg) = garter::stdlib::garter_mod::apply_x_option(&mut vm, k, v.as_deref()) {
                    eprintln!("garter: {msg}");
                    return 2;
                }
            }
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
