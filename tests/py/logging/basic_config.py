# logging.basicConfig: level, format (%, { and $ styles), stream, handlers, force; a second call without force does nothing
import logging
import sys

logging.basicConfig(level=logging.DEBUG, format="%(levelname)-8s %(name)s: %(message)s", stream=sys.stdout)
logging.debug("debug shown at level DEBUG")
logging.getLogger("svc").info("service %s started", "api")
logging.basicConfig(level=logging.ERROR, format="ignored %(message)s", stream=sys.stdout)
logging.info("second basicConfig ignored")
print(len(logging.root.handlers), logging.root.level)

logging.basicConfig(force=True, style="{", format="{levelname}/{name}/{message}", stream=sys.stdout, level="INFO")
logging.info("brace style")
logging.debug("hidden")
logging.basicConfig(force=True, style="$", format="$levelname ${name} $message", stream=sys.stdout)
logging.warning("dollar style")
h = logging.StreamHandler(sys.stdout)
logging.basicConfig(force=True, handlers=[h], format="H %(message)s")
logging.warning("through handlers=")
print(h.formatter._fmt)
for bad in [dict(stream=sys.stdout, filename="x.log"), dict(style="?"), dict(nonsense=1)]:
    try:
        logging.basicConfig(force=True, **bad)
    except ValueError as e:
        print("ValueError:", e)
