# string: constants, capwords, Template (substitute/safe_substitute/errors/subclass delimiter), Formatter.
import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords(' hello   world  foo '), string.capwords('a-b c-d', '-'))
from string import Template
t = Template('$who likes ${what}; $$5 and $who again')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'a', 'what': 'b'}, what='c'))
print(Template('$who likes $what').safe_substitute(who='x'), Template('${a} $b ${c').safe_substitute(a=1))
for tmpl, kw in [('$who likes $what', {'who': 'x'}), ('Give $', {}), ('a\nb $1', {}), ('${x', {})]:
    try:
        print(Template(tmpl).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(Template('$a $b ${a}').get_identifiers(), Template('$a $$').is_valid(), Template('$').is_valid())
class Percent(Template):
    delimiter = '%'
print(Percent('%x is %% of %{y}').substitute(x=1, y=2))
f = string.Formatter()
print(f.format('{0} {1!r} {name:>5} {0.real} {2[1]} {{x}}', 3, 'a', [7, 8], name='n'))
print(f.format('{} {} {:.{}f}', 1, 2, 3.14159, 2), list(f.parse('a{0!r:>3}b{}c{{d}}')))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Upper().format('{} and {x}', 'abc', x='def'))
try:
    f.format('{0} {}', 1, 2)
except ValueError as e:
    print("ValueError", e)
