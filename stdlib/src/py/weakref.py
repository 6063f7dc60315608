"""weakref: weak references, as CPython 3.11's (the basics).

`ref(obj)` does not keep obj alive: garter counts references, so when the
last strong reference goes the ref returns None at once, as in CPython.
WeakValueDictionary and WeakKeyDictionary drop entries whose referent has
died when they next look at them. Callbacks (of `ref(obj, callback)` and
`finalize`) run once the referent has died, within a few periodic checks
(garter has no hook at the instant of death: `interp/src/vm/deathwatch.rs`),
not at the very instant as in CPython. `finalize(..., atexit=True)`
finalizers still alive at exit are not run (gap).
"""

import _weakref

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


class ReferenceType:
    """ref(object[, callback]) -- a weak reference to object."""
    __slots__ = ('_handle', '_hash', '__callback__', '__weakref__')

    def __init__(self, ob, callback=None):
        self._handle = _weakref.new(ob)
        self._hash = None
        self.__callback__ = callback
        if callback is not None:
            _weakref.watch(ob, self)

    def __call__(self):
        return _weakref.get(self._handle)

    def __hash__(self):
        if self._hash is None:
            ob = self()
            if ob is None:
                raise TypeError("weak object has gone away")
            self._hash = hash(ob)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a, b = self(), other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __repr__(self):
        ob = self()
        if ob is None:
            return '<weakref at %#x; dead>' % id(self)
        name = getattr(ob, '__name__', None)
        if name is not None and not isinstance(ob, type(self)):
            return '<weakref at %#x; to %r at %#x (%s)>' % (
                id(self), type(ob).__name__, id(ob), name)
        return '<weakref at %#x; to %r at %#x>' % (id(self), type(ob).__name__, id(ob))

    @classmethod
    def __class_getitem__(cls, item):
        return cls


ReferenceType.__name__ = ReferenceType.__qualname__ = 'ReferenceType'
ref = ReferenceType


def getweakrefcount(object):
    """Return the number of weak references to 'object'."""
    return _weakref.getweakrefcount(object)


def getweakrefs(object):
    """Return a list of all weak reference objects pointing to 'object'
    (garter does not track them; the list is empty)."""
    return []


class WeakMethod(ref):
    """A custom `weakref.ref` subclass which simulates a weak reference to
    a bound method, working around the lifetime problem of bound methods."""
    __slots__ = ('_func_ref', '_meth_type')

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        super().__init__(obj, callback)
        self._func_ref = ref(func)
        self._meth_type = type(meth)

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)


class _Proxy:
    __slots__ = ('_ref',)

    def __init__(self, ob, callback=None):
        object.__setattr__(self, '_ref', ref(ob, callback))

    def _target(self):
        ob = object.__getattribute__(self, '_ref')()
        if ob is None:
            raise ReferenceError('weakly-referenced object no longer exists')
        return ob

    def __getattr__(self, name):
        return getattr(_Proxy._target(self), name)

    def __setattr__(self, name, value):
        setattr(_Proxy._target(self), name, value)

    def __repr__(self):
        ob = _Proxy._target(self)
        return '<weakproxy at %#x; to %r at %#x>' % (id(self), type(ob).__name__, id(ob))

    def __str__(self):
        return str(_Proxy._target(self))

    def __len__(self):
        return len(_Proxy._target(self))

    def __iter__(self):
        return iter(_Proxy._target(self))

    def __getitem__(self, key):
        return _Proxy._target(self)[key]

    def __call__(self, *args, **kwargs):
        return _Proxy._target(self)(*args, **kwargs)

    def __eq__(self, other):
        return _Proxy._target(self) == other

    def __bool__(self):
        return bool(_Proxy._target(self))


ProxyType = CallableProxyType = _Proxy
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(object, callback=None):
    """Create a proxy object that weakly references 'object'."""
    return _Proxy(object, callback)


