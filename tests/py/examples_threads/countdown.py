# A copy of examples/threads/countdown.py, run as a conformance test; keep the two identical below this line.
# countdown.py -- a very simple thread (a first example).
#
# A class that inherits from threading.Thread and puts its work in run().
# Once started, the thread runs independently; join() waits for it to end.
import threading
import time


class CountdownThread(threading.Thread):
    def __init__(self, count):
        threading.Thread.__init__(self)
        self.count = count

    def run(self):
        while self.count > 0:
            print("Counting down", self.count)
            self.count -= 1
            time.sleep(0.01)


t = CountdownThread(5)
t.start()
t.join()
print("Liftoff! The thread is alive:", t.is_alive())
