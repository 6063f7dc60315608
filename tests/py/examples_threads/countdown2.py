# A copy of examples/threads/countdown2.py, run as a conformance test; keep the two identical below this line.
# countdown2.py -- launching a function in a thread.
#
# No subclass needed: give threading.Thread a target function and its
# arguments. Two countdowns run at once; each keeps its own count, and the
# main thread waits for both before printing their reports in a fixed order.
import threading
import time

reports = {}


def countdown(name, count):
    steps = []
    while count > 0:
        steps.append(count)
        count -= 1
        time.sleep(0.005)
    reports[name] = steps


t1 = threading.Thread(target=countdown, args=("first", 5))
t2 = threading.Thread(target=countdown, args=("second", 3))
t1.start()
t2.start()
t1.join()
t2.join()
for name in sorted(reports):
    print(name, "counted", reports[name])
