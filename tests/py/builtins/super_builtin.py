# super() zero-argument and two-argument forms, in methods, classmethods and __init__.
class A:
    def hello(self): return "A.hello"
    @classmethod
    def create(cls): return "A.create for " + cls.__name__
class B(A):
    def hello(self): return "B>" + super().hello()
    @classmethod
    def create(cls): return "B>" + super().create()
class C(B):
    def hello(self): return "C>" + super(B, self).hello()
print(B().hello(), C().hello(), B.create(), C.create())
print(super(C, C()).hello())
try:
    super(B, A()).hello()
except TypeError as e:
    print(e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print(e)
