//! The REPL on a real pseudo-terminal: garter is spawned with a pty as its
//! controlling terminal, keys are typed into the master side, and the
//! screen text (escape sequences stripped) is read back. Checks prompts,
//! echo of values, `_`, multi-line blocks, traceback-and-continue, Ctrl-C on
//! a line and on running code, Ctrl-D, `exit()`, tab completion and history
//! across sessions. Expected texts are CPython 3.11's REPL output. Every
//! read has a deadline, so a broken REPL fails the test instead of hanging.

use nix::pty::{openpty, Winsize};
use std::io::{Read, Write};
use std::os::fd::OwnedFd;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const GARTER: &str = env!("CARGO_BIN_EXE_garter");
/// How long to wait for expected text before failing.
const TIMEOUT: Duration = Duration::from_secs(15);

/// A garter REPL on a pty.
struct Repl {
    child: Child,
    master: std::fs::File,
    /// Everything read so far, escape sequences and `\r` removed.
    screen: String,
    /// How much of `screen` earlier `expect`s consumed.
    seen: usize,
}

impl Repl {
    fn spawn(home: &Path) -> Repl {
        let size = Winsize { ws_row: 50, ws_col: 200, ws_xpixel: 0, ws_ypixel: 0 };
        let pty = openpty(Some(&size), None).expect("openpty");
        let slave: OwnedFd = pty.slave;
        let mut cmd = Command::new(GARTER);
        cmd.env("HOME", home).env("TERM", "xterm").env_remove("GARTERPATH");
        cmd.stdin(Stdio::from(slave.try_clone().expect("dup")));
        cmd.stdout(Stdio::from(slave.try_clone().expect("dup")));
        cmd.stderr(Stdio::from(slave));
        // SAFETY: between fork and exec only async-signal-safe calls
        // (setsid, ioctl) run; they make the pty the controlling terminal so
        // that Ctrl-C becomes SIGINT for garter.
        unsafe {
            use std::os::unix::process::CommandExt;
            cmd.pre_exec(move || {
                nix::unistd::setsid().map_err(std::io::Error::from)?;
                if nix::libc::ioctl(0, nix::libc::TIOCSCTTY as _, 0) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = cmd.spawn().expect("spawn garter on a pty");
        let master = std::fs::File::from(pty.master);
        // Reads must not block past the deadline.
        let flags = nix::fcntl::fcntl(&master, nix::fcntl::FcntlArg::F_GETFL).expect("F_GETFL");
        let flags = nix::fcntl::OFlag::from_bits_truncate(flags) | nix::fcntl::OFlag::O_NONBLOCK;
        nix::fcntl::fcntl(&master, nix::fcntl::FcntlArg::F_SETFL(flags)).expect("F_SETFL");
        Repl { child, master, screen: String::new(), seen: 0 }
    }

    fn send(&mut self, keys: &str) {
        self.master.write_all(keys.as_bytes()).expect("write to pty");
        self.master.flush().expect("flush pty");
    }

    /// Reads what is available; false once the child closed the pty.
    fn pump(&mut self) -> bool {
        let mut buf = [0u8; 4096];
        match self.master.read(&mut buf) {
            Ok(0) => false,
            Ok(n) => {
                let raw = String::from_utf8_lossy(&buf[..n]).into_owned();
                // A cursor-position query gets an answer, as a terminal gives.
                if raw.contains("\x1b[6n") {
                    self.send("\x1b[1;1R");
                }
                self.screen.push_str(&strip_escapes(&raw));
                true
            }
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                std::thread::sleep(Duration::from_millis(10));
                true
            }
            // EIO: the slave side is closed (garter exited).
            Err(_) => false,
        }
    }

    /// Waits until `text` appears after what earlier calls consumed;
    /// returns the screen text up to and including it.
    fn expect(&mut self, text: &str) -> String {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Some(i) = self.screen[self.seen..].find(text) {
                let end = self.seen + i + text.len();
                let chunk = self.screen[self.seen..end].to_string();
                self.seen = end;
                return chunk;
            }
            if Instant::now() > deadline || !self.pump() {
                let _ = self.child.kill();
                panic!("expected {text:?}; the screen after the last match was:\n{}", &self.screen[self.seen..]);
            }
        }
    }

    /// Waits for garter to exit; returns its status.
    fn wait_exit(&mut self) -> i32 {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Some(st) = self.child.try_wait().expect("try_wait") {
                while self.pump() && Instant::now() < deadline {}
                return st.code().unwrap_or(-1);
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("garter did not exit; screen:\n{}", &self.screen[self.seen..]);
            }
            self.pump();
        }
    }
}

impl Drop for Repl {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Removes ANSI escape sequences (CSI and the two-byte forms) and `\r`.
fn strip_escapes(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            // ESC [ ... final byte; other ESC sequences are two bytes.
            '\x1b' => {
                if chars.next() == Some('[') {
                    for n in chars.by_ref() {
                        if ('@'..='~').contains(&n) {
                            break;
                        }
                    }
                }
            }
            '\r' | '\x07' => {}
            _ => out.push(c),
        }
    }
    out
}

fn home(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("garter-pty-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create home");
    dir
}

