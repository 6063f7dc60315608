# conformance: stderr
# RecursionError: repeated identical frames collapse into "[Previous line repeated N more times]"
def r(n):
    r(n + 1)


r(0)
