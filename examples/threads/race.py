# race.py -- an example of a race condition. Run it several times to see
# different results.
#
# `x += 1` is several bytecode instructions (load, add, store); a thread
# switch between the load and the store loses the other thread's updates.
# With a switch at every instruction (garter -X checkinterval=1) updates are
# lost on almost every run; CPython loses them less often. The exact count
# is non-deterministic, so this example is not a conformance test.
import threading

x = 0
COUNT = 1000000


def incr():
    global x
    for _ in range(COUNT):
        x += 1


def decr():
    global x
    for _ in range(COUNT):
        x -= 1


t1 = threading.Thread(target=incr)
t2 = threading.Thread(target=decr)
t1.start()
t2.start()
t1.join()
t2.join()
print("x is", x, "(0 without a race)")
