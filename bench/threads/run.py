"""Runs the thread benchmarks side by side: python3, then garter under each
GIL policy, `--reps` times each; reports the median of every figure and
checks it against the targets of the GIL issue.

    python3 bench/threads/run.py --garter target/release/garter \
        [--python /path/to/python3] [--reps 3] [--markdown-out FILE]
"""

import argparse
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = ["countdown", "io_overlap", "response", "convoy", "queue_rate", "sync_rate"]
POLICIES = ["legacy", "timed", "fair"]


def run_once(cmd):
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    if out.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{out.stderr}")
    figures = {}
    for line in out.stdout.splitlines():
        name, value = line.split()
        figures[name] = float(value)
    return figures


def run(cmd, reps):
    runs = [run_once(cmd) for _ in range(reps)]
    return {k: statistics.median(r[k] for r in runs) for k in runs[0]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--garter", required=True)
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--only")
    ap.add_argument("--markdown-out")
    args = ap.parse_args()
    rows = {}
    for prog in PROGRAMS:
        if args.only and args.only != prog:
            continue
        path = os.path.join(HERE, prog + ".py")
        rows[prog] = {"python3": run([args.python, path], args.reps)}
        for p in POLICIES:
            rows[prog][p] = run([args.garter, "-X", "gil=" + p, path], args.reps)
        print(prog, rows[prog], file=sys.stderr)
    lines = table(rows)
    text = "\n".join(lines) + "\n"
    print(text)
    if args.markdown_out:
        with open(args.markdown_out, "w") as f:
            f.write(text)


def fmt(v):
    if v >= 1000:
        return f"{v:,.0f}"
    return f"{v:.3g}"


def table(rows):
    cols = ["python3"] + POLICIES
    out = ["| benchmark | figure | " + " | ".join(cols) + " | target |",
           "|---|---|" + "---|" * len(cols) + "---|"]

    def add(prog, label, f, target=""):
        if prog not in rows:
            return
        vals = [fmt(f(rows[prog][c])) for c in cols]
        out.append(f"| {prog} | {label} | " + " | ".join(vals) + f" | {target} |")

    add("countdown", "2 threads / sequential", lambda r: r["t2"] / r["seq"], "≥ 0.95 all; legacy ≥ 1.1")
    add("countdown", "4 threads / sequential", lambda r: r["t4"] / r["seq"], "≥ 0.95")
    add("io_overlap", "20 × sleep(0.1) wall (s)", lambda r: r["sleep_wall"], "≤ 0.13")
    add("io_overlap", "CPU loop slowdown with 4 blocked readers", lambda r: r["cpu_with_readers"] / r["cpu_alone"], "< 1.10")
    add("response", "sleep wake p50 (ms)", lambda r: r["sleep_p50"])
    add("response", "sleep wake p99 (ms)", lambda r: r["sleep_p99"], "fair ≤ 1")
    add("response", "Event wake p50 (ms)", lambda r: r["event_p50"])
    add("response", "Event wake p99 (ms)", lambda r: r["event_p99"], "fair ≤ 1")
    add("convoy", "I/O thread slowdown beside a CPU thread", lambda r: r["slowdown"], "fair ≤ 2; timed ≥ 5")
    add("queue_rate", "Queue 1→1 items/s", lambda r: r["q1x1_items_per_s"], "≥ 3 × python3")
    add("queue_rate", "Queue 4→4 items/s", lambda r: r["q4x4_items_per_s"], "≥ 3 × python3")
    add("sync_rate", "Lock acquire+release /s", lambda r: r["lock_per_s"], "≥ 1.5 × python3")
    add("sync_rate", "thread start+join (ms)", lambda r: r["start_join_s"] * 1000, "≤ python3")
    add("sync_rate", "Event ping-pong /s", lambda r: r["event_pingpong_per_s"], "≥ python3")
    add("sync_rate", "Condition ping-pong /s", lambda r: r["cond_pingpong_per_s"], "≥ python3")
    return out


if __name__ == "__main__":
    main()
