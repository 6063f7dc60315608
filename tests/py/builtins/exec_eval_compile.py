# exec() with globals/locals dicts, eval() of expressions, compile() in exec/eval modes.
g = {"x": 10}
exec("y = x * 2\ndef f(a):\n    return a + y", g)
print(g["y"], g["f"](1), sorted(k for k in g if k != "__builtins__"))
print(eval("1 + 2 * 3"), eval("x + 1", {"x": 5}), eval("a * b", {}, {"a": 3, "b": 4}))
code = compile("z = 7\nprint('compiled', z)", "<test>", "exec")
print(type(code).__name__)
exec(code)
expr = compile("[i * i for i in range(4)]", "<expr>", "eval")
print(eval(expr))
ns = {}
exec("import math\nr = math.sqrt(16)", ns)
print(ns["r"])
x_outer = "module"
exec("x_outer = 'changed by exec'")
print(x_outer)
for src, mode in [("1 +", "eval"), ("def", "exec"), ("x = 1", "eval")]:
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as e:
        print(type(e).__name__)
try:
    eval("undefined_var")
except NameError as e:
    print(e)
print(eval("__name__"), eval("len('abc')", {}))
