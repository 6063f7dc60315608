# conformance: stderr
# Chained exceptions: implicit context ("During handling...") then explicit cause ("The above exception was the direct cause...")
def f():
    try:
        raise KeyError("a")
    except KeyError:
        raise TypeError("during")


try:
    f()
except TypeError as e:
    raise RuntimeError("outer") from e
