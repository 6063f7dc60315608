# re.Pattern: match/fullmatch/search with pos and endpos, findall, finditer, sub, subn, split, and the attributes pattern, flags, groups, groupindex, repr, equality.
import re
p = re.compile(r'\d+')
print(p, p.pattern, p.flags, p.groups, dict(p.groupindex))
print(p.match('a12'), p.match('a12', 1), p.match('a12', 1, 2), p.match('a12', -5))
print(p.search('a12b34', 3), p.search('a12b34', 3, 4), p.search('a12', 10))
print(p.fullmatch('123'), p.fullmatch('123x'), p.fullmatch('123x', 0, 3), p.fullmatch('x123', 1))
print(p.findall('1 22 333'), p.findall('1 22 333', 2), p.findall('1 22 333', 0, 4))
print([m.group() for m in p.finditer('a1b22c333')], [m.span() for m in p.finditer('a1b22c333', 3)])
print(p.search('a12b', 1).pos, p.search('abc12', 2, 4).endpos, p.search('abc12', 2, 4))
print(p.sub('#', 'a1b22'), p.subn('#', 'a1b22'), p.sub('#', 'a1b22c3', 2), p.sub('#', 'a1b22c3', count=1))
print(p.split('a1b22c'), p.split('a1b22c', 1), p.split('a1b22c', maxsplit=1))

q = re.compile(r'(?P<key>\w+)=(?P<value>\w*)')
print(q.groups, dict(q.groupindex), sorted(q.groupindex.items()))
print(q.findall('a=1 b= c=3'))
print(re.compile('(a)(b)').findall('abab'), re.compile('(a)b').findall('abab'))

print(re.compile('a', re.I | re.M))
print(re.compile('x', re.X | re.S | re.A))
print(re.compile(b'x', re.I))
print(re.compile(r'\n\t'), re.compile("it's"))
print(re.compile('a').flags, re.compile('a', re.I).flags, re.compile(b'a').flags, re.compile('a', re.A).flags)
print(re.compile('(?i)a').flags, re.compile('(?s)(?m)a').flags, re.compile('(?x) a').flags)
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), re.compile('a') == 'a')
print(hash(re.compile('ab')) == hash(re.compile('ab')))
p2 = re.compile(p)
print(p2.pattern, re.match(p, '42'))
try:
    re.compile(p, re.I)
except ValueError as e:
    print('ValueError:', e)
try:
    re.compile(42)
except TypeError as e:
    print('TypeError:', e)
# Patterns hash by pattern and flags (kept alive, so identity cannot explain it).
keep = [re.compile('ab'), (re.purge(), re.compile('ab'))[1], re.compile('ab', re.I)]
print(keep[0] is keep[1])
print(hash(keep[0]) == hash(re.Pattern.__hash__(keep[0])), keep[0] == keep[1], {keep[0]: 1, keep[2]: 2}[re.compile('ab')])
d = {}
for p in keep:
    d[p] = d.get(p, 0) + 1
print(sorted(d.values()))
