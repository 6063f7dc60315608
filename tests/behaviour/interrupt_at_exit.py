# Ctrl-C while the exit waits for a non-daemon thread: the main module has
# finished, so (as in CPython) the KeyboardInterrupt out of
# threading._shutdown is reported as "Exception ignored in: <module
# 'threading'...>" and the exit status stays 0.
import threading
import time

threading.Thread(target=time.sleep, args=(600,)).start()
print("ready", flush=True)
