//! Conformance: every `tests/py/**/*.py` runs under garter and must print what
//! CPython 3.11 printed.
//!
//! Beside each program `<name>.py` sit the files `tests/gen_expected.py` wrote
//! from CPython's run (see `tests/README.md`):
//!
//! - `<name>.out`: the expected stdout, byte for byte;
//! - `<name>.status`: present only when CPython exited nonzero: the expected
//!   exit code on line 1, the expected last line of stderr on line 2
//!   (`ZeroDivisionError: division by zero`);
//! - `<name>.stdin`: optional, fed to the program's stdin (otherwise empty);
//! - `<name>.err`: present only for programs marked `# conformance: stderr`
//!   on one of their first three lines: the whole expected stderr, with the
//!   absolute path of `tests/py/` written as `$TESTS` (CPython names the
//!   script by its absolute path in tracebacks; garter does the same, and
//!   the runner rewrites that prefix in garter's stderr before comparing).
//!
//! Helper modules that are not programs themselves (imported by the
//! programs beside them) are skipped: a `.py` file whose name starts with
//! `_` (`_helper.py`) and every directory holding an `__init__.py` (a
//! package) or named `_*`.
//!
//! Each program runs with cwd = its directory and argv = [`<name>.py`], as the
//! generator ran CPython. Without a `.status` file the exit code must be 0 and
//! stderr is not compared. There is no skip list: a program garter cannot run
//! yet is a failing program.
//!
//! Environment:
//! - `GARTER_CONFORMANCE_FILTER=substring` runs only programs whose path under
//!   `tests/py/` contains the substring (e.g. `types_str/` or `fstring`).
//! - `GARTER_CONFORMANCE_BIN=/path/to/python3` runs another interpreter in
//!   garter's place; under CPython 3.11 every program must pass, which checks
//!   the expected files themselves.

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// A program that runs longer than this is killed and counted as failing.
/// Generous on purpose: speed is measured in `bench/`, never asserted here.
const GENEROUS_TIMEOUT: Duration = Duration::from_secs(20);
/// How often the wait loop polls a running program.
const POLL_INTERVAL: Duration = Duration::from_millis(5);
/// How long to wait, after the program ended, for its output pipes to close.
const PIPE_DRAIN_GRACE: Duration = Duration::from_secs(5);
/// Programs run at once.
const WORKERS: usize = 4;
/// Lines of a diff shown per failing program before it is cut short.
const MAX_DIFF_LINES: usize = 60;
/// Lines of stderr shown per failing program.
const STDERR_TAIL_LINES: usize = 10;

/// What one program did under the interpreter.
struct Outcome {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    /// `None` when the program was killed (timeout) or died by a signal.
    code: Option<i32>,
    timed_out: bool,
    elapsed: Duration,
}

/// What CPython did: the checked-in `.out` and `.status` files.
struct Expected {
    stdout: Vec<u8>,
    code: i32,
    /// The last stderr line, only when a `.status` file exists.
    stderr_last: Option<String>,
    /// The whole stderr (paths under `tests/py/` as `$TESTS/...`), only
    /// when an `.err` file exists.
    stderr: Option<String>,
}

/// How the absolute path of `tests/py` is written in `.err` files.
const TESTS_PLACEHOLDER: &str = "$TESTS";

fn programs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("py")
}

fn interpreter() -> PathBuf {
    match std::env::var_os("GARTER_CONFORMANCE_BIN") {
        Some(path) if !path.is_empty() => PathBuf::from(path),
        _ => PathBuf::from(env!("CARGO_BIN_EXE_garter")),
    }
}

/// Whether `name` (a file or directory name) marks a helper module rather
/// than a program: it starts with `_` (`_helper.py`, `_pkgs/`, `__pycache__`).
fn is_helper_name(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with('_'))
}

/// Every program `.py` under `dir`, recursively, sorted by path; helper
/// modules and packages (see the top of this file) are left out.
fn discover(dir: &Path, found: &mut Vec<PathBuf>) {
    let entries = fs::read_dir(dir).unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            if !is_helper_name(&path) && !path.join("__init__.py").exists() {
                discover(&path, found);
            }
        } else if path.extension().is_some_and(|ext| ext == "py") && !is_helper_name(&path) {
            found.push(path);
        }
    }
}

fn read_expected(program: &Path) -> Result<Expected, String> {
    let out_path = program.with_extension("out");
    let stdout = fs::read(&out_path).map_err(|e| {
        format!(
            "missing {} ({e}); run `python3 tests/gen_expected.py`",
            out_path.display()
        )
    })?;
    let status_path = program.with_extension("status");
    let (code, stderr_last) = match fs::read_to_string(&status_path) {
        Ok(text) => {
            let mut lines = text.lines();
            let code = lines
                .next()
                .and_then(|l| l.trim().parse::<i32>().ok())
                .ok_or_else(|| {
                    format!("{}: first line is not an exit code", status_path.display())
                })?;
            (code, Some(lines.next().unwrap_or("").to_string()))
        }
        Err(_) => (0, None),
    };
    let stderr = fs::read_to_string(program.with_extension("err")).ok();
    Ok(Expected {
        stdout,
        code,
        stderr_last,
        stderr,
    })
}

