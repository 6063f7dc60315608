# __cause__, __context__ and __suppress_context__ with raise-from and implicit chaining.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError as inner:
        raise RuntimeError("explicit") from inner
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        [][1]
    except IndexError:
        raise TypeError("hidden") from None
except TypeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError("no chain")
except ValueError as e:
    print(e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise KeyError("a") from ValueError("b")
except KeyError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise ValueError from KeyError
except ValueError as e:
    print(repr(e), repr(e.__cause__))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
e = Exception("manual")
e.__cause__ = KeyError("c")
print(e.__suppress_context__, repr(e.__cause__))
