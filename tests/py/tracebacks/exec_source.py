# conformance: stderr
# Frames of code compiled from strings (exec, compile with a name of no file) show no source line, as CPython's linecache finds none
code = compile("def f():\n    return 1 / 0\n", "virtual_module.py", "exec")
namespace = {}
exec(code, namespace)
try:
    exec("x = 1\ny = x / 0")
except ZeroDivisionError:
    namespace["f"]()
