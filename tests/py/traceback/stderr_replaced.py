# An uncaught exception is printed to the program's sys.stderr when it was replaced (as CPython's default excepthook does)
import sys


class ToStdout:
    def write(self, text):
        sys.stdout.write(text.replace(__file__, "HERE"))

    def flush(self):
        pass


print("start")
sys.stderr = ToStdout()


def fail():
    raise ValueError("printed on stdout")


fail()
