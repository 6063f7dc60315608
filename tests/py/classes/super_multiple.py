# super() follows the MRO in cooperative multiple inheritance.
class Base:
    def __init__(self):
        print("Base init")
    def who(self):
        return ["Base"]
class A(Base):
    def __init__(self):
        print("A init")
        super().__init__()
    def who(self):
        return ["A"] + super().who()
class B(Base):
    def __init__(self):
        print("B init")
        super().__init__()
    def who(self):
        return ["B"] + super().who()
class C(A, B):
    def __init__(self):
        print("C init")
        super().__init__()
    def who(self):
        return ["C"] + super().who()
c = C()
print(c.who())
print(super(A, c).who())
print(super(C, c).who())
class D(B, A):
    pass
print(D().who())
class Kw:
    def __init__(self, **kw):
        self.kw = kw
class Named(Kw):
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name
n = Named("n", extra=1)
print(n.name, n.kw)
class S:
    @classmethod
    def make(cls):
        return cls.__name__
class T(S):
    @classmethod
    def make(cls):
        return "T:" + super().make()
print(T.make())
