# Loop and with/except variables live in the enclosing function scope after the statement ends.
for i in range(3):
    last = i * 10
print(i, last)
def f():
    for j in "ab":
        pass
    return j
print(f())
while True:
    inside_while = "visible"
    break
print(inside_while)
if True:
    inside_if = "also visible"
print(inside_if)
class CM:
    def __enter__(self): return "entered"
    def __exit__(self, *a): return False
with CM() as target:
    pass
print(target)
