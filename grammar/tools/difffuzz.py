"""Differential fuzzing: generates small programs (soups of Python
fragments and mutations of valid snippets), parses each with CPython's
`ast.parse` and with garter (`examples/batch.rs`), and reports where they
disagree: one accepts and the other rejects, the ASTs differ, or the
errors' kind/message/line/offset differ.

    cargo build --release --example batch
    python3 grammar/tools/difffuzz.py N [SEED] [--strict]

Without --strict only acceptance and AST differences are reported."""
import ast, random, subprocess, sys, warnings, os, collections
sys.path.insert(0, os.path.dirname(__file__))
import pydump

warnings.simplefilter("ignore")
BATCH = os.environ.get("BATCH", "/work/target-grammar/release/examples/batch")

FRAGS = ["x", "y", "f", "a.b", "1", "2.5", "'s'", "f'{x}'", "b'b'", "None", "True", "(", ")", "[", "]", "{", "}",
         ",", ":", ";", "=", "==", "+", "-", "*", "**", "/", "//", "%", "@", "|", "&", "^", "~", "<", ">", "<=",
         "!=", ":=", "->", ".", "...", "+=", "if", "else", "elif", "for", "in", "not", "and", "or", "is", "lambda",
         "yield", "return", "del", "pass", "import", "from", "as", "with", "while", "def", "class", "try",
         "except", "finally", "raise", "assert", "global", "\n", "\n    ", "\n        ", " ", "#c", "\\\n"]
SNIPPETS = [
    "x = 1\n", "def f(a, b=1, *c, d, **e):\n    return a\n", "class A(B):\n    pass\n",
    "for i in x:\n    print(i)\nelse:\n    pass\n", "while x:\n    break\n", "if a:\n    b\nelif c:\n    d\nelse:\n    e\n",
    "try:\n    a\nexcept E as e:\n    b\nfinally:\n    c\n", "with a as b, c:\n    d\n", "x = [i for i in y if i]\n",
    "x = {k: v for k, v in d}\n", "f(*a, b=1, **c)\n", "a, *b = c\n", "x = lambda a, *b: a\n", "x = a if b else c\n",
    "import a.b as c\n", "from . import (a, b)\n", "del a[0], b.c\n", "assert a, b\n", "x: int = 1\n",
    "x += 1\n", "@d\ndef f(): pass\n", "print(f'{a!r:>{w}}')\n", "x = (yield a)\n", "global a, b\n",
    "a[1:2, ::3] = b\n", "if (n := 1): pass\n", "raise X from Y\n", "return *a, b\n", "x = {**a, 'b': 1}\n",
]

def gen(rng):
    if rng.random() < 0.5:
        return "".join(rng.choice(FRAGS) + rng.choice(["", " ", " "]) for _ in range(rng.randint(1, 12)))
    s = "".join(rng.choice(SNIPPETS) for _ in range(rng.randint(1, 3)))
    for _ in range(rng.randint(1, 2)):
        i = rng.randint(0, len(s)); j = min(len(s), i + rng.randint(0, 4))
        s = s[:i] + rng.choice(FRAGS + [""]) + s[j:]
    return s

def cpython(src):
    try:
        return "OK " + pydump.dump_source(src).replace("\n", " ")
    except SystemExit:
        return None
    except SyntaxError as e:
        return "ERR %s|%s|%s|%s" % (type(e).__name__, e.msg, e.lineno, e.offset)
    except (ValueError, RecursionError, MemoryError):
        return None

def main():
    n = int(sys.argv[1]); seed = int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2].isdigit() else 1
    strict = "--strict" in sys.argv
    rng = random.Random(seed)
    cases = [gen(rng) for _ in range(n)]
    out = subprocess.run([BATCH], input="\x1e".join(cases), capture_output=True, text=True).stdout.splitlines()
    kinds = collections.Counter()
    for src, got in zip(cases, out):
        exp = cpython(src)
        if exp is None or exp == got:
            continue
        if exp.startswith("OK") != got.startswith("OK"):
            kind = "accept" if exp.startswith("OK") else "reject"
        elif exp.startswith("OK"):
            kind = "ast"
        else:
            e, g = exp.split("|"), got.split("|")
            if e[:3] == g[:3]:
                kind = "offset"
            elif e[:2] == g[:2]:
                kind = "line"
            else:
                kind = "message"
            if not strict:
                continue
        kinds[kind] += 1
        print("%-7s %r\n   cpython: %s\n   garter:  %s" % (kind, src, exp[:300], got[:300]))
    print("%d cases, differences: %s" % (n, dict(kinds)))

main()
