# conformance: stderr
# Column markers for subscripts of literals and displays (the ~ part ends where the literal ends): [], "str", (), {}
try:
    [][0]
except IndexError:
    try:
        x = "abc"[10] + "d"
    except IndexError:
        try:
            y = {}["k"] or None
        except KeyError:
            z = (1, 2)[5]
