//! Behaviour of threads, seen from outside: each test runs the built
//! `garter` on a script of `tests/behaviour/` and checks what the process
//! did — its output, its exit status, how long it took, how it answered a
//! signal. What the conformance programs cannot show lives here: stress
//! under every GIL policy, timeouts, the exit rules for daemon threads,
//! Ctrl-C delivery, one kernel task per thread, excepthook output on stderr.
//!
//! No test may hang: every child is killed after `GENEROUS_TIMEOUT` and the
//! test fails. Bounds on durations are generous (speed is measured in
//! `bench/`, never asserted).
//!
//! Environment: `GARTER_STRESS_SCALE=N` multiplies the stress test's work
//! (default 1, a few seconds in all).

use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// A child still running after this long is killed and the test fails.
const GENEROUS_TIMEOUT: Duration = Duration::from_secs(30);
/// The blocking calls in `timeouts.py` wait this long.
const SCRIPT_TIMEOUT: f64 = 0.2;
/// How late a timed-out call may return (a loaded CI machine, a CPU hog).
const TIMEOUT_SLACK: f64 = 2.0;
/// How soon after SIGINT the interrupted process must have exited.
const INTERRUPT_DEADLINE: Duration = Duration::from_secs(5);
/// How often a running child is polled.
const POLL_INTERVAL: Duration = Duration::from_millis(5);

const POLICIES: [&str; 3] = ["legacy", "timed", "fair"];

fn script(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests").join("behaviour").join(name)
}

/// `garter [options] tests/behaviour/<name> [args]`, pipes for stdout and
/// stderr, SIGINT at its default disposition (a test harness started in
/// the background may have it ignored, and garter, like CPython, keeps an
/// ignored SIGINT ignored).
fn spawn(options: &[&str], name: &str, args: &[&str]) -> Child {
    spawn_with_stdin(options, name, args, Stdio::null())
}

/// `spawn` with the given stdin (a pipe kept open makes `input()` block).
fn spawn_with_stdin(options: &[&str], name: &str, args: &[&str], stdin: Stdio) -> Child {
    let mut command = Command::new(env!("CARGO_BIN_EXE_garter"));
    command
        .args(options)
        .arg(script(name))
        .args(args)
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // SAFETY: between fork and exec only async-signal-safe calls are made:
    // sigaction and sigprocmask.
    unsafe {
        command.pre_exec(|| {
            use nix::sys::signal::{sigaction, SaFlags, SigAction, SigHandler, SigSet, SigmaskHow, Signal};
            let default = SigAction::new(SigHandler::SigDfl, SaFlags::empty(), SigSet::empty());
            let _ = sigaction(Signal::SIGINT, &default);
            let mut interrupt = SigSet::empty();
            interrupt.add(Signal::SIGINT);
            let _ = nix::sys::signal::sigprocmask(SigmaskHow::SIG_UNBLOCK, Some(&interrupt), None);
            Ok(())
        });
    }
    command.spawn().expect("cannot start the garter binary")
}

/// Reads `pipe` to its end on a new thread.
fn drain(mut pipe: impl Read + Send + 'static) -> mpsc::Receiver<String> {
    let (sender, receiver) = mpsc::channel();
    thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        let _ = sender.send(String::from_utf8_lossy(&bytes).into_owned());
    });
    receiver
}

/// Waits for `child` to end; kills it and panics after `GENEROUS_TIMEOUT`.
fn wait_bounded(child: &mut Child, what: &str) -> ExitStatus {
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return status,
            Ok(None) if started.elapsed() > GENEROUS_TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("{what}: still running after {} s (deadlock?); killed", GENEROUS_TIMEOUT.as_secs());
            }
            Ok(None) => thread::sleep(POLL_INTERVAL),
            Err(e) => panic!("{what}: waiting for garter: {e}"),
        }
    }
}

/// What a finished child did.
struct Run {
    stdout: String,
    stderr: String,
    status: ExitStatus,
    elapsed: Duration,
}

impl Run {
    /// A compact account for assertion messages.
    fn describe(&self) -> String {
        format!(
            "status {:?}, {:.2} s\n--- stdout\n{}--- stderr\n{}",
            self.status,
            self.elapsed.as_secs_f64(),
            self.stdout,
            self.stderr
        )
    }
}

