# Non-ASCII identifiers and strings.
café = "coffee"
π = 3.14
数 = 7
print(café, π, 数)
s = "naïve — ünïcödé ✓"
print(s, len(s))
print(s.upper())
print([c for c in "añ€"])
