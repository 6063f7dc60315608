# Lock acquire/release (uncontended), thread start+join, and two threads
# ping-ponging on Events and on a Condition.
import threading, time


def report(d):
    # One 'name value' line per figure, for bench/threads/run.py.
    for k, v in d.items():
        print(k, v)


N = 300_000
lock = threading.Lock()
t0 = time.perf_counter()
for _ in range(N):
    lock.acquire()
    lock.release()
lock_rate = N / (time.perf_counter() - t0)

T = 300
t0 = time.perf_counter()
for _ in range(T):
    t = threading.Thread(target=lambda: None)
    t.start()
    t.join()
start_join = (time.perf_counter() - t0) / T

P = 3000
a, b = threading.Event(), threading.Event()


def pong():
    for _ in range(P):
        a.wait()
        a.clear()
        b.set()


t = threading.Thread(target=pong)
t.start()
t0 = time.perf_counter()
for _ in range(P):
    a.set()
    b.wait()
    b.clear()
t.join()
event_rate = P / (time.perf_counter() - t0)

cond = threading.Condition()
turn = [0]


def player(me):
    for _ in range(P):
        with cond:
            while turn[0] != me:
                cond.wait()
            turn[0] = 1 - me
            cond.notify()


ts = [threading.Thread(target=player, args=(i,)) for i in (0, 1)]
t0 = time.perf_counter()
for t in ts:
    t.start()
for t in ts:
    t.join()
cond_rate = P / (time.perf_counter() - t0)
report({"lock_per_s": lock_rate, "start_join_s": start_join,
                  "event_pingpong_per_s": event_rate, "cond_pingpong_per_s": cond_rate})
