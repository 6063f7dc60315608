# A coroutine-style generator consuming values via send: running average and a simple state machine.
def averager():
    total, count, avg = 0.0, 0, None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in [10, 20, 30, 40]])
def tokenizer():
    token = ""
    out = []
    while True:
        ch = yield out
        out = []
        if ch is None or ch == " ":
            if token:
                out = [token]
            token = ""
        else:
            token += ch
t = tokenizer()
next(t)
tokens = []
for ch in "ab cd  efg ":
    tokens += t.send(ch)
print(tokens)
