# del removes bindings at module and function level; deleted names are unbound afterwards.
a = 1
del a
print("a" in globals())
def f():
    b = 2
    del b
    try:
        return b
    except UnboundLocalError as e:
        return str(e)
print(f())
def g():
    c = 3
    def inner():
        return c
    del c
    try:
        return inner()
    except NameError as e:
        return str(e)
print(g())
