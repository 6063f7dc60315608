# The convoy effect (Beazley): an I/O thread doing short blocking calls
# (a pipe write and read: each returns at once but releases the GIL) next
# to a CPU-bound thread. Prints the I/O thread's time alone and beside it.
import os, threading, time


def report(d):
    # One 'name value' line per figure, for bench/threads/run.py.
    for k, v in d.items():
        print(k, v)


OPS = 2000


def io_work():
    r, w = os.pipe()
    t0 = time.perf_counter()
    for _ in range(OPS):
        os.write(w, b"x")
        os.read(r, 1)
    el = time.perf_counter() - t0
    os.close(r)
    os.close(w)
    return el


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
