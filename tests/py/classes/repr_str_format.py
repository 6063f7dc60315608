# __repr__, __str__ and __format__: which one print/str/repr/format/f-strings use.
class Both:
    def __repr__(self): return "Both-repr"
    def __str__(self): return "Both-str"
class ReprOnly:
    def __repr__(self): return "ReprOnly-repr"
class Fmt:
    def __format__(self, spec): return f"Fmt[{spec}]"
    def __repr__(self): return "Fmt-repr"
b, r, f = Both(), ReprOnly(), Fmt()
print(b, r, str(b), repr(b), str(r), [b, r], (b,), {"k": b})
print(f"{b} {b!r} {r}", "%s %r" % (b, b), "{} {!r}".format(b, b))
print(format(f, "spec"), f"{f:>10}", "{:xyz}".format(f), f"{f}", format(f))
print(str(f), repr(f))
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class Plain: pass
try:
    format(Plain(), "d")
except TypeError as e:
    print(e)
