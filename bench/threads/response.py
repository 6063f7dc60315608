# GIL response under a CPU hog: how late a thread whose sleep ends (or
# that an Event wakes) gets to run Python code again. Prints p50/p99 (ms).
import threading, time


def report(d):
    # One 'name value' line per figure, for bench/threads/run.py.
    for k, v in d.items():
        print(k, v)


stop = False


def hog():
    n = 0
    while not stop:
        n += 1


def percentile(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(len(xs) * p))]


h = threading.Thread(target=hog)
h.start()
time.sleep(0.02)
sleep_lat = []
for _ in range(200):
    target = time.perf_counter() + 0.002
    time.sleep(0.002)
    sleep_lat.append(time.perf_counter() - target)

ev = threading.Event()
event_lat = []
set_at = [0.0]


def waiter():
    for _ in range(200):
        ev.wait()
        event_lat.append(time.perf_counter() - set_at[0])
        ev.clear()
        done.set()


done = threading.Event()
w = threading.Thread(target=waiter)
w.start()
for _ in range(200):
    time.sleep(0.001)
    done.clear()
    set_at[0] = time.perf_counter()
    ev.set()
    done.wait()
w.join()
stop = True
h.join()
ms = lambda s: round(s * 1000, 3)
report({"sleep_p50": ms(percentile(sleep_lat, 0.5)), "sleep_p99": ms(percentile(sleep_lat, 0.99)),
                  "event_p50": ms(percentile(event_lat, 0.5)), "event_p99": ms(percentile(event_lat, 0.99))})
