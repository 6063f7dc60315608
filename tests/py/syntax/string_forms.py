# String literal forms: single, double, triple quotes, raw, mixed quotes.
print('single', "double")
print('it\'s', "say \"hi\"", 'mix "a"', "mix 'b'")
print('''triple
single''')
print("""triple
double "quoted" inside""")
print(r'raw\n\t', R"raw\\")
print(r'a\'b', len(r'\''))
print("""a\
b""")
print('' == "", len(''), len("""""") )
s = 'line1\
line2'
print(s)
