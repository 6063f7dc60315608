# os process and environment functions: getpid/getppid, cpu_count, urandom, environ, getenv, kill with signal 0.
import os
print(type(os.getpid()).__name__, os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid())
n = os.cpu_count()
print(type(n).__name__, n >= 1)
r = os.urandom(16)
print(type(r).__name__, len(r), os.urandom(0))
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError:", e)
print(type(os.environ["PATH"]).__name__, "PATH" in os.environ, os.environ.get("GARTER_NO_SUCH_VAR"))
print(os.getenv("PATH") == os.environ["PATH"], os.getenv("GARTER_NO_SUCH_VAR"), os.getenv("GARTER_NO_SUCH_VAR", "dflt"))
try:
    os.getenv(5)
except TypeError as e:
    print("TypeError:", e)
print(os.kill(os.getpid(), 0))
try:
    os.kill(2**22 + 12345, 0)
except ProcessLookupError as e:
    print(type(e).__name__, e.errno, e)
print(os.error is OSError, os.fspath("p"), os.fspath(b"q"))
