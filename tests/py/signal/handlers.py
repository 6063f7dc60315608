# signal.signal installs Python handlers run with the signal number; getsignal returns them; SIG_DFL/SIG_IGN; os.kill and raise_signal to self.
import os, signal
got = []
def handler(signum, frame):
    got.append(signum)
    print('handler got', signum == signal.SIGUSR1, signum == signal.SIGUSR2)
print(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL, signal.getsignal(signal.SIGINT) is signal.default_int_handler)
old = signal.signal(signal.SIGUSR1, handler)
print(old == signal.SIG_DFL, signal.getsignal(signal.SIGUSR1) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print('after kill', len(got))
signal.signal(signal.SIGUSR2, handler)
signal.raise_signal(signal.SIGUSR2)
print('after raise_signal', len(got))
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
print('ignored', len(got), signal.getsignal(signal.SIGUSR1) == signal.SIG_IGN)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL) == signal.SIG_IGN)
class Stop(Exception):
    pass
def raiser(signum, frame):
    raise Stop('from handler')
signal.signal(signal.SIGTERM, raiser)
try:
    os.kill(os.getpid(), signal.SIGTERM)
    print('not reached')
except Stop as e:
    print('caught', e)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt')
for bad in [lambda: signal.signal(signal.SIGUSR1, 42), lambda: signal.signal(0, signal.SIG_DFL), lambda: signal.getsignal(100),
            lambda: signal.signal(signal.SIGKILL, handler)]:
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
