# contextlib: contextmanager (errors, suppression, as decorator), suppress, closing, nullcontext, ExitStack.
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, AbstractContextManager, ContextDecorator
@contextmanager
def tag(name):
    print("enter", name)
    try:
        yield name.upper()
    finally:
        print("exit", name)
with tag("a") as t:
    print("inside", t)
try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))
with swallow():
    raise KeyError("k")
print("after swallow")
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@tag("deco")
def f(x):
    print("f", x)
    return x * 2
print(f(2), f(3))
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("IndexError", e)
class Res:
    def close(self): print("closed")
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as v:
    print("null", v)
with ExitStack() as stack:
    for n in "xyz":
        stack.enter_context(tag(n))
    stack.callback(print, "callback", 1)
    print("body")
with ExitStack() as stack:
    stack.callback(print, "not run")
    moved = stack.pop_all()
moved.close()
def handler(et, ev, tb):
    print("push saw", et.__name__)
    return True
with ExitStack() as stack:
    stack.push(handler)
    raise OSError("x")
print("exitstack suppressed")
try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError", e)
class CM(AbstractContextManager):
    def __exit__(self, *a): print("CM exit")
with CM() as c:
    print(type(c).__name__, isinstance(c, AbstractContextManager))
class mydeco(ContextDecorator):
    def __enter__(self): print("deco enter"); return self
    def __exit__(self, *a): print("deco exit"); return False
@mydeco()
def g():
    print("in g")
g()
print(issubclass(type(tag('q')), AbstractContextManager))
