"""enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique, as CPython 3.11's.

EnumType (alias EnumMeta) builds the members when the class is created:
every name of the class body that is not a descriptor (function, property,
classmethod...), not _sunder_/__dunder__ and not in `_ignore_` becomes a
member, in definition order; `auto()` values are resolved in that order by
`_generate_next_value_`. (CPython does part of this while the body runs,
through a special namespace from `__prepare__`; garter resolves it
afterwards, so a name defined twice in the body is not reported.)

A member is made with the mixed-in type's `__new__` (or `object.__new__`),
then `__init__` runs with the value (unpacked when a tuple). Members with
an equal value become aliases of the first. Lookup by value (`Color(1)`) is
in EnumType.__call__, which falls back to `_missing_`; Flag's `_missing_`
builds composite members (`Perm.R|W`) on demand and caches them.
"""

import sys as _sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'property', 'FlagBoundary', 'STRICT',
           'CONFORM', 'EJECT', 'KEEP', 'global_enum', 'member', 'nonmember']

_builtin_property = property


def _function():
    pass


_DESCRIPTOR_TYPES = (type(_function), type(len), _builtin_property, classmethod,
                     staticmethod, type)


def _is_descriptor(obj):
    return isinstance(obj, _DESCRIPTOR_TYPES) or hasattr(type(obj), '__get__')


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1:2] != '_' and name[-2:-1] != '_')


def _is_private(cls_name, name):
    pattern = f'_{cls_name.lstrip("_")}__'
    return (len(name) > len(pattern) and name.startswith(pattern)
            and not name.endswith('__'))


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""
    _counter = 0

    def __init__(self, value=None):
        self.value = value if value is not None else _auto_null
        auto._counter += 1

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class member:
    """Forces an item to become an Enum member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects an item from becoming an Enum member."""

    def __init__(self, value):
        self.value = value


property = _builtin_property


