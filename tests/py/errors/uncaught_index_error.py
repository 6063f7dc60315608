# An IndexError from a list escapes after partial output.
items = [10, 20, 30]
for i in range(4):
    print(items[i])
