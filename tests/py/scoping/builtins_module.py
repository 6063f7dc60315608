# Builtins are found after globals; assigning a global with a builtin's name shadows it module-wide.
print(abs(-1), max(1, 2))
def uses_max():
    return max(3, 4)
max = "shadowed"
print(max)
try:
    uses_max()
except TypeError as e:
    print(e)
del max
print(uses_max())
print(type(__builtins__).__name__ in ("module", "dict"))
