# __import__ returns the module; import statement forms bind names; importing a missing module fails.
m = __import__("math")
print(m.__name__, m.sqrt(9), type(m).__name__)
import math as mth
from math import pi, floor as fl
print(mth is m, pi == m.pi, fl(2.7))
import sys
print("math" in sys.modules, sys.modules["math"] is m)
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).startswith("cannot import name 'no_such_name' from 'math'"))
