# threading.RLock: re-entry by the owner, release by a non-owner and too many releases raise; `with` nesting; recursive locking of code.
import threading

r = threading.RLock()
print(r.acquire(), r.acquire(blocking=False), r.acquire(timeout=0.01))
r.release(); r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

with r:
    with r:
        print("nested with ok")

r.acquire()
seen = []


def other():
    seen.append(r.acquire(False))
    seen.append(r.acquire(timeout=0.02))
    try:
        r.release()
    except RuntimeError as e:
        seen.append("RuntimeError: " + str(e))


t = threading.Thread(target=other)
t.start()
t.join()
r.release()
print(seen)


# Code-based locking: a method that takes the lock calls another that does too.
class Account:
    def __init__(self):
        self.lock = threading.RLock()
        self.balance = 0

    def deposit(self, n):
        with self.lock:
            self.balance += n

    def deposit_twice(self, n):
        with self.lock:
            self.deposit(n)
            self.deposit(n)


acct = Account()
threads = [threading.Thread(target=lambda: [acct.deposit_twice(1) for _ in range(500)]) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(acct.balance)
print(threading.RLock is not threading.Lock, type(threading.RLock()).__name__)
