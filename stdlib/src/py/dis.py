"""dis: listings of garter's own instructions.

`dis.dis(x)` prints the listing `interp/src/dis.rs` makes (the `Op` names
of `interp/src/code.rs`, line numbers, offsets, jump targets, the exception
table, nested code objects) for a function, method, class (each method),
code object or source string. These are garter's instructions, not
CPython's bytecode, so the output is not compared with CPython's.
"""

import sys
import _garter_introspect

__all__ = ["code_info", "dis", "disassemble", "distb", "show_code"]


def _get_code(x):
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        return x.__code__
    if hasattr(x, 'gi_code'):
        return x.gi_code
    if isinstance(x, (str, bytes, bytearray)):
        if not isinstance(x, str):
            x = bytes(x).decode()
        try:
            return compile(x, '<dis>', 'eval')
        except SyntaxError:
            return compile(x, '<dis>', 'exec')
    if type(x).__name__ == 'code':
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Prints the listing of `x`: a function, method, class (its methods
    in name order), code object or source text."""
    out = sys.stdout if file is None else file
    if x is None:
        raise TypeError("dis() without an argument (the last traceback) is not supported")
    if isinstance(x, type):
        for name, value in sorted(vars(x).items()):
            if isinstance(value, (staticmethod, classmethod)):
                value = value.__func__
            if hasattr(value, '__code__'):
                out.write("Disassembly of %s:\n" % name)
                out.write(_garter_introspect.dis(value.__code__))
                out.write("\n")
        return
    out.write(_garter_introspect.dis(_get_code(x)))


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    dis(co, file=file)


disco = disassemble


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    raise NotImplementedError("distb: garter keeps no instruction offsets in tracebacks")


def code_info(x):
    co = _get_code(x)
    lines = ["Name:              %s" % co.co_name,
             "Filename:          %s" % co.co_filename,
             "Argument count:    %s" % co.co_argcount,
             "First line:        %s" % co.co_firstlineno]
    if co.co_varnames:
        lines.append("Variable names:")
        for i, n in enumerate(co.co_varnames):
            lines.append("%4d: %s" % (i, n))
    return "\n".join(lines)


def show_code(co, *, file=None):
    print(code_info(co), file=file)
