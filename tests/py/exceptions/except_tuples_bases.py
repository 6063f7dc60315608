# Catching with tuples of classes, base classes, order of clauses, and bare except.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-specific " + type(e).__name__
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except (TypeError,) as e:
        return "type"
    except Exception as e:
        return "generic " + type(e).__name__
    except:
        return "bare"
for exc in [KeyError(1), IndexError(), ZeroDivisionError(), OverflowError(), TypeError(),
            ValueError(), KeyboardInterrupt(), SystemExit(0), GeneratorExit()]:
    print(classify(exc))
errors = (ValueError, TypeError)
try:
    int([])
except errors as e:
    print("tuple variable", type(e).__name__)
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
