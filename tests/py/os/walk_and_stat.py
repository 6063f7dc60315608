# os.walk top-down (pruning dirnames in place steers it) and bottom-up; os.stat/lstat fields; os.path.getmtime.
import os
base = '_walk_tmp'
def cleanup(top):
    for root, dirs, files in os.walk(top, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    if os.path.isdir(top):
        os.rmdir(top)
cleanup(base)
for d in ['a/x', 'a/y/deep', 'b', '.hidden/inner']:
    os.makedirs(os.path.join(base, d))
for f in ['top.txt', 'a/one.txt', 'a/y/two.txt', 'a/y/deep/three.txt', '.hidden/inner/secret.txt']:
    with open(os.path.join(base, f), 'w') as fh:
        fh.write('x' * len(f))
seen = []
for root, dirs, files in os.walk(base):
    dirs.sort()
    seen.append((root, list(dirs), sorted(files)))
for s in seen:
    print(s)
print('--- pruned')
for root, dirs, files in os.walk(base):
    dirs[:] = sorted(d for d in dirs if not d.startswith('.') and d != 'y')
    print(root, dirs, sorted(files))
print('--- bottom-up')
print(sorted((r, sorted(d), sorted(f)) for r, d, f in os.walk(base, topdown=False)))
order = [r for r, d, f in os.walk(base, topdown=False)]
print(order.index(os.path.join(base, 'a', 'y', 'deep')) < order.index(os.path.join(base, 'a', 'y')) < order.index(base), order[-1])
print(list(os.walk('_no_such_dir')))
errs = []
list(os.walk('_no_such_dir', onerror=errs.append))
print(len(errs), type(errs[0]).__name__, errs[0].filename)
st = os.stat(os.path.join(base, 'top.txt'))
print(st.st_size, st[6], len(st), type(st.st_mtime).__name__, type(st[8]).__name__, st.st_mtime >= st[8], st.st_mtime_ns // 10**9 == st[8])

print(oct(st.st_mode & 0o170000), os.path.getmtime(os.path.join(base, 'top.txt')) == st.st_mtime, os.lstat(base).st_size >= 0)
try:
    os.stat('_no_such_file')
except FileNotFoundError as e:
    print('FileNotFoundError', e.filename)
cleanup(base)
print(os.path.exists(base))
