# inspect predicates (isfunction, isclass, ismethod, ismodule, isbuiltin, isgenerator(function), isroutine, isabstract, iscode, istraceback), getmembers, getdoc/cleandoc, getmodule, getfile, getmro
import abc
import inspect
import os
import sys


def func():
    """Docstring of func.

        Indented detail line.
    More.
    """
    return 1


def gen():
    yield 1


class Base(abc.ABC):
    """Base docstring."""

    @abc.abstractmethod
    def run(self):
        pass


class Impl(Base):
    value = 3

    def run(self):
        return "ran"


objects = [func, gen, gen(), Base, Impl, Impl().run, len, sys, func.__code__, 42, Impl.run]
checks = [inspect.isfunction, inspect.isclass, inspect.ismethod, inspect.ismodule, inspect.isbuiltin,
          inspect.isgenerator, inspect.isgeneratorfunction, inspect.isroutine, inspect.isabstract,
          inspect.iscode]
for check in checks:
    print(check.__name__, [int(check(o)) for o in objects])
try:
    raise ValueError
except ValueError as e:
    print(inspect.istraceback(e.__traceback__), inspect.istraceback(e))

print([name for name, _ in inspect.getmembers(Impl) if not name.startswith("_")])
print(inspect.getmembers(Impl(), inspect.ismethod)[0][0])
print(repr(inspect.getdoc(func)))
print(inspect.getdoc(Impl))
print(repr(inspect.cleandoc("  first\n      second\n    third\n\n")))
print(inspect.getmodule(func) is sys.modules["__main__"], inspect.getmodule(Impl).__name__)
print(os.path.basename(inspect.getfile(func)), os.path.basename(inspect.getfile(Impl)))
print([c.__name__ for c in inspect.getmro(Impl)])
try:
    inspect.getfile(42)
except TypeError as e:
    print("TypeError:", e)
