# The built-in exception hierarchy: base classes of common exceptions.
def chain(cls):
    return " -> ".join(c.__name__ for c in cls.__mro__)
for cls in [ZeroDivisionError, KeyError, IndexError, ValueError, UnicodeDecodeError,
            TypeError, AttributeError, NameError, UnboundLocalError, RecursionError,
            NotImplementedError, StopIteration, GeneratorExit, KeyboardInterrupt,
            SystemExit, FileNotFoundError, OverflowError, AssertionError, ImportError,
            ModuleNotFoundError, RuntimeError, LookupError, ArithmeticError, OSError,
            EOFError, SyntaxError, IndentationError, StopAsyncIteration, PermissionError]:
    print(chain(cls))
print(issubclass(Exception, BaseException), issubclass(SystemExit, Exception))
print(IOError is OSError, EnvironmentError is OSError)
