# A metaclass's dunders apply to its classes (iteration, len, in, subscript,
# repr); a metaclass needs no __new__ of its own; __prepare__ supplies the
# class-body namespace (a dict subclass is honoured); __subclasscheck__ is used.
class E(type):
    def __iter__(cls): return iter([1, 2])
    def __len__(cls): return 2
    def __contains__(cls, x): return x == 1
    def __getitem__(cls, k): return k * 2
    def __repr__(cls): return '<E ' + cls.__name__ + '>'
class B(metaclass=E): pass
print(list(B), len(B), 1 in B, 5 in B, B[3], repr(B), B)
M2 = type('M2', (type,), {'x': 1})
C = M2('C', (), {'y': 2})
print(C.x, C.y, type(C).__name__)
class M3(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.made = name
class D(metaclass=M3): pass
print(D.made)
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        self.order.append(k)
        super().__setitem__(k, v)
class M4(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        ns = Recording()
        ns['preset'] = kw.get('flag', 0)
        return ns
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.order = [k for k in ns.order if not k.startswith('__')]
        return cls
class F(metaclass=M4, flag=7):
    b = preset + 1
    a = 2
    def m(self): pass
print(F.order, F.preset, F.b)
class Sub(type):
    def __subclasscheck__(cls, sub):
        return sub is int
class A(metaclass=Sub): pass
print(issubclass(int, A), issubclass(str, A), issubclass(A, A))
try:
    M2('only one')
except TypeError as e:
    print("TypeError", e)
