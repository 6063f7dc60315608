# conformance: stderr
# CPython 3.11's column markers: ~ under a binary operation's operands and ^ under its operator, ^ under a call, subscript or attribute that is not the whole line
def divide(a, b):
    return a / b


def lookup(d):
    return d["key"] + 1


def attr(o):
    return o.missing


try:
    values = [lookup({}) for _ in range(1)]
except KeyError:
    total = divide(1, 0) + attr(3)
