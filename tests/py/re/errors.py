# re.error for malformed patterns: CPython's messages, msg/pattern/pos/lineno/colno attributes; flag errors; type errors for str/bytes mixing.
import re
bad = ['(', ')', 'a)', '*', '+a', 'a**', 'a*+*', 'a{1}{2}', '[a', '[', r'\q', '(?P<a>x)(?P<a>y)', '(?P=z)', r'\2', r'(a)\2',
       '[z-a]', r'[\d-z]', 'a{3,2}', '(?<=a+)b', '(?i)a(?m)b', '(?P<1a>x)', '(?P<>x)', '(?Px)', '(?z)', '(?<a>x)',
       '(?#unterminated', 'a|*', '^*', r'\b+', r'\x4', r'\u12', '(?P<a', '(?(2)a|b)', '(?(x)a|b)', '(a(b)', r'(a)\1(b']
for pat in bad:
    try:
        re.compile(pat)
        print(pat, 'compiled')
    except re.error as e:
        print(repr(pat), '->', e, '|', e.msg, e.pos, e.pattern == pat)
try:
    re.compile('a\n(b')
except re.error as e:
    print(e, e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__name__)
for args in [('a', re.A | re.U), (b'a', re.U), ('a', re.L)]:
    try:
        re.compile(*args)
    except ValueError as e:
        print('ValueError:', e)
try:
    re.match('a', b'a')
except TypeError as e:
    print('TypeError:', e)
try:
    re.match(b'a', 'a')
except TypeError as e:
    print('TypeError:', e)
try:
    re.match('a', 5)
except TypeError as e:
    print('TypeError:', e)
