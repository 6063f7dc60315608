# os.path.expanduser/realpath/relpath/commonprefix/islink/lexists/samefile/normcase/splitdrive.
import os
os.environ['HOME'] = '/home/garter_test/'
print(os.path.expanduser('~'), os.path.expanduser('~/x/y'), os.path.expanduser('a/~'), os.path.expanduser('~no_such_user_zz/q'))
print(os.path.relpath('/a/b/c', '/a'), os.path.relpath('/a/b', '/a/b'), os.path.relpath('/a/x', '/a/b/c'), os.path.relpath('/x', '/'))
print(os.path.relpath('sub/file') == os.path.join('sub', 'file'), os.path.relpath(os.getcwd()))
try:
    os.path.relpath('')
except ValueError as e:
    print('ValueError:', e)
print(os.path.commonprefix(['/usr/lib', '/usr/local', '/usr/li']), repr(os.path.commonprefix([])), os.path.commonprefix([[1, 2, 3], [1, 2, 4]]))
os.mkdir('_paths_tmp')
with open('_paths_tmp/f.txt', 'w') as f:
    f.write('x')
os.symlink('f.txt', '_paths_tmp/link')
print(os.path.islink('_paths_tmp/link'), os.readlink('_paths_tmp/link'), os.path.realpath('_paths_tmp/link') == os.path.realpath('_paths_tmp/f.txt'))
print(os.path.realpath('_paths_tmp/f.txt') == os.path.join(os.path.realpath(os.getcwd()), '_paths_tmp', 'f.txt'))
print(os.path.realpath('/usr/../usr/./lib/no_such_thing'), os.path.realpath('/'))
print(os.path.islink('_paths_tmp/f.txt'), os.path.lexists('_paths_tmp/f.txt'), os.path.lexists('_paths_tmp/none'), os.path.islink('_nope'))
print(os.path.samefile('_paths_tmp/f.txt', './_paths_tmp/../_paths_tmp/f.txt'), os.path.normcase('A/B'), os.path.splitdrive('/x/y'))
os.remove('_paths_tmp/f.txt')
if os.path.lexists('_paths_tmp/link'):
    os.remove('_paths_tmp/link')
os.rmdir('_paths_tmp')
os.environ['GARTER_EV'] = 'value'
for p in ['$GARTER_EV/x', '${GARTER_EV}y', '$NO_SUCH_VAR_ZZ/a', 'a$', '${unclosed', '$$GARTER_EV', 'pre${GARTER_EV}post$GARTER_EV', 'no vars', '$ space', '${}']:
    print(repr(p), repr(os.path.expandvars(p)))
print(os.fsencode('é/x'), os.fsdecode(b'abc'), os.fsencode(b'raw'), os.fsdecode('s'))
