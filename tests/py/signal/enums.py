# SIG* constants are Signals members and SIG_DFL/SIG_IGN Handlers members: ints with an enum repr, name and value.
import signal, os
print(signal.SIGINT, repr(signal.SIGINT), f'{signal.SIGTERM}', str(signal.SIGUSR1), signal.SIGINT == 2, signal.SIGINT + 1)
print(signal.SIGINT.name, signal.SIGINT.value, type(signal.SIGINT).__name__, isinstance(signal.SIGINT, int))
print(signal.Signals(15).name, signal.Signals(signal.SIGCHLD).name, repr(signal.SIGIOT), [signal.SIGUSR1, signal.SIGUSR2])
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), signal.SIG_DFL == 0, signal.SIG_IGN.name)
print(signal.getsignal(signal.SIGUSR1) is signal.SIG_DFL, repr(signal.getsignal(signal.SIGUSR2)))
names = []
def handler(signum, frame):
    names.append(signal.Signals(signum).name)
signal.signal(signal.SIGUSR1, handler)
os.kill(os.getpid(), signal.SIGUSR1)
print(names, {signal.SIGTERM: 'term'}[15])
