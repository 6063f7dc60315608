//! The interactive loop (REPL), as CPython's.
//!
//! Two front ends share one back end (`run_input`):
//! - on a terminal, `interact_tty` reads lines with rustyline: `>>> ` and
//!   `... ` prompts, history in `~/.garter_history` (loaded at start, saved
//!   at exit), tab completion (`completion.rs`), Ctrl-C cancelling the line
//!   being typed (`KeyboardInterrupt`, fresh prompt), Ctrl-D leaving;
//! - otherwise (`garter -i` with piped stdin), `interact_lines` reads stdin
//!   line by line and writes the prompts to stderr, as CPython does.
//!
//! Each complete input (`codeop::judge`) is compiled in `single` mode as
//! `<stdin>` with its own line numbers, so expression statements echo their
//! repr (None excepted) and bind `builtins._`. An exception prints its
//! traceback and the session goes on; `SystemExit` (`exit()`, `quit()`,
//! `sys.exit`) ends it with its status. Like CPython, no source lines are
//! shown for `<stdin>` frames.
//!
//! Ctrl-C while code runs: a SIGINT handler installed for the session sets
//! `signals::INTERRUPT_PENDING`, and the VM raises `KeyboardInterrupt` at
//! its next periodic check. rustyline swaps in its own handler while it
//! reads a line and puts ours back afterwards.

use crate::codeop::{judge, Verdict};
use crate::completion;
use garter_interp::value::{Obj, Payload, Value};
use garter_interp::vm::Vm;
use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::FileHistory;
use rustyline::validate::Validator;
use rustyline::{CompletionType, Config, Context, Editor, Helper};
use std::cell::RefCell;
use std::io::{BufRead, Write};
use std::rc::Rc;
use std::sync::atomic::Ordering;

/// The filename interactive input is compiled under.
const STDIN_NAME: &str = "<stdin>";
/// The history file, in the user's home directory.
const HISTORY_FILE: &str = ".garter_history";
/// Lines of history kept (rustyline's default is 100).
const HISTORY_LENGTH: usize = 1000;
const PS1: &str = ">>> ";
const PS2: &str = "... ";

/// Sets `sys.ps1` and `sys.ps2`, which exist only in interactive mode (as in
/// CPython, where scripts test `hasattr(sys, 'ps1')`).
fn set_prompts(vm: &mut Vm) {
    if let Ok(sys) = vm.import_module("sys") {
        let _ = vm.set_attr(&sys, &Value::new_str("ps1"), Value::new_str(PS1));
        let _ = vm.set_attr(&sys, &Value::new_str("ps2"), Value::new_str(PS2));
    }
}

/// The prompt to show: `str(sys.ps1)` for a new statement, `str(sys.ps2)`
/// for a continuation line (a user may change them).
fn prompt(vm: &mut Vm, continuation: bool) -> String {
    let (name, default) = if continuation { ("ps2", PS2) } else { ("ps1", PS1) };
    let sys = match vm.g.modules.payload() {
        Payload::Dict(d) => d.borrow().get_str("sys").cloned(),
        _ => None,
    };
    sys.and_then(|sys| vm.get_attr_str(&sys, name).ok()).and_then(|p| vm.str_of(&p).ok()).unwrap_or_else(|| default.to_string())
}

/// The lines printed when an interactive session starts (to stderr, as
/// CPython prints its banner).
pub fn banner() -> String {
    format!(
        "garter {} (Python 3.11 language) on {}\nType \"exit()\" or press Ctrl-D (i.e. EOF) to leave.\n",
        crate::cli::VERSION,
        std::env::consts::OS
    )
}

/// Compiles and runs one complete input in `globals`. Returns the exit
/// status when the input raised `SystemExit`, None to go on.
pub fn run_input(vm: &mut Vm, globals: &Obj, verdict: Verdict) -> Option<i32> {
    let result = match verdict {
        Verdict::Empty | Verdict::More => return None,
        Verdict::Error(e) => {
            let source = e.text.clone().unwrap_or_default();
            Err(vm.syntax_error(e, &source))
        }
        Verdict::Run(source) => {
            let code = vm.compile_source(&source, STDIN_NAME, garter_interp::CompileMode::Single);
            // CPython shows no source lines for `<stdin>` frames.
            vm.g.sources.borrow_mut().remove(STDIN_NAME);
            garter_interp::signals::INTERRUPT_PENDING.store(false, Ordering::Relaxed);
            code.and_then(|code| vm.run_code(code, globals.clone())).map(|_| ())
        }
    };
    garter_interp::builtins::flush_stdout();
    let err = result.err()?;
    let exc = vm.normalize(err);
    if vm.exc_is_kind(&exc, garter_interp::errors::ExcKind::SystemExit) {
        return Some(crate::exit_status_of(vm, garter_interp::errors::PyErr::from_object(exc)));
    }
    crate::print_uncaught(vm, &exc);
    None
}

/// Installs the SIGINT handler that turns Ctrl-C into `KeyboardInterrupt`
/// in running code.
pub fn install_sigint_handler() {
    use nix::sys::signal::{sigaction, SaFlags, SigAction, SigHandler, SigSet, Signal};
    extern "C" fn on_sigint(_: nix::libc::c_int) {
        garter_interp::signals::INTERRUPT_PENDING.store(true, Ordering::Relaxed);
    }
    let action = SigAction::new(SigHandler::Handler(on_sigint), SaFlags::empty(), SigSet::empty());
    // SAFETY: the handler only stores to an atomic, which is
    // async-signal-safe; no other thread relies on SIGINT's disposition.
    let _ = unsafe { sigaction(Signal::SIGINT, &action) };
}

