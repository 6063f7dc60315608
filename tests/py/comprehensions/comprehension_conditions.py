# Comprehension filters with multiple if clauses, conditional expressions, and calls in conditions.
def is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))
print([n for n in range(50) if is_prime(n) if n % 10 == 3])
print(["even" if n % 2 == 0 else "odd" for n in range(5)])
print({n: ("fizz" * (n % 3 == 0) + "buzz" * (n % 5 == 0)) or n for n in range(1, 16)})
words = ["apple", "Bob", "civic", "deed", "Eve", "xyz"]
print([w for w in words if w.lower() == w.lower()[::-1]])
print(sorted({len(w) for w in words if w[0].isupper()}))
