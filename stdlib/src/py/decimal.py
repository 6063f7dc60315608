"""decimal: decimal floating point with context precision and rounding, as
CPython 3.11's decimal module (written for garter; run by
stdlib/src/decimal.rs).

A finite Decimal is (sign, coefficient, exponent) with value
(-1)**sign * coefficient * 10**exponent; the coefficient is a Python int,
so every operation is computed exactly and then rounded once to the
context's precision (`_Context._fix`), as the General Decimal Arithmetic
specification requires. Specials are Infinity, NaN and sNaN.

Signals: each operation reports conditions to its context; a condition sets
the flag of its signal and, when that signal is trapped, raises it with the
list of conditions CPython's C implementation shows
(`decimal.InvalidOperation: [<class 'decimal.ConversionSyntax'>]`).
"""

import math as _math

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


_SIGNALS = [Clamped, DivisionByZero, Inexact, Overflow, Rounded, Underflow, InvalidOperation, Subnormal, FloatOperation]
# The order Context's repr lists signals in (libmpdec's condition bits).
_REPR_ORDER = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow, Rounded, Subnormal, Underflow]
# Conditions that are reported under another signal's flag and trap.
_CONDITION_SIGNAL = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
                     DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


def _digits_of(n):
    return len(str(n))


def _isqrt(n):
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


# ---- contexts ----------------------------------------------------------------

class _SignalDict(dict):
    """Context.flags / Context.traps: {signal: bool}, printed as CPython does."""

    def __repr__(self):
        return "{" + ", ".join("<class 'decimal.%s'>:%s" % (k.__name__, v) for k, v in self.items()) + "}"


