def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def kinds(a, /, b=1, *args, c, d=2, **kw) -> int:
    "A docstring."
    total = a + b
    for x in args:
        total += x
    return total * c if kw else -total

print(fib(10), kinds(1, c=3))
