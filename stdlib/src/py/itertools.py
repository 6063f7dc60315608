"""itertools: iterator building blocks, as CPython 3.11's.

Each iterator is a small class (so `type()`, `isinstance` and reprs match
CPython's) holding a generator that does the work. `__iter__` hands out
that generator itself, so a `for` loop resumes it directly instead of going
through a Python-level `__next__` per item; `next(it)` goes through
`__next__`. Either way the state is shared. (Hence `iter(x) is x` is false
for most of these; CPython's are their own iterators.) A Rust itertools
would be faster still in hot loops.

Argument errors follow CPython's wording: argument-clinic style
("combinations() missing required argument 'r' (pos 2)") or old style
("starmap expected 2 arguments, got 1") as each function has it.
"""

import sys as _sys

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']

_MISSING = object()


def _clinic(name, args, kwargs, names, required, max_kw=None):
    """Binds args like CPython's argument clinic: positional or keyword."""
    if len(args) > len(names):
        raise TypeError(f"{name}() takes at most {len(names)} positional "
                        f"argument{'s' if len(names) != 1 else ''} ({len(args)} given)")
    values = list(args) + [_MISSING] * (len(names) - len(args))
    for key, value in kwargs.items():
        if key not in names:
            if max_kw is not None and len(kwargs) > max_kw:
                raise TypeError(f"{name}() takes at most {max_kw} keyword "
                                f"arguments ({len(kwargs)} given)")
            raise TypeError(f"{name}() got an unexpected keyword argument '{key}'")
        i = names.index(key)
        if values[i] is not _MISSING:
            raise TypeError(f"argument for {name}() given by name ('{key}') "
                            f"and position ({i + 1})")
        values[i] = value
    for i in range(required):
        if values[i] is _MISSING:
            raise TypeError(f"{name}() missing required argument "
                            f"'{names[i]}' (pos {i + 1})")
    return values


def _positional(name, args, kwargs, low, high):
    """Binds positional-only args, worded as CPython's older C functions."""
    if kwargs:
        raise TypeError(f"{name}() takes no keyword arguments")
    n = len(args)
    if low == high and n != low:
        raise TypeError(f"{name} expected {low} argument{'s' if low != 1 else ''}, got {n}")
    if n < low:
        raise TypeError(f"{name} expected at least {low} argument{'s' if low != 1 else ''}, got {n}")
    if n > high:
        raise TypeError(f"{name} expected at most {high} argument{'s' if high != 1 else ''}, got {n}")
    return args


def _index(value):
    if isinstance(value, int):
        return int(value)
    try:
        method = type(value).__index__
    except AttributeError:
        raise TypeError(f"'{type(value).__name__}' object cannot be "
                        f"interpreted as an integer") from None
    return method(value)


class _GenIter:
    """Base of the generator-backed iterators (see the module doc)."""
    __slots__ = ('_gen',)

    def __iter__(self):
        return self._gen

    def __next__(self):
        return next(self._gen)

    def __reduce__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")


def _setup(cls, gen):
    self = object.__new__(cls)
    self._gen = gen
    return self


# ---------------------------------------------------------------- infinite

class count:
    """Return a count object whose .__next__() method returns consecutive values."""
    __slots__ = ('_value', '_step')

    def __new__(cls, *args, **kwargs):
        start, step = _clinic('count', args, kwargs, ['start', 'step'], 0, max_kw=2)
        start = 0 if start is _MISSING else start
        step = 1 if step is _MISSING else step
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(type(v), '__add__'):
                raise TypeError("a number is required")
            if isinstance(v, str) or isinstance(v, (bytes, list, tuple)):
                raise TypeError("a number is required")
        self = object.__new__(cls)
        self._value = start
        self._step = step
        return self

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return f"{type(self).__name__}({self._value!r})"
        return f"{type(self).__name__}({self._value!r}, {step!r})"


class cycle(_GenIter):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if kwargs:
            raise TypeError("cycle() takes no keyword arguments")
        (iterable,) = _clinic('cycle', args, {}, ['iterable'], 1)
        return _setup(cls, _cycle(iter(iterable)))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        yield from saved


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""
    __slots__ = ('_object', '_times')

    def __new__(cls, *args, **kwargs):
        obj, times = _clinic('repeat', args, kwargs, ['object', 'times'], 1)
        self = object.__new__(cls)
        self._object = obj
        if times is _MISSING:
            self._times = None
        else:
            self._times = max(_index(times), 0)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        times = self._times
        if times is None:
            return self._object
        if times <= 0:
            raise StopIteration
        self._times = times - 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"{type(self).__name__}({self._object!r})"
        return f"{type(self).__name__}({self._object!r}, {self._times})"


