# input() waits with the GIL released: while the main thread waits for a
# line that the test sends only later, another thread keeps running (it
# needs the GIL after each sleep) and finishes.
import threading
import time


def ticker():
    for i in range(3):
        time.sleep(0.05)
        print("tick", i, flush=True)
    print("ticker done", flush=True)


threading.Thread(target=ticker).start()
line = input()
print("got", line, flush=True)
