# yield as an expression in various positions; yield without value gives None.
def g():
    a = yield
    b = (yield a) + 1
    c = [(yield b), (yield "x")]
    yield c
it = g()
print(next(it))
print(it.send(10))
print(it.send(20))
print(it.send("first"))
print(it.send("second"))
def lam_like():
    x = yield 1, 2
    yield x
t = lam_like()
print(next(t), t.send("sent"))
