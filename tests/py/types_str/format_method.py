# str.format: positional, numbered, named, attributes, indexing, nested specs, conversions, braces.
print("{} {}".format("a", "b"), "{1} {0} {1}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
class P:
    name = "pt"
    coords = [3, 4]
print("{0.name} {0.coords[1]} {d[key]}".format(P(), d={"key": "v"}))
print("{:>{w}}|{:.{p}f}".format("r", 3.14159, w=5, p=2))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{{}} {{{}}}".format(7), "{:{fill}^9}".format("c", fill="*"))
print("{0:b} {0:o} {0:x} {0:#X} {0:,}".format(123456))
print("{:10}|{:<10}|{:^10}|{:>10}|".format("s", "l", "c", "r"))
print("{:10}|{:<10}|".format(5, 5.5))
for bad in ["{", "}", "{0} {}", "{missing}", "{0[}"]:
    try:
        bad.format(1)
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
print("{0}".format([1, 2]), "{}".format(None), "{:}".format(True))
