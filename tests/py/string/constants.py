# The string module's constants and capwords.
import string
for n in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits', 'octdigits', 'punctuation', 'printable', 'whitespace']:
    print(n, repr(getattr(string, n)), len(getattr(string, n)))
print(string.capwords('  hello   wORLD  x'), string.capwords('a-b c-d', '-'), repr(string.capwords('')))
print(all(c in string.printable for c in string.ascii_letters + string.digits), 'g' in string.hexdigits)
