#!/usr/bin/env python3
"""Regenerate the expected outputs of the conformance programs.

Usage (from the repository root):

    python3 tests/gen_expected.py            # every tests/py/**/*.py
    python3 tests/gen_expected.py syntax/    # only paths containing "syntax/"

For each program `tests/py/<area>/<name>.py` this runs CPython 3.11 the way
`tests/conformance.rs` runs garter: cwd = the program's directory, argv =
[`<name>.py`], stdin from `<name>.stdin` (empty when absent), environment
PYTHONHASHSEED=0 and PYTHONIOENCODING=utf-8. It writes:

- `<name>.out`: the program's stdout, byte for byte;
- `<name>.status`: only when the exit code is nonzero, two lines: the exit
  code, then the last line of stderr. A stale `.status` is removed when the
  program now exits with 0.
- `<name>.err`: only for programs with the marker comment
  `# conformance: stderr` on one of their first three lines: the whole
  stderr, with the absolute path of `tests/py` written as `$TESTS` (a stale
  `.err` is removed when the marker goes).

Helper modules are not programs and are skipped: `.py` files whose name
starts with `_`, and directories named `_*` or holding an `__init__.py`.
Programs run with PYTHONDONTWRITEBYTECODE=1 so imports leave no
`__pycache__` behind.

Each program runs twice; if the two runs differ (stdout, exit code or last
stderr line) the script warns and exits with status 1, because such a program
cannot be a conformance test. It also warns about programs slower than 0.2 s.

Programs whose first line is exactly `# expected-output: hand-written` are
skipped: they test behaviour CPython 3.11 does not have (3.13's
`queue.shutdown`, Python 2's `sys.setcheckinterval`), so their `.out` was
written by hand from the documented semantics, which the program's next
comment lines name. The generator never overwrites them.
"""

import concurrent.futures
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.abspath(__file__))
PY_DIR = os.path.join(ROOT, "py")
TIMEOUT_SECONDS = 60
STDERR_MARKER = "# conformance: stderr"
TESTS_PLACEHOLDER = "$TESTS"
SLOW_SECONDS = 0.2
# First line of a program whose expected output is written by hand.
HAND_WRITTEN_MARKER = "# expected-output: hand-written"


def python_binary():
    """The real CPython binary: sys.executable unless it is not 3.11."""
    if sys.version_info[:2] != (3, 11):
        sys.exit("gen_expected.py must run under CPython 3.11, not %s" % sys.version)
    return sys.executable


def discover(filters):
    programs = []
    for dirpath, dirnames, filenames in os.walk(PY_DIR):
        dirnames[:] = sorted(
            d for d in dirnames
            if not d.startswith("_")
            and not os.path.exists(os.path.join(dirpath, d, "__init__.py"))
        )
        for name in filenames:
            if name.endswith(".py") and not name.startswith("_"):
                path = os.path.join(dirpath, name)
                rel = os.path.relpath(path, PY_DIR)
                if not filters or any(f in rel for f in filters):
                    programs.append(path)
    programs.sort()
    return programs


def is_hand_written(path):
    with open(path, encoding="utf-8") as f:
        return f.readline().rstrip("\n") == HAND_WRITTEN_MARKER


def last_line(text):
    lines = text.rstrip("\n").split("\n")
    return lines[-1] if lines else ""


def run_once(python, path):
    directory, name = os.path.split(path)
    stdin_path = path[:-3] + ".stdin"
    stdin_data = b""
    if os.path.exists(stdin_path):
        with open(stdin_path, "rb") as f:
            stdin_data = f.read()
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("PYTHONSTARTUP", None)
    start = time.perf_counter()
    proc = subprocess.run(
        [python, name],
        cwd=directory,
        input=stdin_data,
        capture_output=True,
        env=env,
        timeout=TIMEOUT_SECONDS,
    )
    elapsed = time.perf_counter() - start
    stderr = proc.stderr.decode("utf-8", "replace")
    stderr_last = last_line(stderr)
    stderr = stderr.replace(PY_DIR, TESTS_PLACEHOLDER)
    return proc.stdout, proc.returncode, stderr_last, elapsed, stderr


def wants_stderr(path):
    with open(path, encoding="utf-8") as f:
        head = [f.readline() for _ in range(3)]
    return any(STDERR_MARKER in line for line in head)


def generate(python, path):
    first = run_once(python, path)
    second = run_once(python, path)
    warnings = []
    compare_stderr = wants_stderr(path)
    if first[:3] != second[:3] or (compare_stderr and first[4] != second[4]):
        warnings.append("NONDETERMINISTIC: two runs differ")
    if min(first[3], second[3]) > SLOW_SECONDS:
        warnings.append("SLOW: %.2f s" % min(first[3], second[3]))
    stdout, code, stderr_last, _, stderr = first
    base = path[:-3]
    err_path = base + ".err"
    if compare_stderr:
        with open(err_path, "w", encoding="utf-8", newline="\n") as f:
            f.write(stderr)
    elif os.path.exists(err_path):
        os.remove(err_path)
    with open(base + ".out", "wb") as f:
        f.write(stdout)
    status_path = base + ".status"
    if code != 0:
        with open(status_path, "w", encoding="utf-8", newline="\n") as f:
            f.write("%d\n%s\n" % (code, stderr_last))
    elif os.path.exists(status_path):
        os.remove(status_path)
    return path, code, stderr_last, warnings


def main():
    python = python_binary()
    programs = discover(sys.argv[1:])
    if not programs:
        sys.exit("no programs matched")
    hand_written = [p for p in programs if is_hand_written(p)]
    for path in hand_written:
        print("%s: expected output written by hand, skipped" % os.path.relpath(path, ROOT))
    programs = [p for p in programs if p not in hand_written]
    if not programs:
        return
    nondeterministic = 0
    failing = 0
    workers = max(2, os.cpu_count() or 2)
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        for path, code, stderr_last, warnings in pool.map(
            lambda p: generate(python, p), programs
        ):
            rel = os.path.relpath(path, ROOT)
            if code != 0:
                failing += 1
                print("%s: exit %d: %s" % (rel, code, stderr_last))
            for w in warnings:
                print("%s: %s" % (rel, w), file=sys.stderr)
                if w.startswith("NONDETERMINISTIC"):
                    nondeterministic += 1
    print(
        "%d programs, %d with a nonzero exit code, %d nondeterministic"
        % (len(programs), failing, nondeterministic)
    )
    if nondeterministic:
        sys.exit(1)


if __name__ == "__main__":
    main()
