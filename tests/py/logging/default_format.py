# conformance: stderr
# Module-level logging functions configure the root logger on first use: LEVEL:name:message on stderr, WARNING and up
import logging

logging.debug("not shown")
logging.info("not shown either")
logging.warning("disk at %d%%", 91)
logging.error("failed: %s", "reason")
logging.critical("critical %r", [1, 2])
logging.log(logging.ERROR, "via log()")
logging.getLogger("app").warning("named logger %s", "propagates to root")
logging.getLogger("app.sub").info("below the root's level")
logging.warning("dict args: %(a)s/%(b)s", {"a": 1, "b": 2})
try:
    raise ValueError("bad value")
except ValueError:
    logging.exception("caught")
print("stdout untouched")
