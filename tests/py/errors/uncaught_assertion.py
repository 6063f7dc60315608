# A failing assert with a message escapes as AssertionError.
x = 3
assert x % 2 == 0, f"x must be even, got {x}"
