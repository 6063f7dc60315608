# threading.Barrier: wait() gives each party a distinct index, the action runs once per round, timeout/abort break it, reset repairs it.
import threading

b = threading.Barrier(3, action=lambda: actions.append("action"))
actions = []
indexes = []
lock = threading.Lock()
print(b.parties, b.n_waiting, b.broken)


def party():
    for _ in range(2):          # two rounds through the same barrier
        i = b.wait()
        with lock:
            indexes.append(i)


threads = [threading.Thread(target=party) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(indexes), actions, b.n_waiting, b.broken)

# A party that waits alone times out and breaks the barrier.
b2 = threading.Barrier(2, timeout=0.02)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", repr(e), b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("still broken")
b2.reset()
print("after reset:", b2.broken)
try:
    b2.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print("per-call timeout breaks it too")
b2.reset()

# abort() wakes the waiters with BrokenBarrierError.
b3 = threading.Barrier(3)
errors = []


def waiter():
    try:
        b3.wait()
    except threading.BrokenBarrierError:
        with lock:
            errors.append("broken")


ws = [threading.Thread(target=waiter) for _ in range(2)]
for t in ws:
    t.start()
while b3.n_waiting < 2:
    pass
print("n_waiting", b3.n_waiting)
b3.abort()
for t in ws:
    t.join()
print(errors, b3.broken)

# reset() while parties wait: they get BrokenBarrierError, the barrier works again.
b4 = threading.Barrier(2)
errors.clear()
w = threading.Thread(target=lambda: errors.append(
    "reset" if _raises(b4.wait) else "passed"))


def _raises(f):
    try:
        f()
    except threading.BrokenBarrierError:
        return True
    return False


w.start()
while b4.n_waiting < 1:
    pass
b4.reset()
w.join()
print(errors, b4.broken)
t = threading.Thread(target=b4.wait)
t.start()
print(b4.wait() in (0, 1))
t.join()

# An action that raises breaks the barrier for everyone.
def bad_action():
    raise ZeroDivisionError("in action")


b5 = threading.Barrier(2, action=bad_action)
out = []


def p():
    try:
        b5.wait()
        out.append("passed")
    except threading.BrokenBarrierError:
        out.append("BrokenBarrierError")
    except ZeroDivisionError as e:
        out.append("ZeroDivisionError")


ps = [threading.Thread(target=p) for _ in range(2)]
for t in ps:
    t.start()
for t in ps:
    t.join()
print(sorted(out), b5.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
try:
    threading.Barrier(0)
except ValueError as e:
    print("ValueError:", e)
