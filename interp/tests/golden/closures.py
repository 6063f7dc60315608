def counter(start):
    count = start
    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump

class Base:
    def greet(self):
        return "base"

class Child(Base):
    """A child."""
    kind: str = "child"
    def greet(self):
        return super().greet() + "/" + self.__private()
    def __private(self):
        return self.kind

squares = [x * x for x in range(5) if x % 2]
pairs = {k: v for k, v in zip("ab", (1, 2))}
lazy = (y + 1 for y in squares)
