# Comprehensions over larger ranges: sums and counts to check correctness of many iterations.
squares = [i * i for i in range(10000)]
print(len(squares), sum(squares), squares[-1])
evens = {i for i in range(10000) if i % 2 == 0}
print(len(evens), min(evens), max(evens))
mapping = {i: str(i) for i in range(1000)}
print(len(mapping), mapping[999], sum(len(v) for v in mapping.values()))
print(sum(1 for i in range(100000) if i % 7 == 3))