/// Runs `program` with cwd = its directory, killing it after `GENEROUS_TIMEOUT`.
fn run_program(interpreter: &Path, program: &Path) -> Result<Outcome, String> {
    let stdin_data = fs::read(program.with_extension("stdin")).unwrap_or_default();
    let directory = program.parent().expect("program has a directory");
    let file_name = program.file_name().expect("program has a file name");
    let started = Instant::now();
    let mut child = Command::new(interpreter)
        .arg(file_name)
        .current_dir(directory)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", interpreter.display()))?;

    // Feed stdin and drain both pipes on their own threads, so a program that
    // writes a lot (or reads nothing) cannot block on a full pipe.
    let mut stdin = child.stdin.take().expect("piped stdin");
    let feeder = thread::spawn(move || {
        // A program that exits without reading its input closes the pipe: not an error.
        let _ = stdin.write_all(&stdin_data);
    });
    let stdout_reader = drain(child.stdout.take().expect("piped stdout"));
    let stderr_reader = drain(child.stderr.take().expect("piped stderr"));

    let mut timed_out = false;
    let status: Option<ExitStatus> = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if started.elapsed() > GENEROUS_TIMEOUT => {
                timed_out = true;
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => thread::sleep(POLL_INTERVAL),
            Err(e) => return Err(format!("waiting for {}: {e}", program.display())),
        }
    };
    let elapsed = started.elapsed();
    // A grandchild (a forked worker, say) could keep the pipes open after the
    // program itself ended; wait a bounded time, then count that stream as
    // empty (the comparison fails visibly) rather than hang the whole run.
    let stdout = stdout_reader
        .recv_timeout(PIPE_DRAIN_GRACE)
        .unwrap_or_default();
    let stderr = stderr_reader
        .recv_timeout(PIPE_DRAIN_GRACE)
        .unwrap_or_default();
    drop(feeder); // detach: once the program ended, its write fails or has finished
    Ok(Outcome {
        stdout,
        stderr,
        code: status.and_then(|s| s.code()),
        timed_out,
        elapsed,
    })
}

/// Reads `pipe` to its end on a new thread; the receiver gets the bytes.
fn drain(mut pipe: impl Read + Send + 'static) -> mpsc::Receiver<Vec<u8>> {
    let (sender, receiver) = mpsc::channel();
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = pipe.read_to_end(&mut buf);
        let _ = sender.send(buf);
    });
    receiver
}

/// Splits into lines without their `\n`, noting whether the text ended with one.
fn split_lines(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
    if lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    } else if let Some(last) = lines.last_mut() {
        last.push_str("⏎ (no newline at end)");
    }
    lines
}

