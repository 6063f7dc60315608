# An uncaught exception raised from another: the last stderr line is the final exception.
try:
    int("x")
except ValueError as e:
    raise RuntimeError("conversion failed") from e
