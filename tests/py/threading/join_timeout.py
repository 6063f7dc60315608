# Thread.join(timeout) returns after the timeout with the thread still alive; a later join waits for the end.
import threading
import time

go = threading.Event()
t = threading.Thread(target=go.wait)
t.start()
start = time.monotonic()
print(t.join(0.05))
waited = time.monotonic() - start
print(t.is_alive(), 0.04 <= waited < 5)
t.join(timeout=0)
t.join(-1)
print(t.is_alive())
go.set()
t.join(10)
print(t.is_alive())

# Joining a finished thread with a timeout returns at once.
t.join(0.0)
print("done")
