# Truth values of every builtin type's empty and non-empty instances.
vals = [0, 1, -1, 0.0, 0.1, 0j, 1j, "", "a", b"", b"a", [], [0], (), (0,), {}, {0: 0}, set(), {0},
        frozenset(), range(0), range(1), None, True, False, bytearray(), ...]
for v in vals:
    print(repr(v), bool(v), "T" if v else "F", not v)