class Context:
    """Precision, rounding, exponent limits, and the signals' flags and traps."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None, traps=None):
        dc = DefaultContext if "DefaultContext" in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        self.flags = _SignalDict((s, False) for s in _SIGNALS)
        self.traps = _SignalDict((s, False) for s in _SIGNALS)
        if flags is not None:
            for s in (flags.keys() if isinstance(flags, dict) else flags):
                if isinstance(flags, dict) and not flags[s]:
                    continue
                self.flags[s] = True
        if traps is None:
            source = dc.traps if dc else {InvalidOperation: True, DivisionByZero: True, Overflow: True}
            for s, on in source.items():
                self.traps[s] = on
        else:
            for s in (traps.keys() if isinstance(traps, dict) else traps):
                if isinstance(traps, dict) and not traps[s]:
                    continue
                self.traps[s] = True

    def __setattr__(self, name, value):
        if name == "prec":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not 1 <= value <= MAX_PREC:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
        elif name == "rounding":
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
        elif name == "Emin":
            if not isinstance(value, int) or not MIN_EMIN <= value <= 0:
                raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        elif name == "Emax":
            if not isinstance(value, int) or not 0 <= value <= MAX_EMAX:
                raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        elif name in ("capitals", "clamp"):
            if value not in (0, 1):
                raise ValueError("valid values for %s are 0 or 1" % name)
        elif name not in ("flags", "traps", "_limit"):
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)
        if name == "prec":
            # Coefficients below this need no rounding (`_fix`'s fast path).
            object.__setattr__(self, "_limit", 10 ** min(value, 1000))

    def __repr__(self):
        flags = [s.__name__ for s in _REPR_ORDER if self.flags[s]]
        traps = [s.__name__ for s in _REPR_ORDER if self.traps[s]]
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])"
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp, ", ".join(flags), ", ".join(traps)))

    def copy(self):
        c = Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp, [], [])
        c.flags = _SignalDict(self.flags)
        c.traps = _SignalDict(self.traps)
        return c

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _raise(self, conditions):
        """Records `conditions`; raises the first trapped signal among them."""
        trapped = []
        for cond in conditions:
            sig = _CONDITION_SIGNAL.get(cond, cond)
            self.flags[sig] = True
            if self.traps[sig]:
                trapped.append((sig, cond))
        if trapped:
            sig = trapped[0][0]
            raise sig([c for _, c in trapped])

    def create_decimal(self, num="0"):
        d = Decimal(num, self)
        return self._fix(d)

    def create_decimal_from_float(self, f):
        return self._fix(Decimal.from_float(f))

    # Arithmetic through the context.
    def abs(self, a):
        return _convert(a, True).__abs__(context=self)

    def add(self, a, b):
        return _convert(a, True).__add__(b, context=self)

    def subtract(self, a, b):
        return _convert(a, True).__sub__(b, context=self)

    def multiply(self, a, b):
        return _convert(a, True).__mul__(b, context=self)

    def divide(self, a, b):
        return _convert(a, True).__truediv__(b, context=self)

    def divide_int(self, a, b):
        return _convert(a, True).__floordiv__(b, context=self)

    def remainder(self, a, b):
        return _convert(a, True).__mod__(b, context=self)

    def divmod(self, a, b):
        return _convert(a, True).__divmod__(b, context=self)

    def power(self, a, b, modulo=None):
        return _convert(a, True).__pow__(b, modulo, context=self)

    def sqrt(self, a):
        return _convert(a, True).sqrt(context=self)

    def quantize(self, a, b):
        return _convert(a, True).quantize(b, context=self)

    def plus(self, a):
        return _convert(a, True).__pos__(context=self)

    def minus(self, a):
        return _convert(a, True).__neg__(context=self)

    def compare(self, a, b):
        return _convert(a, True).compare(b, context=self)

    def to_integral_value(self, a):
        return _convert(a, True).to_integral_value(context=self)

    def normalize(self, a):
        return _convert(a, True).normalize(context=self)

    def _fix(self, d):
        """d rounded to this context's precision, with the exponent limits."""
        if d._special:
            if d._special == "N":
                self._raise([InvalidOperation])
                return Decimal._make(d._sign, d._int, 0, "n")
            return d
        sign, coeff, exp = d._sign, d._int, d._exp
        # Fast path: few enough digits, and the adjusted exponent surely in range.
        if coeff < self._limit and exp >= self.Emin and exp + self.prec <= self.Emax and (coeff or exp >= self.Emin - self.prec + 1) \
                and (not self.clamp or exp <= self.Emax - self.prec + 1):
            return d
        conditions = []
        etiny = self.Emin - self.prec + 1
        ndigits = _digits_of(coeff)
        # Subnormal results keep fewer digits: the exponent may not go below Etiny.
        drop = max(ndigits - self.prec, etiny - exp)
        if coeff == 0:
            if exp < etiny:
                exp = etiny
                conditions.append(Clamped)
            elif exp > self.Emax - self.prec + 1 and self.clamp:
                exp = self.Emax - self.prec + 1
                conditions.append(Clamped)
            elif exp > self.Emax:
                exp = self.Emax
                conditions.append(Clamped)
            self._raise(conditions)
            return Decimal._make(sign, 0, exp)
        subnormal = exp + ndigits - 1 < self.Emin
        if drop > 0:
            coeff, inexact = _round(sign, coeff, drop, self.rounding)
            exp += drop
            conditions.append(Rounded)
            if inexact:
                conditions.append(Inexact)
            if _digits_of(coeff) > self.prec:
                coeff //= 10
                exp += 1
            if subnormal:
                conditions.append(Subnormal)
                if inexact:
                    conditions.append(Underflow)
                if coeff == 0:
                    conditions.append(Clamped)
        elif subnormal:
            conditions.append(Subnormal)
        if exp + _digits_of(coeff) - 1 > self.Emax:
            conditions.extend([Overflow, Inexact, Rounded])
            self._raise(conditions)
            if self.rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
                    (self.rounding == ROUND_CEILING and sign == 0) or (self.rounding == ROUND_FLOOR and sign == 1):
                return Decimal._make(sign, 0, 0, "F")
            return Decimal._make(sign, 10 ** self.prec - 1, self.Emax - self.prec + 1)
        if self.clamp and exp > self.Emax - self.prec + 1:
            shift = exp - (self.Emax - self.prec + 1)
            coeff *= 10 ** shift
            exp -= shift
            conditions.append(Clamped)
        self._raise(conditions)
        return Decimal._make(sign, coeff, exp)


def _round(sign, coeff, drop, rounding):
    """coeff with its last `drop` digits rounded away: (new, inexact)."""
    if drop > _digits_of(coeff) + 1:
        q, rem, half = 0, (1 if coeff else 0), 10 ** (_digits_of(coeff) + 1)
        # rem is nonzero but below half: only directed roundings move up.
        up = rem != 0 and _round_up_small(sign, rounding, q)
        return (1 if up else 0), rem != 0
    p = 10 ** drop
    q, rem = divmod(coeff, p)
    if rem == 0:
        return q, False
    half = p // 2 if drop > 0 else 0
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_HALF_UP:
        up = rem * 2 >= p
    elif rounding == ROUND_HALF_DOWN:
        up = rem * 2 > p
    elif rounding == ROUND_HALF_EVEN:
        up = rem * 2 > p or (rem * 2 == p and q % 2 == 1)
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    else:  # ROUND_05UP
        up = q % 10 in (0, 5)
    return q + (1 if up else 0), True


def _round_up_small(sign, rounding, q):
    if rounding == ROUND_UP:
        return True
    if rounding == ROUND_CEILING:
        return sign == 0
    if rounding == ROUND_FLOOR:
        return sign == 1
    if rounding == ROUND_05UP:
        return q % 10 in (0, 5)
    return False


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0,
                         flags=[], traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, Emin=-999999, Emax=999999, capitals=1, clamp=0,
                       flags=[], traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0,
                          flags=[], traps=[])

