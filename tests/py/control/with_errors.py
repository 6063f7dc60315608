# with-statement errors: missing protocol methods and exceptions in __enter__/__exit__.
class NoEnter:
    def __exit__(self, *a): pass
class NoExit:
    def __enter__(self): return self
try:
    with NoEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class BadEnter:
    def __enter__(self): raise ValueError("enter failed")
    def __exit__(self, *a):
        print("exit not called")
try:
    with BadEnter():
        print("body not run")
except ValueError as e:
    print("caught", e)
class BadExit:
    def __enter__(self): return self
    def __exit__(self, *a): raise OSError("exit failed")
try:
    with BadExit():
        raise ValueError("original")
except OSError as e:
    print("caught", e, "context:", repr(e.__context__))
