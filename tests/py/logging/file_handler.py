# logging to files: basicConfig(filename=, filemode=) and FileHandler (append/write modes, delay), then read back
import logging
import os

path = "/tmp/garter_logging_file_handler.log"
if os.path.exists(path):
    os.remove(path)
logging.basicConfig(filename=path, filemode="w", level=logging.INFO, format="%(levelname)s %(message)s")
logging.info("first line")
logging.warning("second line %d", 2)
for h in logging.root.handlers:
    h.flush()
with open(path) as f:
    print(f.read(), end="")

other = "/tmp/garter_logging_file_handler2.log"
if os.path.exists(other):
    os.remove(other)
fh = logging.FileHandler(other, mode="a", delay=True)
print(os.path.exists(other), os.path.basename(fh.baseFilename))
fh.setFormatter(logging.Formatter("%(name)s - %(message)s"))
log = logging.getLogger("filer")
log.propagate = False
log.addHandler(fh)
log.error("to the second file")
fh.close()
fh2 = logging.FileHandler(other)
fh2.setFormatter(logging.Formatter("%(name)s + %(message)s"))
log.addHandler(fh2)
log.removeHandler(fh)
log.error("appended")
fh2.close()
with open(other) as f:
    print(f.read(), end="")
logging.shutdown()
os.remove(path)
os.remove(other)
