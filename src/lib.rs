//! garter: a small, fast Python-like interpreter with a tick-based GIL.
//!
//! This crate is the command-line binary and the embedding facade; the
//! interpreter lives in `garter-interp`, the native modules in
//! `garter-stdlib`.

pub use garter_interp as interp;
pub use garter_stdlib as stdlib;

use garter_interp::errors::PyErr;
use garter_interp::value::Value;
use garter_interp::vm::Vm;

/// A VM with the standard library registered and `sys.argv` set, and
/// Ctrl-C turned into `KeyboardInterrupt` (as CPython's startup does).
pub fn new_vm(argv: Vec<String>) -> Vm {
    garter_interp::signals::install_sigint_handler();
    let mut vm = Vm::new();
    *vm.g.argv.borrow_mut() = argv;
    garter_stdlib::register_all(&mut vm);
    vm
}

/// What running a script came to: an exit status for the process.
pub fn exit_status_of(vm: &mut Vm, err: PyErr) -> i32 {
    let exc = vm.normalize(err);
    if vm.exc_is_kind(&exc, garter_interp::errors::ExcKind::SystemExit) {
        let code = vm.get_attr_str(&exc, "code").unwrap_or(Value::None);
        return match code {
            Value::None => 0,
            Value::Int(i) => i as i32,
            Value::Bool(b) => b as i32,
            other => {
                garter_interp::builtins::flush_stdout();
                let s = vm.str_of(&other).unwrap_or_default();
                garter_interp::builtins::write_stderr(vm, &format!("{s}\n"));
                1
            }
        };
    }
    garter_interp::builtins::flush_stdout();
    print_uncaught(vm, &exc);
    1
}

/// Prints an uncaught exception as CPython does (SyntaxErrors with the
/// source line and caret).
pub fn print_uncaught(vm: &mut Vm, exc: &Value) {
    let syntax = vm.syntax_errors.borrow().iter().find(|(e, _)| e.is(exc)).map(|(_, s)| s.clone());
    if let Some(se) = syntax {
        let mut text = vm.format_exception(exc);
        // Replace the final line with the parser's caret display.
        if let Some(pos) = text.trim_end_matches('\n').rfind('\n') {
            text.truncate(pos + 1);
        } else {
            text.clear();
        }
        text.push_str(&format!("{se}"));
        if !text.ends_with('\n') {
            text.push('\n');
        }
        garter_interp::builtins::write_stderr(vm, &text);
        return;
    }
    vm.print_exception(exc);
}

/// Runs a script file as `__main__`; returns the process exit status.
pub fn run_file(vm: &mut Vm, path: &str) -> i32 {
    // CPython 3.11 names the main script by its absolute path (in
    // tracebacks, `__file__` and `sys.path[0]`); `sys.argv[0]` stays as given.
    let abs = std::path::absolute(path).map(|p| p.display().to_string()).unwrap_or_else(|_| path.to_string());
    let source = match std::fs::read(&abs) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            let text = e.to_string();
            let text = text.split(" (os error").next().unwrap_or("");
            eprintln!("garter: can't open file '{}': [Errno {}] {}", abs, e.raw_os_error().unwrap_or(2), text);
            return 2;
        }
    };
    let dir = std::path::Path::new(&abs).parent().map(|p| p.display().to_string()).unwrap_or_default();
    if let garter_interp::value::Payload::List(l) = vm.g.path.payload() {
        l.borrow_mut().insert(0, Value::new_str(if dir.is_empty() { "." } else { &dir }));
    }
    run_main_source(vm, &source, &abs)
}

/// At exit, as CPython's `Py_FinalizeEx`: `threading._shutdown()` waits
/// for the non-daemon threads (if `threading` was ever imported).
pub fn join_threads_at_exit(vm: &mut Vm) -> Result<(), PyErr> {
    let threading = match vm.g.modules.payload() {
        garter_interp::value::Payload::Dict(d) => d.borrow().get_str("threading").cloned(),
        _ => None,
    };
    let Some(threading) = threading else { return Ok(()) };
    let shutdown = vm.get_attr_str(&threading, "_shutdown")?;
    vm.call(&shutdown, &[])?;
    Ok(())
}

/// An exception out of `threading._shutdown` (Ctrl-C while the exit waits
/// for threads) is reported as CPython's finalisation reports it —
/// `Exception ignored in: <module 'threading'>` and the traceback — and does
/// not change the exit status.
fn report_ignored_at_exit(vm: &mut Vm, err: PyErr) {
    let exc = vm.normalize(err);
    let threading = match vm.g.modules.payload() {
        garter_interp::value::Payload::Dict(d) => d.borrow().get_str("threading").cloned(),
        _ => None,
    };
    let what = threading.and_then(|m| vm.repr(&m).ok()).unwrap_or_default();
    let text = vm.format_exception(&exc);
    garter_interp::builtins::flush_stdout();
    garter_interp::builtins::write_stderr(vm, &format!("Exception ignored in: {what}\n{text}"));
}

/// Runs source text as the `__main__` module.
pub fn run_main_source(vm: &mut Vm, source: &str, filename: &str) -> i32 {
    let (module, globals) = vm.new_module("__main__");
    if let garter_interp::value::Payload::Dict(d) = globals.payload() {
        d.borrow_mut().set_str_key(Value::new_str("__file__"), Value::new_str(filename));
    }
    vm.add_module("__main__", module);
    let result = vm
        .compile_source(source, filename, garter_interp::CompileMode::Exec)
        .and_then(|code| vm.run_code(code, globals.clone()));
    let status = match result {
        Ok(_) => 0,
        Err(e) => exit_status_of(vm, e),
    };
    if let Err(e) = join_threads_at_exit(vm) {
        report_ignored_at_exit(vm, e);
    }
    // At exit CPython clears the main module's namespace, finalising what it
    // held (e.g. a suspended generator's `finally`).
    vm.run_pending_finalizers();
    if let garter_interp::value::Payload::Dict(d) = globals.payload() {
        let entries = std::mem::take(&mut *d.borrow_mut());
        drop(entries);
    }
    vm.run_pending_finalizers();
    garter_interp::builtins::flush_stdout();
    status
}
