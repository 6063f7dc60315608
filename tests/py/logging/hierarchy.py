# Logger hierarchy: parents through placeholders, propagate, levels (effective level), handler levels, filters, getChild, exception(), LoggerAdapter, extra
import logging
import os
import sys


class PathFreeFormatter(logging.Formatter):
    """Tracebacks name this directory as <dir>: the output must not depend
    on where the repository is checked out."""

    def formatException(self, ei):
        here = os.path.dirname(os.path.abspath(__file__))
        return super().formatException(ei).replace(here, "<dir>")


fmt = PathFreeFormatter("%(name)s %(levelname)s %(message)s")
out = logging.StreamHandler(sys.stdout)
out.setFormatter(fmt)

leaf = logging.getLogger("a.b.c")
mid = logging.getLogger("a.b")
top = logging.getLogger("a")
print(leaf.parent.name, mid.parent.name, top.parent.name)
print(logging.getLogger("a.b.c") is leaf, logging.getLogger() is logging.root)
print(top.getChild("b") is mid, top.getChild("x.y").name)

top.addHandler(out)
print(leaf.getEffectiveLevel(), top.level)
top.setLevel(logging.INFO)
print(leaf.getEffectiveLevel(), leaf.isEnabledFor(logging.DEBUG), leaf.isEnabledFor(logging.INFO))
leaf.debug("hidden debug")
leaf.info("info %s", "shown")
mid.setLevel(logging.DEBUG)
leaf.debug("debug now shown")

mid_out = logging.StreamHandler(sys.stdout)
mid_out.setFormatter(logging.Formatter("MID %(message)s"))
mid_out.setLevel(logging.WARNING)
mid.addHandler(mid_out)
leaf.info("only top prints this")
leaf.warning("both print this")
mid.propagate = False
leaf.warning("only mid prints this")
mid.propagate = True
mid.removeHandler(mid_out)

out.addFilter(logging.Filter("a.b"))
logging.getLogger("a.x").warning("filtered out")
leaf.warning("passes the filter")


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1


leaf.addFilter(OnlyOdd())
for i in range(4):
    leaf.warning("number %d", i)
leaf.filters.clear()
out.filters.clear()
out.addFilter(lambda record: "secret" not in record.getMessage())
leaf.warning("a secret message")
leaf.warning("a public message")
out.filters.clear()

try:
    raise KeyError("missing")
except KeyError:
    leaf.exception("lookup failed for %s", "key")
try:
    raise OSError("disk")
except OSError as e:
    leaf.error("with exc_info instance", exc_info=e)

extra_out = logging.StreamHandler(sys.stdout)
extra_out.setFormatter(logging.Formatter("[%(user)s] %(message)s"))
ex = logging.getLogger("extra")
ex.addHandler(extra_out)
ex.propagate = False
ex.warning("hello", extra={"user": "ann"})
adapter = logging.LoggerAdapter(ex, {"user": "bob"})
adapter.warning("from adapter %d", 7)
try:
    ex.warning("clash", extra={"msg": 1})
except KeyError as e:
    print("KeyError", e)
print(repr(leaf), repr(out), repr(adapter))
logging.disable(logging.WARNING)
leaf.warning("disabled")
leaf.error("error passes disable(WARNING)")
logging.disable(logging.NOTSET)
try:
    top.setLevel("LOUD")
except ValueError as e:
    print("ValueError", e)
top.setLevel("WARNING")
print(top.level, logging.getLevelName(logging.WARNING))
logging.addLevelName(25, "NOTICE")
top.log(25, "custom level")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
