# _thread.RLock: re-entrant acquire by the owner, owner-only release, _is_owned and _recursion_count.
import _thread

r = _thread.RLock()
print(r._is_owned(), r._recursion_count())
print(r.acquire(), r.acquire(), r.acquire(False))
print(r._is_owned(), r._recursion_count())
r.release()
r.release()
print(r._recursion_count())
r.release()
print(r._is_owned(), r._recursion_count())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

with r:
    with r:
        print("nested:", r._recursion_count())
print("after:", r._recursion_count())

# Another thread cannot take it while we hold it, nor release it.
r.acquire()
out = []
done = _thread.allocate_lock()
done.acquire()


def other():
    out.append(r.acquire(False))
    out.append(r.acquire(True, 0.02))
    try:
        r.release()
    except RuntimeError as e:
        out.append("RuntimeError: %s" % e)
    out.append(r._is_owned())
    done.release()


_thread.start_new_thread(other, ())
done.acquire()
print(out)
r.release()

# Once free, the other thread gets it.
done.acquire(False)


def taker():
    out.append(r.acquire(True, 1))
    out.append(r._recursion_count())
    r.release()
    done.release()


_thread.start_new_thread(taker, ())
done.acquire()
print(out[-2:])
try:
    r.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
