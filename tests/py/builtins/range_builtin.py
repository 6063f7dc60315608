# range() with one, two, three arguments including negative and big values, used in loops.
print(list(range(4)), list(range(-2)), list(range(1, 4)), list(range(4, 1)), list(range(0, -6, -2)))
total = 0
for i in range(1, 101):
    total += i
print(total)
print(list(range(2 ** 64, 2 ** 64 + 3)), list(range(True, 3)))
class Idx:
    def __index__(self): return 3
print(list(range(Idx())))
try:
    range()
except TypeError as e:
    print(e)
try:
    range("5")
except TypeError as e:
    print(e)
