# re.Match: group with several args and names, groups(default), groupdict, start/end/span, m[g], lastindex/lastgroup, pos/endpos/string/re, regs, repr, truthiness, errors.
import re
m = re.match(r'(\w+) (\w+)', 'hello world foo')
print(m)
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(1, 2), m.group(2, 0, 1))
print(m.groups(), m.span(), m.span(1), m.start(2), m.end(2), m.start(), m.end())
print(m[0], m[1], m[2], bool(m), m.lastindex, m.lastgroup)
print(m.pos, m.endpos, m.string, m.re.pattern, m.regs)
print(type(m).__name__, type(m), isinstance(m, re.Match))

m = re.search(r'(?P<first>\w+)\s(?P<last>\w+)', '  John Smith  ')
print(m.groupdict(), m.group('first'), m['last'], m.span('last'), m.start('first'), m.lastgroup, m.lastindex)

m = re.match(r'(?P<a>x)(y)?(?P<z>z)?', 'x')
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0))
print(m.start(2), m.end(2), m.span(2), m.group('a', 2, 'z'), m.lastindex, m.lastgroup)

# lastindex: the group that closed last
print(re.match(r'((a)(b))', 'ab').lastindex)
print(re.match(r'(a)()', 'a').lastindex)
print(re.match(r'(a)|(b)', 'b').lastindex)
print(re.match(r'(?P<o>(?P<i>a))', 'a').lastgroup)
print(re.match(r'a', 'a').lastindex, re.match(r'a', 'a').lastgroup)

for bad in [5, -1, 'nope', 1.5]:
    try:
        re.match(r'(a)', 'a').group(bad)
    except IndexError as e:
        print('IndexError:', e)
try:
    re.match(r'(a)', 'a').start(3)
except IndexError as e:
    print('IndexError:', e)

print(re.match('x', 'y'), re.search('x', 'y') is None)
if re.search('b', 'abc'):
    print('truthy')
m = re.search(r'(\d+)-(\d+)', 'tel 12-34!')
print(m.expand(r'\2/\1'), m.expand(r'<\g<0>>'), repr(m.expand('a\\tb')))
print(re.match(r'a*', 'bbb'))
