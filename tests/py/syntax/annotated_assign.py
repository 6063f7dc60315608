# Annotated assignments at module level and in classes; annotation-only declarations.
x: int = 5
y: str
print(x)
print(__annotations__)
class C:
    a: int = 1
    b: "list[int]"
print(C.a, C.__annotations__)
print(hasattr(C, "b"))
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)
