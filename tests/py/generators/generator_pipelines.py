# Chained generators forming a pipeline; each stage pulls from the previous one lazily.
def read(lines):
    for line in lines:
        yield line
def strip(it):
    for s in it:
        yield s.strip()
def nonblank(it):
    for s in it:
        if s:
            yield s
def numbered(it):
    n = 0
    for s in it:
        n += 1
        yield f"{n}: {s}"
data = ["  alpha ", "", " beta", "   ", "gamma  "]
for line in numbered(nonblank(strip(read(data)))):
    print(line)
def chunks(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf
print(list(chunks(range(7), 3)))
def running_sum(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(running_sum(chunk[0] for chunk in chunks(range(10), 2))))
