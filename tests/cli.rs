//! The `garter` command line, run as a process: every option, exit codes,
//! the usage text on stderr, `sys.argv` per mode, `GARTERPATH`, `-m` with a
//! package, piped stdin and `-i` on a pipe. Expected texts are CPython
//! 3.11's (`python3 ...`), with `python` replaced by `garter` where the
//! name shows.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const GARTER: &str = env!("CARGO_BIN_EXE_garter");
/// How long one run may take before it is killed and the test fails.
const TIMEOUT: Duration = Duration::from_secs(20);

struct Run {
    status: i32,
    stdout: String,
    stderr: String,
}

/// Runs garter with `args`, `stdin` piped in, extra `env`, in `cwd`.
fn run_in(args: &[&str], stdin: &str, env: &[(&str, &str)], cwd: Option<&Path>) -> Run {
    let mut cmd = Command::new(GARTER);
    cmd.args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    cmd.env_remove("GARTERPATH");
    for (k, v) in env {
        cmd.env(k, v);
    }
    if let Some(dir) = cwd {
        cmd.current_dir(dir);
    }
    let mut child = cmd.spawn().expect("spawn garter");
    let mut input = child.stdin.take().expect("stdin");
    let text = stdin.to_string();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(text.as_bytes());
    });
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let out_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = out.read_to_string(&mut s);
        s
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err.read_to_string(&mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait().expect("wait") {
            break st;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            panic!("garter {args:?} did not finish in {TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let _ = writer.join();
    Run { status: status.code().unwrap_or(-1), stdout: out_reader.join().unwrap_or_default(), stderr: err_reader.join().unwrap_or_default() }
}

fn run(args: &[&str]) -> Run {
    run_in(args, "", &[], None)
}

/// A fresh scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("garter-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("mkdir");
    }
    std::fs::write(path, text).expect("write file");
}

fn usage_error(first_line: &str) -> String {
    format!("{first_line}\nusage: {GARTER} [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `garter -h' for more information.\n")
}

#[test]
fn version_prints_garters_name_and_version() {
    let expected = format!("garter {}\n", env!("CARGO_PKG_VERSION"));
    for flag in ["-V", "--version"] {
        let r = run(&[flag]);
        assert_eq!((r.status, r.stdout.as_str(), r.stderr.as_str()), (0, expected.as_str(), ""), "{flag}");
    }
    // Acted on when met, before the program runs.
    let r = run(&["-V", "-c", "print('ran')"]);
    assert_eq!(r.stdout, expected);
    let r = run(&["-VV"]);
    assert!(r.stdout.starts_with(&format!("garter {} (", env!("CARGO_PKG_VERSION"))), "{}", r.stdout);
}

#[test]
fn help_lists_the_options() {
    for flag in ["-h", "--help", "-?"] {
        let r = run(&[flag]);
        assert_eq!(r.status, 0);
        assert!(r.stdout.starts_with(&format!("usage: {GARTER} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n")));
        for line in ["-c cmd :", "-m mod :", "-i     :", "-u     :", "-V     :", "-X opt :", "-E     :", "-q     :", "file   :", "GARTERPATH"] {
            assert!(r.stdout.contains(line), "{flag}: help lacks {line:?}");
        }
        assert_eq!(r.stderr, "");
    }
}

#[test]
fn wrong_options_print_usage_on_stderr_and_exit_2() {
    let cases: &[(&[&str], &str)] = &[
        (&["-Z"], "Unknown option: -Z"),
        (&["-iZ"], "Unknown option: -Z"),
        (&["--foo"], "unknown option --foo"),
        (&["-c"], "Argument expected for the -c option"),
        (&["-m"], "Argument expected for the -m option"),
        (&["-X"], "Argument expected for the -X option"),
        (&["-i", "-c"], "Argument expected for the -c option"),
    ];
    for (args, first) in cases {
        let r = run(args);
        assert_eq!(r.status, 2, "{args:?}");
        assert_eq!(r.stderr, usage_error(first), "{args:?}");
        assert_eq!(r.stdout, "", "{args:?}");
    }
}

