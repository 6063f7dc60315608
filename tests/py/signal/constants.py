# The SIG* numbers of Linux, NSIG, strsignal, valid_signals, and an alarm interrupting sleep.
import signal, time
for name in ['SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGILL', 'SIGABRT', 'SIGKILL', 'SIGUSR1', 'SIGSEGV', 'SIGUSR2', 'SIGPIPE', 'SIGALRM',
             'SIGTERM', 'SIGCHLD', 'SIGCONT', 'SIGSTOP', 'SIGTSTP', 'SIGWINCH', 'NSIG', 'SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK']:
    print(name, int(getattr(signal, name)))
print(int(signal.SIG_DFL), int(signal.SIG_IGN), signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM))
v = signal.valid_signals()
print(len(v), signal.SIGINT in v, 32 in v)
fired = []
signal.signal(signal.SIGALRM, lambda s, f: fired.append(s))
print(signal.alarm(1))
t0 = time.monotonic()
time.sleep(1.3)
print(fired == [signal.SIGALRM], time.monotonic() - t0 >= 1.2)
print(signal.alarm(0))
