# Thread name/daemon properties and the old getName/setName/isDaemon/setDaemon; repr of unstarted, running and finished threads.
# (The old getName/setName/isDaemon/setDaemon warn DeprecationWarning on stderr, which is not compared.)
import threading



def masked(text):
    """`text` with its runs of digits (thread idents) shown as N."""
    out = []
    for ch in text:
        if ch.isdigit():
            if not out or out[-1] != "N":
                out.append("N")
        else:
            out.append(ch)
    return "".join(out)

t = threading.Thread(name="alpha")
print(repr(t))
print(t.name, t.getName(), t.daemon, t.isDaemon())
t.name = "beta"
print(t.name)
t.setName("gamma")
print(t.getName())
t.daemon = True
print(t.daemon, repr(t))
t.setDaemon(False)
print(t.isDaemon())
print(repr(threading.Thread(name="d", daemon=True)))

main = threading.main_thread()
print(main.name, main.daemon, main.is_alive())
print(masked(repr(main)))

# Daemon status is inherited from the creating thread.
inherited = []
def make():
    inherited.append(threading.Thread().daemon)
d = threading.Thread(target=make, daemon=True)
d.start()
d.join()
nd = threading.Thread(target=make)
nd.start()
nd.join()
print(inherited)

# Running and finished threads show their state (idents hidden).
release = threading.Event()
r = threading.Thread(target=release.wait, name="runner")
r.start()
print(masked(repr(r)))
try:
    r.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
release.set()
r.join()
print(masked(repr(r)))
