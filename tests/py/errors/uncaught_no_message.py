# An uncaught exception without arguments: the last stderr line is just the class name.
print("start")
raise RuntimeError
