#!/usr/bin/env python3
"""Moves conformance programs that garter now passes from tests/py-pending/
into tests/py/ (where `cargo test` runs every one of them).

tests/py-pending/ holds programs of the suite that garter does not pass yet;
it is not a skip list: nothing there is run or counted as passing. Usage:
    cargo build && python3 tests/promote.py [--garter target/debug/garter]
"""
import argparse, os, shutil, subprocess, sys

ROOT = os.path.dirname(os.path.abspath(__file__))
PENDING = os.path.join(ROOT, "py-pending")
SUITE = os.path.join(ROOT, "py")


def passes(garter, prog):
    base = prog[:-3]
    stdin = open(base + ".stdin", "rb").read() if os.path.exists(base + ".stdin") else b""
    try:
        r = subprocess.run([garter, os.path.basename(prog)], cwd=os.path.dirname(prog), input=stdin,
                           capture_output=True, timeout=20)
    except subprocess.TimeoutExpired:
        return False
    want_out = open(base + ".out", "rb").read()
    want_code, want_last = 0, None
    if os.path.exists(base + ".status"):
        lines = open(base + ".status", encoding="utf-8").read().split("\n")
        want_code = int(lines[0])
        want_last = lines[1] if len(lines) > 1 else ""
    if r.stdout != want_out or r.returncode != want_code:
        return False
    if want_last is not None:
        err = r.stderr.decode("utf-8", "replace").rstrip("\n").split("\n")
        if (err[-1] if err else "") != want_last:
            return False
    if os.path.exists(base + ".err"):
        # Whole stderr, the programs' directory written as $TESTS (see conformance.rs).
        want_err = open(base + ".err", encoding="utf-8").read()
        if r.stderr.decode("utf-8", "replace").replace(PENDING, "$TESTS") != want_err:
            return False
    return True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--garter", default=os.path.join(ROOT, "..", "target", "debug", "garter"))
    args = ap.parse_args()
    moved = kept = 0
    for dirpath, dirnames, files in os.walk(PENDING):
        # Helper modules and packages are not programs (see conformance.rs).
        dirnames[:] = [d for d in dirnames if not d.startswith("_")
                       and not os.path.exists(os.path.join(dirpath, d, "__init__.py"))]
        for f in sorted(files):
            if not f.endswith(".py") or f.startswith("_"):
                continue
            prog = os.path.join(dirpath, f)
            if passes(os.path.abspath(args.garter), prog):
                dest_dir = os.path.join(SUITE, os.path.relpath(dirpath, PENDING))
                os.makedirs(dest_dir, exist_ok=True)
                base = f[:-3]
                for ext in (".py", ".out", ".status", ".stdin", ".err"):
                    src = os.path.join(dirpath, base + ext)
                    if os.path.exists(src):
                        shutil.move(src, os.path.join(dest_dir, base + ext))
                moved += 1
            else:
                kept += 1
    print(f"promoted {moved}, still pending {kept}")


if __name__ == "__main__":
    sys.exit(main())
