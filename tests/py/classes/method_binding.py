# Functions stored on classes become bound methods; on instances they stay plain functions.
class A:
    def m(self):
        return "method"
def external(self):
    return "external " + type(self).__name__
A.ext = external
a = A()
print(a.ext(), A.ext(a))
a.inst = lambda: "instance lambda"
print(a.inst())
bm = a.m
print(bm(), type(bm).__name__, type(A.m).__name__)
print(a.m == a.m, a.m == A().m)
class B:
    f = len
print(B().f("abcd"))
