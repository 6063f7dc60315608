a, *rest = values = [1, 2, 3]
a, b = b, a
x = 0 < a <= 10 and not rest or None
s = f"{a!r:>{b}} and {x}"
obj.attr += 1
obj[a:b, ::2] *= 2
call(a, *rest, key=x, **opts)
obj.method(a, key=1)
del obj.attr, rest[0]
import os.path as p
from .pkg import name as alias
