"""importlib: import_module (absolute and, with `package=`, relative
names), reload, invalidate_caches. garter's import system is native
(`interp/src/vm/import.rs`); this module is a thin layer over
`__import__` and `sys.modules`.
"""

import sys

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def import_module(name, package=None):
    """Import a module; `name` may be relative (`.mod`) with `package`."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            "relative import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]


def reload(module):
    """Run a source module's code again in its namespace; returns the module
    as `sys.modules` holds it afterwards."""
    try:
        name = module.__name__
    except AttributeError:
        raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    filename = getattr(module, '__file__', None)
    if filename is None:
        return module
    with open(filename, encoding='utf-8') as f:
        source = f.read()
    exec(compile(source, filename, 'exec'), module.__dict__)
    return sys.modules[name]


def invalidate_caches():
    pass
