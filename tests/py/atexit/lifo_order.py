# Callbacks run at exit in LIFO order with their arguments; unregister drops every registration; register returns func.
import atexit
def show(*args, **kwargs):
    print('show', args, sorted(kwargs.items()))
def never():
    print('never runs')
atexit.register(show, 1, 2, key='v')
atexit.register(never)
r = atexit.register(show, 'last registered')
atexit.register(never)
atexit.unregister(never)
print(r is show)
@atexit.register
def decorated():
    print('decorated runs first')
try:
    atexit.register(42)
except TypeError as e:
    print('TypeError:', e)
print('main done')
