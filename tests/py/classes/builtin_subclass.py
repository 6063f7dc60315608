# Subclassing builtins: list, dict, int, str with extra methods and overridden behaviour.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list), s + [4])
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
d = DefaultDict()
d["a"] += 1
d["a"] += 1
print(d, d["b"], d)
class Money(int):
    def __repr__(self):
        return f"${int(self)}"
m = Money(5)
print(repr(m), m + 1, type(m + 1).__name__)
class Loud(str):
    def shout(self):
        return self.upper() + "!"
print(Loud("hi").shout(), Loud("x") == "x", len(Loud("abc")))
class Counted(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
c = Counted()
c["x"] = 1
print(c)
