# PEP 560 __mro_entries__ replaces a non-class base (and sets __orig_bases__);
# isinstance/issubclass accept any object whose type defines
# __instancecheck__/__subclasscheck__.
class Alias:
    def __init__(self, target):
        self.target = target
    def __mro_entries__(self, bases):
        return (self.target,)
    def __instancecheck__(self, obj):
        return isinstance(obj, self.target)
    def __subclasscheck__(self, cls):
        return issubclass(cls, self.target)
A = Alias(list)
class L(A):
    pass
print(L.__bases__, L.__orig_bases__ == (A,), L([1, 2]))
print(isinstance([], A), isinstance(3, A), issubclass(L, A), issubclass(int, A))
class Two:
    def __mro_entries__(self, bases):
        return (int, )
class I(Two(), object):
    pass
print(I.__mro__, I(4) + 1)
try:
    isinstance(1, 5)
except TypeError as e:
    print("TypeError", e)
