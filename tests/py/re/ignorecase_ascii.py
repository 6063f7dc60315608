# IGNORECASE folds only ASCII letters under ASCII and for bytes patterns (literals, classes and ranges, backreferences), Unicode case everywhere else; scoped (?i:...) and (?-i:...) mixed with (?a:...).
import re
print(re.findall('(?i)é', 'éÉ'), re.findall('(?ai)é', 'éÉ'), re.findall('é', 'éÉ', re.I | re.A), re.findall('k', 'kK\u212a', re.I), re.findall('k', 'kK\u212a', re.I | re.A))
print(re.findall(b'(?i)ab', b'AB ab aB \xc9\xe9'), re.findall(rb'(?i)\xe9', b'\xc9\xe9'), re.findall(rb'(?i)[a-c\xe9]+', b'ABC\xc9\xe9x'), re.findall('[x-z]', 'XYZxyz', re.I | re.A))
print(re.findall(r'(?i)(a)\1', 'aA Aa'), re.findall(rb'(?i)(a)\1', b'aA Aa'), re.findall('(?a:(?i:A)b)', 'ab aB Ab'), re.findall('(?i)a(?-i:b)', 'AB Ab ab'), re.findall('(?i:[W-c])', 'xw_ZBa'))
print(re.findall(r'(?ai)[^a-c]', 'ABCdé'), re.match(r'(?i)(?P<x>a)(?P=x)', 'aA'), re.match(rb'(?i)(?P<x>a)(?P=x)', b'aA'), re.findall('[_a-z]+', 'Hello_World', re.I | re.A))
