# An exception raised inside a function called from an except block gets the handled exception as __context__ (dict KeyError, IndexError, NameError, raise)
def dict_miss():
    return {}["x"]


def list_miss():
    return [][1]


def name_miss():
    return undefined_zz


def raises():
    raise LookupError("raised")


for fn in (dict_miss, list_miss, name_miss, raises, lambda: dict_miss()):
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            fn()
    except Exception as e:
        print(type(e).__name__, repr(e.__context__), e.__cause__, e.__suppress_context__)
