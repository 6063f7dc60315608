# traceback.TracebackException: from_exception, format, format_exception_only, stack, exc_type, __cause__/__context__; print_exception to a file
import traceback


class Buf:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def getvalue(self):
        return "".join(self.parts)


def boom():
    raise LookupError("nothing here")


try:
    try:
        boom()
    except LookupError as e:
        raise ValueError("converted")
except ValueError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te))
    print([f.name for f in te.stack])
    print(te.__context__.exc_type.__name__, [f.name for f in te.__context__.stack])
    print(te.__cause__)
    print(list(te.format_exception_only()))
    out = "".join(te.format())
    print(out.count("Traceback (most recent call last):"))
    print("During handling" in out)
    buf = Buf()
    traceback.print_exception(e, file=buf)
    print(buf.getvalue() == out)
    buf = Buf()
    traceback.print_exception(type(e), e, e.__traceback__, file=buf, chain=False)
    print(buf.getvalue().count("Traceback"))
    print(buf.getvalue().splitlines()[-1])

try:
    traceback.format_exception(ValueError, ValueError("x"))
except ValueError as e:
    print("ValueError:", e)
print(traceback.format_exception(None))
try:
    compile("x = (", "snippet.py", "exec")
except SyntaxError as e:
    print(e.filename, e.lineno, e.msg)
    print(str(e))
