# setitimer/getitimer: a repeating ITIMER_REAL delivers SIGALRM to the handler while the program sleeps; ItimerError is an OSError.
import signal, time
ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(s))
print(signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05))
delay, interval = signal.getitimer(signal.ITIMER_REAL)
print(0 < delay <= 0.05, interval)
time.sleep(0.3)
old = signal.setitimer(signal.ITIMER_REAL, 0)
print(len(ticks) >= 3, set(ticks) == {signal.SIGALRM}, old[1], signal.getitimer(signal.ITIMER_REAL))
print(issubclass(signal.ItimerError, OSError), signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF)
try:
    signal.setitimer(99, 1.0)
except signal.ItimerError as e:
    print('ItimerError', e.errno)
