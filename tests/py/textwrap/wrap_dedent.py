# textwrap: wrap/fill at several widths, hyphen breaking, long words, max_lines/placeholder, shorten, dedent, indent.
import textwrap
s = ("The quick brown fox jumps over the lazy dog. A well-known pangram, "
     "it is used to test typewriters and computer keyboards; it's also "
     "an extraordinarily long-winded example of self-referential text-processing.")
for w in (10, 25, 40, 70):
    print(textwrap.wrap(s, w))
print(textwrap.fill(s, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('aaaaaaaaaaaaaaaaaaaaaaa bb', 8), textwrap.wrap('aaaaaaaaaaaaaaa', 6, break_long_words=False))
print(textwrap.wrap('super-califragilistic-expialidocious word', 12), textwrap.wrap('a-b-c well-known x--y', 6))
print(textwrap.wrap('one two  three\tfour\nfive', 9), textwrap.wrap('  leading and trailing  ', 10))
print(textwrap.wrap('one two three', 7, drop_whitespace=False), textwrap.wrap('', 5), textwrap.wrap('   ', 5))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world!", width=11), textwrap.shorten("Hello world", 10, placeholder='...'))
print(textwrap.wrap(s, 20, max_lines=3), textwrap.wrap(s, 20, max_lines=1, placeholder=' ~'))
print(textwrap.fill('Hi. Bye. ok? yes! No.', 40, fix_sentence_endings=True))
print(repr(textwrap.dedent('''
    def f():
        return 1
      \t
    x = 2
''')))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("    a\n  b\n      c")), repr(textwrap.dedent("no indent\n  x")), repr(textwrap.dedent("   \n  a\n   \n  b   ")))
print(repr(textwrap.indent('a\n\nb\n  c\n', '> ')), repr(textwrap.indent('a\n\nb', '+', lambda l: True)))
for bad in (lambda: textwrap.wrap('x', 0), lambda: textwrap.wrap('abc def', 3, max_lines=1, placeholder='.....')):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
w = textwrap.TextWrapper(width=15, break_on_hyphens=False)
print(w.wrap('some-hyphenated-words here and there'), w.fill('tab\there'))
