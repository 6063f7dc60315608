# Empty bodies with pass or ... in every compound statement; docstring-only bodies.
if True:
    pass
for _ in range(2):
    pass
while False:
    ...
try:
    pass
except Exception:
    pass
finally:
    pass
def f():
    """Only a docstring."""
class C:
    """Only a docstring."""
class D: ...
with open("/dev/null") as fh:
    pass
print(f(), C.__doc__, D.__doc__, fh.closed)
