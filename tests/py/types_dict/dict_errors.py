# KeyError messages: key repr as the message; missing keys of various types.
d = {"a": 1}
for k in ["missing", 42, (1, 2), None, 1.5, "", "quote'd"]:
    try:
        d[k]
    except KeyError as e:
        print(repr(e), str(e), e.args)
try:
    del d["nope"]
except KeyError as e:
    print("del", e)
try:
    {}[[]]
except TypeError as e:
    print(e)
