#!/usr/bin/env python3
"""Run the benchmark programs under garter and CPython, side by side.

Usage (from the repository root, after `cargo build --release`):

    python3 bench/run.py                          # every bench/*.py, 3 repetitions
    python3 bench/run.py --reps 5 --only fib      # one program, 5 repetitions
    python3 bench/run.py --garter path/to/garter --markdown-out bench/RESULTS.md

Each program runs `--reps` times under each interpreter, alternating
(garter, python3, garter, python3, ...) so that machine noise hits both alike;
the minimum wall time of each is reported. Both must print the same result
line, otherwise the row is marked MISMATCH (a wrong answer is not a speed-up).
A program that fails (nonzero exit) is marked FAILED. The table ends with the
geometric mean of the garter/python3 ratios over every program except
`startup`, and the startup ratio on its own.

python3 here is the interpreter running this script (sys.executable), so run
it with CPython 3.11.
"""

import argparse
import math
import os
import subprocess
import sys
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH_DIR)
# A benchmark that runs longer than this is killed and marked TIMEOUT.
TIMEOUT_SECONDS = 300


def discover(only):
    names = sorted(
        f[:-3]
        for f in os.listdir(BENCH_DIR)
        if f.endswith(".py") and f != "run.py"
    )
    if only:
        wanted = set(only)
        unknown = wanted - set(names)
        if unknown:
            sys.exit("unknown benchmark(s): %s (have: %s)" % (", ".join(sorted(unknown)), ", ".join(names)))
        names = [n for n in names if n in wanted]
    return names


def run_once(interpreter, program):
    """Runs one program; returns (seconds, result line or None, error or None)."""
    start = time.perf_counter()
    try:
        proc = subprocess.run(
            [interpreter, program],
            cwd=BENCH_DIR,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=TIMEOUT_SECONDS,
        )
    except subprocess.TimeoutExpired:
        return TIMEOUT_SECONDS, None, "TIMEOUT"
    except OSError as e:
        return 0.0, None, "cannot run: %s" % e
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        last = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        return elapsed, None, "FAILED (exit %d: %s)" % (proc.returncode, last[-1] if last else "")
    lines = proc.stdout.decode("utf-8", "replace").strip().splitlines()
    return elapsed, (lines[-1] if lines else ""), None


def measure(name, garter, python, reps):
    program = name + ".py"
    times = {"garter": [], "python3": []}
    results = {"garter": set(), "python3": set()}
    errors = {"garter": None, "python3": None}
    for _ in range(reps):
        for label, interpreter in (("garter", garter), ("python3", python)):
            if errors[label]:
                continue
            seconds, result, error = run_once(interpreter, program)
            if error:
                errors[label] = error
            else:
                times[label].append(seconds)
                results[label].add(result)
    return times, results, errors


def fmt_seconds(ts):
    return "%.3f" % min(ts) if ts else "-"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--garter", default=os.path.join(ROOT, "target", "release", "garter"),
                        help="path to the garter binary (default: target/release/garter)")
    parser.add_argument("--reps", type=int, default=3, help="repetitions per interpreter (default 3)")
    parser.add_argument("--only", action="append", metavar="NAME",
                        help="run only this benchmark (repeatable), e.g. --only fib")
    parser.add_argument("--markdown-out", metavar="FILE", help="also write the table to FILE")
    args = parser.parse_args()
    garter = os.path.abspath(args.garter)
    python = sys.executable
    if not os.path.exists(garter):
        sys.exit("garter binary not found at %s (build it with `cargo build --release`)" % garter)
    if args.reps < 1:
        sys.exit("--reps must be at least 1")

    rows = []
    ratios = []
    startup_ratio = None
    for name in discover(args.only):
        print("running %s ..." % name, file=sys.stderr, flush=True)
        times, results, errors = measure(name, garter, python, args.reps)
        g, p = times["garter"], times["python3"]
        note = ""
        ratio_text = "-"
        if errors["garter"] or errors["python3"]:
            note = "; ".join("%s %s" % (k, v) for k, v in errors.items() if v)
        elif len(results["garter"]) != 1 or results["garter"] != results["python3"]:
            note = "MISMATCH: garter %r vs python3 %r" % (sorted(results["garter"]), sorted(results["python3"]))
        if g and p:
            ratio = min(g) / min(p)
            ratio_text = "%.2f" % ratio
            if not note:
                if name == "startup":
                    startup_ratio = ratio
                else:
                    ratios.append(ratio)
        rows.append("| %s | %s | %s | %s | %s |" % (name, fmt_seconds(p), fmt_seconds(g), ratio_text, note))

    lines = [
        "| program | python3 s | garter s | garter/python3 | note |",
        "|---|---:|---:|---:|---|",
    ] + rows
    lines.append("")
    if ratios:
        geomean = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        lines.append("Geometric mean of garter/python3 (excluding startup, %d programs): **%.2f**" % (len(ratios), geomean))
    else:
        lines.append("Geometric mean of garter/python3: - (no program ran correctly under both)")
    lines.append("")
    lines.append("Startup ratio (empty program): %s" % ("**%.2f**" % startup_ratio if startup_ratio else "-"))
    lines.append("")
    lines.append("Minimum wall time of %d runs each, alternating; python3 = %s (%s)." % (
        args.reps, python, sys.version.split()[0]))
    table = "\n".join(lines)
    print(table)
    if args.markdown_out:
        with open(args.markdown_out, "w", encoding="utf-8") as f:
            f.write("Command: `python3 bench/run.py %s`\n\n" % " ".join(sys.argv[1:]))
            f.write(table + "\n")


if __name__ == "__main__":
    main()
