# threading module functions: active_count, enumerate, current_thread, main_thread, get_ident/get_native_id, TIMEOUT_MAX, stack_size, settrace/setprofile/gettrace/getprofile.
import _thread
import threading

print(threading.active_count(), [t.name for t in threading.enumerate()])
print(threading.current_thread() is threading.main_thread())
print(threading.current_thread().name, type(threading.main_thread()).__name__)
print(type(threading.get_ident()).__name__, type(threading.get_native_id()).__name__)
print(threading.get_ident() == _thread.get_ident(), threading.get_ident() == threading.main_thread().ident)
print(threading.get_native_id() == threading.main_thread().native_id)
print(threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX, threading.ThreadError is RuntimeError)
print(threading.stack_size(), threading.stack_size(65536), threading.stack_size(0))

release = threading.Event()
started = threading.Barrier(4)
names = []


def worker():
    me = threading.current_thread()
    names.append((me.name, me.ident == threading.get_ident(), me is not threading.main_thread()))
    started.wait()
    release.wait()


threads = [threading.Thread(target=worker, name="w%d" % i) for i in range(3)]
for t in threads:
    t.start()
started.wait()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
print(sorted(names))
release.set()
for t in threads:
    t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])

# A thread started by _thread shows up as a dummy Thread object.
done = threading.Event()
box = []


def raw():
    ct = threading.current_thread()
    box.append((ct.name.startswith("Dummy-"), ct.daemon, ct.is_alive()))
    done.set()


_thread.start_new_thread(raw, ())
done.wait()
print(box)

# settrace/setprofile record the hooks that new threads get.
def tracer(frame, event, arg):
    return None


print(threading.gettrace(), threading.getprofile())
threading.settrace(tracer)
threading.setprofile(tracer)
print(threading.gettrace() is tracer, threading.getprofile() is tracer)
threading.settrace(None)
threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())
print(threading.currentThread() is threading.current_thread(), threading.activeCount())
