# A memoizing decorator using a dict cache in a closure; counts underlying calls.
def memo(f):
    cache = {}
    calls = [0]
    def wrapper(*args):
        if args not in cache:
            calls[0] += 1
            cache[args] = f(*args)
        return cache[args]
    wrapper.calls = calls
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.calls[0])
@memo
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), paths.calls[0])
