# splitlines: all line boundaries, keepends, trailing newline handling.
s = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve"
print(s.splitlines())
print("a\nb\n".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("a\r\n\r\nb".splitlines(keepends=True), "no newline".splitlines())
print("x\n\ny".split("\n"), "x\n\ny".splitlines())
