# __hash__ and __eq__ govern dict keys and set members; __eq__ without __hash__ is unhashable.
class Key:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k.lower())
    def __eq__(self, o): return isinstance(o, Key) and self.k.lower() == o.k.lower()
    def __repr__(self): return f"Key({self.k!r})"
d = {Key("A"): 1}
d[Key("a")] = 2
print(d, len(d), Key("A") in d)
s = {Key("x"), Key("X"), Key("y")}
print(len(s))
class EqOnly:
    def __eq__(self, o): return True
try:
    {EqOnly(): 1}
except TypeError as e:
    print(e)
print(EqOnly.__hash__)
class Ident: pass
i = Ident()
print({i: "v"}[i], hash(i) == hash(i))
class Collide:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return self.v == o.v
print(len({Collide(1), Collide(2), Collide(1)}))
class HashNone:
    __hash__ = None
try:
    hash(HashNone())
except TypeError as e:
    print(e)
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
print(hash(Key("Q")) == hash(Key("q")))
