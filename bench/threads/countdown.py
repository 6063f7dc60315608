# CPU-bound work: N decrements sequentially, then split over 2 and 4
# threads (seed 003, "the problem with threads"). Prints seconds as JSON.
import sys, threading, time


def report(d):
    # One 'name value' line per figure, for bench/threads/run.py.
    for k, v in d.items():
        print(k, v)


N = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000


def countdown(n):
    while n > 0:
        n -= 1


def threaded(k):
    ts = [threading.Thread(target=countdown, args=(N // k,)) for _ in range(k)]
    t0 = time.perf_counter()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return time.perf_counter() - t0


t0 = time.perf_counter()
countdown(N)
seq = time.perf_counter() - t0
report({"seq": seq, "t2": threaded(2), "t4": threaded(4)})
