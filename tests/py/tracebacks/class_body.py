# conformance: stderr
# An exception in a class body: a frame named after the class
class C:
    raise ValueError