fn run(options: &[&str], name: &str, args: &[&str]) -> Run {
    let started = Instant::now();
    let mut child = spawn(options, name, args);
    let stdout = drain(child.stdout.take().expect("piped stdout"));
    let stderr = drain(child.stderr.take().expect("piped stderr"));
    let what = format!("garter {} {name} {}", options.join(" "), args.join(" "));
    let status = wait_bounded(&mut child, &what);
    let elapsed = started.elapsed();
    Run {
        stdout: stdout.recv_timeout(GENEROUS_TIMEOUT).unwrap_or_default(),
        stderr: stderr.recv_timeout(GENEROUS_TIMEOUT).unwrap_or_default(),
        status,
        elapsed,
    }
}

// ---- stress ------------------------------------------------------------------

fn stress_scale() -> u64 {
    std::env::var("GARTER_STRESS_SCALE").ok().and_then(|s| s.parse().ok()).filter(|&n| n > 0).unwrap_or(1)
}

/// What `stress.py SCALE` must print: the totals of its sizes (kept in step
/// with the constants at the top of the script).
fn stress_expected(scale: u64) -> String {
    let (threads, ops) = (8, 2000 * scale);
    let (producers, items) = (4, 1000 * scale);
    let rounds = 400 * scale;
    let delivered = producers * items;
    let mut out = String::new();
    out += &format!("lock {}\n", threads * ops);
    out += &format!("rlock {}\n", threads * ops);
    out += &format!("semaphore {} peak<=3 True\n", threads * (ops / 5));
    for name in ["condition", "Queue", "LifoQueue", "SimpleQueue", "PriorityQueue"] {
        out += &format!("{name} {delivered} {delivered} True\n");
    }
    out += &format!("events {rounds} {rounds}\n");
    out += &format!("barrier {} {}\n", rounds / 4, threads * (rounds / 4));
    out
}

/// Threads × operations through locks, conditions, semaphores, events,
/// barriers and every queue type: no lost update, every item delivered
/// exactly once, no deadlock (the run would be killed), exit status 0.
fn stress(options: &[&str]) {
    let scale = stress_scale();
    let r = run(options, "stress.py", &[&scale.to_string()]);
    assert!(r.status.success(), "stress under {options:?}: {}", r.describe());
    assert_eq!(r.stdout, stress_expected(scale), "stress under {options:?}: {}", r.describe());
}

#[test]
fn stress_under_every_policy() {
    for policy in POLICIES {
        stress(&["-X", &format!("gil={policy}")]);
    }
}

/// A possible switch at every instruction shakes out races in the native
/// locks and queues.
#[test]
fn stress_with_check_interval_1_under_every_policy() {
    for policy in POLICIES {
        stress(&["-X", &format!("gil={policy}"), "-X", "checkinterval=1"]);
    }
}

// ---- timeouts ----------------------------------------------------------------

/// Each blocking call with a timeout returns after about that long, with
/// the "timed out" outcome (False, Empty, Full, BrokenBarrierError, ...).
fn timeouts(options: &[&str], args: &[&str]) {
    let r = run(options, "timeouts.py", args);
    assert!(r.status.success(), "timeouts {options:?} {args:?}: {}", r.describe());
    let expected_outcomes = [
        ("lock.acquire", "False"),
        ("rlock.acquire", "False"),
        ("queue.get", "Empty"),
        ("queue.put", "Full"),
        ("simplequeue.get", "Empty"),
        ("event.wait", "False"),
        ("condition.wait", "False"),
        ("condition.wait_for", "False"),
        ("semaphore.acquire", "False"),
        ("barrier.wait", "BrokenBarrierError"),
        ("thread.join", "True"),
        ("time.sleep", "None"),
    ];
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines.len(), expected_outcomes.len(), "timeouts {options:?} {args:?}: {}", r.describe());
    for (line, (name, outcome)) in lines.iter().zip(expected_outcomes) {
        let fields: Vec<&str> = line.split(' ').collect();
        assert_eq!(fields.len(), 3, "bad line {line:?}");
        assert_eq!((fields[0], fields[2]), (name, outcome), "timeouts {options:?} {args:?}: {}", r.describe());
        let elapsed: f64 = fields[1].parse().expect("elapsed seconds");
        // A little below the timeout for clock granularity.
        assert!(
            elapsed >= SCRIPT_TIMEOUT * 0.9 && elapsed <= SCRIPT_TIMEOUT + TIMEOUT_SLACK,
            "{name} took {elapsed} s for a {SCRIPT_TIMEOUT} s timeout under {options:?} {args:?}"
        );
    }
}

