# atexit._run_exitfuncs runs and clears the callbacks; _clear forgets them.
import atexit
atexit.register(print, 'a')
atexit.register(print, 'b')
atexit._run_exitfuncs()
print('after run')
atexit.register(print, 'cleared')
atexit._clear()
atexit.register(print, 'at exit')
