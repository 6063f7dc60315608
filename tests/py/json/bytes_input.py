# loads of bytes detects UTF-8 (with or without BOM), UTF-16 and UTF-32 as CPython's detect_encoding; bad UTF-8 is a UnicodeDecodeError.
import json
doc = '{"k": ["é", 1, "☃"]}'
for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    print(enc, json.loads(doc.encode(enc)))
print(json.loads(b'1'), json.loads('2'.encode('utf-16-le')), json.loads(bytearray(b' [] ')))
try:
    json.loads(b'["\xff"]')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
