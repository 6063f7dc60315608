"""_pyio_mem: the in-memory streams io.StringIO and io.BytesIO, as CPython 3.11's.

The native `io` module (interp/src/objects/file/mod.rs, `io_init`) imports
this frozen module when it is registered and re-exports both classes, whose
`__module__` is `_io` as in CPython.

Behaviour follows CPython's C implementation (Modules/_io/stringio.c and
bytesio.c), error messages included: the closed-file messages differ between
the methods StringIO implements itself ("I/O operation on closed file") and
the ones it inherits from IOBase (with a final period), and BytesIO always
uses the period.

StringIO keeps its text as `_buf` plus `_parts`, the strings appended at the
end since the last read or overwrite, so a run of writes costs linear time;
`_value()` joins them. Newline handling is CPython's: `newline=None`
translates "\\r\\n" and "\\r" to "\\n" on write; it and `newline=""` record
the kinds seen in `newlines`; "\\r" and "\\r\\n" translate "\\n" to themselves
on write; `readline` ends a line at the newline string ("" means any of
"\\r\\n", "\\r", "\\n").
BytesIO keeps a bytearray.
"""

from _io import UnsupportedOperation

__all__ = ["StringIO", "BytesIO"]

_CLOSED = "I/O operation on closed file"
_CLOSED_DOT = "I/O operation on closed file."


def _size_arg(size):
    """A read size: None or an int (-1 or negative means "all")."""
    if size is None:
        return -1
    if isinstance(size, int):
        return int(size)
    raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")


def _index_arg(value):
    if isinstance(value, int):
        return int(value)
    raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")


def _readlines(stream, hint):
    """IOBase.readlines: lines until their total length reaches `hint`."""
    hint = _size_arg(hint)
    lines = []
    total = 0
    while True:
        line = stream.readline()
        if not line:
            break
        lines.append(line)
        total += len(line)
        if 0 < hint <= total:
            break
    return lines


# newlines seen by a translating StringIO, as bit flags, and their `newlines` value.
_CR, _LF, _CRLF = 1, 2, 4
_NEWLINES = (None, "\r", "\n", ("\r", "\n"), "\r\n", ("\r", "\r\n"), ("\n", "\r\n"), ("\r", "\n", "\r\n"))


