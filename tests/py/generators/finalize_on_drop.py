# A generator dropped while suspended in try/finally or with runs its cleanup
# (CPython closes it when freed; garter within its next periodic check, so the
# loops below give it the ticks to do so), and one still alive at exit is
# finalised at shutdown.
def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup g")
for x in g():
    break
for i in range(300):
    pass
print("after g")


class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__)


def h():
    with CM():
        yield 1
gen = h()
next(gen)
del gen
for i in range(300):
    pass
print("after h")


def plain():
    yield 1
    yield 2
p = plain()
next(p)
del p
print("plain dropped")


def late():
    try:
        yield 1
    finally:
        print("late cleanup")
keep = late()
next(keep)
print("exiting")
