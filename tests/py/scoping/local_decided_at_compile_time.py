# A name assigned anywhere in a function is local throughout it, even before the assignment.
x = 1
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 2
    return x
print(f())
def g(flag):
    if flag:
        y = "set"
    return y
print(g(True))
try:
    g(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def h():
    for z in []:
        pass
    return z
try:
    h()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def imports_locally():
    import math
    return math.floor(2.5)
print(imports_locally(), "math" in globals())
