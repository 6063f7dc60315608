# An uncaught exception in a thread goes to threading.excepthook, which prints
# "Exception in thread NAME:" and the traceback on stderr; the other threads
# and the main thread go on, and the exit status stays 0.
import threading
import time


def bad():
    raise ValueError("boom in thread")


def good():
    for i in range(3):
        print("good", i, flush=True)
        time.sleep(0.01)


t1 = threading.Thread(target=bad, name="bad-thread")
t2 = threading.Thread(target=good, name="good-thread")
t1.start()
t2.start()
t1.join()
t2.join()
print("main finished")
