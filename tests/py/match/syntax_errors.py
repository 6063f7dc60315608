# match: SyntaxErrors for invalid patterns, as CPython 3.11 words them (message, line, offset; read from e.args).
sources = [
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case 1 | _ | 2:\n        pass\n",
    "match x:\n    case (a | b):\n        pass\n    case 2:\n        pass\n",
    "match x:\n    case [a] | (b,):\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case {'k': a, **a}:\n        pass\n",
    "match x:\n    case [a, *b, *c]:\n        pass\n",
    "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
    "match x:\n    case {1: 1, True: 2}:\n        pass\n",
    "match x:\n    case C(a=1, a=2):\n        pass\n",
    "match x:\n    case C(a=1, b):\n        pass\n",
    "match x:\n    case f'{x}':\n        pass\n",
    "match x:\n    case a as _:\n        pass\n",
    "match x:\n    case 1 + 1:\n        pass\n",
    "match x:\n    case 1j + 1j:\n        pass\n",
    "match x:\n    case -x:\n        pass\n",
    "match x:\n    case __debug__:\n        pass\n",
    "match x\n    case 1:\n        pass\n",
    "match x:\ncase 1:\n    pass\n",
    "match x:\n    case 1\n",
    "match x:\n    case 1:\n    pass\n",
    "match x:\n    y = 1\n",
    "match x:\n    case *a:\n        pass\n",
    "match x:\n    case {**_}:\n        pass\n",
    "match x:\n    case (a, b) as c | d:\n        pass\n",
    "match x:\n    case [x] | [y]:\n        pass\n",
]
for src in sources:
    try:
        compile(src, "<match>", "exec")
        print("compiled?!", repr(src))
    except SyntaxError as e:
        msg, (filename, line, offset) = e.args[0], e.args[1][:3]
        print(f"{type(e).__name__}: {msg} (line {line}, offset {offset})")
