# conformance: stderr
# With no handler configured, a named logger's WARNING+ records go to the last-resort handler as the bare message
import logging

log = logging.getLogger("lonely")
log.info("info is dropped")
log.warning("warning reaches stderr: %s", "bare")
log.error("so does error")
print(log.hasHandlers(), logging.root.handlers)
logging.lastResort = None
log.error("no handlers message once")
log.error("and not again")
