//! The `garter` command: parses the command line (`cli.rs`) and runs the
//! program it names (`-c`, `-m`, a file, stdin) or the REPL, on a thread
//! with a large stack. See `garter -h` and the README's "Command line".

use garter::cli::{self, Options, Parsed, Program};
use garter::MainAttrs;
use std::io::{IsTerminal, Read};
use std::process::ExitCode;

/// The interpreter runs on a thread with a large stack: deep (but bounded)
/// recursion through Rust code, e.g. `__init__` calling `__init__`, must
/// reach the recursion limit's RecursionError, not a stack overflow.
const INTERPRETER_STACK_BYTES: usize = 512 * 1024 * 1024;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let argv0 = args.first().cloned().unwrap_or_else(|| "garter".into());
    let options = match cli::parse(args.get(1..).unwrap_or(&[])) {
        Parsed::Run(o) => o,
        Parsed::Help => {
            print!("{}", cli::help_text(&argv0));
            return ExitCode::SUCCESS;
        }
        Parsed::Version { verbose } => {
            print!("{}", cli::version_text(verbose));
            return ExitCode::SUCCESS;
        }
        Parsed::Error(e) => {
            eprint!("{}", cli::usage_error_text(&argv0, &e));
            return ExitCode::from(2);
        }
    };
    let runner = std::thread::Builder::new()
        .name("garter-main".into())
        .stack_size(INTERPRETER_STACK_BYTES)
        .spawn(move || run(options));
    let status = match runner {
        Ok(h) => h.join().unwrap_or(1),
        Err(e) => {
            eprintln!("garter: cannot start the interpreter thread: {e}");
            1
        }
    };
    if garter::EXITED_BY_INTERRUPT.load(std::sync::atomic::Ordering::Relaxed) {
        garter::interp::builtins::flush_stdout();
        garter::exit_by_sigint();
    }
    ExitCode::from(status.clamp(0, 255) as u8)
}

/// Runs what the command line asked for; returns the exit status.
fn run(o: Options) -> i32 {
    if o.unbuffered {
        garter::interp::builtins::UNBUFFERED_STDOUT.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    let stdin_is_tty = std::io::stdin().is_terminal();
    // sys.argv[0] as CPython sets it; `-m` replaces its placeholder with the
    // module's path once found.
    let argv0 = match &o.program {
        Program::Command(_) => "-c".to_string(),
        Program::Module(_) => "-m".to_string(),
        Program::File(f) => f.clone(),
        Program::Stdin { dash } => if *dash { "-" } else { "" }.to_string(),
    };
    let mut argv = vec![argv0];
    argv.extend(o.args.iter().cloned());
    let mut vm = garter::new_vm_with_xoptions(argv, &o.xoptions);
    // The GIL's settings (`-X gil=`, `checkinterval=`, `switchinterval=`).
    for (name, value) in &o.xoptions {
        let value = match value {
            garter::XValue::Flag => None,
            garter::XValue::Text(t) => Some(t.as_str()),
        };
        if let Err(msg) = garter::stdlib::garter_mod::apply_x_option(&mut vm, name, value) {
            eprintln!("garter: {msg}");
            return 2;
        }
    }
    if !o.ignore_environment {
        if let Some(list) = std::env::var_os("GARTERPATH").filter(|v| !v.is_empty()) {
            garter::add_to_sys_path(&mut vm, &list.to_string_lossy());
        }
    }
    let (globals, result) = match &o.program {
        Program::Command(cmd) => {
            garter::prepend_sys_path(&mut vm, "");
            garter::exec_main(&mut vm, cmd, "<string>", MainAttrs::default())
        }
        Program::File(path) => {
            let (abs, source) = match garter::read_script(path) {
                Ok(found) => found,
                Err(status) => return status,
            };
            let dir = std::path::Path::new(&abs).parent().map(|p| p.display().to_string()).unwrap_or_default();
            garter::prepend_sys_path(&mut vm, if dir.is_empty() { "." } else { &dir });
            garter::exec_main(&mut vm, &source, &abs, MainAttrs { file: Some(&abs), package: None })
        }
        Program::Module(name) => {
            let cwd = std::env::current_dir().map(|p| p.display().to_string()).unwrap_or_default();
            garter::prepend_sys_path(&mut vm, &cwd);
            let found = match garter::runmod::find(&mut vm, name) {
                Ok(found) => found,
                Err(garter::runmod::NotRunnable::Message(m)) => {
                    garter::interp::builtins::flush_stdout();
                    eprintln!("garter: {m}");
                    return 1;
                }
                Err(garter::runmod::NotRunnable::Raised(e)) => return garter::exit_status_of(&mut vm, e),
            };
            garter::set_argv0(&mut vm, &found.path);
            let (abs, source) = match garter::read_script(&found.path) {
                Ok(read) => read,
                Err(status) => return status,
            };
            garter::exec_main(&mut vm, &source, &abs, MainAttrs { file: Some(&abs), package: Some(&found.package) })
        }
        Program::Stdin { .. } => {
            garter::prepend_sys_path(&mut vm, "");
            if stdin_is_tty || o.inspect {
                let (globals, _) = garter::exec_main(&mut vm, "", "<stdin>", MainAttrs::default());
                return interact(vm, globals, stdin_is_tty, !o.quiet);
            }
            let mut bytes = Vec::new();
            if let Err(e) = std::io::stdin().lock().read_to_end(&mut bytes) {
                eprintln!("garter: can't read stdin: {e}");
                return 2;
            }
            garter::exec_main(&mut vm, &String::from_utf8_lossy(&bytes), "<stdin>", MainAttrs::default())
        }
    };
    if o.inspect {
        if let Err(e) = result {
            // With -i every exception, SystemExit included, is shown and
            // the REPL starts, as in CPython.
            let exc = vm.normalize(e);
            garter::print_uncaught(&mut vm, &exc);
        }
        return interact(vm, globals, stdin_is_tty, false);
    }
    let status = match result {
        Ok(()) => 0,
        Err(e) => garter::exit_status_of(&mut vm, e),
    };
    garter::finish_main(&mut vm, &globals);
    status
}

/// The REPL in `globals`: rustyline on a terminal, prompts on stderr otherwise.
fn interact(mut vm: garter::interp::vm::Vm, globals: garter::interp::value::Obj, tty: bool, banner: bool) -> i32 {
    if tty {
        return garter::repl::interact_tty(vm, globals, banner);
    }
    let status = garter::repl::interact_lines(&mut vm, &globals, banner);
    garter::finish_main(&mut vm, &globals);
    status
}
