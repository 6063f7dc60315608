# return in a generator sets StopIteration.value; the return value is invisible to for-loops.
def g(n):
    for i in range(n):
        yield i
    return f"done after {n}"
it = g(2)
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print(repr(e.value))
print([x for x in g(3)])
def early(flag):
    yield 1
    if flag:
        return
    yield 2
print(list(early(True)), list(early(False)))
def none_ret():
    yield 1
it = none_ret()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
