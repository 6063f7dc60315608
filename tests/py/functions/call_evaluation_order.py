# Argument evaluation order is left to right, including keywords and unpacking.
log = []
def v(x):
    log.append(x)
    return x
def f(*a, **k):
    return a, k
f(v(1), v(2), k=v(3), *[v(4)], **{"z": v(5)})
print(log)
log.clear()
v(f)(v("a"), v("b"))
print([x if isinstance(x, str) else "f" for x in log])
log.clear()
d = {v("k1"): v("v1"), v("k2"): v("v2")}
print(log)
log.clear()
x = v("rhs")
lst = [0]
lst[v(0)] = v("value")
print(log)
