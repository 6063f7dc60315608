# Nested f-strings and f-strings in various expression positions.
items = ["a", "bb", "ccc"]
print(f"{', '.join(f'<{s}>' for s in items)}")
print(f"{f'{1 + 1}'}")
w = 6
print(f"{f'{42:>{w}}'}|")
print([f"{i:02d}" for i in range(3)])
print(f"{ {'a': 1}['a'] }")
print(f"{(lambda y: y * 2)(21)}")
print(f"{'yes' if items else 'no'}")
