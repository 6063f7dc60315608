//! garter: a small, fast Python-like interpreter with a tick-based GIL.
//!
//! This crate is the command-line binary and the embedding facade; the
//! interpreter lives in `garter-interp`, the native modules in
//! `garter-stdlib`. The command line is parsed in `cli.rs`; `main.rs`
//! dispatches to the runners here (`run_file`, `run_command`,
//! `run_module`, `run_stdin`) and to the REPL (`repl.rs`).

pub mod cli;
pub mod codeop;
mod completion;
pub mod repl;
pub mod runmod;
mod site;

pub use cli::XValue;
pub use garter_interp as interp;
pub use garter_stdlib as stdlib;

use garter_interp::errors::PyErr;
use garter_interp::value::{Obj, Payload, Value};
use garter_interp::vm::Vm;

/// A VM with the standard library registered, `exit`/`quit` in builtins
/// (as CPython's `site` adds them) and `sys.argv` set.
pub fn new_vm(argv: Vec<String>) -> Vm {
    new_vm_with_xoptions(argv, &[])
}

/// `new_vm` with the command line's `-X` options, shown to scripts as
/// `sys._xoptions`; unknown names are accepted and only recorded, as in
/// CPython. The GIL's settings among them (`gil=`, `checkinterval=`,
/// `switchinterval=`) are applied by the caller with
/// `garter_stdlib::garter_mod::apply_x_option`, which can reject a value.
pub fn new_vm_with_xoptions(argv: Vec<String>, xoptions: &[(String, XValue)]) -> Vm {
    // Ctrl-C becomes KeyboardInterrupt, as CPython's startup arranges.
    garter_interp::signals::install_sigint_handler();
    let mut vm = Vm::new();
    *vm.g.argv.borrow_mut() = argv;
    garter_stdlib::register_all(&mut vm);
    site::install(&mut vm);
    if !xoptions.is_empty() {
        set_xoptions(&mut vm, xoptions);
    }
    vm
}

/// Fills `sys._xoptions` (`-X name` is True, `-X name=value` the string).
fn set_xoptions(vm: &mut Vm, xoptions: &[(String, XValue)]) {
    let Ok(sys) = vm.import_module("sys") else { return };
    let Ok(dict) = vm.get_attr_str(&sys, "_xoptions") else { return };
    if let Some(Payload::Dict(d)) = dict.payload() {
        let mut d = d.borrow_mut();
        for (name, value) in xoptions {
            let v = match value {
                XValue::Flag => Value::Bool(true),
                XValue::Text(t) => Value::new_str(t),
            };
            d.set_str_key(Value::new_str(name), v);
        }
    }
}

/// Appends the directories of a `GARTERPATH`-style list (`:`-separated)
/// to `sys.path`; an empty entry means the current directory, as in
/// CPython's `PYTHONPATH`.
pub fn add_to_sys_path(vm: &mut Vm, list: &str) {
    let cwd = std::env::current_dir().map(|p| p.display().to_string()).unwrap_or_default();
    if let Payload::List(l) = vm.g.path.payload() {
        let mut l = l.borrow_mut();
        for entry in list.split(':') {
            l.push(Value::new_str(if entry.is_empty() { &cwd } else { entry }));
        }
    }
}

/// Puts `entry` first on `sys.path` (the script's directory, `''` for
/// `-c` and stdin, the working directory for `-m`).
pub fn prepend_sys_path(vm: &mut Vm, entry: &str) {
    if let Payload::List(l) = vm.g.path.payload() {
        l.borrow_mut().insert(0, Value::new_str(entry));
    }
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
    if vm.exc_is_kind(&exc, garter_interp::errors::ExcKind::KeyboardInterrupt) {
        EXITED_BY_INTERRUPT.store(true, std::sync::atomic::Ordering::Relaxed);
        return 130;
    }
    1
}

/// Set when the program ended with an uncaught KeyboardInterrupt: like
/// CPython, the process then ends by SIGINT (`exit_by_sigint`), so a shell
/// sees it was interrupted (status 130).
pub static EXITED_BY_INTERRUPT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Ends the process by SIGINT with the default disposition, as CPython
/// does after an uncaught KeyboardInterrupt. Returns only if that failed.
pub fn exit_by_sigint() {
    use nix::sys::signal::{raise, sigaction, SaFlags, SigAction, SigHandler, SigSet, Signal};
    let default = SigAction::new(SigHandler::SigDfl, SaFlags::empty(), SigSet::empty());
    // SAFETY: restoring the default disposition installs no handler code.
    let _ = unsafe { sigaction(Signal::SIGINT, &default) };
    let _ = raise(Signal::SIGINT);
}

/// Prints an uncaught exception as CPython does (SyntaxErrors with the
/// source line and caret), through `sys.excepthook` when the program
/// replaced it; a failing hook is reported as CPython's "Error in
/// sys.excepthook:" followed by the original exception.
pub fn print_uncaught(vm: &mut Vm, exc: &Value) {
    let hook = vm.import_module("sys").ok().and_then(|sys| {
        let hook = vm.get_attr_str(&sys, "excepthook").ok()?;
        let default = vm.get_attr_str(&sys, "__excepthook__").ok()?;
        (!hook.is(&default)).then_some(hook)
    });
    let Some(hook) = hook else {
        vm.print_exception(exc);
        return;
    };
    let ty = Value::Obj(vm.type_of(exc));
    let tb = vm.traceback_value(exc);
    if let Err(e) = vm.call(&hook, &[ty, exc.clone(), tb]) {
        let hook_exc = vm.normalize(e);
        garter_interp::builtins::write_stderr(vm, "Error in sys.excepthook:\n");
        vm.print_exception(&hook_exc);
        garter_interp::builtins::write_stderr(vm, "\nOriginal exception was:\n");
        vm.print_exception(exc);
    }
}

