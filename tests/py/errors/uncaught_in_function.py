# An exception escaping nested function calls: traceback on stderr, last line names the error.
def inner(d):
    return d["missing"]
def outer():
    return inner({})
print("calling")
outer()
