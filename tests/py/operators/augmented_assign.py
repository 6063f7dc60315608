# Augmented assignment for every operator, on ints, lists, strings and attributes.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x = 17
x //= 3; print(x)
x %= 4; print(x)
x **= 5; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0xF0; print(x)
x |= 0x0F; print(x)
x ^= 0xFF; print(x)
s = "ab"; s += "cd"; s *= 2; print(s)
lst = [1]; alias = lst
lst += [2, 3]; print(lst, alias, lst is alias)
lst *= 2; print(alias)
t = (1,); t2 = t; t += (2,); print(t, t2)
class C: pass
c = C(); c.n = 1; c.n += 41; print(c.n)
d = {"k": 1}; d["k"] += 1; print(d)
m = [[0, 0]]; m[0][1] -= 5; print(m)
