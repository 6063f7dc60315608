# TypeError messages for unsupported operand types, exactly as CPython words them.
cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (1,),
    lambda: None + 1,
    lambda: 1 - "a",
    lambda: "a" * "b",
    lambda: "a" * 2.0,
    lambda: [1] * 1.5,
    lambda: {} + {},
    lambda: 1 / "x",
    lambda: 2 ** "x",
    lambda: "%d" % "x",
    lambda: 1 @ 2,
    lambda: {1} + {2},
    lambda: 5 // [],
    lambda: 1 < "a",
    lambda: "a" >= 1,
    lambda: None > None,
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__ + ":", e)