#[test]
fn prompts_values_underscore_blocks_and_tracebacks() {
    let dir = home("basics");
    let mut r = Repl::spawn(&dir);
    let banner = r.expect(">>> ");
    assert!(banner.starts_with(&format!("garter {} ", env!("CARGO_PKG_VERSION"))), "banner: {banner:?}");
    r.send("x = 41\r");
    r.expect(">>> ");
    r.send("x + 1\r");
    assert_eq!(r.expect(">>> "), "x + 1\n42\n>>> ");
    r.send("_ * 2\r");
    assert_eq!(r.expect(">>> "), "_ * 2\n84\n>>> ");
    r.send("None\r");
    assert_eq!(r.expect(">>> "), "None\n>>> ");
    r.send("for i in range(2):\r");
    r.expect("... ");
    r.send("    print(i)\r");
    r.expect("... ");
    r.send("\r");
    assert_eq!(r.expect(">>> "), "\n0\n1\n>>> ");
    r.send("1/0\r");
    assert_eq!(
        r.expect(">>> "),
        "1/0\nTraceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n>>> "
    );
    r.send("x\r");
    assert_eq!(r.expect(">>> "), "x\n41\n>>> ");
    r.send("exit\r");
    assert_eq!(r.expect(">>> "), "exit\nUse exit() or Ctrl-D (i.e. EOF) to exit\n>>> ");
    r.send("exit(3)\r");
    assert_eq!(r.wait_exit(), 3);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn ctrl_c_cancels_the_line_and_interrupts_running_code() {
    let dir = home("ctrl-c");
    let mut r = Repl::spawn(&dir);
    r.expect(">>> ");
    r.send("abc");
    r.expect("abc");
    r.send("\x03");
    assert_eq!(r.expect(">>> "), "\nKeyboardInterrupt\n>>> ");
    r.send("if 1:\r");
    r.expect("... ");
    r.send("\x03");
    assert_eq!(r.expect(">>> "), "\nKeyboardInterrupt\n>>> ");
    // The line printed before the loop shows that the code runs (the
    // terminal is back in cooked mode, so Ctrl-C is a SIGINT).
    r.send("if 1:\r");
    r.expect("... ");
    r.send("    print('looping')\r");
    r.expect("... ");
    r.send("    while True: pass\r");
    r.expect("... ");
    r.send("\r");
    r.expect("looping\n");
    r.send("\x03");
    let shown = r.expect(">>> ");
    assert!(
        shown.ends_with("Traceback (most recent call last):\n  File \"<stdin>\", line 3, in <module>\nKeyboardInterrupt\n>>> "),
        "{shown:?}"
    );
    // Ctrl-D at `... ` ends the statement instead of the session.
    r.send("if 1:\r");
    r.expect("... ");
    r.send("    print('ran')\r");
    r.expect("... ");
    r.send("\x04");
    assert_eq!(r.expect(">>> "), "\nran\n>>> ");
    r.send("'alive'\r");
    assert_eq!(r.expect(">>> "), "'alive'\n'alive'\n>>> ");
    r.send("\x04");
    assert_eq!(r.wait_exit(), 0);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn tab_completes_names_and_attributes() {
    let dir = home("completion");
    let mut r = Repl::spawn(&dir);
    r.expect(">>> ");
    // A builtin: `pri` -> `print(`.
    r.send("pri\t");
    r.expect("print(");
    r.send("'tab')\r");
    assert!(r.expect(">>> ").ends_with("tab\n>>> "));
    // A global of the session.
    r.send("long_variable_name = 7\r");
    r.expect(">>> ");
    r.send("long_v\t");
    r.expect("long_variable_name");
    r.send("\r");
    assert!(r.expect(">>> ").ends_with("7\n>>> "));
    // An attribute after a dotted name.
    r.send("import math\r");
    r.expect(">>> ");
    r.send("math.sq\t");
    r.expect("math.sqrt(");
    r.send("16)\r");
    assert!(r.expect(">>> ").ends_with("4.0\n>>> "));
    // A keyword gets rlcompleter's trailing space.
    r.send("whi\t");
    r.expect("while ");
    r.send("\x03");
    r.expect(">>> ");
    // Tab at the start of a block line indents.
    r.send("if 1:\r");
    r.expect("... ");
    r.send("\tprint('indented')\r\r");
    assert!(r.expect(">>> ").ends_with("indented\n>>> "));
    r.send("exit()\r");
    assert_eq!(r.wait_exit(), 0);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn history_is_kept_across_sessions() {
    let dir = home("history");
    let mut r = Repl::spawn(&dir);
    r.expect(">>> ");
    r.send("remembered = 'from the first session'\r");
    r.expect(">>> ");
    r.send("\x04");
    assert_eq!(r.wait_exit(), 0);
    assert!(dir.join(".garter_history").is_file());
    drop(r);

    let mut r = Repl::spawn(&dir);
    r.expect(">>> ");
    r.send("remembered = 'again'\r");
    r.expect(">>> ");
    // Up twice: this session's line, then the first session's.
    r.send("\x1b[A\x1b[A");
    r.expect("from the first session'");
    r.send("\r");
    r.expect(">>> ");
    r.send("remembered\r");
    assert!(r.expect(">>> ").ends_with("'from the first session'\n>>> "));
    r.send("\x04");
    assert_eq!(r.wait_exit(), 0);
    let _ = std::fs::remove_dir_all(&dir);
}
