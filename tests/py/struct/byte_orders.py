# Range-error wording depends on the byte order as in CPython (native functions for native/little-endian, its own for big-endian); NaN packs as the quiet NaN; native 'f' does not check overflow.
import struct
cases = [('>b', 200), ('>B', -1), ('>h', 40000), ('>H', -1), ('>H', 70000), ('>i', 2**31), ('>I', -1), ('>I', 2**32),
         ('>l', 2**31), ('>L', -1), ('>q', 2**63), ('>Q', -1), ('!Q', 2**64), ('<h', 40000), ('<H', -1), ('<I', -1),
         ('<l', -2**40), ('=H', -1), ('=L', 2**32), ('<q', 2**64), ('P', 2**64), ('P', -2**63 - 1), ('<f', 1e39), ('>f', -1e39)]
for fmt, v in cases:
    try:
        print(fmt, v, struct.pack(fmt, v))
    except (struct.error, OverflowError) as e:
        print(fmt, v, type(e).__name__, e)
print(struct.pack('f', 1e39), struct.pack('@f', -1e39), struct.pack('d', 1e308 * 10))
print(struct.pack('<d', float('nan')), struct.pack('>f', float('nan')), struct.pack('<e', float('nan')), struct.pack('>d', -float('nan')))
x, = struct.unpack('<d', struct.pack('<d', float('nan')))
print(x != x)
