# A copy of examples/threads/lock_ex.py, run as a conformance test; keep the two identical below this line.
# lock_ex.py -- an example of using a lock to synchronize access to shared data.
#
# The same increments and decrements as race.py, each done with the lock
# held (explicit acquire/release, the release in a `finally`): no update is
# lost, so the result is always 0.
import threading

x = 0
x_lock = threading.Lock()
COUNT = 20000


def incr():
    global x
    for _ in range(COUNT):
        x_lock.acquire()
        try:
            x += 1
        finally:
            x_lock.release()


def decr():
    global x
    for _ in range(COUNT):
        x_lock.acquire()
        try:
            x -= 1
        finally:
            x_lock.release()


t1 = threading.Thread(target=incr)
t2 = threading.Thread(target=decr)
t1.start()
t2.start()
t1.join()
t2.join()
print("x is", x)
