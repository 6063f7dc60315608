# sys.exit from deep inside nested calls and a with-block unwinds everything.
import sys
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("__exit__ saw", a[0].__name__)
        return False
def deep(n):
    if n == 0:
        with CM():
            sys.exit(2)
    deep(n - 1)
deep(3)
