# conformance: stderr
# sys.excepthook replaced by the program is called for the uncaught exception; sys.__excepthook__ prints the default traceback
import sys


def hook(t, v, tb):
    print("hook:", t.__name__, v, tb.tb_lineno, file=sys.stderr)
    sys.__excepthook__(t, v, tb)


sys.excepthook = hook
print(sys.__excepthook__ is not hook)
raise KeyError("unhandled")