#[test]
fn timeouts_are_honoured() {
    timeouts(&[], &[]);
}

/// With a CPU-bound thread holding the GIL whenever it can, a timed-out
/// waiter still gets the GIL back promptly, under every policy.
#[test]
fn timeouts_are_honoured_next_to_a_cpu_hog() {
    for policy in POLICIES {
        timeouts(&["-X", &format!("gil={policy}")], &["hog"]);
    }
}

// ---- exit rules ----------------------------------------------------------------

/// At exit the interpreter joins the non-daemon thread (its line comes after
/// the main module's) and does not wait for the daemons, one asleep, one
/// spinning: the process ends well before their 600 s sleep.
#[test]
fn non_daemon_threads_are_joined_and_daemon_threads_do_not_hold_up_exit() {
    for policy in POLICIES {
        let r = run(&["-X", &format!("gil={policy}")], "daemon_exit.py", &[]);
        assert!(r.status.success(), "{policy}: {}", r.describe());
        assert_eq!(r.stdout, "main done\nnon-daemon finished\n", "{policy}: {}", r.describe());
        assert!(r.elapsed >= Duration::from_millis(250), "{policy}: exit did not wait for the non-daemon thread");
        assert!(r.elapsed < Duration::from_secs(20), "{policy}: {}", r.describe());
    }
}

// ---- Ctrl-C ------------------------------------------------------------------

/// `interrupt.py WHAT` blocks the main thread in WHAT; SIGINT must end it
/// with a KeyboardInterrupt traceback within `INTERRUPT_DEADLINE`.
///
/// The exit status: as CPython 3.8+, garter re-raises SIGINT on itself
/// after printing the traceback, so the process ends by the signal (a shell
/// sees 130).
fn interrupted(what: &str) {
    let child = spawn(&[], "interrupt.py", &[what]);
    let (status, rest, stderr, took) = interrupt_when_ready(child, &format!("interrupt.py {what}"));
    assert!(took < INTERRUPT_DEADLINE, "{what}: exited {:.2} s after SIGINT", took.as_secs_f64());
    assert!(
        status.signal() == Some(nix::libc::SIGINT),
        "{what}: exit status {status:?}; stderr:\n{stderr}"
    );
    assert!(stderr.starts_with("Traceback (most recent call last):\n"), "{what}: stderr:\n{stderr}");
    assert_eq!(stderr.lines().last(), Some("KeyboardInterrupt"), "{what}: stderr:\n{stderr}");
    assert_eq!(rest, "", "{what}: the blocking call returned instead of raising");
}

/// Sends SIGINT to `child` once it printed "ready"; returns its status,
/// stdout after "ready", stderr, and how long it took to end.
fn interrupt_when_ready(mut child: Child, what: &str) -> (ExitStatus, String, String, Duration) {
    let mut stdout = BufReader::new(child.stdout.take().expect("piped stdout"));
    let stderr = drain(child.stderr.take().expect("piped stderr"));
    // Wait (bounded) for the script to say it is about to block.
    let (ready_tx, ready_rx) = mpsc::channel();
    let reader = thread::spawn(move || {
        let mut line = String::new();
        let _ = stdout.read_line(&mut line);
        let _ = ready_tx.send(line);
        let mut rest = String::new();
        let _ = stdout.read_to_string(&mut rest);
        rest
    });
    match ready_rx.recv_timeout(GENEROUS_TIMEOUT) {
        Ok(line) if line == "ready\n" => {}
        other => {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what}: expected \"ready\", got {other:?}; stderr: {:?}", stderr.recv_timeout(GENEROUS_TIMEOUT));
        }
    }
    // Let it get into the blocking call (a signal before it is also fine:
    // it stays pending and ends the wait at once).
    thread::sleep(Duration::from_millis(100));
    let pid = nix::unistd::Pid::from_raw(child.id() as i32);
    let sent = Instant::now();
    nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGINT).expect("sending SIGINT");
    let status = wait_bounded(&mut child, what);
    let took = sent.elapsed();
    let stderr = stderr.recv_timeout(GENEROUS_TIMEOUT).unwrap_or_default();
    let rest = reader.join().unwrap_or_default();
    (status, rest, stderr, took)
}

