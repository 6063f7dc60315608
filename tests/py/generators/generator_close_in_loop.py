# Generators abandoned mid-iteration by break are closed explicitly; try/finally inside runs once.
log = []
def numbers():
    try:
        for i in range(100):
            yield i
    finally:
        log.append("cleanup")
g = numbers()
for n in g:
    if n == 3:
        break
print(n, log)
g.close()
print(log)
g.close()
print(log, list(g))
