# str.join over lists, tuples, generators, dict keys; errors for non-str items.
print(",".join(["a", "b", "c"]), "".join(("x", "y")), "-".join(c for c in "abc"))
print(" ".join({"k1": 1, "k2": 2}), "+".join([]), "|".join(["only"]))
print(", ".join(map(str, range(5))), "\n".join(["l1", "l2"]))
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print(e)
try:
    ",".join(5)
except TypeError as e:
    print(e)
