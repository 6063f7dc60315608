# An uncaught ZeroDivisionError ends the program with exit code 1 after earlier output is flushed.
print("before")
x = 1 / 0
print("never")
