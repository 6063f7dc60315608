# At exit the interpreter waits for non-daemon threads and not for daemon
# ones: one daemon sleeps, one spins on the CPU, both forever; a non-daemon
# thread finishes 0.3 s after the main module ended.
import threading
import time


def sleep_forever():
    time.sleep(600)


def spin_forever():
    while True:
        pass


def finish_late():
    time.sleep(0.3)
    print("non-daemon finished", flush=True)


threading.Thread(target=sleep_forever, daemon=True).start()
threading.Thread(target=spin_forever, daemon=True).start()
threading.Thread(target=finish_late).start()
print("main done", flush=True)
