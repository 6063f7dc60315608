# A KeyError with a tuple key escapes; the message is the repr of the key.
grid = {(0, 0): "origin"}
print(grid[(1, 2)])
