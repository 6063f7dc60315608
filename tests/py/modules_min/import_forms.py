# import statement forms for the minimal modules: import as, from-import, repeated imports are cached.
import math
import math as m
from math import sqrt, pi as PI
import sys, time
print(m is math, sqrt(25), PI == math.pi, type(sys).__name__, hasattr(time, "time"))
import math
print(math is m)
def local_import():
    from math import floor
    return floor(3.9)
print(local_import())
print(math.__name__, sys.__name__, time.__name__)
