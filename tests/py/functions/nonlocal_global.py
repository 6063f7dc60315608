# nonlocal and global declarations: rebinding enclosing and module names.
x = "global"
def read():
    return x
def write():
    global x
    x = "rebound"
print(read())
write()
print(x, read())
def outer():
    y = 1
    def middle():
        def inner():
            nonlocal y
            y += 10
        inner()
        return y
    return middle(), y
print(outer())
def make():
    global created
    created = "made"
make()
print(created)
def shadow():
    x = "local"
    def inner():
        global x
        return x
    return inner(), x
print(shadow())
counter = 0
def bump():
    global counter
    for _ in range(5):
        counter += 1
bump()
print(counter)
