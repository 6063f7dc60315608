# os.scandir: DirEntry name/path/is_dir/is_file/is_symlink/stat/inode/__fspath__, as a context manager and an iterator.
import os
os.makedirs('_scan_tmp/sub')
with open('_scan_tmp/file.txt', 'w') as f:
    f.write('hello')
os.symlink('sub', '_scan_tmp/link_to_sub')
os.symlink('missing', '_scan_tmp/broken')
with os.scandir('_scan_tmp') as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.is_dir(follow_symlinks=False), repr(e), os.fspath(e))
f = [e for e in entries if e.name == 'file.txt'][0]
print(f.stat().st_size, f.inode() == os.stat('_scan_tmp/file.txt').st_ino, os.path.join('x', f.name))
it = os.scandir('_scan_tmp/sub')
print(list(it), list(it))
it.close()
os.chdir('_scan_tmp')
print(sorted(e.path for e in os.scandir()))
os.chdir('..')
try:
    os.scandir('_no_such_dir_zz')
except FileNotFoundError as e:
    print('FileNotFoundError', e.filename)
for name in ['broken', 'link_to_sub', 'file.txt']:
    os.remove(os.path.join('_scan_tmp', name))
os.rmdir('_scan_tmp/sub')
os.rmdir('_scan_tmp')
