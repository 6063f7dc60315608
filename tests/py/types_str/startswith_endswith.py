# startswith/endswith with tuples and start/end positions.
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith("name", 4), s.endswith(".gz"))
print(s.endswith((".zip", ".gz")), s.startswith(("a", "b")), s.endswith("tar", 0, 12))
print(s.startswith(""), "".startswith(""), "".endswith("x"), s.startswith("file", -15))
try:
    s.startswith(["file"])
except TypeError as e:
    print(e)
