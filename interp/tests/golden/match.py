def f(v):
    match v:
        case [x, *y] | (y, x) if x:
            return 1
        case Point(a, b=2):
            return 2
        case {"k": z, **rest}:
            return 3
        case None | "s" | -1:
            return 4
        case _:
            return 5
