# The name bound by "except ... as e" is deleted at the end of the handler.
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside", e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        pass
    return exc
try:
    f()
except UnboundLocalError as err:
    print(type(err).__name__, err)
try:
    raise KeyError("saved")
except KeyError as e2:
    saved = e2
print(repr(saved))
