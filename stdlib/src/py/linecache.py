"""linecache: source lines by file name and line number.

garter keeps the source of everything it compiled (frozen modules
included); other files are read on first use. `_garter_introspect.getline`
does the lookup, so the cache functions have little to do.
"""

import _garter_introspect

__all__ = ["getline", "clearcache", "checkcache", "lazycache", "getlines"]

cache = {}


def getline(filename, lineno, module_globals=None):
    """Line `lineno` of `filename` with its newline, or '' when unknown."""
    if not isinstance(lineno, int) or lineno < 1:
        return ''
    return _garter_introspect.getline(filename, lineno)


def getlines(filename, module_globals=None):
    """Every line of `filename` (each with its newline), [] when unknown."""
    lines = []
    n = 1
    while True:
        line = _garter_introspect.getline(filename, n)
        if not line:
            return lines
        lines.append(line)
        n += 1


def clearcache():
    cache.clear()


def checkcache(filename=None):
    pass


def updatecache(filename, module_globals=None):
    return getlines(filename, module_globals)


def lazycache(filename, module_globals):
    return False