#[test]
fn ctrl_c_while_exit_waits_for_threads() {
    let child = spawn(&[], "interrupt_at_exit.py", &[]);
    let (status, rest, stderr, took) = interrupt_when_ready(child, "interrupt_at_exit.py");
    assert!(took < INTERRUPT_DEADLINE, "exited {:.2} s after SIGINT", took.as_secs_f64());
    assert_eq!(status.code(), Some(0), "stderr:\n{stderr}");
    assert_eq!(rest, "");
    assert!(stderr.starts_with("Exception ignored in: <module 'threading'"), "stderr:\n{stderr}");
    assert!(stderr.lines().last().is_some_and(|l| l.starts_with("KeyboardInterrupt")), "stderr:\n{stderr}");
}

#[test]
fn ctrl_c_interrupts_join() {
    interrupted("join");
    interrupted("join_timeout");
}

#[test]
fn ctrl_c_interrupts_lock_acquire() {
    interrupted("lock");
    interrupted("lock_timeout");
    interrupted("rlock");
}

#[test]
fn ctrl_c_interrupts_queue_get_and_put() {
    interrupted("queue");
    interrupted("queue_timeout");
    interrupted("queue_put");
    interrupted("simplequeue");
}

#[test]
fn ctrl_c_interrupts_event_condition_semaphore_barrier() {
    interrupted("event");
    interrupted("condition");
    interrupted("semaphore");
    interrupted("barrier");
}

#[test]
fn ctrl_c_interrupts_sleep_and_running_code() {
    interrupted("sleep");
    interrupted("spin");
}

/// `input()` waiting on a pipe that stays open (no data, no EOF).
#[test]
fn ctrl_c_interrupts_input() {
    let mut child = spawn_with_stdin(&[], "interrupt.py", &["input"], Stdio::piped());
    let stdin = child.stdin.take(); // held open until the child is gone
    let (status, rest, stderr, took) = interrupt_when_ready(child, "interrupt.py input");
    drop(stdin);
    assert!(took < INTERRUPT_DEADLINE, "input: exited {:.2} s after SIGINT", took.as_secs_f64());
    assert!(status.code() == Some(1) || status.signal() == Some(nix::libc::SIGINT), "input: {status:?}\n{stderr}");
    assert_eq!(stderr.lines().last(), Some("KeyboardInterrupt"), "input: stderr:\n{stderr}");
    assert_eq!(rest, "", "input() returned instead of raising");
}

// ---- real OS threads -------------------------------------------------------------

/// Six live Python threads have six distinct native ids, each a kernel task
/// of the process. garter's `main()` runs the interpreter on a second OS
/// thread (for its large stack) and waits for it: so the process has exactly
/// one task more than Python threads — its first task, whose id is the pid —
/// and, once the workers are joined, their tasks are gone.
#[test]
fn threads_are_os_threads() {
    let r = run(&[], "os_threads.py", &[]);
    assert!(r.status.success(), "{}", r.describe());
    let expected = "python threads 6\n\
                    distinct native ids 6\n\
                    native ids are tasks True\n\
                    tasks before 2\n\
                    tasks while running 7\n\
                    tasks that are not python threads 1\n\
                    the process's first task is a python thread False\n\
                    the others are the first task True\n\
                    tasks after join 2\n";
    assert_eq!(r.stdout, expected, "{}", r.describe());
}

// ---- uncaught exceptions in threads ----------------------------------------------

/// The failing thread's exception is printed by threading.excepthook as
/// CPython prints it; the other thread and the main thread finish normally.
#[test]
fn uncaught_exception_in_a_thread_goes_to_excepthook() {
    let r = run(&[], "thread_exception.py", &[]);
    assert!(r.status.success(), "{}", r.describe());
    assert_eq!(r.stdout, "good 0\ngood 1\ngood 2\nmain finished\n", "{}", r.describe());
    assert!(
        r.stderr.starts_with("Exception in thread bad-thread:\nTraceback (most recent call last):\n"),
        "{}",
        r.describe()
    );
    assert!(r.stderr.contains("thread_exception.py\", line 9, in bad\n"), "{}", r.describe());
    assert!(r.stderr.ends_with("ValueError: boom in thread\n"), "{}", r.describe());
}

// ---- the threading conformance programs under stress ------------------------------

/// The conformance areas about threads, rerun with a possible switch at
/// every instruction under each policy: their CPython output must not
/// depend on where the GIL changes hands.
const THREAD_AREAS: [&str; 5] = ["thread", "threading", "threading_docs", "queue", "examples_threads"];

