# sys.exit(None) exits with status 0; SystemExit is not caught by except Exception.
import sys
try:
    sys.exit(7)
except Exception:
    print("not caught here")
except SystemExit as e:
    print("caught SystemExit", e.code)
sys.exit(None)
