# reversed() on a dict subclass yields its keys last-first, as on a dict (it was
# treated as a sequence and indexed by position, raising KeyError).
class D(dict):
    pass
d = D(a=1, b=2, c=3)
print(list(reversed(d)), list(reversed(dict(d))), next(reversed(D(x=0))))
class R(dict):
    def __reversed__(self):
        return iter(['own'])
print(list(reversed(R(a=1))))
print(list(reversed(D())))
