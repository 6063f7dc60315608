# Adjacent string literals concatenate at compile time, across lines and forms.
s = "abc" 'def' """ghi"""
print(s)
t = ("one "
     "two "
     'three')
print(t)
print("a" r"\n" "b")
x = 5
print(f"x={x} " "plain " f"{x*2}")
print(len("a" "b" "c"))
