# Class bodies run top to bottom; class scope is not visible inside methods or comprehensions.
x = "module"
class C:
    x = "class"
    y = x + "!"
    def m(self):
        return x
    items = [1, 2]
    doubled = [i * 2 for i in items]
    print("in body", x)
print(C.y, C().m(), C.doubled)
class D:
    n = 3
    try:
        bad = [n for _ in range(2)]
    except NameError as e:
        err = str(e)
print(D.err)
class E:
    for i in range(3):
        pass
    del i
print(hasattr(E, "i"))