class StringIO:
    """Text I/O implementation using an in-memory buffer."""

    __module__ = "_io"

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline = newline
        self._seen = 0
        self._buf = ""
        self._parts = []
        self._len = 0
        self._pos = 0
        self._closed = False
        if initial_value:
            self._buf = self._translate(initial_value)
            self._len = len(self._buf)

    # -- internals --

    def _check(self):
        if self._closed:
            raise ValueError(_CLOSED)

    def _check_dot(self):
        if self._closed:
            raise ValueError(_CLOSED_DOT)

    def _value(self):
        if self._parts:
            self._buf = self._buf + "".join(self._parts)
            self._parts = []
        return self._buf

    def _translate(self, s):
        newline = self._newline
        if newline is None or newline == "":
            crlf = s.count("\r\n")
            if s.count("\n") > crlf:
                self._seen |= _LF
            if s.count("\r") > crlf:
                self._seen |= _CR
            if crlf:
                self._seen |= _CRLF
            if newline is None and "\r" in s:
                s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif newline == "\r" or newline == "\r\n":
            s = s.replace("\n", newline)
        return s

    # -- the stream protocol --

    @property
    def closed(self):
        return self._closed

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        if self._newline not in (None, ""):
            return None
        return _NEWLINES[self._seen]

    encoding = None
    errors = None

    def close(self):
        self._closed = True
        self._buf = ""
        self._parts = []

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check_dot()
        return False

    def flush(self):
        return None

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def detach(self):
        raise UnsupportedOperation("detach")

    def getvalue(self):
        self._check()
        return self._value()

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        pos = _index_arg(pos)
        whence = _index_arg(whence)
        self._check()
        if whence not in (0, 1, 2):
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        if whence == 0 and pos < 0:
            raise ValueError(f"Negative seek position {pos}")
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 2:
            pos = self._len
        elif whence == 1:
            pos = self._pos
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            size = _size_arg(size)
            if size < 0:
                raise ValueError(f"Negative size value {size}")
        if size < self._len:
            self._buf = self._value()[:size]
            self._len = size
        return size

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        s = self._translate(s)
        if not s:
            return n
        pos = self._pos
        if pos == self._len:
            self._parts.append(s)
        else:
            buf = self._value()
            if pos > len(buf):
                buf = buf + "\0" * (pos - len(buf))
            self._buf = buf[:pos] + s + buf[pos + len(s):]
        self._pos = pos + len(s)
        if self._pos > self._len:
            self._len = self._pos
        return n

    def writelines(self, lines):
        self._check_dot()
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._value()
        pos = self._pos
        if pos >= self._len:
            return ""
        end = self._len if size < 0 else min(self._len, pos + size)
        self._pos = end
        return buf[pos:end]

    def _line_end(self, buf, pos):
        """Where the line starting at `pos` ends (after its newline)."""
        newline = self._newline
        if newline is None or newline == "\n":
            i = buf.find("\n", pos)
            return self._len if i < 0 else i + 1
        if newline == "\r":
            i = buf.find("\r", pos)
            return self._len if i < 0 else i + 1
        if newline == "\r\n":
            i = buf.find("\r\n", pos)
            return self._len if i < 0 else i + 2
        cr = buf.find("\r", pos)
        lf = buf.find("\n", pos)
        if cr < 0 and lf < 0:
            return self._len
        if cr < 0 or (0 <= lf < cr):
            return lf + 1
        if lf == cr + 1:
            return cr + 2
        return cr + 1

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._value()
        pos = self._pos
        if pos >= self._len:
            return ""
        end = self._line_end(buf, pos)
        if size >= 0 and end - pos > size:
            end = pos + size
        self._pos = end
        return buf[pos:end]

    def readlines(self, hint=None):
        self._check_dot()
        return _readlines(self, hint)

    def __iter__(self):
        self._check_dot()
        return self

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_dot()
        return self

    def __exit__(self, *args):
        self.close()


def _bytes_like(b):
    if isinstance(b, (bytes, bytearray)):
        return b
    raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")


class BytesIO:
    """Buffered I/O implementation using an in-memory bytes buffer."""

    __module__ = "_io"

    def __init__(self, initial_bytes=None):
        self._buf = bytearray()
        self._pos = 0
        self._closed = False
        if initial_bytes is not None:
            self._buf.extend(_bytes_like(initial_bytes))

    def _check(self):
        if self._closed:
            raise ValueError(_CLOSED_DOT)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True
        self._buf = bytearray()

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def detach(self):
        raise UnsupportedOperation("detach")

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        pos = _index_arg(pos)
        whence = _index_arg(whence)
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            size = _size_arg(size)
            if size < 0:
                raise ValueError(f"negative size value {size}")
        if size < len(self._buf):
            del self._buf[size:]
        return size

    def write(self, b):
        self._check()
        b = _bytes_like(b)
        n = len(b)
        if n == 0:
            return 0
        pos = self._pos
        if pos > len(self._buf):
            self._buf.extend(b"\0" * (pos - len(self._buf)))
        if pos == len(self._buf):
            self._buf.extend(b)
        else:
            self._buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        pos = self._pos
        length = len(self._buf)
        if pos >= length:
            return b""
        end = length if size < 0 else min(length, pos + size)
        self._pos = end
        return bytes(self._buf[pos:end])

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        self._check()
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        pos = self._pos
        length = len(self._buf)
        if pos >= length:
            return b""
        i = self._buf.find(b"\n", pos)
        end = length if i < 0 else i + 1
        if size >= 0 and end - pos > size:
            end = pos + size
        self._pos = end
        return bytes(self._buf[pos:end])

    def readlines(self, hint=None):
        self._check()
        return _readlines(self, hint)

    def __iter__(self):
        return self

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()
