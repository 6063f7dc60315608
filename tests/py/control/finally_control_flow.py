# finally runs through return, break and continue; return in finally overrides.
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally"
print(f2())
def f3():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(f3())
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
def f4():
    x = 1
    try:
        return x
    finally:
        x = 2
print(f4())
def f5():
    for i in range(5):
        try:
            return i
        finally:
            if i < 3:
                continue
    return "end"
print(f5())
def f6():
    out = []
    for i in range(3):
        try:
            try:
                out.append(i)
                if i == 1:
                    break
            finally:
                out.append("inner")
        finally:
            out.append("outer")
    return out
print(f6())
def f7():
    while True:
        try:
            return "from loop"
        finally:
            print("f7 finally")
print(f7())
