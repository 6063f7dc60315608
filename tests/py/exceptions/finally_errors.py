# Exceptions raised inside finally and except blocks replace the original, which becomes __context__.
def f():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
try:
    f()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def g():
    try:
        return "value"
    finally:
        raise RuntimeError("finally wins")
try:
    g()
except RuntimeError as e:
    print(e, e.__context__)
def h():
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
    finally:
        print("h finally runs")
try:
    h()
except TypeError as e:
    print(repr(e), repr(e.__context__))
def nested():
    try:
        try:
            1 / 0
        finally:
            print("inner finally")
    except ZeroDivisionError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()
