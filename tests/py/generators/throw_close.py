# throw() raises inside the generator at the yield; close() raises GeneratorExit.
def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught inside:", e)
        yield "recovered"
    finally:
        print("cleanup")
it = g()
print(next(it))
print(it.throw(ValueError("boom")))
it.close()
print("closed")
it2 = g()
next(it2)
try:
    it2.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
def closer():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
c = closer()
next(c)
c.close()
c.close()
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)
fresh = g()
fresh.close()
print("closing an unstarted generator runs no code")
try:
    g().throw(TypeError("before start"))
except TypeError as e:
    print("unstarted throw:", e)
