# Exceptions as values: stored in lists, compared, raised later, isinstance checks.
errs = [ValueError("v"), KeyError("k"), ZeroDivisionError("z")]
caught = []
for err in errs:
    try:
        raise err
    except Exception as e:
        caught.append(e is err)
print(caught)
print(ValueError("a") == ValueError("a"), isinstance(errs[2], ArithmeticError))
print([type(e).__name__ for e in errs if isinstance(e, LookupError)])
def raiser(cls, *args):
    raise cls(*args)
for cls in (ValueError, OSError, IndexError):
    try:
        raiser(cls, "m")
    except (ValueError, LookupError) as e:
        print("handled", type(e).__name__)
    except Exception as e:
        print("generic", type(e).__name__)
