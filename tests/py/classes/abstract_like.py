# Abstract-method pattern without abc: NotImplementedError from base methods; template method pattern.
class Base:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Rect(Base):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
class Circle(Base):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
class Broken(Base): pass
for s in [Rect(2, 3), Circle(1), Broken()]:
    try:
        print(s.describe())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
