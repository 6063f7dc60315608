# NameError and UnboundLocalError: global, local, free variables and deleted names.
try:
    print(no_such_name)
except NameError as e:
    print(type(e).__name__, e)
def f():
    print(x)
    x = 1
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e, isinstance(e, NameError))
def g():
    y = 1
    del y
    return y
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def outer():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 5
    return inner()
print(outer())
x = 10
def h():
    x += 1
try:
    h()
except UnboundLocalError as e:
    print(type(e).__name__, e)
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
