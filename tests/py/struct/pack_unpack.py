# pack/unpack of every format code in every byte order, with native alignment and calcsize.
import struct
vals = {'b': -5, 'B': 250, 'h': -1234, 'H': 65000, 'i': -123456, 'I': 4000000000, 'l': -7, 'L': 7,
        'q': -2**62, 'Q': 2**64 - 1, 'e': 1.5, 'f': 0.1, 'd': 0.1, '?': True, 'c': b'z'}
for order in ['', '@', '=', '<', '>', '!']:
    for code, v in vals.items():
        data = struct.pack(order + code, v)
        print(order + code, data, struct.unpack(order + code, data), struct.calcsize(order + code))
for code in 'nNP':
    data = struct.pack(code, 12345)
    print(code, data, struct.unpack(code, data), struct.calcsize(code))
print(struct.pack('n', -3), struct.unpack('n', struct.pack('n', -3)))
for fmt in ['bih', '@bih0l', 'bhilqd', '=bhilqd', '<bhilqd', '3s2x?e', 'ci', 'x', '5x', 'hbi', 'dbq', ' i  h ', '2i3h', '0i', 'bP']:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack('<3i', 1, 2, 3), struct.unpack('<3i', struct.pack('<3i', 1, 2, 3)))
print(struct.pack('>hxh', 1, 2), struct.pack('@bi', 1, 2), struct.pack('=bi', 1, 2))
print(struct.pack('5s', b'hi'), struct.pack('2s', b'hello'), struct.pack('0s', b'x'), struct.pack('s', bytearray(b'q')))
print(struct.pack('5p', b'hello world'), struct.pack('3p', b''), struct.unpack('5p', b'\x09abcd'), struct.unpack('4s', b'ab\x00\x00'))
print(struct.unpack('<?3c', b'\x02xyz'), struct.pack('?', []), struct.pack('?', 'x'))
print(struct.unpack('<e', struct.pack('<e', 1/3)), struct.pack('>e', 65504.0), struct.pack('<e', 1e-8), struct.pack('<e', 6e-5))
print(struct.pack('<e', float('inf')), struct.pack('<e', -0.0), struct.unpack('<e', b'\x01\x00'), struct.pack('<e', 2.0**-24 * 1.5))
print(struct.pack('<d', float('inf')), struct.unpack('>d', b'\x7f\xf0\x00\x00\x00\x00\x00\x00'), struct.pack('<f', 3))
class I:
    def __index__(self):
        return 7
print(struct.pack('i', I()), struct.pack('<q', True), struct.pack('<Q', 2**63))
print(struct.pack(b'<h', 5), struct.unpack('>I', bytearray(b'\x00\x00\x01\x00')))
