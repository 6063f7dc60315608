# send() resumes a generator with a value; the first send must be None.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
g = accumulator()
print(next(g))
print(g.send(5), g.send(10), g.send(-3))
try:
    g.send(None)
except StopIteration:
    print("stopped")
g2 = accumulator()
try:
    g2.send(1)
except TypeError as e:
    print(e)
def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    return received
e = echo()
e.send(None)
e.send("a")
e.send("b")
try:
    e.send("c")
except StopIteration as s:
    print("returned", s.value)
