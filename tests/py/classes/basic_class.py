# Class definition, __init__, instance attributes, methods and bound methods.
class Counter:
    """A counter."""
    step = 1
    def __init__(self, start=0):
        self.value = start
    def inc(self):
        self.value += self.step
        return self
    def get(self):
        return self.value
c = Counter(5)
c.inc().inc()
print(c.get(), c.value, Counter.step, Counter.__doc__)
m = c.inc
m()
print(c.value, m.__self__ is c, m.__func__ is Counter.inc)
print(Counter.inc(c).value)
print(type(c).__name__, type(c) is Counter, isinstance(c, Counter))
print(Counter.__name__, Counter.__qualname__, Counter.__module__)
c2 = Counter()
print(c2.value)
