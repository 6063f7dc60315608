# All string prefix spellings and combinations.
v = 1
for s in [r"a\n", R"a\n", u"uni", U"uni", f"{v}", F"{v}", rf"{v}\n", Rf"{v}\n", fR"{v}\n", FR"{v}\n"]:
    print(repr(s))
for b in [b"a", B"a", rb"\n", bR"\n", Rb"\n", BR"\n"]:
    print(repr(b))