/// The REPL on piped stdin (`garter -i` without a terminal): prompts and the
/// banner go to stderr, statements are read line by line.
pub fn interact_lines(vm: &mut Vm, globals: &Obj, show_banner: bool) -> i32 {
    install_sigint_handler();
    set_prompts(vm);
    if show_banner {
        eprint!("{}", banner());
    }
    let mut lines: Vec<String> = Vec::new();
    loop {
        garter_interp::builtins::flush_stdout();
        eprint!("{}", prompt(vm, !lines.is_empty()));
        let mut bytes = Vec::new();
        let n = std::io::stdin().lock().read_until(b'\n', &mut bytes).unwrap_or(0);
        let line = String::from_utf8_lossy(&bytes).into_owned();
        if n == 0 {
            eprintln!();
            // End of input ends a pending compound statement as a blank line would.
            if !lines.is_empty() {
                lines.push(String::new());
                if let Some(status) = run_input(vm, globals, judge(&lines, STDIN_NAME)) {
                    return status;
                }
            }
            return 0;
        }
        let line = line.strip_suffix('\n').unwrap_or(&line);
        lines.push(line.strip_suffix('\r').unwrap_or(line).to_string());
        let verdict = judge(&lines, STDIN_NAME);
        if verdict == Verdict::More {
            continue;
        }
        lines.clear();
        if let Some(status) = run_input(vm, globals, verdict) {
            return status;
        }
    }
}

/// rustyline's helper: completion against the session's namespace.
struct ReplHelper {
    vm: Rc<RefCell<Vm>>,
    globals: Obj,
}

impl Completer for ReplHelper {
    type Candidate = Pair;

    fn complete(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> rustyline::Result<(usize, Vec<Pair>)> {
        let start = completion::word_start(line, pos);
        // The VM is free while a line is being read; be safe if it is not.
        let Ok(mut vm) = self.vm.try_borrow_mut() else { return Ok((start, Vec::new())) };
        let words = completion::complete(&mut vm, &self.globals, &line[start..pos]);
        Ok((start, words.into_iter().map(|w| Pair { display: w.clone(), replacement: w }).collect()))
    }
}

impl Hinter for ReplHelper {
    type Hint = String;
}
impl Highlighter for ReplHelper {}
impl Validator for ReplHelper {}
impl Helper for ReplHelper {}

fn history_path() -> Option<std::path::PathBuf> {
    let home = std::env::var_os("HOME").filter(|h| !h.is_empty())?;
    Some(std::path::Path::new(&home).join(HISTORY_FILE))
}

/// The REPL on a terminal. Takes the VM (the completer needs it between
/// lines); finalises the `__main__` namespace at the end (`finish_main`)
/// and returns the exit status.
pub fn interact_tty(vm: Vm, globals: Obj, show_banner: bool) -> i32 {
    let builder = Config::builder().completion_type(CompletionType::List).auto_add_history(false);
    let config = builder.clone().max_history_size(HISTORY_LENGTH).unwrap_or(builder).build();
    let mut editor: Editor<ReplHelper, FileHistory> = match Editor::with_config(config) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("garter: cannot start line editing: {e}");
            let mut vm = vm;
            let status = interact_lines(&mut vm, &globals, show_banner);
            crate::finish_main(&mut vm, &globals);
            return status;
        }
    };
    let vm = Rc::new(RefCell::new(vm));
    editor.set_helper(Some(ReplHelper { vm: vm.clone(), globals: globals.clone() }));
    let history = history_path();
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    install_sigint_handler();
    set_prompts(&mut vm.borrow_mut());
    if show_banner {
        eprint!("{}", banner());
    }
    let mut lines: Vec<String> = Vec::new();
    let status = loop {
        garter_interp::builtins::flush_stdout();
        let _ = std::io::stderr().flush();
        let prompt = prompt(&mut vm.borrow_mut(), !lines.is_empty());
        match editor.readline(&prompt) {
            Ok(line) => {
                if !line.trim().is_empty() {
                    let _ = editor.add_history_entry(line.as_str());
                }
                lines.push(line);
                let verdict = judge(&lines, STDIN_NAME);
                if verdict == Verdict::More {
                    continue;
                }
                lines.clear();
                let mut vm = vm.borrow_mut();
                if let Some(status) = run_input(&mut vm, &globals, verdict) {
                    break status;
                }
            }
            Err(ReadlineError::Interrupted) => {
                lines.clear();
                println!("KeyboardInterrupt");
            }
            // rustyline has already moved to a new line.
            Err(ReadlineError::Eof) => {
                if lines.is_empty() {
                    break 0;
                }
                // Ctrl-D at `... ` ends the statement, as a blank line would.
                lines.push(String::new());
                let verdict = judge(&lines, STDIN_NAME);
                lines.clear();
                let mut vm = vm.borrow_mut();
                if let Some(status) = run_input(&mut vm, &globals, verdict) {
                    break status;
                }
            }
            Err(e) => {
                eprintln!("garter: error reading input: {e}");
                break 1;
            }
        }
    };
    if let Some(h) = &history {
        let _ = editor.save_history(h);
    }
    drop(editor);
    crate::finish_main(&mut vm.borrow_mut(), &globals);
    status
}
