# Tuples as dict keys and lightweight records; sorting records; tuple comparison with different lengths.
points = {(0, 0): "origin", (1, 0): "east", (0, 1): "north"}
print(points[(1, 0)], (0, 1) in points, sorted(points))
people = [("Smith", "John", 40), ("Doe", "Jane", 35), ("Smith", "Anna", 35)]
print(sorted(people), sorted(people, key=lambda p: (p[2], p[0])))
print(max(people, key=lambda p: p[2]), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), () < (0,))
print(tuple(sorted((3, 1, 2))), tuple(reversed((1, 2))), (1, 2, 3)[::-1], (1, 2) * 0)