#[test]
fn dash_c_sets_argv_and_ends_the_options() {
    let r = run(&["-c", "import sys; print(sys.argv); print(sys.path[0] == '')", "a", "-i", "-Z"]);
    assert_eq!((r.status, r.stdout.as_str()), (0, "['-c', 'a', '-i', '-Z']\nTrue\n"), "{}", r.stderr);
    // Attached argument, combined flags.
    let r = run(&["-uc", "print('attached')"]);
    assert_eq!(r.stdout, "attached\n");
    let r = run(&["-cprint(6*7)"]);
    assert_eq!(r.stdout, "42\n");
}

#[test]
fn dash_c_errors_show_no_source_lines() {
    let r = run(&["-c", "x = 1\n1/0"]);
    assert_eq!(r.status, 1);
    assert_eq!(r.stderr, "Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\nZeroDivisionError: division by zero\n");
    let r = run(&["-c", "print(__name__); print('__file__' in globals())"]);
    assert_eq!(r.stdout, "__main__\nFalse\n");
    let r = run(&["-c", "x = = 1"]);
    assert_eq!(r.status, 1);
    assert_eq!(r.stderr, "  File \"<string>\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n");
}

#[test]
fn xoptions_become_sys_xoptions() {
    let r = run(&["-X", "dev", "-Xgil=legacy", "-X", "a=b=c", "-X", "checkinterval=100", "-X", "gil=timed", "-c", "import sys; print(sys._xoptions)"]);
    assert_eq!(r.stdout, "{'dev': True, 'a': 'b=c', 'checkinterval': '100', 'gil': 'timed'}\n", "{}", r.stderr);
    let r = run(&["-c", "import sys; print(sys._xoptions)"]);
    assert_eq!(r.stdout, "{}\n");
}