/// `thread/checkinterval.py` prints the default check interval, which
/// `-X checkinterval=1` changes on purpose; it runs in the normal suite.
const PRINTS_THE_CHECK_INTERVAL: &str = "checkinterval.py";

/// Runs `program` like the conformance runner (cwd = its directory) with
/// `options`; `Err` describes a difference from its `.out`/`.status`.
fn check_program(options: &[&str], program: &std::path::Path) -> Result<(), String> {
    let expected = std::fs::read_to_string(program.with_extension("out")).map_err(|e| e.to_string())?;
    let expected_code = match std::fs::read_to_string(program.with_extension("status")) {
        Ok(text) => text.lines().next().and_then(|l| l.trim().parse::<i32>().ok()).unwrap_or(-1),
        Err(_) => 0,
    };
    let mut command = Command::new(env!("CARGO_BIN_EXE_garter"));
    command
        .args(options)
        .arg(program.file_name().expect("a file name"))
        .current_dir(program.parent().expect("a directory"))
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().map_err(|e| e.to_string())?;
    let stdout = drain(child.stdout.take().expect("piped stdout"));
    let stderr = drain(child.stderr.take().expect("piped stderr"));
    let status = wait_bounded(&mut child, &format!("{} {options:?}", program.display()));
    let stdout = stdout.recv_timeout(GENEROUS_TIMEOUT).unwrap_or_default();
    let stderr = stderr.recv_timeout(GENEROUS_TIMEOUT).unwrap_or_default();
    if stdout != expected || status.code() != Some(expected_code) {
        return Err(format!(
            "{} under {options:?}: status {status:?} (expected {expected_code})\n--- expected\n{expected}--- got\n{stdout}--- stderr\n{stderr}",
            program.display()
        ));
    }
    Ok(())
}

