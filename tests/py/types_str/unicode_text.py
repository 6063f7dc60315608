# Unicode text: lengths in code points, indexing, upper/lower of non-ASCII, ord/chr, escapes in repr.
s = "Grüße, 世界! 🎉"
print(s, len(s), s[2], s[-1], s.upper(), s.lower())
print([ord(c) for c in "aé中🎉"])
print(repr("tab\there"), repr("nul\x00"), repr("é"), repr("\u200f"), repr("\U0001F389"))
print(ascii(s), ascii("plain"))
print("🎉" * 3, "世界" in s, s.find("世"), s.encode("utf-8")[:10])
print(sorted("zéaE"), "é".isalpha(), "中".isalpha(), "🎉".isalpha())
print(repr("'"), repr('"'), repr("'\""), repr("\\"), repr("\x7f"), repr("\xa0"))
