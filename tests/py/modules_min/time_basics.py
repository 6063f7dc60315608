# time.time and time.perf_counter exist, return floats, and do not go backwards.
import time
t0 = time.time()
p0 = time.perf_counter()
total = 0
for i in range(10000):
    total += i
t1 = time.time()
p1 = time.perf_counter()
print(type(t0).__name__, type(p0).__name__)
print(t1 >= t0, p1 >= p0, p1 - p0 < 60)
print(t0 > 1_600_000_000)
print(total)
