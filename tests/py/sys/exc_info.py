# sys.exc_info() and sys.exception() inside and outside except blocks, nested handlers and after the handler ends.
import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError('outer')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
    try:
        raise KeyError('inner')
    except KeyError as e:
        print(sys.exc_info()[0].__name__, sys.exception() is e)
    print('back to', sys.exc_info()[1], repr(sys.exception()))
print(sys.exc_info(), sys.exception())
def f():
    return sys.exception()
try:
    1 / 0
except ZeroDivisionError:
    print('in callee:', type(f()).__name__)
try:
    try:
        raise TypeError('t')
    finally:
        print('finally sees', type(sys.exception()).__name__)
except TypeError:
    pass
