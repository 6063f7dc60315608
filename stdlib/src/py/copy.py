"""copy: shallow and deep copy operations, as CPython 3.11's.

A class controls its copies with `__copy__` / `__deepcopy__(memo)`, or
`__reduce_ex__`/`__reduce__` when it defines one itself. Otherwise garter
copies an instance directly (its builtin base's contents, its `__dict__`
and its slots), which is what CPython's default `object.__reduce_ex__`
amounts to.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _function():
    pass


class _Class:
    def method(self):
        pass


_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(Ellipsis), type(NotImplemented), type(_function), type(len),
           type(_Class().method), property, slice)
try:
    import sys as _sys
    _ATOMIC += (type(_sys),)
except ImportError:
    pass


def _own_reducer(cls):
    """The class's own __reduce_ex__/__reduce__, if a Python class defines one."""
    for klass in cls.__mro__:
        if klass is object:
            return None
        d = klass.__dict__
        if '__reduce_ex__' in d:
            return lambda x: x.__reduce_ex__(4)
        if '__reduce__' in d:
            return lambda x: x.__reduce__()
    return None


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC or cls in (tuple, frozenset):
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set or cls is bytearray:
        return x.copy()
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    reducer = _own_reducer(cls)
    if reducer is not None:
        rv = reducer(x)
        if isinstance(rv, str):
            return x
        return _reconstruct(x, None, *rv)
    return _copy_instance(x, cls, None)


def _new_like(x, cls, memo):
    """A new, empty instance of cls for x (tuple/int/str subclasses get
    their value, as __getnewargs__ or the value itself says)."""
    getnewargs = getattr(x, '__getnewargs__', None)
    if getnewargs is not None:
        args = getnewargs()
        if memo is not None:
            args = deepcopy(args, memo)
        return cls.__new__(cls, *args)
    for base in (tuple, frozenset, int, float, str, bytes, complex):
        if isinstance(x, base):
            value = base(x)
            if memo is not None:
                value = deepcopy(value, memo)
            return cls.__new__(cls, value)
    return cls.__new__(cls)


def _copy_instance(x, cls, memo):
    deep = memo is not None
    y = _new_like(x, cls, memo)
    if deep:
        memo[id(x)] = y
    if isinstance(x, dict):
        for key, value in dict.items(x):
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            dict.__setitem__(y, key, value)
    elif isinstance(x, list):
        list.extend(y, [deepcopy(v, memo) for v in x] if deep else x)
    elif isinstance(x, set):
        set.update(y, [deepcopy(v, memo) for v in x] if deep else x)
    state = getattr(x, '__dict__', None)
    if state:
        if hasattr(x, '__getstate__') and '__getstate__' in _defined_by_user(cls):
            state = x.__getstate__()
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            y.__dict__.update(state)
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            try:
                value = getattr(x, name)
            except AttributeError:
                continue
            if deep:
                value = deepcopy(value, memo)
            object.__setattr__(y, name, value)
    return y


def _defined_by_user(cls):
    names = set()
    for klass in cls.__mro__:
        if klass is not object:
            names.update(klass.__dict__)
    return names


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        append = y.append
        for a in x:
            append(deepcopy(a, memo))
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        # A tuple of atoms is its own deep copy; a cycle back to it may
        # already have copied it.
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        elif issubclass(cls, type):
            y = x
        else:
            reducer = _own_reducer(cls)
            if reducer is not None:
                rv = reducer(x)
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)
            else:
                y = _copy_instance(x, cls, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keeps x alive while memo is (ids in memo must stay valid)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *ignored):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


del _Class
