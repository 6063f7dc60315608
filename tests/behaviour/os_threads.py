# Threads are real OS threads: each live Python thread has its own native id,
# and each is one kernel task in /proc/self/task. Prints the facts that
# tests/threads.rs checks against the interpreter's own extra threads.
import os
import threading
import time

N = 5
release = threading.Event()
started = threading.Barrier(N + 1)
lock = threading.Lock()
native_ids = []


def worker():
    with lock:
        native_ids.append(threading.get_native_id())
    started.wait()
    release.wait()


def tasks():
    return sorted(int(t) for t in os.listdir("/proc/self/task"))


base = tasks()
threads = [threading.Thread(target=worker) for _ in range(N)]
for t in threads:
    t.start()
started.wait()
native_ids.append(threading.get_native_id())
live = tasks()
print("python threads", threading.active_count())
print("distinct native ids", len(set(native_ids)))
print("native ids are tasks", all(i in live for i in native_ids))
print("tasks before", len(base))
print("tasks while running", len(live))
others = [t for t in live if t not in native_ids]
print("tasks that are not python threads", len(others))
print("the process's first task is a python thread", os.getpid() in native_ids)
print("the others are the first task", others == [os.getpid()])
release.set()
for t in threads:
    t.join()
# A joined thread's kernel task is gone at once or a moment later.
deadline = time.monotonic() + 5
while len(tasks()) != len(base) and time.monotonic() < deadline:
    time.sleep(0.01)
print("tasks after join", len(tasks()))