/// A line diff of `expected` against `actual`: ` ` common, `-` expected only,
/// `+` actual only. Common prefix and suffix are trimmed to 3 lines of context;
/// the middle is aligned by longest common subsequence when small enough.
fn line_diff(expected: &str, actual: &str) -> String {
    let exp = split_lines(expected);
    let act = split_lines(actual);
    let mut prefix = 0;
    while prefix < exp.len() && prefix < act.len() && exp[prefix] == act[prefix] {
        prefix += 1;
    }
    let mut suffix = 0;
    while suffix < exp.len() - prefix
        && suffix < act.len() - prefix
        && exp[exp.len() - 1 - suffix] == act[act.len() - 1 - suffix]
    {
        suffix += 1;
    }
    let exp_mid = &exp[prefix..exp.len() - suffix];
    let act_mid = &act[prefix..act.len() - suffix];

    let mut out: Vec<String> = Vec::new();
    out.push(format!(
        "--- expected (CPython), +++ actual (garter); first difference at line {}",
        prefix + 1
    ));
    let context_start = prefix.saturating_sub(3);
    for line in &exp[context_start..prefix] {
        out.push(format!("  {line}"));
    }
    if exp_mid.len() * act_mid.len() <= 1_000_000 {
        // Longest common subsequence table over the differing middle.
        let (n, m) = (exp_mid.len(), act_mid.len());
        let mut lcs = vec![vec![0u32; m + 1]; n + 1];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                lcs[i][j] = if exp_mid[i] == act_mid[j] {
                    lcs[i + 1][j + 1] + 1
                } else {
                    lcs[i + 1][j].max(lcs[i][j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n || j < m {
            if i < n && j < m && exp_mid[i] == act_mid[j] {
                out.push(format!("  {}", exp_mid[i]));
                i += 1;
                j += 1;
            } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.push(format!("- {}", exp_mid[i]));
                i += 1;
            } else {
                out.push(format!("+ {}", act_mid[j]));
                j += 1;
            }
        }
    } else {
        out.extend(exp_mid.iter().map(|l| format!("- {l}")));
        out.extend(act_mid.iter().map(|l| format!("+ {l}")));
    }
    let suffix_start = exp.len() - suffix;
    for line in exp.iter().skip(suffix_start).take(3) {
        out.push(format!("  {line}"));
    }
    if out.len() > MAX_DIFF_LINES {
        let hidden = out.len() - MAX_DIFF_LINES;
        out.truncate(MAX_DIFF_LINES);
        out.push(format!("  … {hidden} more diff lines"));
    }
    out.join("\n")
}

fn last_line(text: &str) -> &str {
    text.trim_end_matches('\n')
        .rsplit('\n')
        .next()
        .unwrap_or("")
}

fn describe_code(code: Option<i32>, timed_out: bool) -> String {
    match (code, timed_out) {
        (_, true) => format!("killed after the {} s timeout", GENEROUS_TIMEOUT.as_secs()),
        (Some(code), false) => format!("exit code {code}"),
        (None, false) => "killed by a signal".to_string(),
    }
}

/// Checks one program; `Err` holds the failure report.
fn check(interpreter: &Path, program: &Path, name: &str) -> Result<(), String> {
    let expected = read_expected(program).map_err(|e| format!("=== {name}\n{e}"))?;
    let outcome = run_program(interpreter, program).map_err(|e| format!("=== {name}\n{e}"))?;
    let mut problems: Vec<String> = Vec::new();
    let actual_stdout = String::from_utf8_lossy(&outcome.stdout);
    if outcome.stdout != expected.stdout {
        let expected_stdout = String::from_utf8_lossy(&expected.stdout);
        problems.push(format!(
            "stdout differs:\n{}",
            line_diff(&expected_stdout, &actual_stdout)
        ));
    }
    if outcome.timed_out || outcome.code != Some(expected.code) {
        problems.push(format!(
            "expected exit code {}, got {}",
            expected.code,
            describe_code(outcome.code, outcome.timed_out)
        ));
    }
    let stderr = String::from_utf8_lossy(&outcome.stderr);
    if let Some(expected_stderr) = &expected.stderr {
        let tests_dir = programs_dir();
        let actual = stderr.replace(&tests_dir.to_string_lossy().into_owned(), TESTS_PLACEHOLDER);
        if &actual != expected_stderr {
            problems.push(format!(
                "stderr differs:\n{}",
                line_diff(expected_stderr, &actual)
            ));
        }
    }
    if let Some(expected_last) = &expected.stderr_last {
        let actual_last = last_line(&stderr);
        if actual_last != expected_last {
            problems.push(format!(
                "last stderr line differs:\n- {expected_last}\n+ {actual_last}"
            ));
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    let mut report = format!("=== {name} ({:.2} s)\n", outcome.elapsed.as_secs_f64());
    for problem in problems {
        report.push_str(&problem);
        report.push('\n');
    }
    let stderr_lines: Vec<&str> = stderr.trim_end_matches('\n').split('\n').collect();
    if !stderr.is_empty() {
        let tail = &stderr_lines[stderr_lines.len().saturating_sub(STDERR_TAIL_LINES)..];
        report.push_str(&format!("stderr (last {} lines):\n", tail.len()));
        for line in tail {
            report.push_str(&format!("| {line}\n"));
        }
    }
    Err(report)
}

#[test]
fn conformance() {
    let root = programs_dir();
    let interpreter = interpreter();
    let filter = std::env::var("GARTER_CONFORMANCE_FILTER").unwrap_or_default();
    let mut programs = Vec::new();
    discover(&root, &mut programs);
    programs.sort();
    let programs: Vec<(PathBuf, String)> = programs
        .into_iter()
        .map(|p| {
            let name = p
                .strip_prefix(&root)
                .unwrap_or(&p)
                .to_string_lossy()
                .into_owned();
            (p, name)
        })
        .filter(|(_, name)| name.contains(&filter))
        .collect();
    assert!(
        !programs.is_empty(),
        "no conformance programs match GARTER_CONFORMANCE_FILTER={filter:?}"
    );

    // A small pool: each worker takes the next unclaimed program.
    let next = AtomicUsize::new(0);
    let failures: Mutex<Vec<(usize, String)>> = Mutex::new(Vec::new());
    thread::scope(|scope| {
        for _ in 0..WORKERS.min(programs.len()) {
            scope.spawn(|| loop {
                let index = next.fetch_add(1, Ordering::SeqCst);
                let Some((program, name)) = programs.get(index) else {
                    break;
                };
                if let Err(report) = check(&interpreter, program, name) {
                    failures.lock().unwrap().push((index, report));
                }
            });
        }
    });

    let mut failures = failures.into_inner().unwrap();
    failures.sort_by_key(|(index, _)| *index);
    for (_, report) in &failures {
        eprintln!("{report}");
    }
    if !failures.is_empty() {
        eprintln!("failing programs:");
        for (index, _) in &failures {
            eprintln!("  {}", programs[*index].1);
        }
    }
    eprintln!(
        "conformance: {} of {} programs passed under {}",
        programs.len() - failures.len(),
        programs.len(),
        interpreter.display()
    );
    if !failures.is_empty() {
        panic!(
            "{} of {} conformance programs failed",
            failures.len(),
            programs.len()
        );
    }
}
