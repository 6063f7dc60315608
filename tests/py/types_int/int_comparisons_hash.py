# Int comparisons with floats and big ints; hashes that equal-valued numbers share.
print(2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53, 10 ** 30 < float("inf"))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(-0.0) == hash(False))
print(hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(10 ** 20))
print(hash(1.5), hash(-1.0), hash(2 ** 63 * 1.0) == hash(2 ** 63))
print(sorted([3, 1.5, True, -2, 2 ** 70, 0.0]))
print(max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0))
