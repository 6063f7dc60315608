# _thread.get_ident/get_native_id are ints, distinct per live thread; TIMEOUT_MAX; stack_size; error; _count.
import _thread

print(type(_thread.get_ident()).__name__, type(_thread.get_native_id()).__name__)
print(_thread.get_ident() == _thread.get_ident())
print(_thread.TIMEOUT_MAX, type(_thread.TIMEOUT_MAX).__name__)
print(_thread.error is RuntimeError)

# Three threads alive at once: all idents and native ids differ.
n = 3
gate = _thread.allocate_lock()
gate.acquire()
guard = _thread.allocate_lock()
idents = []
native = []
arrived = _thread.allocate_lock()
arrived.acquire()


def worker():
    with guard:
        idents.append(_thread.get_ident())
        native.append(_thread.get_native_id())
        if len(idents) == n:
            arrived.release()
    gate.acquire()      # stay alive until all have reported
    gate.release()


for _ in range(n):
    _thread.start_new_thread(worker, ())
arrived.acquire()
print("count while alive >= 3:", _thread._count() >= 3)
idents.append(_thread.get_ident())
native.append(_thread.get_native_id())
print(len(set(idents)), len(set(native)))
gate.release()

print(_thread.stack_size())
print(_thread.stack_size(1 << 20))
print(_thread.stack_size())
print(_thread.stack_size(0))
for bad in [100, 32767]:
    try:
        _thread.stack_size(bad)
    except ValueError as e:
        print("ValueError:", e)
print(_thread.stack_size())
