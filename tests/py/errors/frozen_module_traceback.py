# An exception raised inside a frozen (Python-written, embedded) stdlib
# module escapes with the usual traceback and final line.
import functools
functools.reduce(lambda a, b: a + b, [])
