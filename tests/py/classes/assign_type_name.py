# Assigning a class's __name__/__qualname__ changes that class only: subclasses keep their own names, the dict gets no entry, non-strings are refused.
class A:
    pass


A.__name__ = "B"


class C(A):
    pass


print(A.__name__, C.__name__, A.__qualname__, repr(A), "__name__" in A.__dict__)
A.__qualname__ = "Q"
print(C.__qualname__, A.__qualname__, "__qualname__" in A.__dict__, repr(A))
for attr in ["__name__", "__qualname__"]:
    try:
        setattr(A, attr, 3)
    except TypeError as e:
        print("TypeError:", e)
print(A.__name__, A.__qualname__)
