# Compound statements on one line, semicolon-separated statements, and deeply nested indentation.
for i in range(3): print(i, end=" ")
print()
while False: pass
if 1: x = 1; y = 2; print(x + y)
def deep():
    if True:
        for i in range(1):
            while True:
                try:
                    if i == 0:
                        return "deep"
                finally:
                    pass
print(deep())
class C: a = 1; b = 2
print(C.a + C.b)
