# conformance: stderr
# `raise ... from None` suppresses the context in the printed traceback
try:
    raise KeyError(1)
except KeyError:
    raise ValueError("x") from None
