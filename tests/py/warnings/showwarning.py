# warnings.showwarning replaced by the program receives every shown warning; warn_explicit with a registry
import sys
import warnings

seen = []


def collect(message, category, filename, lineno, file=None, line=None):
    seen.append((str(message), category.__name__, lineno))


warnings.showwarning = collect
warnings.warn("first")
warnings.warn("second", BytesWarning)
print(seen)
registry = {}
warnings.warn_explicit("explicit", UserWarning, "some.py", 7, registry=registry)
warnings.warn_explicit("explicit", UserWarning, "some.py", 7, registry=registry)
print(seen[-1], len(seen))
warnings.showwarning(ValueError("direct"), UserWarning, "d.py", 1, file=sys.stdout, line="the line")
