# Docstrings on modules, functions, classes and methods; only the first statement string counts.
"""Module docstring."""
def f():
    """Function doc."""
    return 1
def g():
    x = 1
    """Not a docstring."""
    return x
class C:
    """Class doc."""
    def m(self):
        """Method doc."""
print(__doc__, f.__doc__, g.__doc__, C.__doc__, C.m.__doc__, C().m.__doc__)
