# An exception in a callback (SystemExit too) is reported and the other callbacks still run; the exit status stays the main program's.
import atexit, sys
def boom():
    raise ValueError('boom')
def leave():
    print('leave called')
    sys.exit(5)
atexit.register(print, 'runs last')
atexit.register(boom)
atexit.register(leave)
atexit.register(print, 'runs first')
print('main done')
raise KeyError('main failed')
