# NotImplemented returned from binary dunders triggers the reflected method; Ellipsis as a value.
class A:
    def __eq__(self, other):
        return NotImplemented
class B:
    def __eq__(self, other):
        return "B handled"
print(A() == B(), B() == A(), A() == A() if False else "skip")
a = A()
print(a == a, a == A(), a != a)
print(NotImplemented is NotImplemented, repr(NotImplemented), Ellipsis is ..., repr(...))
def stub():
    ...
print(stub(), [1, ..., 3], {...: "ellipsis key"}[...])
