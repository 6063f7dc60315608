# __enter__/__exit__ on a class used to time-box resources, suppress chosen exceptions.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.caught = et.__name__ if et else None
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError, IndexError) as s:
    {}["x"]
print("caught", s.caught)
with Suppress(KeyError) as s:
    pass
print("caught", s.caught)
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("not suppressed")
class Resource:
    opened = 0
    def __enter__(self):
        Resource.opened += 1
        return self
    def __exit__(self, *exc):
        Resource.opened -= 1
for i in range(3):
    with Resource():
        print("open:", Resource.opened)
print("open after:", Resource.opened)
