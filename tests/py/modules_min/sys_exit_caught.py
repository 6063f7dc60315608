# sys.exit raises SystemExit, which can be caught and inspected.
import sys
for arg in [None, 0, 5, "message"]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(e.code), repr(e.args))
try:
    sys.exit()
except SystemExit as e:
    print("no-arg exit code:", e.code)
print("still running")
