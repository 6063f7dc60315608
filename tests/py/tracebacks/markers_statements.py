# conformance: stderr
# Column markers for statements: assert points at its test, unpacking at its targets, del at the name, a decorator at its line
def broken(fn):
    raise RuntimeError("decorator failed")


try:
    assert 1 + 1 == 3, "math"
except AssertionError:
    try:
        first, second = [1, 2, 3]
    except ValueError:
        try:
            del not_defined
        except NameError:
            @broken
            def decorated():
                pass
