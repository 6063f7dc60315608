# Generator pipelines: chained generator functions, generator expressions, yield from, send.
def source(n):
    for i in range(n):
        yield i


def scale(it, k):
    for x in it:
        yield x * k


def only_odd(it):
    for x in it:
        if x & 1:
            yield x


def window_sums(it, size):
    window = []
    total = 0
    for x in it:
        window.append(x)
        total += x
        if len(window) > size:
            total -= window.pop(0)
        yield total


def chain(*its):
    for it in its:
        yield from it


def accumulator():
    total = 0
    while True:
        x = yield total
        total += x


def run(n):
    a = sum(window_sums(only_odd(scale(source(n), 3)), 4))
    b = sum(x % 7 for x in chain(source(n // 2), (y * 2 for y in range(n // 2))))
    acc = accumulator()
    next(acc)
    c = 0
    for v in source(n // 4):
        c = acc.send(v)
    return a + b + c


print("generators", run(1800000))
