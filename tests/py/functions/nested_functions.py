# Functions defined inside functions and conditionally, redefinition, functions as values.
def make(kind):
    if kind == "sq":
        def op(x): return x * x
    else:
        def op(x): return -x
    return op
print(make("sq")(5), make("neg")(5))
def f(): return 1
g = f
def f(): return 2
print(f(), g())
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print({k: fn(3, 4) for k, fn in ops.items()})
def apply(fn, *args):
    return fn(*args)
print(apply(max, 3, 9, 2), apply(len, "four"))
