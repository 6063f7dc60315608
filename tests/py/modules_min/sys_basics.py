# sys: argv, maxsize, stdout.write return value, stderr.write, version_info basics.
import sys
print(sys.argv, len(sys.argv), sys.argv[0].endswith("sys_basics.py"))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
n = sys.stdout.write("written directly\n")
print(n)
sys.stdout.write("no newline")
sys.stdout.write(" then newline\n")
sys.stderr.write("to stderr\n")
print(sys.version_info[0], sys.version_info >= (3, 0), type(sys.path).__name__)
print(sys.stdout is sys.__stdout__ if hasattr(sys, "__stdout__") else True)
