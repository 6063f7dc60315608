# threading.excepthook: a custom hook receives ExceptHookArgs for an uncaught exception in a thread; other threads go on; SystemExit is silent.
import threading

print(threading.excepthook is threading.__excepthook__)
captured = []


def hook(args):
    assert isinstance(args, threading.ExceptHookArgs)
    captured.append((args.exc_type.__name__, str(args.exc_value),
                     args.exc_traceback is not None, args.thread.name))


threading.excepthook = hook


def fails():
    raise ValueError("bad thing")


def exits():
    raise SystemExit(3)


ok = []
ts = [threading.Thread(target=fails, name="failer"),
      threading.Thread(target=lambda: ok.append("still ran"), name="fine")]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(captured, ok)

# ExceptHookArgs is a 4-field sequence.
def unpacking_hook(args):
    exc_type, exc_value, exc_tb, thread = args
    captured.append((len(args), exc_type.__name__, args[3] is thread))


threading.excepthook = unpacking_hook
t = threading.Thread(target=fails)
t.start()
t.join()
print(captured[-1])

# The default hook ignores SystemExit (SystemExit also reaches a custom hook).
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=exits)
t.start()
t.join()

threading.excepthook = hook
t = threading.Thread(target=exits, name="exiter")
t.start()
t.join()
print(captured[-1])

# A hook that raises: reported to stderr, the program goes on.
def broken_hook(args):
    raise RuntimeError("hook failed")


threading.excepthook = broken_hook
t = threading.Thread(target=fails)
t.start()
t.join()
threading.excepthook = threading.__excepthook__

# The default hook writes to stderr (not compared here) and the thread ends.
t = threading.Thread(target=fails, name="default")
t.start()
t.join()
print("main still running", t.is_alive())
