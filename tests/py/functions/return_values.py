# Return values: implicit None, multiple values as tuples, early return.
def nothing():
    pass
def bare():
    return
def multi():
    return 1, "two", [3]
def early(x):
    if x:
        return "early"
    return "late"
print(nothing(), bare(), multi(), early(1), early(0))
a, b, c = multi()
print(a, b, c)
def gen_like():
    return (i for i in range(3))
print(list(gen_like()))
