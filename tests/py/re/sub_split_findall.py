# re.sub/subn with templates (\1, \g<name>, \g<0>, escapes) and functions, count; split with groups and maxsplit; findall's shapes; empty matches as Python 3.7+.
import re
print(re.sub(r'\d', '#', 'a1b2c3'))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home, ann@work'))
print(re.subn(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home, ann@work'))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>|\g<0>|\g<1>>', 'ab cd'))
print(re.sub(r'(\w+)', r'\g<1>0', 'ab'))
print(re.sub(r'a', r'\n', 'bab') == 'b\nb', re.sub('a', r'\\', 'bab'), re.sub('a', r'\-', 'bab'))
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub(r'\w+', lambda m: m.group().upper(), 'ab cd'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub('a', lambda m: '', 'banana', count=2), re.sub('a', 'o', 'banana', 1))
print(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'), re.subn('x*', '-', 'abxd'))
print(re.sub('(?m)^', '> ', 'one\ntwo\n'))
print(re.sub('é', 'e', 'café é'))
print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1))
print(re.split(r'(a)|(b)', 'xaybz'))
print(re.split('x*', 'axbc'), re.split('', 'abc'))
print(re.split(',', 'a,b,,c', maxsplit=2), re.split(',', 'abc'), re.split(',', ''))
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1b2c3'), re.findall(r'(\w)\d', 'a1b2c3'))
print(re.findall(r'(a)|(b)', 'ab'), re.findall(r'(a)?b', 'b'))
print(re.findall('', 'ab'), re.findall('a*', 'baaac'))
print([m.span() for m in re.finditer('a*', 'baaac')])
for t in [r'\g<x', r'\g<zz>', r'\9', r'\q', r'\g<1a>', r'\g<>', '\\']:
    try:
        re.sub('(a)', t, 'a')
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub('a', lambda m: 5, 'a')
except TypeError as e:
    print('TypeError:', e)
# After an empty match, the next match at the same place must consume text (3.7+).
print(re.findall(r'a??', 'a'), re.findall('|a', 'xab'), re.findall(r'(a)|b??', 'ab'), re.sub('|x', '-', 'axb'), re.split(r'|,', 'a,b'))
print([m.span() for m in re.finditer(r'\d*?', 'a12')], re.subn(r'(?:)|b', '.', 'abc'), re.findall(r'(?=a)|a', 'aa'))
