# f-string format specs, including nested replacement fields in the spec.
x = 3.14159265
n = 1234567
print(f"{x:.2f}|{x:10.3f}|{x:<10.1f}|{x:^10.2f}|{x:+.1e}")
print(f"{n:,}|{n:_}|{n:>12,}|{n:012d}|{n:x}|{n:#X}|{n:o}|{n:b}")
width = 8
prec = 3
print(f"{x:{width}.{prec}f}|")
print(f"{'ab':*^{width}}|")
print(f"{0.25:%}|{0.25:.1%}")
print(f"{-5:05d}|{5: d}|{-5: d}")
fill = "-"
print(f"{'mid':{fill}^11}")
print(f"{True:d} {True}")
print(f"{12.0:g} {1e20:g} {0.00001:g}")
