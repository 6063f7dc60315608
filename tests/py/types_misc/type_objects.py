# Type objects as values: in dicts, called as converters, compared, __name__, and isinstance dispatch.
converters = {"int": int, "float": float, "str": str, "list": list}
print([converters[k]("7") for k in ["int", "float", "str"]], converters["list"]("ab"))
print(int is int, int == int, int != float, int.__name__, bool.__base__.__name__, type(int).__name__)
def describe(v):
    for t in (bool, int, float, str, list, dict):
        if isinstance(v, t):
            return t.__name__
    return "other"
print([describe(v) for v in [True, 1, 1.0, "s", [], {}, None]])
print(sorted([str, int, float], key=lambda t: t.__name__))
