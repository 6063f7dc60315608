# finally blocks in generators run on exhaustion, close(), and explicit del of the generator.
def managed(name):
    print("open", name)
    try:
        yield 1
        yield 2
    finally:
        print("close", name)
for x in managed("full"):
    pass
g = managed("closed")
next(g)
g.close()
g2 = managed("break")
for x in g2:
    break
g2.close()
print("end")
def ignores_exit():
    try:
        yield 1
    finally:
        return "swallowed"
h = ignores_exit()
next(h)
h.close()
print("close with return in finally is fine")
