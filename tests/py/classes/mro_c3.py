# C3 linearization: __mro__ of diamonds and complex hierarchies; inconsistent MRO error.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
print([k.__name__ for k in Z.mro()])
class Base: pass
class Left(Base): pass
class Right(Base): pass
class Diamond(Left, Right): pass
print([k.__name__ for k in Diamond.__mro__])
try:
    class Bad(Base, Left): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(Base, Base): pass
except TypeError as e:
    print(type(e).__name__, e)
print(int.__mro__, bool.__mro__)
