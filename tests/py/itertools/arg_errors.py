# itertools argument errors worded as CPython's.
import itertools as it
tests = ["it.combinations(range(3))", "it.combinations_with_replacement('ab')", "it.permutations()", "it.repeat()", "it.islice([1])",
"it.islice([1],1,2,3,4)", "it.count('a')", "it.count(1,'a')", "it.cycle(1)", "it.chain(1)", "next(it.chain(1))", "it.product(1)", "it.product([1], repeat=-1)",
"it.groupby()", "it.islice([1], -1)", "it.islice([1], 'a')", "it.islice([1], 0, 5, 0)", "it.tee([1], -1)", "it.accumulate()", "it.pairwise()", "it.zip_longest(1)",
"it.starmap(len)", "it.compress([1])", "it.takewhile(len)", "it.dropwhile()", "it.filterfalse(None)", "it.combinations('abc', -1)", "it.permutations('abc', -1)", "it.permutations('abc', 'x')",
"it.combinations('abc', 'x')", "it.repeat(1, 'a')", "it.accumulate([1], initial=2, func=3)", "it.chain.from_iterable(1)", "it.count(start=1, step=2, x=1)", "it.zip_longest([1], fillvalue=1, x=2)",
"it.repeat(1, times=-3)", "it.accumulate([1],None,None)"]
for t in tests:
    try:
        r = eval(t)
        print(t, "->", repr(r)[:40] if 'object at' not in repr(r) else type(r).__name__)
    except Exception as e:
        print(t, "!!", type(e).__name__, e)




