# raise SystemExit with no argument exits with status 0; with an int, that status.
try:
    raise SystemExit
except SystemExit as e:
    print("caught", repr(e.code))
print("now exiting with 4")
raise SystemExit(4)
