# _thread.exit() ends the calling thread silently; in the main thread it raises SystemExit.
import _thread

out = []
done = _thread.allocate_lock()
done.acquire()


def worker():
    out.append("before")
    try:
        _thread.exit()
    finally:
        out.append("finally ran")
        done.release()
    out.append("never")


_thread.start_new_thread(worker, ())
done.acquire()
print(out)
try:
    _thread.exit()
except SystemExit as e:
    print("SystemExit", e.args)
print(_thread.exit_thread is not None)
