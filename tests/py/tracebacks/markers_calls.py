# conformance: stderr
# Column markers under calls, method lookups, attribute chains, names and multi-line calls (^ only), chained through handlers
class Box:
    def __init__(self, inner):
        self.inner = inner


def fetch(box):
    return box.inner.value


def compute(a, b):
    return int(a) + b


try:
    result = fetch(Box(3))
except AttributeError:
    try:
        text = "abc".upper().nope()
    except AttributeError:
        try:
            total = compute("x", 1) if True else 0
        except ValueError:
            values = [
                compute(
                    1,
                    undefined_name),
            ]
