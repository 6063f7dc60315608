# conformance: stderr
# sys.tracebacklimit keeps the innermost N entries of the printed traceback (0 or less: only the exception line)
import sys


def a():
    b()


def b():
    c()


def c():
    raise ValueError("limited")


try:
    sys.tracebacklimit = 0
    a()
except ValueError:
    sys.tracebacklimit = 2
    a()
