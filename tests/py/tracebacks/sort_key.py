# conformance: stderr
# An exception in a function called from a builtin (sorted's key, map): no frame for the builtin
def key(v):
    raise ValueError(v)


def show(v):
    raise KeyError(v)


try:
    sorted([1, 0], key=key)
except ValueError as e:
    print("caught", e)
list(map(show, [7]))
