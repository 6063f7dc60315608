# sys.exit(0) and sys.exit() exit successfully; finally blocks still run.
import sys
try:
    print("exiting")
    sys.exit(0)
finally:
    print("finally runs on exit")
