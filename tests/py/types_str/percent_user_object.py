# str % obj with a user-defined object (not a tuple) as the only argument formats it.
class A:
    def __repr__(self):
        return 'A()'
    def __str__(self):
        return 'an A'
print("%r" % A(), "%s" % A(), "<%s>" % A())
try:
    "%d" % A()
except TypeError as e:
    print('TypeError:', e)
try:
    "%s %s" % A()
except TypeError as e:
    print('TypeError:', e)
