# An exception raised inside a generator escapes through the for-loop that drives it.
def gen():
    yield 1
    yield 2
    raise ValueError("generator failed")
for v in gen():
    print(v)
