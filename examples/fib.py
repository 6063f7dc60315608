# Prints the Fibonacci numbers fib(0) .. fib(20) and their sum.
# Run it with:  garter examples/fib.py   (or: cargo run --release -- examples/fib.py)


def fib(n):
    """Returns the n-th Fibonacci number, computed recursively."""
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


numbers = [fib(n) for n in range(21)]
for n, value in enumerate(numbers):
    print(f"fib({n}) = {value}")
print("sum:", sum(numbers))
