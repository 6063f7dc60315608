# conformance: stderr
# Uncaught exception through nested calls: one entry per frame, outermost first (statement-level calls: no column markers)
def a(x):
    b(x)


def b(x):
    c(x)


def c(x):
    raise ValueError("bad %d" % x)


print("before")
a(3)
