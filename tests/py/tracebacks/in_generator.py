# conformance: stderr
# An exception raised inside a generator shows the generator's frame under the loop
def gen():
    yield 1
    raise KeyError("k")


for _ in gen(): pass
