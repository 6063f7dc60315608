# The convoy effect (Beazley): an I/O thread doing short blocking calls
# (0.1 ms sleeps: each really blocks, so the CPU thread takes the GIL
# meanwhile) next to a CPU-bound thread. Prints the I/O thread's time alone
# and beside it. (A pipe write+read that returns at once shows no convoy:
# the caller gets the GIL back before the woken CPU thread runs.)
import threading, time


def report(d):
    # One 'name value' line per figure, for bench/threads/run.py.
    for k, v in d.items():
        print(k, v)


OPS = 300


def io_work():
    t0 = time.perf_counter()
    for _ in range(OPS):
        time.sleep(0.0001)
    return time.perf_counter() - t0


stop = False


def hog():
    n = 0
    while not stop:
        n += 1


alone = io_work()
h = threading.Thread(target=hog)
h.start()
time.sleep(0.01)
res = []
t = threading.Thread(target=lambda: res.append(io_work()))
t.start()
t.join()
stop = True
h.join()
report({"alone": alone, "with_hog": res[0], "slowdown": res[0] / alone})
