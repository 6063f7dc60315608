# perf.py -- a program that illustrates some performance problems with threads.
#
# CPU-bound work does not speed up with threads: only one thread runs Python
# code at a time (the GIL), and on several cores the threads fight over it,
# so two threads can even be slower than one. I/O-bound threads (here:
# sleeping) overlap well, because a blocking call releases the GIL.
# Prints times, so it is not a conformance test. Try it under each policy:
#   garter -X gil=legacy perf.py; garter -X gil=timed perf.py; python3 perf.py
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 4000000


def count(n):
    while n > 0:
        n -= 1


def timed(label, func):
    start = time.perf_counter()
    func()
    elapsed = time.perf_counter() - start
    print("%-34s %7.3f s" % (label, elapsed))
    return elapsed


def threaded(nthreads, work, arg):
    threads = [threading.Thread(target=work, args=(arg,)) for _ in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


print("CPU-bound: count down from %d" % N)
seq = timed("sequential (1 thread)", lambda: count(N))
two = timed("2 threads, N/2 each", lambda: threaded(2, count, N // 2))
four = timed("4 threads, N/4 each", lambda: threaded(4, count, N // 4))
print("threaded/sequential: 2 threads %.2f, 4 threads %.2f" % (two / seq, four / seq))

print("I/O-bound: 20 threads each sleeping 0.1 s")
io_seq = timed("sequential", lambda: [time.sleep(0.1) for _ in range(20)])
io_thr = timed("20 threads", lambda: threaded(20, time.sleep, 0.1))
print("speedup from threads: %.1f x" % (io_seq / io_thr))
