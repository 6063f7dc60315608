# Sets deduplicate equal values across types: 1, 1.0, True collapse; unhashable members are errors.
s = {1, 1.0, True}
print(s, len(s))
s2 = {0, 0.0, False, -0.0}
print(s2)
print(len({(1, 2), (1, 2), (2, 1)}), len({"a", "a", "b"}))
try:
    {[1, 2]}
except TypeError as e:
    print(e)
try:
    set([{}])
except TypeError as e:
    print(e)
print(sorted({-1, 5, 3, -10}), {2} == {2.0})