# ---------------------------------------------------------------- finite

class accumulate(_GenIter):
    """Return series of accumulated sums (or other binary function results)."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        iterable, func, initial = _clinic('accumulate', args, {k: v for k, v in kwargs.items() if k != 'initial'},
                                          ['iterable', 'func'], 1) + [kwargs.get('initial')]
        func = None if func is _MISSING else func
        return _setup(cls, _accumulate(iter(iterable), func, initial))


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


class chain(_GenIter):
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""
    __slots__ = ()

    def __new__(cls, *iterables, **kwargs):
        if kwargs:
            raise TypeError("chain() takes no keyword arguments")
        return _setup(cls, _chain(iter(iterables)))

    @classmethod
    def from_iterable(cls, iterable):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        return _setup(cls, _chain(iter(iterable)))

    @classmethod
    def __class_getitem__(cls, item):
        return cls


def _chain(iterables):
    for it in iterables:
        yield from it


class compress(_GenIter):
    """Return data elements corresponding to true selector elements."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        data, selectors = _clinic('compress', args, kwargs, ['data', 'selectors'], 2)
        return _setup(cls, _compress(iter(data), iter(selectors)))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


class dropwhile(_GenIter):
    """Drop items from the iterable while predicate(item) is true."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        predicate, iterable = _positional('dropwhile', args, kwargs, 2, 2)
        return _setup(cls, _dropwhile(predicate, iter(iterable)))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


class filterfalse(_GenIter):
    """Return those items of iterable for which function(item) is false."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        function, iterable = _positional('filterfalse', args, kwargs, 2, 2)
        return _setup(cls, _filterfalse(function, iter(iterable)))


def _filterfalse(function, it):
    if function is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not function(x):
                yield x


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""
    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_id')

    def __new__(cls, *args, **kwargs):
        iterable, key = _clinic('groupby', args, kwargs, ['iterable', 'key'], 1)
        self = object.__new__(cls)
        self._keyfunc = None if key is _MISSING else key
        self._it = iter(iterable)
        # One sentinel for all three: "no item read yet" compares equal, so
        # the first __next__ reads an item.
        unset = object()
        self._tgtkey = self._currkey = self._currvalue = unset
        self._id = None
        return self

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        self._currvalue = value
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)

    def __next__(self):
        # A new id: groupers handed out before see they are stale and stop.
        self._id = object()
        while self._currkey == self._tgtkey:
            self._step()
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey, self._id))


def _grouper(parent, tgtkey, group_id):
    while parent._id is group_id and parent._currkey == tgtkey:
        yield parent._currvalue
        try:
            parent._step()
        except StopIteration:
            return


class islice(_GenIter):
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object"""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        args = _positional('islice', args, kwargs, 2, 4)
        iterable = args[0]
        if len(args) == 2:
            start, stop, step = None, args[1], None
        else:
            start, stop, step = (list(args[1:]) + [None])[:3]
        if stop is not None:
            try:
                stop = _index(stop)
            except TypeError:
                stop = -1
            if stop < 0 or stop > _sys.maxsize:
                raise ValueError("Stop argument for islice() must be None or an "
                                 "integer: 0 <= x <= sys.maxsize.")
        values = []
        for v in (start, step):
            if v is not None:
                try:
                    v = _index(v)
                except TypeError:
                    v = -1
                if v < 0 or v > _sys.maxsize:
                    raise ValueError("Indices for islice() must be None or an "
                                     "integer: 0 <= x <= sys.maxsize.")
            values.append(v)
        start = values[0] or 0
        step = values[1]
        if step is None:
            step = 1
        elif step == 0:
            raise ValueError("Step for islice() must be a positive integer or None.")
        return _setup(cls, _islice(iter(iterable), start, stop, step))


def _islice(it, start, stop, step):
    # As CPython: skip to `start` (even past `stop`), then take every
    # `step`-th item while the count stays below `stop`.
    count = 0
    nxt = start
    while True:
        while count < nxt:
            try:
                next(it)
            except StopIteration:
                return
            count += 1
        if stop is not None and count >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        count += 1
        nxt += step
        if stop is not None and nxt > stop:
            nxt = stop
        yield item


class pairwise(_GenIter):
    """Return an iterator of overlapping pairs taken from the input iterator."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        (iterable,) = _positional('pairwise', args, kwargs, 1, 1)
        return _setup(cls, _pairwise(iter(iterable)))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield (a, b)
        a = b


