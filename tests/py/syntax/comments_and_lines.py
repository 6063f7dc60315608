# Comments, line continuation with backslash, implicit continuation in brackets, semicolons.
x = 1 + \
    2
print(x)  # trailing comment
y = [1,
     2,  # inside list
     3,
]
print(y)
a = 1; b = 2; print(a + b)
if a: print("one-line if")
def f(): return "one-line def"
print(f())
z = (
    "paren"
)
print(z)
d = {
    "k": 1,
}
print(d)
