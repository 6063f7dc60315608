# Circular imports: a partly initialised module is visible; `from m import x` on it fails with CPython's message
import os
import sys

try:
    import _circ_a
except ImportError as e:
    print(type(e).__name__, str(e).replace(os.getcwd(), "CWD"))
    print(e.name, os.path.basename(e.path))
print("_circ_a" in sys.modules, "_circ_b" in sys.modules)

import _mut_a
print(_mut_a.fa())

for attempt in range(2):
    try:
        import _fails
    except ValueError as e:
        print("attempt", attempt, e, "_fails" in sys.modules)
