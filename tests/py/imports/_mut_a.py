import _mut_b
print("_mut_a body: _mut_b has fb:", hasattr(_mut_b, "fb"))
def fa():
    return "a" + _mut_b.fb()
