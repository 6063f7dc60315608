# Common re idioms: a tokenizer with named alternatives and m.lastgroup (the docs' example), log-line parsing with groupdict, word counting, camelCase splitting, templating with a function, validation with fullmatch, a Scanner-like p.match(s, pos) loop.
import re
token_spec = [('NUMBER', r'\d+(\.\d*)?'), ('ASSIGN', r':='), ('END', r';'), ('ID', r'[A-Za-z]+'),
              ('OP', r'[+\-*/]'), ('NEWLINE', r'\n'), ('SKIP', r'[ \t]+'), ('MISMATCH', r'.')]
tok_regex = '|'.join('(?P<%s>%s)' % pair for pair in token_spec)
code = 'IF quantity THEN\n total := total + price * quantity;\n tax := price * 0.05;\nENDIF;'
line, line_start = 1, 0
for mo in re.finditer(tok_regex, code):
    kind, value = mo.lastgroup, mo.group()
    column = mo.start() - line_start
    if kind == 'NUMBER':
        value = float(value) if '.' in value else int(value)
    elif kind == 'NEWLINE':
        line_start = mo.end()
        line += 1
        continue
    elif kind == 'SKIP':
        continue
    print(kind, repr(value), line, column, mo.lastindex)

log = '''2024-01-05 12:00:01 INFO  server started port=8080
2024-01-05 12:00:07 WARN  disk usage 91%
2024-01-05 12:01:13 ERROR request failed id=42 path=/api/v1/items
bad line'''
pat = re.compile(r'^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>[A-Z]+)\s+(?P<msg>.*)$', re.M)
for m in pat.finditer(log):
    print(m.groupdict(), dict(re.findall(r'(\w+)=(\S+)', m['msg'])))
print(len(pat.findall(log)), [m.group('level') for m in pat.finditer(log)])

text = "The quick brown fox. The lazy dog! the end?"
counts = {}
for w in re.findall(r"[a-z']+", text.lower()):
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
print(re.sub(r'(?<!^)(?=[A-Z])', '_', 'camelCaseStringHTTP').lower(), re.findall(r'[A-Z]?[a-z]+|[A-Z]+(?![a-z])', 'parseHTTPResponseCode'))
values = {'name': 'World', 'n': 3}
print(re.sub(r'\{(\w+)\}', lambda m: str(values.get(m.group(1), m.group(0))), 'Hello {name}, {n} new {missing}'))
for email in ['a.b@example.com', 'bad@', 'x@y.z', 'no spaces@a.com']:
    print(email, bool(re.fullmatch(r'[\w.+-]+@[\w-]+(\.[\w-]+)+', email)))
p = re.compile(r'\s*(?:(\d+)|(\w+)|(.))')
s, pos, out = 'let x1 = 42 + y;', 0, []
while pos < len(s):
    m = p.match(s, pos)
    out.append((m.lastindex, m.group(m.lastindex)))
    pos = m.end()
print(out)
print(re.split(r'[;,]\s*', 'a; b,c ;d'), re.sub(r'\s+', ' ', '  many   spaces\there \n'), re.sub(r'^\s+|\s+$', '', '  trim me  '))
print(re.findall(r'"([^"]*)"', 'say "hi" and "bye"'), re.search(r'(\d+)\s*(?:kg|g)\b', 'weight: 12 kg').group(1), re.match(r'(?i)^y(es)?$', 'YES') is not None)
