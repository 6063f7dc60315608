# A copy of examples/threads/sema_signal.py, run as a conformance test; keep the two identical below this line.
# sema_signal.py -- an example of using a semaphore for signaling between threads.
#
# A semaphore created at 0 makes acquire() wait until another thread calls
# release(): the producer signals "data ready", the consumer signals "data
# taken" back through a second one, so the hand-offs happen in lock step.
import threading
import time

ready = threading.Semaphore(0)
taken = threading.Semaphore(0)
item = None


def producer():
    global item
    for n in range(5):
        time.sleep(0.002)
        item = "item-%d" % n
        ready.release()         # signal: there is data
        taken.acquire()         # wait until the consumer took it
    item = None
    ready.release()


def consumer():
    while True:
        ready.acquire()         # wait for the signal
        if item is None:
            print("consumer: no more data")
            break
        print("consumer got", item)
        taken.release()


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