class WeakValueDictionary:
    """Mapping class that references values weakly."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _live(self):
        dead = [k for k, r in self.data.items() if r() is None]
        for k in dead:
            del self.data[k]
        return self.data

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            del self.data[key]
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self._live())

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[key] = ref(value)

    def copy(self):
        new = WeakValueDictionary()
        for key, r in self._live().items():
            o = r()
            if o is not None:
                new[key] = o
        return new

    __copy__ = copy

    def get(self, key, default=None):
        try:
            r = self.data[key]
        except KeyError:
            return default
        o = r()
        return default if o is None else o

    def items(self):
        for k, r in list(self._live().items()):
            v = r()
            if v is not None:
                yield k, v

    def keys(self):
        for k, r in list(self._live().items()):
            if r() is not None:
                yield k

    __iter__ = keys

    def itervaluerefs(self):
        yield from list(self._live().values())

    def valuerefs(self):
        return list(self._live().values())

    def values(self):
        for r in list(self._live().values()):
            o = r()
            if o is not None:
                yield o

    def popitem(self):
        while True:
            key, r = self.data.popitem()
            o = r()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self.data[key] = ref(default)
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                self.data[key] = ref(o)
        for key, o in kwargs.items():
            self.data[key] = ref(o)


class WeakKeyDictionary:
    """Mapping class that references keys weakly."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _live(self):
        dead = [k for k in self.data if k() is None]
        for k in dead:
            del self.data[k]
        return self.data

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        return len(self._live())

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key)] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        for wr, value in list(self._live().items()):
            key = wr()
            if key is not None:
                yield key, value

    def keys(self):
        for wr in list(self._live()):
            obj = wr()
            if obj is not None:
                yield obj

    __iter__ = keys

    def values(self):
        for wr, value in list(self._live().items()):
            if wr() is not None:
                yield value

    def keyrefs(self):
        return list(self._live())

    def popitem(self):
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                self.data[ref(key)] = value
        if len(kwargs):
            self.update(kwargs)


class WeakSet:
    """A set of weakly referenced objects."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            self.update(data)

    def _live(self):
        dead = [r for r in self.data if r() is None]
        for r in dead:
            self.data.discard(r)
        return self.data

    def __iter__(self):
        for r in list(self._live()):
            item = r()
            if item is not None:
                yield item

    def __len__(self):
        return len(self._live())

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def add(self, item):
        self.data.add(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def clear(self):
        self.data.clear()

    def update(self, other):
        for element in other:
            self.add(element)

    def __repr__(self):
        return f'{type(self).__name__}({list(self)!r})'


class finalize:
    """Class for finalization of weakrefable objects.

    finalize(obj, func, *args, **kwargs) returns a callable finalizer
    object which will be called when obj is garbage collected (by garter
    within a few periodic checks of the death).
    """
    __slots__ = ('_ref', '_func', '_args', '_kwargs', '_alive', 'atexit')

    # Live finalizers are kept here, so they outlive their creator's
    # reference, until they run or are detached.
    _registry = {}

    def __init__(self, obj, func, /, *args, **kwargs):
        self._ref = ref(obj, self)
        self._func = func
        self._args = args
        self._kwargs = kwargs or {}
        self._alive = True
        self.atexit = True
        finalize._registry[self] = None

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs);
        otherwise return None"""
        if self._alive:
            self._alive = False
            finalize._registry.pop(self, None)
            return self._func(*self._args, **self._kwargs)
        return None

    def detach(self):
        """If alive then mark as dead and return (obj, func, args, kwargs);
        otherwise return None"""
        obj = self._ref()
        if obj is not None and self._alive:
            self._alive = False
            finalize._registry.pop(self, None)
            return (obj, self._func, self._args, self._kwargs)
        return None

    def peek(self):
        """If alive then return (obj, func, args, kwargs); otherwise return None"""
        obj = self._ref()
        if obj is not None and self._alive:
            return (obj, self._func, self._args, self._kwargs)
        return None

    @property
    def alive(self):
        """Whether finalizer is alive"""
        return self._alive and self._ref() is not None

    def __repr__(self):
        obj = self._ref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))
