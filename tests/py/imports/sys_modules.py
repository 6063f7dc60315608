# sys.modules: caching (a module body runs once), manual insertion, None stops an import, importlib.reload reruns the body
import sys
import types
import importlib

import _counter
import _counter
print(_counter.RUNS, sys.modules["_counter"] is _counter)
fake = types.ModuleType("fake_mod", "a doc")
fake.value = 42
print(fake.__name__, fake.__doc__, repr(fake)[:18])
sys.modules["fake_mod"] = fake
import fake_mod
from fake_mod import value
print(fake_mod is fake, value)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e, e.name)
again = importlib.reload(_counter)
print(again is _counter, _counter.RUNS)
del sys.modules["_counter"]
import _counter as fresh
print(fresh is _counter, fresh.RUNS)
print(type(sys).__name__, isinstance(sys, types.ModuleType))
