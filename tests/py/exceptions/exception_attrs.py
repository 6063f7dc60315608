# with_traceback, __traceback__ existence, add_note (3.11) and __notes__.
try:
    raise ValueError("tb")
except ValueError as e:
    print(e.__traceback__ is not None, type(e.__traceback__).__name__)
e = ValueError("fresh")
print(e.__traceback__)
r = e.with_traceback(None)
print(r is e)
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print(err)
class E(Exception):
    pass
x = E("a", "b")
x.extra = 1
print(x.extra, x.args, isinstance(x, BaseException))
