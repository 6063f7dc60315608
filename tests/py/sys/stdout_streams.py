# sys.stdout/sys.stderr: write returns the length, buffer.write takes bytes in order with print, fileno, encoding.
import sys
n = sys.stdout.write('text\n')
print(n, sys.stdout.fileno(), sys.stderr.fileno(), sys.stdout.encoding, sys.stdout.writable())
sys.stdout.flush()
m = sys.stdout.buffer.write(b'raw bytes\n')
print('after', m)
sys.stdout.buffer.write('é\n'.encode())
print(sys.stdout.name, sys.stderr.name)
try:
    sys.stdout.buffer.write('str')
except TypeError as e:
    print('TypeError:', e)
