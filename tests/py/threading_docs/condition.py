# The threading documentation's Condition examples ("Condition Objects": consume/produce one item, with a while loop and with wait_for, and the with-statement form of "Using locks, conditions, and semaphores"), with the placeholder functions filled in; a consumer thread and the main thread as producer.
import threading

cv = threading.Condition()
available = []
consumed = []

def an_item_is_available():
    return bool(available)

def get_an_available_item():
    consumed.append(available.pop(0))

def make_an_item_available(n):
    available.append(n)

def consumer(count):
    for i in range(count):
        if i % 2:
            # Consume one item
            with cv:
                while not an_item_is_available():
                    cv.wait()
                get_an_available_item()
        else:
            with cv:
                cv.wait_for(an_item_is_available)
                get_an_available_item()

t = threading.Thread(target=consumer, args=(6,))
t.start()
for n in range(6):
    # Produce one item
    with cv:
        make_an_item_available(n)
        cv.notify()
t.join()
print(consumed)
