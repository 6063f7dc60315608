# os.system runs the shell with os.environ as its environment and returns the wait status; print output stays in order.
import os
print('before')
print(os.system('echo from the shell'))
print(os.system('exit 3'), os.system('true'))
os.environ['GARTER_SYSTEM_VAR'] = 'visible to the child'
os.system('echo "$GARTER_SYSTEM_VAR"')
os.putenv('GARTER_PUTENV_VAR', 'x')
os.unsetenv('GARTER_PUTENV_VAR')
print(type(os.getuid()).__name__, os.getuid() == os.geteuid(), type(os.getgid()).__name__, os.getegid() >= 0)
print('after')
