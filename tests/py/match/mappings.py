# match: mapping patterns: dicts and dict subclasses, extra keys, **rest, missing keys, get() protocol.
def m(v):
    match v:
        case {"kind": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"kind": "named", "name": str(name), **rest}:
            return f"named {name} rest={rest}"
        case {1: one, 2.0: two}:
            return f"numeric keys {one} {two}"
        case {}:
            return f"some mapping of {len(v)}"
        case _:
            return "not a mapping"

for v in [{"kind": "point", "x": 1, "y": 2, "z": 3}, {"kind": "point", "x": 1},
          {"kind": "named", "name": "n", "a": 1, "b": 2}, {"kind": "named", "name": 5},
          {1: "a", 2: "b"}, {1.0: "a", 2: "b", 3: "c"}, {}, {"x": 1}, [("kind", "point")], "kind", None]:
    print(m(v))

class D(dict):
    def __missing__(self, key):
        print("__missing__ called (should not happen)")
        return 0
match D(a=1):
    case {"a": a, "b": b}:
        print("wrong", a, b)
    case {"a": a}:
        print("dict subclass, a =", a)

class LoudGet(dict):
    def get(self, key, default=None):
        print("get", repr(key))
        return super().get(key, default)
match LoudGet(p=1, q=2):
    case {"p": p, "q": q, **others}:
        print("LoudGet", p, q, others)

# rest is a new dict without the matched keys
src = {"a": 1, "b": 2, "c": 3}
match src:
    case {"a": _, **rest}:
        rest["z"] = 26
        print(rest, src)
match {}:
    case {**rest}:
        print("empty rest", rest)

# keys from dotted names; duplicate keys known only at run time
class K:
    A = "a"
    B = "a"
match {"a": 1}:
    case {K.A: v}:
        print("dotted key", v)
try:
    match {"a": 1, "b": 2}:
        case {K.A: 1, K.B: 2}:
            print("wrong")
except ValueError as e:
    print("ValueError:", e)

# nested mappings and sequences
config = {"server": {"hosts": ["a", "b"], "port": 80}}
match config:
    case {"server": {"hosts": [first, *others], "port": int(port)}}:
        print(first, others, port)
