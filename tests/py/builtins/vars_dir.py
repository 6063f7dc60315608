# vars() of instances and classes (filtered), dir() of a user class and instance (sorted names).
class Base:
    base_attr = 1
    def base_method(self): pass
class Thing(Base):
    cls_attr = 2
    def __init__(self):
        self.inst = 3
    def method(self): pass
t = Thing()
print(vars(t))
print(sorted(k for k in vars(Thing) if not k.startswith("__")))
print([n for n in dir(t) if not n.startswith("__")])
print([n for n in dir(Thing) if not n.startswith("__")])
print(dir(t) == sorted(dir(t)), "__init__" in dir(t), "__class__" in dir(t))
try:
    vars(5)
except TypeError as e:
    print(e)
def f():
    local_a = 1
    local_b = 2
    return sorted(dir())
print(f())
