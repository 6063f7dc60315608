# A TypeError from a bad operand escapes with CPython's message.
total = 0
for item in [1, 2, "3"]:
    total = total + item
print(total)
