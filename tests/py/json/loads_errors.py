# JSONDecodeError messages, positions, lineno/colno, and TypeError for non-text input.
import json
cases = ['', '   ', '[1,]', '{"a":1,}', '{', '[', '[1', '{"a" 1}', '{1:2}', '"abc', '"a\\qb"',
         '"\\u12"', '"ab\\ud834\\u12"', '"a\nb"', '1.', '-', '[1] x', 'nul', '\ufeff1', '{"a":}',
         '1e', '01', '[1,\n 2,\n x]', '{\n  "k": tru\n}', '"é" x', 'tRue', '[1 2]', '{"a":1 "b":2}']
for s in cases:
    try:
        print(repr(s), repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads("[1]", bogus=1)
except TypeError as e:
    print("TypeError:", e)
e = json.JSONDecodeError("Custom", "ab\ncd", 4)
print(e, e.args, e.lineno, e.colno, e.doc)
try:
    json.loads('[' * 100000)
except RecursionError as e:
    print("RecursionError")
