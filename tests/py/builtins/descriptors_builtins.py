# property(), staticmethod() and classmethod() used as plain calls rather than decorators.
class C:
    def __init__(self): self._v = 1
    def get_v(self): return self._v
    def set_v(self, v): self._v = v * 2
    v = property(get_v, set_v)
    def sm(x): return x + 1
    sm = staticmethod(sm)
    def cm(cls): return cls.__name__
    cm = classmethod(cm)
c = C()
c.v = 5
print(c.v, C.sm(1), c.sm(2), C.cm(), c.cm())
p = property(lambda self: "computed")
C.extra = p
print(c.extra, p.fget is not None, p.fset, p.fdel)
print(isinstance(C.__dict__["sm"], staticmethod), isinstance(C.__dict__["cm"], classmethod))
print(C.__dict__["sm"].__func__(10))
