# Bad calls into _thread and threading's locks, events, conditions, semaphores and barriers raise CPython's exceptions with its messages.
import _thread
import threading


def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("Event.wait('x')", lambda: threading.Event().wait("x"))
attempt("Lock.acquire(timeout='x')", lambda: threading.Lock().acquire(timeout="x"))
attempt("Lock.acquire(timeout=None)", lambda: threading.Lock().acquire(timeout=None))
attempt("RLock.release()", lambda: threading.RLock().release())
attempt("Condition.wait(-1)", lambda: threading.Condition().wait(timeout=-1))
attempt("Semaphore.acquire(timeout=-1)", lambda: threading.Semaphore(1).acquire(timeout=-1))
attempt("Timer(-1).run()", lambda: threading.Timer(-1, lambda: "fired").run())
attempt("local(x=1)", lambda: threading.local(x=1))
attempt("Barrier.wait(-1)", lambda: threading.Barrier(2, timeout=0.01).wait(-1))
attempt("Barrier.wait(0)", lambda: threading.Barrier(2).wait(0))
attempt("start_new_thread kwargs None", lambda: _thread.start_new_thread(len, (), None))
attempt("get_ident(1)", lambda: _thread.get_ident(1))
attempt("get_native_id(1)", lambda: _thread.get_native_id(1))
attempt("interrupt_main(99)", lambda: _thread.interrupt_main(99))
attempt("stack_size('x')", lambda: _thread.stack_size("x"))
attempt("stack_size(-1)", lambda: _thread.stack_size(-1))
attempt("Lock.release()", lambda: threading.Lock().release())
attempt("Thread(daemon=1).daemon", lambda: threading.Thread(daemon=1).daemon)
attempt("Event.wait(-1)", lambda: threading.Event().wait(-1))
attempt("Condition.notify(-1)", lambda: threading.Condition(threading.Lock()).notify(-1))
attempt("Lock.__enter__()", lambda: threading.Lock().__enter__())
attempt("allocate_lock(1)", lambda: _thread.allocate_lock(1))
