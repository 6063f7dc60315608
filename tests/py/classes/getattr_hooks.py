# __getattr__ (fallback only), __getattribute__ (every lookup), __setattr__, __delattr__.
class Fallback:
    real = "real"
    def __getattr__(self, name):
        return f"virtual:{name}"
f = Fallback()
print(f.real, f.anything, getattr(f, "other"), hasattr(f, "whatever"))
class Tracked:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
t = Tracked()
t.x = 5
print(t.x)
del t.x
print(t.log, hasattr(t, "x"))
class Everything:
    def __init__(self):
        self.v = 1
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
e = Everything()
print(e.v, e.secret)
class Raises:
    def __getattribute__(self, name):
        raise AttributeError(name)
    def __getattr__(self, name):
        return "fallback " + name
print(Raises().foo)
class Strict:
    def __getattr__(self, name):
        raise AttributeError(f"no attribute {name!r} here")
try:
    Strict().zzz
except AttributeError as e:
    print(e)
print(getattr(Strict(), "zzz", "default"))
