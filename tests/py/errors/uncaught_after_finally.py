# finally blocks run (and print) before the uncaught exception ends the program.
try:
    print("in try")
    raise KeyError("k")
finally:
    print("in finally")