class FlagBoundary:
    """How Flag handles values outside its members' bits."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"<FlagBoundary.{self.name}: {self.name.lower()!r}>"


STRICT = FlagBoundary('STRICT')
CONFORM = FlagBoundary('CONFORM')
EJECT = FlagBoundary('EJECT')
KEEP = FlagBoundary('KEEP')

# Set once Enum and Flag exist (EnumType needs to recognise them).
Enum = Flag = ReprEnum = None


class _EnumDict(dict):
    """The class-body namespace of an enum: resolves `auto()` as each member
    is assigned (so `AB = A | B` sees values) and refuses reused names."""

    def __init__(self, cls_name, generate):
        super().__init__()
        self._cls_name = cls_name
        self._generate = generate
        self._member_names = []
        self._last_values = []
        self._ignore = []

    def __setitem__(self, key, value):
        if key == '_ignore_':
            ignore = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
            self._ignore = ignore
        elif key == '_generate_next_value_':
            self._generate = value.__func__ if isinstance(value, staticmethod) else value
        elif (_is_dunder(key) or _is_sunder(key) or _is_private(self._cls_name, key)
                or key in self._ignore or _is_descriptor(value)):
            if key in self._member_names:
                raise TypeError(f'{key!r} already defined as {self[key]!r}')
        else:
            if key in self._member_names:
                raise TypeError(f'{key!r} already defined as {self[key]!r}')
            if key in self:
                raise TypeError(f'Attempted to reuse key: {key!r}')
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto) and self._generate is not None:
                if value.value is _auto_null:
                    value.value = self._generate(key, 1, len(self._member_names),
                                                 self._last_values[:])
                value = value.value
            if not isinstance(value, nonmember):
                self._member_names.append(key)
                self._last_values.append(value)
        super().__setitem__(key, value)


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        generate = None
        for base in bases:
            generate = getattr(base, '_generate_next_value_', None)
            if generate is not None:
                break
        return _EnumDict(cls, generate)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        # Pull the would-be members out of the namespace before the class
        # is made, so they are not plain class attributes.
        members = []
        body = {}
        for key, value in classdict.items():
            if key in ignore or key == '_ignore_':
                continue
            if isinstance(value, member):
                members.append((key, value.value))
                continue
            if isinstance(value, nonmember):
                body[key] = value.value
                continue
            if (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                    or _is_descriptor(value)):
                body[key] = value
                continue
            members.append((key, value))
        names = [k for k, _ in members]
        for key in names:
            if key in ('mro', ''):
                raise ValueError(f'invalid enum member name: {key!r}')
        invalid = {'_sunder_names'} & set(names)
        if invalid:
            raise ValueError(f'invalid enum member name(s) {invalid}')
        body['_new_member_'] = None
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        type.__setattr__(enum_class, '_member_names_', [])
        type.__setattr__(enum_class, '_member_map_', {})
        type.__setattr__(enum_class, '_value2member_map_', {})
        type.__setattr__(enum_class, '_unhashable_values_', [])
        type.__setattr__(enum_class, '_member_type_', member_type)
        type.__setattr__(enum_class, '_use_args_', member_type is not object)
        if boundary is None:
            boundary = getattr(first_enum, '_boundary_', None)
        type.__setattr__(enum_class, '_boundary_', boundary)
        type.__setattr__(enum_class, '_flag_mask_', 0)
        type.__setattr__(enum_class, '_all_bits_', 0)
        for base in enum_class.__mro__[1:]:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f"{enum_class!r} cannot extend {base!r}")

        # The member constructor: a __new__ defined on this enum or a
        # mixin, else the data type's own.
        new_member = classdict.get('__new__')
        if new_member is None:
            for base in enum_class.__mro__[1:]:
                if base is object:
                    continue
                candidate = base.__dict__.get('_new_member_') if isinstance(base, EnumType) else None
                if candidate is not None:
                    new_member = candidate
                    break
                if not isinstance(base, EnumType) and '__new__' in base.__dict__:
                    new_member = base.__new__
                    break
        if isinstance(new_member, staticmethod):
            new_member = new_member.__func__
        custom_new = new_member is not None and new_member is not object.__new__
        if new_member is None:
            new_member = object.__new__
        # Subclasses of this enum make their members with the same __new__.
        type.__setattr__(enum_class, '_new_member_', new_member if '__new__' in classdict else None)

        # With a mixed-in data type, the data type's repr/str/format would
        # win by the MRO; the Enum ones are put back, as CPython does.
        if Enum is not None:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in classdict:
                    continue
                owner = next((c for c in enum_class.__mro__ if name in c.__dict__), object)
                if not isinstance(owner, EnumType):
                    enum_owner = next(c for c in enum_class.__mro__
                                      if isinstance(c, EnumType) and name in c.__dict__)
                    type.__setattr__(enum_class, name, enum_owner.__dict__[name])

        # Flag operators beat a data type's (int.__or__) by the MRO too.
        if Flag is not None and issubclass(enum_class, Flag):
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__',
                         '__rxor__', '__invert__'):
                if name not in classdict:
                    type.__setattr__(enum_class, name, Flag.__dict__[name])

        last_values = []
        generate = enum_class._generate_next_value_
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        for index, (name, value) in enumerate(members):
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = generate(name, 1, len(last_values), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                resolved = []
                for v in value:
                    if isinstance(v, auto):
                        if v.value is _auto_null:
                            v.value = generate(name, 1, len(last_values), last_values[:])
                        v = v.value
                    resolved.append(v)
                value = tuple(resolved)
            last_values.append(value)
            metacls._add_member_(enum_class, name, value, new_member, custom_new, member_type)
        if is_flag:
            bits = 0
            for m in enum_class._member_map_.values():
                bits |= m._value_
            type.__setattr__(enum_class, '_flag_mask_', bits)
            type.__setattr__(enum_class, '_all_bits_', 2 ** bits.bit_length() - 1 if bits else 0)
        return enum_class

    @staticmethod
    def _add_member_(enum_class, name, value, new_member, custom_new, member_type):
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        if custom_new:
            enum_member = new_member(enum_class, *args)
        else:
            enum_member = object.__new__(enum_class)
        if not hasattr(enum_member, '_value_'):
            if member_type is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = member_type(*args)
                except Exception:
                    enum_member._value_ = value
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = enum_class
        enum_member._sort_order_ = len(enum_class._member_names_)
        init = enum_class.__dict__.get('__init__')
        if init is None:
            for base in enum_class.__mro__[1:]:
                if '__init__' in base.__dict__ and base not in (object, Enum):
                    if base is member_type:
                        break
                    init = base.__dict__['__init__']
                    break
        if init is not None and init is not Enum.__dict__.get('__init__'):
            init(enum_member, *args)
        # An equal value makes an alias of the first member with it.
        existing = None
        try:
            existing = enum_class._value2member_map_.get(value)
        except TypeError:
            for m in enum_class._member_map_.values():
                if m._value_ == value:
                    existing = m
                    break
        if existing is None:
            for m in enum_class._member_map_.values():
                if m._value_ == value:
                    existing = m
                    break
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if existing is not None:
            enum_member = existing
        elif is_flag and not _is_single_bit(value):
            # Multi-bit flag values are aliases, not iterated (3.11).
            pass
        else:
            enum_class._member_names_.append(name)
        if existing is None:
            try:
                enum_class._value2member_map_.setdefault(value, enum_member)
            except TypeError:
                enum_class._unhashable_values_.append(value)
        enum_class._member_map_[name] = enum_member
        type.__setattr__(enum_class, name, enum_member)

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases or Enum is None:
            return object, Enum
        last = bases[-1]
        if not isinstance(last, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = object
        for chain in bases:
            for base in chain.__mro__:
                if base is object or isinstance(base, EnumType):
                    continue
                member_type = base
                break
            if member_type is not object:
                break
        return member_type, last

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        """Either returns an existing member, or creates a new enum class."""
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _lookup_(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        raise TypeError(f"error in {cls.__name__}._missing_: returned {result!r} "
                        f"instead of None or a valid member")

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        classdict = {}
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            last_values = []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                classdict[name] = value
        elif isinstance(names, dict):
            classdict.update(names)
        else:
            for item in names:
                if isinstance(item, str):
                    classdict[item] = auto()
                else:
                    member_name, member_value = item
                    classdict[member_name] = member_value
        if module is None:
            from _garter_frozen import caller_module
            module = caller_module(2)
        classdict['__module__'] = module if module is not None else '__main__'
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, value):
        if not isinstance(value, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(value).__qualname__, cls.__class__.__qualname__))
        return isinstance(value, cls) and value._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f"{cls.__name__}: cannot delete Enum member '{attr}'.")
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @_builtin_property
    def __members__(cls):
        """Returns a mapping of member name->value (aliases included)."""
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """Generate the next value when not given: one more than the last
        value that supports it, else `start`."""
        for last_value in reversed(last_values):
            try:
                return last_value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    _value_repr_ = None

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']
        for cls in type(self).__mro__:
            for name in cls.__dict__:
                if (not name.startswith('_') and name not in names and cls not in (Enum, Flag, object)
                        and name not in type(self)._member_map_):
                    names.append(name)
        return sorted(names)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @_builtin_property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @_builtin_property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(self, format_spec)

    _value_repr_ = int.__repr__


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values, ))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0], ))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(str.__str__(self), format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """Return the lower-cased version of the member name."""
        return name.lower()


def _is_single_bit(num):
    if not isinstance(num, int) or num == 0:
        return False
    num &= num - 1
    return num == 0


def _bit_count(num):
    return bin(num).count('1')


class Flag(Enum, boundary=STRICT):
    """Support for flags"""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The next power of two above the highest value so far."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ & value and m._value_ & value == m._value_:
                yield m

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if -all_bits - 1 <= value < 0:
            neg_value = value
            value = all_bits + 1 + value
        boundary = cls._boundary_
        if value < 0 or value & ~flag_mask:
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
                    cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
            elif boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, '_value_'):
            pseudo_member._value_ = value
        if member_value:
            names = [m._name_ for m in cls._iter_member_(member_value)]
            if unknown:
                names.append(repr(unknown))
            pseudo_member._name_ = '|'.join(names)
        else:
            pseudo_member._name_ = None
        pseudo_member._sort_order_ = None
        pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return _bit_count(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._member_type_ is not object and self._boundary_ is KEEP:
            return self.__class__(~self._value_)
        return self.__class__(self._flag_mask_ ^ self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


def _bin(num, max_bits=None):
    ceiling = 2 ** (num).bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None:
        if len(digits) < max_bits:
            digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(self, format_spec)

    _value_repr_ = int.__repr__


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(
                ["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' %
                (enumeration, alias_details))
    return enumeration


def global_enum(cls):
    """Exports the members into the module's namespace."""
    module = _sys.modules[cls.__module__].__dict__
    module.update(cls.__members__)
    return cls