#[test]
fn script_file_argv_and_path() {
    let dir = scratch("script");
    write(&dir.join("prog.py"), "import sys\nprint(sys.argv)\nprint(sys.path[0])\nprint(__file__)\n");
    let r = run_in(&["prog.py", "x", "-c"], "", &[], Some(&dir));
    let abs = dir.join("prog.py");
    assert_eq!(r.stdout, format!("['prog.py', 'x', '-c']\n{}\n{}\n", dir.display(), abs.display()), "{}", r.stderr);
    let r = run_in(&["missing.py"], "", &[], Some(&dir));
    assert_eq!(r.status, 2);
    assert_eq!(r.stderr, format!("garter: can't open file '{}': [Errno 2] No such file or directory\n", dir.join("missing.py").display()));
    // `--` ends the options: `-c` after it is a file name.
    let r = run_in(&["--", "-c"], "", &[], Some(&dir));
    assert_eq!(r.status, 2);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn exit_status_of_scripts() {
    assert_eq!(run(&["-c", "import sys; sys.exit(7)"]).status, 7);
    assert_eq!(run(&["-c", "raise ValueError('v')"]).status, 1);
    let r = run(&["-c", "exit(5)"]);
    assert_eq!(r.status, 5);
    let r = run(&["-c", "quit('bye')"]);
    assert_eq!((r.status, r.stderr.as_str()), (1, "bye\n"));
    let r = run(&["-c", "exit()"]);
    assert_eq!(r.status, 0);
}

#[test]
fn exit_and_quit_are_quitters() {
    let r = run(&["-c", "print(repr(exit)); print(str(quit)); print(type(exit))"]);
    assert_eq!(
        r.stdout,
        "Use exit() or Ctrl-D (i.e. EOF) to exit\nUse quit() or Ctrl-D (i.e. EOF) to exit\n<class '_sitebuiltins.Quitter'>\n",
        "{}",
        r.stderr
    );
}

#[test]
fn piped_stdin_is_the_program() {
    let r = run_in(&[], "import sys\nprint(sys.argv, repr(sys.path[0]))\nprint(__name__)\n", &[], None);
    assert_eq!((r.status, r.stdout.as_str(), r.stderr.as_str()), (0, "[''] ''\n__main__\n", ""));
    let r = run_in(&["-", "a", "b"], "import sys\nprint(sys.argv)\n", &[], None);
    assert_eq!(r.stdout, "['-', 'a', 'b']\n");
    let r = run_in(&[], "def f():\n    1/0\nf()\n", &[], None);
    assert_eq!(r.status, 1);
    assert_eq!(
        r.stderr,
        "Traceback (most recent call last):\n  File \"<stdin>\", line 3, in <module>\n  File \"<stdin>\", line 2, in f\nZeroDivisionError: division by zero\n"
    );
    // Piped stdin is one program: no prompts, no echo of values.
    let r = run_in(&[], "1 + 1\nx = 3\n", &[], None);
    assert_eq!((r.stdout.as_str(), r.stderr.as_str()), ("", ""));
}

#[test]
fn garterpath_extends_sys_path_after_the_script_dir() {
    let dir = scratch("garterpath");
    let lib_a = dir.join("liba");
    let lib_b = dir.join("libb");
    write(&lib_a.join("helper_a.py"), "NAME = 'a'\n");
    write(&lib_b.join("helper_b.py"), "NAME = 'b'\n");
    write(&dir.join("main.py"), "import sys, helper_a, helper_b\nprint(helper_a.NAME, helper_b.NAME)\nprint(sys.path[:3])\n");
    let list = format!("{}:{}", lib_a.display(), lib_b.display());
    let r = run_in(&["main.py"], "", &[("GARTERPATH", &list)], Some(&dir));
    assert_eq!(r.stdout, format!("a b\n['{}', '{}', '{}']\n", dir.display(), lib_a.display(), lib_b.display()), "{}", r.stderr);
    let r = run_in(&["-c", "import sys; print(sys.path[:2])"], "", &[("GARTERPATH", &list)], Some(&dir));
    assert_eq!(r.stdout, format!("['', '{}']\n", lib_a.display()));
    // -E ignores it.
    let r = run_in(&["-E", "-c", "import helper_a"], "", &[("GARTERPATH", &list)], Some(&dir));
    assert_eq!(r.status, 1);
    assert!(r.stderr.ends_with("ModuleNotFoundError: No module named 'helper_a'\n"), "{}", r.stderr);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn dash_m_runs_modules_and_packages_as_main() {
    let dir = scratch("dash-m");
    write(&dir.join("pkg/__init__.py"), "print('init', __name__)\n");
    write(&dir.join("pkg/__main__.py"), "import sys\nprint('main', __name__, __package__, sys.argv)\n");
    write(&dir.join("pkg/mod.py"), "import sys\nprint('mod', __name__, __package__, sys.argv, __file__)\nprint(sys.path[0])\n");
    write(&dir.join("nomain/__init__.py"), "");
    write(&dir.join("top.py"), "import sys\nprint(__name__, repr(__package__), sys.argv)\n");
    write(&dir.join("bad.py"), "raise ValueError('v')\n");
    let d = dir.display();
    let r = run_in(&["-m", "pkg.mod", "a", "-i"], "", &[], Some(&dir));
    assert_eq!(r.stdout, format!("init pkg\nmod __main__ pkg ['{d}/pkg/mod.py', 'a', '-i'] {d}/pkg/mod.py\n{d}\n"), "{}", r.stderr);
    let r = run_in(&["-m", "pkg", "x"], "", &[], Some(&dir));
    assert_eq!(r.stdout, format!("init pkg\nmain __main__ pkg ['{d}/pkg/__main__.py', 'x']\n"), "{}", r.stderr);
    let r = run_in(&["-mtop"], "", &[], Some(&dir));
    assert_eq!(r.stdout, format!("__main__ '' ['{d}/top.py']\n"), "{}", r.stderr);
    let cases: &[(&str, &str)] = &[
        ("nope", "garter: No module named nope\n"),
        ("pkg.nope", "garter: No module named pkg.nope\n"),
        ("nope.x", "garter: Error while finding module specification for 'nope.x' (ModuleNotFoundError: No module named 'nope')\n"),
        ("nomain", "garter: No module named nomain.__main__; 'nomain' is a package and cannot be directly executed\n"),
    ];
    for (name, err) in cases {
        let r = run_in(&["-m", name], "", &[], Some(&dir));
        assert_eq!((r.status, r.stderr.as_str()), (1, *err), "-m {name}");
    }
    let r = run_in(&["-m", "bad"], "", &[], Some(&dir));
    assert_eq!(r.status, 1);
    assert!(r.stderr.ends_with("    raise ValueError('v')\nValueError: v\n"), "{}", r.stderr);
    // Found through GARTERPATH from another directory.
    let elsewhere = scratch("dash-m-elsewhere");
    let r = run_in(&["-m", "pkg.mod"], "", &[("GARTERPATH", &d.to_string())], Some(&elsewhere));
    assert!(r.stdout.starts_with(&format!("init pkg\nmod __main__ pkg ['{d}/pkg/mod.py']")), "{}{}", r.stdout, r.stderr);
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_dir_all(&elsewhere);
}

#[test]
fn dash_u_writes_through() {
    // os._exit skips the final flush: only unbuffered output survives it.
    let prog = "import os; print('partial', end=''); os._exit(0)";
    assert_eq!(run(&["-u", "-c", prog]).stdout, "partial");
    assert_eq!(run(&["-c", prog]).stdout, "");
}

#[test]
fn dash_i_on_a_pipe_reads_statements_with_prompts_on_stderr() {
    let r = run_in(&["-i", "-c", "x = 5"], "x * 2\nfor i in range(2):\n    print(i)\n\nNone\n_\n", &[], None);
    assert_eq!((r.status, r.stdout.as_str()), (0, "10\n0\n1\n10\n"), "{}", r.stderr);
    assert_eq!(r.stderr, ">>> >>> ... ... >>> >>> >>> \n");
    // An exception prints its traceback and the session goes on.
    let r = run_in(&["-i", "-c", "pass"], "1/0\nprint('after')\n", &[], None);
    assert_eq!(r.stdout, "after\n");
    assert_eq!(r.stderr, ">>> Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n>>> >>> \n");
    // The script's own exception (SystemExit included) is shown, then the REPL.
    let r = run_in(&["-i", "-c", "raise SystemExit(3)"], "print('still here')\n", &[], None);
    assert_eq!((r.status, r.stdout.as_str()), (0, "still here\n"));
    assert!(r.stderr.starts_with("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nSystemExit: 3\n>>> "), "{}", r.stderr);
    // exit() leaves with its status.
    let r = run_in(&["-ic", "pass"], "exit(4)\nprint('not reached')\n", &[], None);
    assert_eq!((r.status, r.stdout.as_str()), (4, ""));
    // Syntax errors are reported and the session goes on.
    let r = run_in(&["-i", "-c", "pass"], "if 1:\n  2\n3\nx = = 1\n", &[], None);
    assert_eq!(
        r.stderr,
        ">>> ... ...   File \"<stdin>\", line 3\n    3\n    ^\nSyntaxError: invalid syntax\n>>>   File \"<stdin>\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n>>> \n"
    );
}

#[test]
fn dash_i_alone_shows_the_banner_unless_quiet() {
    let r = run_in(&["-i"], "1 + 2\n", &[], None);
    assert_eq!(r.stdout, "3\n");
    assert!(r.stderr.starts_with(&format!("garter {} ", env!("CARGO_PKG_VERSION"))), "{}", r.stderr);
    let r = run_in(&["-q", "-i"], "1 + 2\n", &[], None);
    assert_eq!((r.stdout.as_str(), r.stderr.as_str()), ("3\n", ">>> >>> \n"));
}

#[test]
fn sys_ps1_and_ps2_exist_in_interactive_mode_and_set_the_prompts() {
    let r = run(&["-c", "import sys; print(hasattr(sys, 'ps1'), hasattr(sys, 'ps2'))"]);
    assert_eq!(r.stdout, "False False\n");
    let r = run_in(&["-q", "-i"], "import sys\nsys.ps1, sys.ps2\nsys.ps1 = 'G> '\nsys.ps2 = '_ '\nif 1:\n  2\n\n", &[], None);
    assert_eq!(r.stdout, "('>>> ', '... ')\n2\n", "{}", r.stderr);
    assert_eq!(r.stderr, ">>> >>> >>> G> G> _ _ G> \n");
}

#[test]
fn dash_i_after_a_script_keeps_its_namespace() {
    let dir = scratch("dash-i-script");
    write(&dir.join("s.py"), "def double(n):\n    return 2 * n\nvalue = 21\n");
    let r = run_in(&["-i", "s.py"], "double(value)\n", &[], Some(&dir));
    assert_eq!((r.status, r.stdout.as_str()), (0, "42\n"), "{}", r.stderr);
    let _ = std::fs::remove_dir_all(&dir);
}
