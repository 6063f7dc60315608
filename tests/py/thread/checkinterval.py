# expected-output: hand-written
# sys.setcheckinterval/getcheckinterval, Python 2's interval functions (removed from CPython in 3.9, so
# 3.11 has no oracle): checkinterval.out was written by hand from Python 2.7 semantics (default 100;
# getcheckinterval returns what setcheckinterval stored; a non-integer is a TypeError). Threads keep
# working with a check at every tick. gen_expected.py leaves this program alone.
import sys
import threading

print(sys.getcheckinterval())
sys.setcheckinterval(10)
print(sys.getcheckinterval())
sys.setcheckinterval(1000)
print(sys.getcheckinterval())
try:
    sys.setcheckinterval("x")
except TypeError:
    print("TypeError")
print(sys.getcheckinterval())

sys.setcheckinterval(1)
print(sys.getcheckinterval())
lock = threading.Lock()
total = [0]


def add():
    for _ in range(3000):
        with lock:
            total[0] += 1


threads = [threading.Thread(target=add) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total[0])
sys.setcheckinterval(100)
print(sys.getcheckinterval())
