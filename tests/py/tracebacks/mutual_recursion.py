# conformance: stderr
# Alternating frames (a, b, a, b...) are not collapsed: only identical consecutive entries are
def a(n):
    if n == 0:
        raise ValueError("deep")
    b(n - 1)


def b(n):
    a(n)


a(4)