/// Reads a script: its absolute path and text. CPython 3.11 names the main
/// script by its absolute path (in tracebacks, `__file__` and
/// `sys.path[0]`); `sys.argv[0]` stays as given. On failure prints
/// CPython's message and returns the exit status (2).
pub fn read_script(path: &str) -> Result<(String, String), i32> {
    let abs = std::path::absolute(path).map(|p| p.display().to_string()).unwrap_or_else(|_| path.to_string());
    match std::fs::read(&abs) {
        Ok(b) => Ok((abs, String::from_utf8_lossy(&b).into_owned())),
        Err(e) => {
            let text = e.to_string();
            let text = text.split(" (os error").next().unwrap_or("");
            eprintln!("garter: can't open file '{}': [Errno {}] {}", abs, e.raw_os_error().unwrap_or(2), text);
            Err(2)
        }
    }
}

/// Sets `sys.argv[0]` (in the `sys` module if it is already imported).
pub fn set_argv0(vm: &mut Vm, value: &str) {
    if let Some(first) = vm.g.argv.borrow_mut().first_mut() {
        *first = value.to_string();
    }
    let sys = match vm.g.modules.payload() {
        Payload::Dict(d) => d.borrow().get_str("sys").cloned(),
        _ => None,
    };
    if let Some(sys) = sys {
        if let Ok(argv) = vm.get_attr_str(&sys, "argv") {
            if let Some(Payload::List(l)) = argv.payload() {
                if let Some(first) = l.borrow_mut().first_mut() {
                    *first = Value::new_str(value);
                }
            }
        }
    }
}

/// Runs a script file as `__main__`; returns the process exit status.
pub fn run_file(vm: &mut Vm, path: &str) -> i32 {
    let (abs, source) = match read_script(path) {
        Ok(read) => read,
        Err(status) => return status,
    };
    let dir = std::path::Path::new(&abs).parent().map(|p| p.display().to_string()).unwrap_or_default();
    prepend_sys_path(vm, if dir.is_empty() { "." } else { &dir });
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
    let (globals, result) = exec_main(vm, source, filename, MainAttrs { file: Some(filename), package: None });
    let status = match result {
        Ok(()) => 0,
        Err(e) => exit_status_of(vm, e),
    };
    finish_main(vm, &globals);
    status
}

/// What `__main__` is told about itself.
#[derive(Clone, Copy, Default)]
pub struct MainAttrs<'a> {
    /// `__file__` (unset for `-c` and stdin, as in CPython).
    pub file: Option<&'a str>,
    /// `__package__` (`-m` sets it; otherwise None).
    pub package: Option<&'a str>,
}

/// Creates `__main__` and runs `source` in it, leaving the namespace alive
/// (for `-i`). Source lines of `<string>`/`<stdin>` programs are not kept:
/// CPython shows none for them in tracebacks.
pub fn exec_main(vm: &mut Vm, source: &str, filename: &str, attrs: MainAttrs<'_>) -> (Obj, Result<(), PyErr>) {
    let (module, globals) = vm.new_module("__main__");
    if let Payload::Dict(d) = globals.payload() {
        let mut d = d.borrow_mut();
        if let Some(file) = attrs.file {
            d.set_str_key(Value::new_str("__file__"), Value::new_str(file));
        }
        if let Some(package) = attrs.package {
            d.set_str_key(Value::new_str("__package__"), Value::new_str(package));
        }
    }
    vm.add_module("__main__", module);
    let code = vm.compile_source(source, filename, garter_interp::CompileMode::Exec);
    if filename.starts_with('<') {
        vm.g.sources.borrow_mut().remove(filename);
    }
    let result = code.and_then(|code| vm.run_code(code, globals.clone())).map(|_| ());
    garter_interp::builtins::flush_stdout();
    (globals, result)
}

/// At exit CPython clears the main module's namespace, finalising what it
/// held (e.g. a suspended generator's `finally`).
pub fn finish_main(vm: &mut Vm, globals: &Obj) {
    // First, as CPython's `Py_FinalizeEx`, wait for non-daemon threads.
    if let Err(e) = join_threads_at_exit(vm) {
        report_ignored_at_exit(vm, e);
    }
    // atexit callbacks run after the main program's traceback, before teardown.
    garter_stdlib::atexit::run_exitfuncs(vm);
    vm.run_pending_finalizers();
    if let Payload::Dict(d) = globals.payload() {
        let entries = std::mem::take(&mut *d.borrow_mut());
        drop(entries);
    }
    vm.run_pending_finalizers();
    // Weak-reference callbacks of objects the namespace held.
    vm.run_all_death_callbacks();
    garter_interp::builtins::flush_stdout();
}
