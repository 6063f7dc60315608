# Builtin dunder methods called directly return NotImplemented for unsupported types.
print((1).__add__(2), (1).__add__(1.5), (1.5).__add__(1), "a".__add__("b"), [1].__add__([2]))
print((1).__lt__(2), (1).__eq__("1"), "a".__mul__(3), (3).__rmul__("ab") if False else "skip")
print((2).__pow__(10), (7).__floordiv__(2), (7).__mod__(-2), (5).__neg__(), (5).__invert__())