class starmap(_GenIter):
    """Return an iterator whose values are returned from the function evaluated
    with an argument tuple taken from the given sequence."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        function, iterable = _positional('starmap', args, kwargs, 2, 2)
        return _setup(cls, _starmap(function, iter(iterable)))


def _starmap(function, it):
    for args in it:
        yield function(*args)


class takewhile(_GenIter):
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        predicate, iterable = _positional('takewhile', args, kwargs, 2, 2)
        return _setup(cls, _takewhile(predicate, iter(iterable)))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            return


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    n = _index(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    # One shared buffer; each tee iterator keeps its position in it. Items
    # every iterator has passed are dropped from the front.
    shared = _TeeData(it)
    return tuple(_tee(shared) for _ in range(n))


class _TeeData:
    __slots__ = ('it', 'buffer', 'offset', 'positions')

    def __init__(self, it):
        self.it = it
        self.buffer = []
        self.offset = 0


class _tee:
    __slots__ = ('_data', '_pos')

    def __init__(self, data, pos=None):
        self._data = data
        self._pos = data.offset if pos is None else pos

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        index = self._pos - data.offset
        if index < len(data.buffer):
            value = data.buffer[index]
        else:
            value = next(data.it)
            data.buffer.append(value)
        self._pos += 1
        return value

    def __copy__(self):
        return _tee(self._data, self._pos)


_tee.__name__ = _tee.__qualname__ = '_tee'


class zip_longest(_GenIter):
    """Return a zip_longest object whose .__next__() method returns a tuple where
    the i-th element comes from the i-th iterable argument."""
    __slots__ = ()

    def __new__(cls, *iterables, **kwargs):
        fillvalue = None
        for key, value in kwargs.items():
            if key != 'fillvalue':
                raise TypeError("zip_longest() got an unexpected keyword argument")
            fillvalue = value
        return _setup(cls, _zip_longest([iter(i) for i in iterables], fillvalue))


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    iterators = list(iterators)
    while True:
        values = []
        for i, it in enumerate(iterators):
            if it is None:
                values.append(fillvalue)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                values.append(fillvalue)
        yield tuple(values)


# ---------------------------------------------------------------- combinatoric

class product(_GenIter):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    __slots__ = ()

    def __new__(cls, *iterables, **kwargs):
        repeat = 1
        for key, value in kwargs.items():
            if key != 'repeat':
                raise TypeError(f"product() got an unexpected keyword argument '{key}'")
            repeat = _index(value)
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(pool) for pool in iterables] * repeat
        return _setup(cls, _product(pools))


def _product(pools):
    n = len(pools)
    if any(len(pool) == 0 for pool in pools):
        return
    indices = [0] * n
    yield tuple(pool[0] for pool in pools)
    while n:
        # Advance the rightmost index that can move; reset the ones after it.
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple(pool[k] for pool, k in zip(pools, indices))


class permutations(_GenIter):
    """Return successive r-length permutations of elements in the iterable."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        iterable, r = _clinic('permutations', args, kwargs, ['iterable', 'r'], 1)
        pool = tuple(iterable)
        n = len(pool)
        if r is _MISSING or r is None:
            r = n
        elif not isinstance(r, int):
            raise TypeError("Expected int as r")
        if r < 0:
            raise ValueError("r must be non-negative")
        return _setup(cls, _permutations(pool, r))


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


class combinations(_GenIter):
    """Return successive r-length combinations of elements in the iterable."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        iterable, r = _clinic('combinations', args, kwargs, ['iterable', 'r'], 2)
        pool = tuple(iterable)
        r = _index(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        return _setup(cls, _combinations(pool, r))


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_GenIter):
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        iterable, r = _clinic('combinations_with_replacement', args, kwargs,
                              ['iterable', 'r'], 2)
        pool = tuple(iterable)
        r = _index(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        return _setup(cls, _combinations_with_replacement(pool, r))


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


for _cls in (count, cycle, repeat, accumulate, chain, compress, dropwhile,
             filterfalse, groupby, islice, pairwise, starmap, takewhile,
             zip_longest, product, permutations, combinations,
             combinations_with_replacement):
    _cls.__module__ = 'itertools'
del _cls
