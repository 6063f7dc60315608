# args, str() and repr() of exceptions with zero, one and several arguments.
for e in [Exception(), Exception("msg"), Exception("a", 2), ValueError(""), KeyError("k"),
          KeyError(), KeyError(1, 2), IndexError(3), OSError(2, "No such file"),
          StopIteration(5), SystemExit(2), RuntimeError(None), TypeError(["x"])]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = ValueError("orig")
e.args = ("changed",)
print(e)
print(OSError(2, "msg").errno, OSError(2, "msg").strerror)
print(StopIteration(7).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