#[test]
fn thread_conformance_programs_with_check_interval_1_under_every_policy() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests").join("py");
    let mut programs = Vec::new();
    for area in THREAD_AREAS {
        let entries = std::fs::read_dir(root.join(area)).unwrap_or_else(|e| panic!("tests/py/{area}: {e}"));
        for entry in entries {
            let path = entry.expect("a directory entry").path();
            let is_program = path.extension().is_some_and(|e| e == "py");
            if is_program && !path.ends_with(PRINTS_THE_CHECK_INTERVAL) {
                programs.push(path);
            }
        }
    }
    programs.sort();
    assert!(programs.len() > 30, "the thread areas hold only {} programs", programs.len());
    let mut failures = Vec::new();
    for policy in POLICIES {
        let gil = format!("gil={policy}");
        let options = ["-X", gil.as_str(), "-X", "checkinterval=1"];
        // Two at a time: the machine is shared.
        for pair in programs.chunks(2) {
            let results: Vec<Result<(), String>> = thread::scope(|scope| {
                let handles: Vec<_> = pair.iter().map(|p| scope.spawn(|| check_program(&options, p))).collect();
                handles.into_iter().map(|h| h.join().unwrap_or_else(|_| Err("checker panicked".into()))).collect()
            });
            failures.extend(results.into_iter().filter_map(Result::err));
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

// ---- examples/threads ----------------------------------------------------------

fn example(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples").join("threads").join(name)
}

/// The copies in `tests/py/examples_threads/` are the examples themselves
/// under a one-line header, so the conformance suite checks what
/// `examples/threads/` shows.
#[test]
fn example_copies_match_the_examples() {
    let copies = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests").join("py").join("examples_threads");
    let mut checked = 0;
    for entry in std::fs::read_dir(&copies).expect("tests/py/examples_threads") {
        let path = entry.expect("a directory entry").path();
        if path.extension().is_none_or(|e| e != "py") {
            continue;
        }
        let name = path.file_name().expect("a file name").to_string_lossy().into_owned();
        let copy = std::fs::read_to_string(&path).expect("the copy");
        let original = std::fs::read_to_string(example(&name)).unwrap_or_else(|e| panic!("examples/threads/{name}: {e}"));
        let header = format!(
            "# A copy of examples/threads/{name}, run as a conformance test; keep the two identical below this line.\n"
        );
        assert_eq!(copy, header + &original, "tests/py/examples_threads/{name} differs from examples/threads/{name}");
        checked += 1;
    }
    assert_eq!(checked, 10, "expected the 10 deterministic examples");
}

/// The two examples that cannot be conformance tests still run: race.py
/// prints a count (which one varies by design), perf.py its timings.
#[test]
fn race_and_perf_examples_run() {
    let run_example = |options: &[&str], name: &str, args: &[&str]| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_garter"));
        command.args(options).arg(example(name)).args(args).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = command.spawn().expect("cannot start garter");
        let stdout = drain(child.stdout.take().expect("piped stdout"));
        let stderr = drain(child.stderr.take().expect("piped stderr"));
        let status = wait_bounded(&mut child, name);
        let stdout = stdout.recv_timeout(GENEROUS_TIMEOUT).unwrap_or_default();
        let stderr = stderr.recv_timeout(GENEROUS_TIMEOUT).unwrap_or_default();
        assert!(status.success(), "{name}: {status:?}\n{stderr}");
        stdout
    };
    let race = run_example(&["-X", "checkinterval=1"], "race.py", &[]);
    let count = race.strip_prefix("x is ").and_then(|rest| rest.strip_suffix(" (0 without a race)\n"));
    assert!(count.is_some_and(|c| c.parse::<i64>().is_ok()), "race.py printed {race:?}");
    let perf = run_example(&[], "perf.py", &["200000"]);
    let labels = ["CPU-bound", "sequential (1 thread)", "2 threads", "4 threads", "threaded/sequential", "I/O-bound", "sequential", "20 threads", "speedup"];
    let lines: Vec<&str> = perf.lines().collect();
    assert_eq!(lines.len(), labels.len(), "perf.py printed:\n{perf}");
    for (line, label) in lines.iter().zip(labels) {
        assert!(line.starts_with(label), "perf.py line {line:?} should start with {label:?}");
    }
}

// ---- the GIL's command-line settings -------------------------------------------------

/// `-X gil=`, `-X checkinterval=` and `-X switchinterval=` reach the
/// interpreter; a bad value is a usage error (status 2) before any code runs.
#[test]
fn x_options_set_the_gil() {
    for policy in POLICIES {
        let gil = format!("gil={policy}");
        let r = run(&["-X", &gil, "-X", "checkinterval=7", "-X", "switchinterval=0.001"], "gil_settings.py", &[]);
        assert!(r.status.success(), "{}", r.describe());
        assert_eq!(r.stdout, format!("{policy} 7 0.001\n"), "{}", r.describe());
    }
    for bad in ["gil=bogus", "checkinterval=x", "checkinterval=0", "switchinterval=-1", "switchinterval=x"] {
        let r = run(&["-X", bad], "gil_settings.py", &[]);
        assert_eq!(r.status.code(), Some(2), "-X {bad}: {}", r.describe());
        assert_eq!(r.stdout, "", "-X {bad}: the script ran: {}", r.describe());
        assert!(!r.stderr.is_empty(), "-X {bad}: no message");
    }
}

// ---- stdin -------------------------------------------------------------------------

/// While the main thread waits in `input()`, another thread runs to its end;
/// only then does the test send the line.
#[test]
fn input_releases_the_gil() {
    use std::io::Write;
    let mut child = spawn_with_stdin(&[], "input_gil.py", &[], Stdio::piped());
    let mut stdin = child.stdin.take().expect("piped stdin");
    let stdout = BufReader::new(child.stdout.take().expect("piped stdout"));
    let stderr = drain(child.stderr.take().expect("piped stderr"));
    let (line_tx, line_rx) = mpsc::channel();
    thread::spawn(move || {
        for line in stdout.lines().map_while(Result::ok) {
            if line_tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut seen = Vec::new();
    let deadline = Instant::now() + GENEROUS_TIMEOUT;
    while seen.last().map(String::as_str) != Some("ticker done") {
        match line_rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
            Ok(line) => seen.push(line),
            Err(_) => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("the other thread did not finish while input() waited (GIL held?); saw {seen:?}");
            }
        }
    }
    stdin.write_all(b"hello\n").expect("writing stdin");
    drop(stdin);
    let status = wait_bounded(&mut child, "input_gil.py");
    let rest: Vec<String> = line_rx.iter().collect();
    let stderr = stderr.recv_timeout(GENEROUS_TIMEOUT).unwrap_or_default();
    assert!(status.success(), "{status:?}\n{stderr}");
    assert_eq!(seen, ["tick 0", "tick 1", "tick 2", "ticker done"]);
    assert_eq!(rest, ["got hello"]);
}
