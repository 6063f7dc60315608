# sys.exit() in the main thread still waits for non-daemon threads before the process ends, with the exit code kept.
import sys
import threading
import time


def late():
    time.sleep(0.05)
    print("non-daemon thread finished", flush=True)


threading.Thread(target=late).start()
threading.Thread(target=time.sleep, args=(600,), daemon=True).start()
print("main exiting", flush=True)
sys.exit(3)
