# I/O-bound threads overlap: 20 threads each sleeping 0.1 s; and a CPU
# loop's speed alone vs with 4 threads blocked reading empty pipes.
import os, threading, time


def report(d):
    # One 'name value' line per figure, for bench/threads/run.py.
    for k, v in d.items():
        print(k, v)



def sleeper():
    time.sleep(0.1)


ts = [threading.Thread(target=sleeper) for _ in range(20)]
t0 = time.perf_counter()
for t in ts:
    t.start()
for t in ts:
    t.join()
sleep_wall = time.perf_counter() - t0


def spin(n):
    t0 = time.perf_counter()
    while n > 0:
        n -= 1
    return time.perf_counter() - t0


N = 3_000_000
alone = min(spin(N) for _ in range(3))
pipes = [os.pipe() for _ in range(4)]
readers = [threading.Thread(target=os.read, args=(r, 1)) for r, w in pipes]
for t in readers:
    t.start()
time.sleep(0.05)
with_readers = min(spin(N) for _ in range(3))
for r, w in pipes:
    os.write(w, b"x")
for t in readers:
    t.join()
report({"sleep_wall": sleep_wall, "cpu_alone": alone,
                  "cpu_with_readers": with_readers})
