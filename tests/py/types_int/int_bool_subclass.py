# bool is an int subclass: arithmetic, repr, and bool() conversions.
print(True + 1, True * 10, False ** 0, True / 2, -True, True // 1)
print(repr(True), str(False), int(True), type(True).__mro__)
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool("0"), bool([]), bool(None))
print(True == 1, True is 1 if False else "skip", hash(True) == hash(1))
print({True: "a", 1: "b"}, {0: "z", False: "y"})
print(sum([True] * 5), True & 3, True | 2, True ^ True)
print(isinstance(False, int), issubclass(bool, int))
try:
    class B(bool):
        pass
except TypeError as e:
    print(e)
print(format(True, "d"), format(True, ""), format(False, ">6"), f"{True:5}|")
