# _thread.allocate_lock: acquire/release/locked, non-blocking and timed acquire, `with`, and the errors of misuse.
import _thread

lock = _thread.allocate_lock()
print(type(lock) is _thread.LockType, type(lock).__name__)
print(lock.locked())
print(lock.acquire())
print(lock.locked())
print(lock.acquire(False))
print(lock.acquire(0))
print(lock.acquire(blocking=False))
print(lock.acquire(True, 0.01))
print(lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
print(lock.acquire_lock(), lock.locked_lock())
lock.release_lock()

with lock:
    print("inside with:", lock.locked())
print("after with:", lock.locked())

try:
    with lock:
        raise KeyError("boom")
except KeyError as e:
    print("KeyError", e, "released:", not lock.locked())

for args in [(False, 1), (True, -2)]:
    try:
        lock.acquire(*args)
    except ValueError as e:
        print("ValueError:", e)
print(lock.locked())

try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# A plain lock may be released by another thread than its acquirer.
lock.acquire()
finished = _thread.allocate_lock()
finished.acquire()


def releaser():
    lock.release()
    finished.release()


_thread.start_new_thread(releaser, ())
finished.acquire()
print("released by another thread:", not lock.locked())
print(_thread.error is RuntimeError)
