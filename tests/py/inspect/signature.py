# inspect.signature of functions, methods, classes, callables and partials: str(), parameters, kinds, defaults, annotations, bind/bind_partial/apply_defaults
import functools
import inspect


def plain(a, b=2, *args, c, d=4, **kw):
    pass


def posonly(x, y=1, /, z=3):
    pass


def annotated(n: int, name: str = "x", *rest: float) -> bool:
    return True


def nothing():
    pass


class Widget:
    def __init__(self, size, colour="red"):
        self.size = size

    def resize(self, factor, *, keep=True):
        pass

    def __call__(self, event):
        pass


for f in [plain, posonly, annotated, nothing, Widget, Widget(1).resize, Widget.resize, Widget(2), lambda q, r=0: q]:
    print(inspect.signature(f))

sig = inspect.signature(plain)
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.name, p.default is p.empty, p.annotation is inspect.Parameter.empty)
print(repr(sig.parameters["b"]), sig.parameters["b"].default)
sa = inspect.signature(annotated)
print(sa.return_annotation, sa.parameters["n"].annotation, str(sa.parameters["name"]))

ba = sig.bind(1, 5, 6, 7, c=3, extra=9)
print(ba.arguments, ba.args, ba.kwargs)
ba = sig.bind(1, c=0)
ba.apply_defaults()
print(ba.arguments)
print(sig.bind_partial(c=1).arguments)
for args, kwargs in [((), {}), ((1, 2), {"b": 3, "c": 1}), ((1,), {"c": 1, "zz": 2})]:
    try:
        inspect.signature(posonly).bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    inspect.signature(posonly).bind(1, x=2)
except TypeError as e:
    print("TypeError:", e)

part = functools.partial(plain, 1, c=5)
print(inspect.signature(part))


@functools.wraps(plain)
def wrapper(*args, **kwargs):
    return plain(*args, **kwargs)


print(inspect.signature(wrapper), inspect.signature(wrapper, follow_wrapped=False))
print(inspect.unwrap(wrapper) is plain)
p = inspect.Parameter("v", inspect.Parameter.KEYWORD_ONLY, default=None)
print(p, p.replace(name="w", default=1), inspect.Signature([p]))
try:
    inspect.Parameter("1bad", inspect.Parameter.POSITIONAL_ONLY)
except ValueError as e:
    print("ValueError:", e)
try:
    inspect.signature(42)
except TypeError as e:
    print("TypeError:", e)
print(inspect.getfullargspec(plain))
print(inspect.signature(plain) == inspect.signature(plain), inspect.signature(plain) == inspect.signature(posonly))
