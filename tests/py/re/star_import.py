# `from re import *` and `from datetime import *` bring in exactly the names in __all__.
before = set(dir())
from re import *
print(sorted(set(dir()) - before - {'before'}))
before = set(dir())
from datetime import *
print(sorted(set(dir()) - before - {'before'}))
print(compile('a+').match('aaa').span(), IGNORECASE, date(2020, 1, 1))
