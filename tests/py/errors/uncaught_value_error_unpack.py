# A ValueError from tuple unpacking escapes.
a, b = [1, 2, 3]
