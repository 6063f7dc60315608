# logging.Formatter and LogRecord: record attributes, getMessage, formatTime with datefmt and the default ,mmm, exception text, makeLogRecord
import logging
import time

rec = logging.LogRecord("app", logging.INFO, "/src/pkg/mod.py", 42, "value %s and %d", ("x", 3), None, "func")
print(rec.name, rec.levelno, rec.levelname, rec.pathname, rec.filename, rec.module, rec.lineno, rec.funcName)
print(rec.getMessage(), rec.args, rec.exc_info, rec.exc_text, rec.stack_info)
rec.created = 86400 * 365.25 * 30 + 0.25
rec.msecs = 250.0
f = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y/%m/%d")
f.converter = time.gmtime
print(f.format(rec))
f2 = logging.Formatter("%(asctime)s|%(levelname)s|%(message)s")
f2.converter = time.gmtime
print(f2.format(rec))
print(f2.formatTime(rec, "%H:%M"))
print(logging.Formatter().format(rec))
print(logging.Formatter("{name}:{lineno:>5}:{message}", style="{").format(rec))
print(logging.Formatter("%(name)s %(missing)s", defaults={"missing": "dflt"}).format(rec))
try:
    logging.Formatter("%(nope)s").format(rec)
except ValueError as e:
    print("ValueError", e)
try:
    raise RuntimeError("inside")
except RuntimeError:
    import sys
    ei = sys.exc_info()
text = logging.Formatter().formatException(ei)
print(text.splitlines()[0], "|", text.splitlines()[-1], "|", text.endswith("\n"))
r2 = logging.makeLogRecord({"msg": "made %s", "args": ("here",), "levelno": 30, "levelname": "WARNING", "name": "m"})
print(r2.getMessage(), r2.levelname, r2.name)
r3 = logging.LogRecord("n", 10, "p.py", 1, "single %(k)s", ({"k": "mapping"},), None)
print(r3.getMessage())
print(logging.BASIC_FORMAT)
