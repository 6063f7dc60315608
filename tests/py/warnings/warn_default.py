# conformance: stderr
# warnings.warn: `file:line: Category: message` plus the source line on stderr; the default action shows each location once; DeprecationWarning shown in __main__
import warnings


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)


def noisy(i):
    warnings.warn("noisy %d" % (i // 10))


for i in range(3):
    noisy(i)
warnings.warn("top-level warning")
warnings.warn("runtime issue", RuntimeWarning)
old_api()
warnings.warn(UserWarning("instance message"))
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("import", ImportWarning)
print("done")
