# An uncaught exception in the main thread: the non-daemon thread is still joined before the process ends with status 1.
import threading
import time


def late():
    time.sleep(0.05)
    print("non-daemon thread finished", flush=True)


threading.Thread(target=late).start()
print("main raising", flush=True)
raise KeyError("main failed")
