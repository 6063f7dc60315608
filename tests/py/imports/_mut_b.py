import _mut_a
print("_mut_b body: _mut_a has fa:", hasattr(_mut_a, "fa"))
def fb():
    return "b"
