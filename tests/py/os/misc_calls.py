# os.access, chmod, umask, replace, uname, get_terminal_size off a terminal.
import os
print(os.access('.', os.R_OK), os.access('.', os.W_OK | os.X_OK), os.access('_no_such', os.F_OK))
with open('_misc_a.txt', 'w') as f:
    f.write('a')
with open('_misc_b.txt', 'w') as f:
    f.write('bb')
os.chmod('_misc_a.txt', 0o600)
print(oct(os.stat('_misc_a.txt').st_mode & 0o777))
os.replace('_misc_a.txt', '_misc_b.txt')
print(os.path.exists('_misc_a.txt'), open('_misc_b.txt').read())
os.remove('_misc_b.txt')
old = os.umask(0o027)
print(os.umask(old) == 0o027)
u = os.uname()
print(u.sysname, len(u), type(u.release).__name__, u[0] == u.sysname)
try:
    os.get_terminal_size(0)
except OSError as e:
    print('OSError', e.errno)
try:
    os.replace('_no_such_src', '_x')
except FileNotFoundError as e:
    print('FileNotFoundError', e.filename, e.filename2)
