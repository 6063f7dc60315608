# version_info, float_info, int_info, hash_info as struct sequences; maxsize, byteorder, platform, intern, encodings.
import sys
vi = sys.version_info
print(vi[:2], vi.major, vi.minor, vi.releaselevel, vi >= (3, 8), vi[0] == 3, len(vi), type(vi).__name__, isinstance(vi, tuple))
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info[0])
print(sys.int_info)
print(sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.width, hash(float('inf')) == sys.hash_info.inf)
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.byteorder, sys.platform, sys.maxunicode, sys.float_repr_style)
print(hex(sys.hexversion)[:5], sys.getdefaultencoding(), sys.getfilesystemencoding())
s = sys.intern('hello world')
print(s, s == 'hello world')
try:
    sys.intern(5)
except TypeError as e:
    print("TypeError:", e)
print(sys.getsizeof(1.5), sys.getsizeof(()), sys.getsizeof((1, 2)), sys.getsizeof(''), sys.getsizeof('abc'), sys.getsizeof(b'ab'), sys.getsizeof(None))
print(type(sys.getsizeof([])), sys.getsizeof(10**30) > sys.getsizeof(1))
print(type(sys.implementation.name).__name__, sys.implementation.version[:2] == sys.version_info[:2])
f = sys.flags
print(f.optimize, f.verbose, f.hash_randomization, f.dev_mode, f.int_max_str_digits, len(f), type(f).__name__, sys.api_version)
print(type(sys.warnoptions).__name__, type(sys.prefix).__name__, type(sys.dont_write_bytecode).__name__)
