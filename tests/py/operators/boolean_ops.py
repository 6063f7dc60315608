# and/or return an operand, short-circuit, and not returns bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "d", "" and 1)
print([] or {} or "last", 3 and [] and 5)
print(not 0, not [1], not None, not "")
seen = []
def t(x):
    seen.append(x)
    return x
t(0) and t(1)
t(1) or t(2)
t(0) or t(3) and t(4)
print(seen)
x = None
print(x is None and "none" or "some")
