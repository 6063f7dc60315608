# The Struct class, unpack_from/pack_into with offsets, iter_unpack.
import struct
s = struct.Struct('<ihd')
print(s.format, s.size, type(s).__name__)
data = s.pack(1, -2, 3.5)
print(data, s.unpack(data))
buf = bytearray(20)
s.pack_into(buf, 2, 7, 8, 9.0)
print(buf, s.unpack_from(buf, 2), s.unpack_from(buf, offset=2))
struct.pack_into('>H', buf, -2, 0xABCD)
print(buf[-2:], struct.unpack_from('>H', buf, -2), struct.unpack_from('<I', b'\x01\x00\x00\x00xx'))
print(list(struct.iter_unpack('<hh', b'\x01\x00\x02\x00\x03\x00\x04\x00')))
print([x for x in s.iter_unpack(data * 3)])
print(struct.Struct(b'>q').format, struct.Struct('4s').unpack(b'abcd'))
points = [(1, 2), (3, 4), (-5, 6)]
packed = b''.join(struct.pack('<ii', *p) for p in points)
print(len(packed), [struct.unpack_from('<ii', packed, 8 * i) for i in range(3)])
try:
    struct.Struct('q!')
except struct.error as e:
    print('error:', e)