_current = [None]


def getcontext():
    c = _current[0]
    if c is None:
        c = _current[0] = DefaultContext.copy()
    return c


def setcontext(context):
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _ContextManager:
    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager that installs a copy of ctx (or of the current context)."""
    if ctx is None:
        ctx = getcontext()
    new = ctx.copy()
    for k, v in kwargs.items():
        if k not in ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"):
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        setattr(new, k, v)
    return _ContextManager(new)


# ---- Decimal -------------------------------------------------------------------

class DecimalTuple(tuple):
    def __new__(cls, sign, digits, exponent):
        return super().__new__(cls, (sign, digits, exponent))

    @property
    def sign(self):
        return self[0]

    @property
    def digits(self):
        return self[1]

    @property
    def exponent(self):
        return self[2]

    def __repr__(self):
        return "DecimalTuple(sign=%r, digits=%r, exponent=%r)" % (self[0], self[1], self[2])


def _convert(other, strict=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if strict:
        raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
    return NotImplemented


def _parse(s):
    """(sign, coefficient, exponent, special) of a numeric string, or None."""
    s = s.strip().replace("_", "") if "_" in s else s.strip()
    if not s:
        return None
    sign = 0
    if s[0] in "+-":
        sign = 1 if s[0] == "-" else 0
        s = s[1:]
    low = s.lower()
    if low in ("inf", "infinity"):
        return sign, 0, 0, "F"
    for prefix, special in (("snan", "N"), ("nan", "n")):
        if low.startswith(prefix):
            payload = s[len(prefix):]
            if payload and not (payload.isdigit() and payload.isascii()):
                return None
            return sign, int(payload) if payload else 0, 0, special
    mantissa, _, exponent = low.partition("e")
    if _ and (not exponent or not exponent.lstrip("+-").isdigit() or exponent[:1] in "+-" and exponent[1:2] in "+-"):
        return None
    intpart, dot, frac = mantissa.partition(".")
    if not intpart and not frac:
        return None
    for part in (intpart, frac):
        if part and not (part.isdigit() and part.isascii()):
            return None
    exp = int(exponent) if exponent else 0
    return sign, int((intpart + frac) or "0"), exp - len(frac), ""


class Decimal:
    """A decimal number: sign, integer coefficient, exponent (or a special)."""
    __slots__ = ("_sign", "_int", "_exp", "_special")

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = value._sign, value._int, value._exp, value._special
            return self
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                ctx = context if context is not None else getcontext()
                ctx._raise([ConversionSyntax])
                parsed = (0, 0, 0, "n")
            self._sign, self._int, self._exp, self._special = parsed
            return self
        if isinstance(value, bool) or isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(int(value))
            self._exp = 0
            self._special = ""
            return self
        if isinstance(value, float):
            (context if context is not None else getcontext())._raise([FloatOperation])
            d = Decimal.from_float(value)
            self._sign, self._int, self._exp, self._special = d._sign, d._int, d._exp, d._special
            return self
        if isinstance(value, (tuple, list)):
            if len(value) != 3:
                raise ValueError("argument must be a sequence of length 3")
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError("sign must be an integer with the value 0 or 1")
            self._sign = sign
            if exp == "F":
                self._int, self._exp, self._special = 0, 0, "F"
                return self
            coeff = 0
            for dgt in digits:
                if not isinstance(dgt, int) or not 0 <= dgt <= 9:
                    raise ValueError("coefficient must be a tuple of digits")
                coeff = coeff * 10 + dgt
            if exp in ("n", "N"):
                self._int, self._exp, self._special = coeff, 0, exp
                return self
            if not isinstance(exp, int):
                raise ValueError("exponent must be an integer")
            self._int, self._exp, self._special = coeff, exp, ""
            return self
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def _make(cls, sign, coeff, exp, special=""):
        self = object.__new__(Decimal)
        self._sign = sign
        self._int = coeff
        self._exp = exp
        self._special = special
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        if f != f:
            return cls._make(0, 0, 0, "n")
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        if f in (float("inf"), float("-inf")):
            return cls._make(sign, 0, 0, "F")
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        result = cls._make(sign, n * 5 ** k, -k)
        return result if cls is Decimal else cls(result)

    # -- predicates and parts
    def is_nan(self):
        return self._special in ("n", "N")

    def is_qnan(self):
        return self._special == "n"

    def is_snan(self):
        return self._special == "N"

    def is_infinite(self):
        return self._special == "F"

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _digits_of(self._int) - 1

    def as_tuple(self):
        if self._special == "F":
            return DecimalTuple(self._sign, (0,), "F")
        digits = tuple(int(c) for c in str(self._int)) if (self._int or not self._special) else ()
        exp = self._special if self._special else self._exp
        return DecimalTuple(self._sign, digits, exp)

    def as_integer_ratio(self):
        if self._special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        n, d = self._int, 1
        if self._exp >= 0:
            n *= 10 ** self._exp
        else:
            d = 10 ** -self._exp
        g = _math.gcd(n, d)
        n //= g
        d //= g
        return (-n if self._sign else n), d

    def copy_abs(self):
        return Decimal._make(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return Decimal._make(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _convert(other, True)
        return Decimal._make(other._sign, self._int, self._exp, self._special)

    # -- strings
    def __str__(self, eng=False, context=None):
        sign = "-" if self._sign else ""
        if self._special:
            if self._special == "F":
                return sign + "Infinity"
            name = "NaN" if self._special == "n" else "sNaN"
            return sign + name + (str(self._int) if self._int else "")
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = "0"
            fracpart = "." + "0" * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + "0" * (dotplace - len(digits))
            fracpart = ""
        else:
            intpart = digits[:dotplace]
            fracpart = "." + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ""
        else:
            capitals = (context or getcontext()).capitals
            exp = ("E" if capitals else "e") + "%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    # -- conversions
    def __bool__(self):
        return bool(self._special) or self._int != 0

    def __int__(self):
        if self._special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n = self._int // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self._special:
            if self.is_snan():
                raise ValueError("cannot convert signaling NaN to float")
            if self.is_nan():
                return float("-nan") if self._sign else float("nan")
        return float(str(self))

    def __floor__(self):
        if self._special:
            return self.__int__()
        return int(self.to_integral_value(rounding=ROUND_FLOOR))

    def __ceil__(self):
        if self._special:
            return self.__int__()
        return int(self.to_integral_value(rounding=ROUND_CEILING))

    def __round__(self, n=None):
        if n is None:
            if self._special:
                return self.__int__()
            return int(self.to_integral_value(rounding=ROUND_HALF_EVEN))
        if not isinstance(n, int):
            raise TypeError("optional arg must be an integer")
        return self.quantize(Decimal._make(0, 1, -n))

    def __hash__(self):
        if self._special:
            if self.is_snan():
                raise TypeError("Cannot hash a signaling NaN value.")
            if self.is_nan():
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        modulus = (1 << 61) - 1
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, modulus)
        else:
            exp_hash = pow(pow(10, modulus - 2, modulus), -self._exp, modulus)
        h = self._int * exp_hash % modulus
        h = -h if self._sign else h
        return -2 if h == -1 else h

    # -- comparison
    def _cmp(self, other):
        """-1, 0, 1 for finite or infinite operands (no NaNs)."""
        if self._special == "F" or other._special == "F":
            a = 0 if self._special != "F" else (-1 if self._sign else 1)
            b = 0 if other._special != "F" else (-1 if other._sign else 1)
            if a == b:
                return 0
            if a or b:
                return -1 if a < b else 1
        if self._int == 0 and other._int == 0:
            return 0
        if self._int == 0:
            return 1 if other._sign else -1
        if other._int == 0:
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        e = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - e)
        b = other._int * 10 ** (other._exp - e)
        r = (a > b) - (a < b)
        return -r if self._sign else r

    def _compare_operand(self, other):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if isinstance(other, float):
            getcontext()._raise([FloatOperation]) if getcontext().traps[FloatOperation] else None
            getcontext().flags[FloatOperation] = True
            return Decimal.from_float(other)
        return None

    def __eq__(self, other):
        other = self._compare_operand(other)
        if other is None:
            return NotImplemented
        if self.is_nan() or other.is_nan():
            return False
        return self._cmp(other) == 0

    def _order(self, other, op):
        other = self._compare_operand(other)
        if other is None:
            return NotImplemented
        if self.is_nan() or other.is_nan():
            getcontext()._raise([InvalidOperation])
            return False
        return op(self._cmp(other))

    def __lt__(self, other):
        return self._order(other, lambda c: c < 0)

    def __le__(self, other):
        return self._order(other, lambda c: c <= 0)

    def __gt__(self, other):
        return self._order(other, lambda c: c > 0)

    def __ge__(self, other):
        return self._order(other, lambda c: c >= 0)

    def compare(self, other, context=None):
        other = _convert(other, True)
        if self.is_nan() or other.is_nan():
            return Decimal._make(0, 0, 0, "n")
        return Decimal(self._cmp(other))

    def max(self, other, context=None):
        other = _convert(other, True)
        ctx = context or getcontext()
        return ctx._fix(other if self._cmp(other) < 0 else self)

    def min(self, other, context=None):
        other = _convert(other, True)
        ctx = context or getcontext()
        return ctx._fix(other if self._cmp(other) > 0 else self)

    # -- arithmetic
    def _nan_result(self, other, ctx):
        """The NaN an operation with a NaN operand returns, if any."""
        for x in (self, other):
            if x is not None and x._special == "N":
                ctx._raise([InvalidOperation])
                return Decimal._make(x._sign, x._int, 0, "n")
        for x in (self, other):
            if x is not None and x._special == "n":
                return x
        return None

    def _invalid(self, ctx, condition=InvalidOperation):
        ctx._raise([condition])
        return Decimal._make(0, 0, 0, "n")

    def __add__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        if self._special or other._special:
            nan = self._nan_result(other, ctx)
            if nan is not None:
                return nan
        if self._special == "F" or other._special == "F":
            if self._special == "F" and other._special == "F" and self._sign != other._sign:
                return self._invalid(ctx)
            return Decimal(self if self._special == "F" else other)
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        total = (-a if self._sign else a) + (-b if other._sign else b)
        if total == 0:
            sign = 1 if (self._sign and other._sign) or (ctx.rounding == ROUND_FLOOR and self._sign != other._sign) else 0
            if ctx.rounding == ROUND_FLOOR and self._sign and other._sign:
                sign = 1
            return ctx._fix(Decimal._make(sign, 0, exp))
        return ctx._fix(Decimal._make(1 if total < 0 else 0, abs(total), exp))

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate(), context=context)

    def __rsub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context=context)

    def __mul__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        if self._special or other._special:
            nan = self._nan_result(other, ctx)
            if nan is not None:
                return nan
        sign = self._sign ^ other._sign
        if self._special == "F" or other._special == "F":
            if self.is_zero() or other.is_zero():
                return self._invalid(ctx)
            return Decimal._make(sign, 0, 0, "F")
        return ctx._fix(Decimal._make(sign, self._int * other._int, self._exp + other._exp))

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        nan = self._nan_result(other, ctx)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == "F" or other._special == "F":
            if self._special == "F" and other._special == "F":
                return self._invalid(ctx)
            if self._special == "F":
                return Decimal._make(sign, 0, 0, "F")
            ctx._raise([Clamped])
            return Decimal._make(sign, 0, ctx.Etiny())
        if other._int == 0:
            if self._int == 0:
                return self._invalid(ctx, DivisionUndefined)
            ctx._raise([DivisionByZero])
            return Decimal._make(sign, 0, 0, "F")
        ideal = self._exp - other._exp
        if self._int == 0:
            return ctx._fix(Decimal._make(sign, 0, ideal))
        shift = _digits_of(other._int) - _digits_of(self._int) + ctx.prec + 1
        if shift >= 0:
            q, r = divmod(self._int * 10 ** shift, other._int)
        else:
            q, r = divmod(self._int, other._int * 10 ** -shift)
        exp = ideal - shift
        if r:
            # A sticky digit so the rounding sees the remainder.
            if q % 5 == 0:
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return ctx._fix(Decimal._make(sign, q, exp))

    def __rtruediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context=context)

    def _divide_int(self, other, ctx):
        """(integer quotient, remainder) truncating toward zero, or a NaN pair."""
        sign = self._sign ^ other._sign
        if self._special == "F":
            if other._special == "F":
                r = self._invalid(ctx)
                return r, r
            return Decimal._make(sign, 0, 0, "F"), self._invalid(ctx)
        if other._special == "F":
            return Decimal._make(sign, 0, 0), ctx._fix(Decimal(self))
        if other._int == 0:
            if self._int == 0:
                r = self._invalid(ctx, DivisionUndefined)
                return r, r
            ctx._raise([DivisionByZero])
            return Decimal._make(sign, 0, 0, "F"), self._invalid(ctx)
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if _digits_of(q) > ctx.prec:
            r = self._invalid(ctx, DivisionImpossible)
            return r, r
        return Decimal._make(sign, q, 0), ctx._fix(Decimal._make(self._sign, r, exp))

    def __floordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        nan = self._nan_result(other, ctx)
        if nan is not None:
            return nan
        return self._divide_int(other, ctx)[0]

    def __rfloordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context=context)

    def __mod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        nan = self._nan_result(other, ctx)
        if nan is not None:
            return nan
        if not other._special and other._int == 0 and not self._special:
            # A remainder by zero is invalid, not a division by zero.
            return self._invalid(ctx, DivisionUndefined if self._int == 0 else InvalidOperation)
        return self._divide_int(other, ctx)[1]

    def __rmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context=context)

    def __divmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        nan = self._nan_result(other, ctx)
        if nan is not None:
            return nan, nan
        return self._divide_int(other, ctx)

    def __rdivmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context=context)

    def __neg__(self, context=None):
        ctx = context or getcontext()
        if self._special:
            nan = self._nan_result(None, ctx)
            if nan is not None:
                return nan
            return self.copy_negate()
        sign = 0 if self._int == 0 and ctx.rounding != ROUND_FLOOR else 1 - self._sign
        return ctx._fix(Decimal._make(sign, self._int, self._exp))

    def __pos__(self, context=None):
        ctx = context or getcontext()
        if self._special:
            nan = self._nan_result(None, ctx)
            return nan if nan is not None else Decimal(self)
        sign = 0 if self._int == 0 and ctx.rounding != ROUND_FLOOR else self._sign
        return ctx._fix(Decimal._make(sign, self._int, self._exp))

    def __abs__(self, round=True, context=None):
        ctx = context or getcontext()
        if self._special:
            nan = self._nan_result(None, ctx)
            return nan if nan is not None else self.copy_abs()
        return ctx._fix(self.copy_abs())

    def __pow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        if modulo is not None:
            modulo = _convert(modulo, True)
            if self._special or other._special or modulo._special or self._exp or other._exp or modulo._exp \
                    or other._sign or modulo._int == 0 or (self._int == 0 and other._int == 0):
                return self._invalid(ctx)
            # |x|**y mod |m|, with the sign of x**y.
            r = pow(self._int, other._int, modulo._int)
            return ctx._fix(Decimal._make(self._sign if other._int % 2 == 1 else 0, r, 0))
        nan = self._nan_result(other, ctx)
        if nan is not None:
            return nan
        if other._special == "F" or self._special == "F":
            return self._pow_special(other, ctx)
        if not other._is_integer():
            if self._sign and not self.is_zero():
                return self._invalid(ctx)
            return self._pow_inexact(other, ctx)
        n = int(other)
        if self._int == 0:
            if n == 0:
                return self._invalid(ctx)
            sign = self._sign if n % 2 else 0
            if n < 0:
                return Decimal._make(sign, 0, 0, "F")
            return ctx._fix(Decimal._make(sign, 0, 0))
        sign = self._sign if n % 2 else 0
        if n >= 0:
            return ctx._fix(Decimal._make(sign, self._int ** n, self._exp * n))
        denom = Decimal._make(0, self._int ** -n, self._exp * -n)
        result = Decimal(1).__truediv__(denom, context=ctx)
        return Decimal._make(sign, result._int, result._exp, result._special) if sign else result

    def __rpow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo, context=context)

    def _is_integer(self):
        if self._special:
            return False
        if self._exp >= 0:
            return True
        return self._int % 10 ** -self._exp == 0

    def _pow_special(self, other, ctx):
        if other._special == "F":
            if self.is_zero():
                return Decimal._make(0, 0, 0, "F") if other._sign else Decimal(0)
            mag = self.copy_abs()._cmp(Decimal(1))
            if mag == 0:
                return ctx._fix(Decimal._make(0, 10 ** (ctx.prec - 1), 1 - ctx.prec))
            big = (mag > 0) != bool(other._sign)
            return Decimal._make(0, 0, 0, "F") if big else Decimal(0)
        # self is infinite
        if other.is_zero():
            return Decimal(1)
        if other._sign:
            return Decimal._make(0, 0, 0)
        odd = other._is_integer() and int(other) % 2 == 1
        return Decimal._make(self._sign if odd else 0, 0, 0, "F")

    def _pow_inexact(self, other, ctx):
        # x ** y = exp(y * ln x), computed with extra digits then rounded once.
        if self.is_zero():
            return Decimal._make(0, 0, 0, "F") if other._sign else Decimal(0)
        extra = ctx.copy()
        extra.prec = ctx.prec + 10
        extra.traps = _SignalDict((s, False) for s in _SIGNALS)
        r = ctx._fix(other.__mul__(self.ln(extra), context=extra).exp(extra))
        ctx._raise([Inexact, Rounded])
        if r._special or r._int == 0:
            return r
        # A result computed inexactly carries the full precision (2.0000, not 2).
        pad = ctx.prec - _digits_of(r._int)
        if pad > 0:
            r = Decimal._make(r._sign, r._int * 10 ** pad, r._exp - pad)
        return r

    def sqrt(self, context=None):
        ctx = context or getcontext()
        if self._special:
            nan = self._nan_result(None, ctx)
            if nan is not None:
                return nan
            if self._sign:
                return self._invalid(ctx)
            return Decimal(self)
        if self._int == 0:
            return ctx._fix(Decimal._make(self._sign, 0, self._exp // 2))
        if self._sign:
            return self._invalid(ctx)
        ideal = self._exp // 2
        coeff, exp = self._int, self._exp
        if exp % 2:
            coeff *= 10
            exp -= 1
        k = max(0, ctx.prec + 1 - (_digits_of(coeff) + 1) // 2)
        coeff *= 10 ** (2 * k)
        exp -= 2 * k
        root = _isqrt(coeff)
        exp //= 2
        if root * root != coeff:
            if root % 5 == 0:
                root += 1
        else:
            while exp < ideal and root % 10 == 0:
                root //= 10
                exp += 1
        wider = ctx.copy()
        wider.rounding = ROUND_HALF_EVEN
        result = wider._fix(Decimal._make(0, root, exp))
        for s in _SIGNALS:
            if wider.flags[s]:
                ctx.flags[s] = True
        return result

    def exp(self, context=None):
        ctx = context or getcontext()
        if self._special:
            nan = self._nan_result(None, ctx)
            if nan is not None:
                return nan
            return Decimal(0) if self._sign else Decimal(self)
        if self._int == 0:
            return Decimal(1)
        prec = ctx.prec + 6
        # Taylor series on x / 2**k, then square k times, all with `prec` + guard digits.
        work = Context(prec=prec + 10, rounding=ROUND_HALF_EVEN, Emin=MIN_EMIN, Emax=MAX_EMAX, traps=[])
        x = Decimal(self)
        k = 0
        while x.copy_abs() > Decimal("0.1"):
            x = x.__truediv__(Decimal(2), context=work)
            k += 1
        total = Decimal(1)
        term = Decimal(1)
        i = 1
        while True:
            term = term.__mul__(x, context=work).__truediv__(Decimal(i), context=work)
            new = total.__add__(term, context=work)
            if new == total:
                break
            total = new
            i += 1
        for _ in range(k):
            total = total.__mul__(total, context=work)
        ctx._raise([Inexact, Rounded])
        return ctx._fix(total)

    def ln(self, context=None):
        ctx = context or getcontext()
        if self._special:
            nan = self._nan_result(None, ctx)
            if nan is not None:
                return nan
            return self._invalid(ctx) if self._sign else Decimal(self)
        if self._int == 0:
            return Decimal._make(1, 0, 0, "F")
        if self._sign:
            return self._invalid(ctx)
        if self == 1:
            return Decimal(0)
        work = Context(prec=ctx.prec + 16, rounding=ROUND_HALF_EVEN, Emin=MIN_EMIN, Emax=MAX_EMAX, traps=[])
        # ln(c * 10**e) = ln(m) + (e + digits) * ln 10 with m in [0.1, 1); atanh series for ln(m).
        digits = _digits_of(self._int)
        m = Decimal._make(0, self._int, -digits)
        e = self._exp + digits

        def ln_small(v):
            one = Decimal(1)
            z = v.__sub__(one, context=work).__truediv__(v.__add__(one, context=work), context=work)
            z2 = z.__mul__(z, context=work)
            total = z
            term = z
            i = 3
            while True:
                term = term.__mul__(z2, context=work)
                new = total.__add__(term.__truediv__(Decimal(i), context=work), context=work)
                if new == total:
                    break
                total = new
                i += 2
            return total.__mul__(Decimal(2), context=work)
        result = ln_small(m)
        if e:
            result = result.__add__(ln_small(Decimal(10)).__mul__(Decimal(e), context=work), context=work)
        ctx._raise([Inexact, Rounded])
        return ctx._fix(result)

    def log10(self, context=None):
        ctx = context or getcontext()
        if not self._special and self._int and not self._sign:
            # Exact for powers of ten.
            c = self._int
            z = 0
            while c % 10 == 0:
                c //= 10
                z += 1
            if c == 1:
                return ctx._fix(Decimal(self._exp + z))
        work = ctx.copy()
        work.prec = ctx.prec + 10
        work.traps = _SignalDict((s, False) for s in _SIGNALS)
        r = self.ln(work).__truediv__(Decimal(10).ln(work), context=work)
        if r.is_nan():
            return self._invalid(ctx)
        return ctx._fix(r)

    def quantize(self, exp, rounding=None, context=None):
        exp = _convert(exp, True)
        ctx = context or getcontext()
        rounding = rounding or ctx.rounding
        nan = self._nan_result(exp, ctx)
        if nan is not None:
            return nan
        if self._special or exp._special:
            if self._special == "F" and exp._special == "F":
                return Decimal(self)
            return self._invalid(ctx)
        target = exp._exp
        if not ctx.Etiny() <= target <= ctx.Emax:
            return self._invalid(ctx)
        if self._int == 0:
            return Decimal._make(self._sign, 0, target)
        if target >= self._exp:
            coeff, inexact = _round(self._sign, self._int, target - self._exp, rounding)
            conditions = []
            if target > self._exp:
                conditions.append(Rounded)
            if inexact:
                conditions.append(Inexact)
        else:
            coeff = self._int * 10 ** (self._exp - target)
            conditions = []
        if _digits_of(coeff) > ctx.prec:
            return self._invalid(ctx)
        ctx._raise(conditions)
        return Decimal._make(self._sign, coeff, target)

    def same_quantum(self, other, context=None):
        other = _convert(other, True)
        if self._special or other._special:
            return self._special == other._special or (self.is_nan() and other.is_nan())
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        ctx = context or getcontext()
        if self._special:
            nan = self._nan_result(None, ctx)
            return nan if nan is not None else Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        coeff, _ = _round(self._sign, self._int, -self._exp, rounding or ctx.rounding)
        return Decimal._make(self._sign, coeff, 0)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = context or getcontext()
        if self._special or self._exp >= 0:
            return self.to_integral_value(rounding, ctx)
        coeff, inexact = _round(self._sign, self._int, -self._exp, rounding or ctx.rounding)
        ctx._raise([Rounded, Inexact] if inexact else [Rounded])
        return Decimal._make(self._sign, coeff, 0)

    def normalize(self, context=None):
        ctx = context or getcontext()
        if self._special:
            nan = self._nan_result(None, ctx)
            return nan if nan is not None else Decimal(self)
        d = ctx._fix(self)
        if d._special:
            return d
        if d._int == 0:
            return Decimal._make(d._sign, 0, 0)
        coeff, exp = d._int, d._exp
        while coeff % 10 == 0 and exp < ctx.Emax:
            coeff //= 10
            exp += 1
        return Decimal._make(d._sign, coeff, exp)

    def fma(self, other, third, context=None):
        other = _convert(other, True)
        product = self.__mul__(other, context=Context(prec=MAX_PREC, Emin=MIN_EMIN, Emax=MAX_EMAX, traps=[]))
        return product.__add__(_convert(third, True), context=context)

    def __format__(self, spec, _localeconv=None):
        return _format_decimal(self, spec)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _format_decimal(d, spec):
    """format(Decimal, spec): [[fill]align][sign][z][#][0][width][,_][.precision][type]."""
    import re as _re
    m = _re.fullmatch(r"(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([eEfFgGn%])?", spec, _re.S)
    if m is None:
        raise ValueError("Invalid format specifier")
    fill, align, sign, _z, _alt, zero, width, grouping, precision, kind = m.groups()
    precision = int(precision) if precision is not None else None
    ctx = getcontext()
    if zero and fill is None and align is None:
        fill, align = "0", "="
    fill = fill or " "
    align = align or ">"
    negative = d._sign == 1
    if d._special:
        body = str(d.copy_abs())
    else:
        value = d.copy_abs()
        if kind == "%":
            value = Decimal._make(0, value._int, value._exp + 2)
        if kind in ("f", "F", "%"):
            if precision is not None:
                value = value.quantize(Decimal._make(0, 1, -precision), rounding=ctx.rounding,
                                       context=Context(prec=MAX_PREC, Emin=MIN_EMIN, Emax=MAX_EMAX, traps=[]))
            body = _plain(value)
        elif kind in ("e", "E"):
            if precision is not None:
                shift = value.adjusted() - precision
                value = value.quantize(Decimal._make(0, 1, shift), rounding=ctx.rounding,
                                       context=Context(prec=MAX_PREC, Emin=MIN_EMIN, Emax=MAX_EMAX, traps=[]))
            digits = str(value._int)
            adj = value._exp + len(digits) - 1
            body = digits[0] + ("." + digits[1:] if len(digits) > 1 else "") + kind + "%+d" % adj
        else:
            if precision is not None:
                work = Context(prec=max(precision, 1), rounding=ctx.rounding, Emin=MIN_EMIN, Emax=MAX_EMAX, traps=[])
                value = work._fix(value)
            body = str(value)
            if kind in ("G",):
                body = body.upper()
        if kind == "%":
            body += "%"
        if grouping:
            intpart, dot, rest = body.partition(".")
            if intpart.isdigit():
                groups = []
                while len(intpart) > 3:
                    groups.insert(0, intpart[-3:])
                    intpart = intpart[:-3]
                groups.insert(0, intpart)
                body = grouping.join(groups) + dot + rest
    prefix = "-" if negative else ("+" if sign == "+" else (" " if sign == " " else ""))
    width = int(width) if width else 0
    pad = width - len(prefix) - len(body)
    if pad <= 0:
        return prefix + body
    if align == "<":
        return prefix + body + fill * pad
    if align == ">":
        return fill * pad + prefix + body
    if align == "=":
        return prefix + fill * pad + body
    left = pad // 2
    return fill * left + prefix + body + fill * (pad - left)


def _plain(d):
    """A finite, non-negative Decimal in positional notation."""
    digits = str(d._int)
    if d._exp >= 0:
        return digits + "0" * d._exp
    point = len(digits) + d._exp
    if point > 0:
        return digits[:point] + "." + digits[point:]
    return "0." + "0" * (-point) + digits
