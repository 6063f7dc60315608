# Bare raise re-raises the exception being handled; raising an instance vs a class.
def f():
    try:
        raise ValueError("first")
    except ValueError:
        raise
try:
    f()
except ValueError as e:
    print("reraised", e)
try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        err = e
        try:
            raise TypeError("other")
        except TypeError:
            pass
        raise
except KeyError as e:
    print("still the KeyError", e is err)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    raise IndexError
except IndexError as e:
    print(repr(e), type(e) is IndexError)
try:
    raise 5
except TypeError as e:
    print(e)
class NotExc: pass
try:
    raise NotExc
except TypeError as e:
    print(e)
def g():
    try:
        raise ValueError("v")
    except ValueError as e:
        return e
print(repr(g()))
