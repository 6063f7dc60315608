# event_notify.py -- using an event and a semaphore to implement a kind of
# notification mechanism.
#
# The producer hands each item to the consumer with its own Event, counting
# items with a semaphore; the consumer sets the item's Event when it has
# processed it, and the producer waits on that Event to learn the result.
import threading

items = []
items_lock = threading.Lock()
available = threading.Semaphore(0)


def producer(values):
    for value in values:
        done = threading.Event()
        record = {"value": value, "done": done}
        with items_lock:
            items.append(record)
        available.release()
        done.wait()                 # notified when processed
        print("producer: %r -> %r" % (value, record["result"]))
    with items_lock:
        items.append(None)
    available.release()


def consumer():
    while True:
        available.acquire()
        with items_lock:
            record = items.pop(0)
        if record is None:
            break
        record["result"] = record["value"] ** 2
        record["done"].set()        # notify the producer


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer, args=([1, 2, 3, 10, 12],))
c.start()
p.start()
p.join()
c.join()
print("consumer finished:", not c.is_alive())
