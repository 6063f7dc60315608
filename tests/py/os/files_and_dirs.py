# os directory and file operations: mkdir, makedirs(exist_ok), listdir, rename, remove/unlink, rmdir, chdir/getcwd, and their errors.
import os
base = "/tmp/garter_test_os_files_and_dirs"
def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except OSError as e:
        print(label, type(e).__name__, e.errno, e.filename == base or e.filename, e)
if os.path.isdir(base):
    for name in os.listdir(base):
        os.remove(os.path.join(base, name))
    os.rmdir(base)
print(os.mkdir(base), os.path.isdir(base), os.listdir(base))
attempt("mkdir again", lambda: os.mkdir(base))
attempt("makedirs existing", lambda: os.makedirs(base))
attempt("makedirs exist_ok", lambda: os.makedirs(base, exist_ok=True))
deep = os.path.join(base, "a", "b", "c")
os.makedirs(deep)
print(os.path.isdir(deep), sorted(os.listdir(base)))
for p in [deep, os.path.dirname(deep), os.path.join(base, "a")]:
    os.rmdir(p)
for name in ["one.txt", "two.txt", "three.log"]:
    with open(os.path.join(base, name), "w") as f:
        f.write(name * 3)
print(sorted(os.listdir(base)), sorted(os.listdir(base.encode()))[0])
print(os.path.getsize(os.path.join(base, "three.log")))
os.rename(os.path.join(base, "one.txt"), os.path.join(base, "uno.txt"))
print(sorted(os.listdir(base)))
attempt("rename missing", lambda: os.rename(os.path.join(base, "nope"), os.path.join(base, "x")))
os.remove(os.path.join(base, "uno.txt"))
os.unlink(os.path.join(base, "two.txt"))
attempt("remove missing", lambda: os.remove(os.path.join(base, "two.txt")))
attempt("remove dir", lambda: os.remove(base))
attempt("rmdir not empty", lambda: os.rmdir(base))
attempt("rmdir file", lambda: os.rmdir(os.path.join(base, "three.log")))
attempt("listdir file", lambda: os.listdir(os.path.join(base, "three.log")))
attempt("makedirs under file", lambda: os.makedirs(os.path.join(base, "three.log", "x")))
attempt("chdir missing", lambda: os.chdir(os.path.join(base, "missing")))
here = os.getcwd()
os.chdir(base)
print(os.getcwd() == base, os.listdir("."), os.listdir())
os.chdir(here)
print(os.getcwd() == here)
os.remove(os.path.join(base, "three.log"))
os.rmdir(base)
print(os.path.exists(base))
for bad in [5, None, 2.5]:
    try:
        os.remove(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    os.remove()
except TypeError as e:
    print("TypeError:", e)
