# A copy of examples/threads/cond.py, run as a conformance test; keep the two identical below this line.
# cond.py -- an example of setting up a producer-consumer problem with a
# condition variable.
#
# The consumer waits on the Condition while the list is empty; the producer
# appends under the same lock and notifies. One producer and one consumer,
# so items arrive in the order they were made.
import threading
import time

items = []
items_cv = threading.Condition()
DONE = object()


def producer():
    for n in range(6):
        time.sleep(0.002)
        with items_cv:
            items.append(n * 10)
            items_cv.notify()
    with items_cv:
        items.append(DONE)
        items_cv.notify()


def consumer():
    while True:
        with items_cv:
            while not items:
                items_cv.wait()
            x = items.pop(0)
        if x is DONE:
            print("consumer: done")
            break
        print("consumer got", x)


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
