# f-strings: expressions, nesting of quotes, braces escaping, method calls.
name = "World"
n = 42
print(f"Hello, {name}!")
print(f"{n} + 1 = {n + 1}")
print(F"{name.upper()} {name[1:3]} {len(name)}")
print(f"{{literal}} {{{n}}}")
print(f'{"quoted"}', f"{'single'}")
d = {"k": "v"}
print(f"{d['k']}")
print(f"{[i * i for i in range(4)]}")
print(f"{n if n > 10 else 0}")
print(f"{'a' 'b'}")
print(f"""triple {n}
second line {name}""")
print(rf"raw\n{n}", fr"{n}\t")
print(f"")
print(f"{3.5}{True}{None}")
