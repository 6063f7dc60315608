# Match statements (PEP 634): every pattern kind, and match/case/_ as plain names.
match x:
    case 0:
        pass
    case -1 | 1.5 | -2j | 1+2j | -1-2j:
        pass
    case "a" "b" | b"x":
        pass
    case None | True | False:
        pass
    case [a, *rest] if a > 0:
        pass
    case (a, b, *_) | [a, b]:
        pass
    case ():
        pass
    case []:
        pass
    case (x):
        pass
    case (x,):
        pass
    case {}:
        pass
    case {"k": v, 1: w, Color.RED: z, **kw}:
        pass
    case {**kw,}:
        pass
    case Point(1, y=2) as pt:
        pass
    case a.b.c:
        pass
    case mod.Cls():
        pass
    case int(n) | float(n):
        pass
    case _ if True:
        pass
    case a, b:
        pass
    case a, *b, c:
        pass
    case *_, last:
        pass
    case x:
        pass
match = 1
match(x)
match.foo = 3
match[1] = 2
case = 4
print(match, case)
match: int = 5
def f(match, case): return match + case
match -x:
    case _: pass
match a, b:
    case _: pass
match *a, b:
    case _: pass
match (yield):
    case _: pass
if 1:
    match x:
        case 1:
            match y:
                case case: pass
        case match:
            pass
    x = 1
