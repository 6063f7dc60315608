# _thread.start_new_thread runs a function with positional and keyword arguments on a new thread; results come back through a lock-guarded list.
import _thread

results = []
guard = _thread.allocate_lock()
done = _thread.allocate_lock()
remaining = [4]
done.acquire()


def work(n, scale=1, *, tag="t"):
    value = n * n * scale
    with guard:
        results.append((tag, n, value))
        remaining[0] -= 1
        if remaining[0] == 0:
            done.release()


for i in range(3):
    _thread.start_new_thread(work, (i,))
_thread.start_new_thread(work, (5, 10), {"tag": "kw"})
done.acquire()
print(sorted(results))

# The return value is the new thread's identifier: an int.
ident_lock = _thread.allocate_lock()
ident_lock.acquire()
seen = []


def record():
    seen.append(_thread.get_ident())
    ident_lock.release()


ident = _thread.start_new_thread(record, ())
ident_lock.acquire()
print(type(ident).__name__, ident == seen[0], ident != _thread.get_ident())

# Bad arguments are reported at once.
for args in [(len,), (1, ()), (print, [1]), (print, (), 3)]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError:", e)
