# The clocks: types, monotonicity, the _ns forms, process_time counting CPU time, get_clock_info.
import time
a, b = time.monotonic(), time.monotonic()
print(type(a).__name__, b >= a, type(time.monotonic_ns()).__name__, type(time.perf_counter_ns()).__name__)
p0 = time.process_time()
n = 0
for i in range(300000):
    n += i
p1 = time.process_time()
print(p1 > p0, type(time.process_time_ns()).__name__, type(time.thread_time()).__name__, time.thread_time_ns() > 0)
t = time.time()
print(abs(time.time_ns() / 1e9 - t) < 5, 1.6e9 < t < 5e9)
s0 = time.perf_counter()
time.sleep(0.01)
print(time.perf_counter() - s0 >= 0.01)
for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    info = time.get_clock_info(name)
    print(name, info.monotonic, info.adjustable, info.resolution > 0, type(info.implementation).__name__)
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 5, time.clock_gettime_ns(time.CLOCK_MONOTONIC) > 0)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
print(time.get_clock_info('monotonic'))
