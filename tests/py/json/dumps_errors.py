# TypeError for unserializable objects and keys, circular references, allow_nan=False, default=.
import json
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
for bad in [lambda: json.dumps(Point(1, 2)), lambda: json.dumps({1, 2}), lambda: json.dumps(b"bytes"),
            lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(float('nan'), allow_nan=False),
            lambda: json.dumps([float('inf')], allow_nan=False, indent=2),
            lambda: json.dumps({'a': 1, 1: 2}, sort_keys=True), lambda: json.dumps([], bogus=1),
            lambda: json.dumps(1, 2)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
a = [1]
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError:", e)
d = {}
d['self'] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError:", e)
shared = [1, 2]
print(json.dumps([shared, shared]))
print(json.dumps(Point(3, 4), default=lambda o: o.__dict__))
print(json.dumps([Point(1, 2), {1, 2}], default=lambda o: sorted(o) if isinstance(o, set) else vars(o)))
try:
    json.dumps(Point(1, 2), default=lambda o: o)
except ValueError as e:
    print("ValueError:", e)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps({'z': 1 + 2j}, cls=Enc), json.dumps([3j], cls=Enc, indent=1))
try:
    json.dumps(object(), cls=Enc)
except TypeError as e:
    print("TypeError:", e)
print(Enc(indent=2).encode({'a': [1]}))
print(json.JSONEncoder(sort_keys=True).encode({'b': 1, 'a': 2}))
