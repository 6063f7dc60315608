# conformance: stderr
# warnings filters: simplefilter/filterwarnings actions (ignore, error, always, once, module), message and category matching, resetwarnings, catch_warnings(record=True)
import warnings


def emit(msg, cat=UserWarning):
    warnings.warn(msg, cat)


warnings.simplefilter("ignore")
emit("ignored")
warnings.simplefilter("error", RuntimeWarning)
try:
    emit("now an exception", RuntimeWarning)
except RuntimeWarning as e:
    print("raised:", type(e).__name__, e)
warnings.resetwarnings()
warnings.simplefilter("always")
for _ in range(2):
    emit("always shown")
warnings.resetwarnings()
warnings.simplefilter("once")
for _ in range(2):
    emit("shown once")
emit("shown once")
warnings.resetwarnings()
warnings.filterwarnings("ignore", message="skip")
warnings.filterwarnings("error", category=FutureWarning)
emit("skip this one")
emit("Skip matches case-insensitively")
emit("but not this one")
try:
    emit("future", FutureWarning)
except FutureWarning as e:
    print("FutureWarning raised:", e)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    emit("recorded 1")
    emit("recorded 2", SyntaxWarning)
print(len(caught), [str(w.message) for w in caught], [w.category.__name__ for w in caught])
print([w.lineno for w in caught], caught[0].filename == __file__)
emit("after catch_warnings the filters are back")
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    emit("silenced inside")
try:
    warnings.simplefilter("loudly")
except AssertionError as e:
    print("AssertionError:", e)
try:
    warnings.warn("x", int)
except TypeError as e:
    print("TypeError:", e)
print(warnings.formatwarning("msg", UserWarning, "file.py", 12, "code line  "), end="")
print(warnings.formatwarning("msg", DeprecationWarning, "file.py", 3, ""), end="")
