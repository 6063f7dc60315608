# conformance: stderr
# A failing sys.excepthook: "Error in sys.excepthook:", its traceback, then "Original exception was:" and the original one
import sys


def hook(t, v, tb):
    raise RuntimeError("hook broke")


sys.excepthook = hook
raise ValueError("original")
