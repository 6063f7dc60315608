"""Dumps CPython's AST of a file in the canonical form `examples/dump.rs`
prints for garter's, so the two can be diffed:

    python3 grammar/tools/pydump.py FILE [--locs]

Exit status 3 when the file uses syntax garter does not parse by design
(async, await, except*)."""
import ast, sys

SKIP = (ast.AsyncFunctionDef, ast.AsyncFor, ast.AsyncWith, ast.Await, ast.TryStar)
LOCS = "--locs" in sys.argv

def const(v):
    if v is None: return "None"
    if v is True: return "True"
    if v is False: return "False"
    if v is Ellipsis: return "Ellipsis"
    if isinstance(v, int): return "Int(%d)" % v
    if isinstance(v, float): return "Float(%r)" % v
    if isinstance(v, complex): return "Imag(%r)" % v.imag
    if isinstance(v, str): return "Str(%s)" % ascii(v)
    if isinstance(v, bytes): return "Bytes(%r)" % v
    raise ValueError(v)

def fparts(values):
    out = []
    for v in values:
        if isinstance(v, ast.Constant):
            out.append("Lit(%s)" % ascii(v.value))
        else:
            conv = {-1: "-", 115: "s", 114: "r", 97: "a"}[v.conversion]
            spec = "-" if v.format_spec is None else fparts(v.format_spec.values)
            out.append("Fmt(%s %s %s)" % (e(v.value, False), conv, spec))
    return "[" + " ".join(out) + "]"

def lst(xs, f): return "[" + " ".join(f(x) for x in xs) + "]"
def opt(x, f): return "-" if x is None else f(x)
def name(n): return n

def loc(node, locs):
    return "@%d:%d " % (node.lineno, node.col_offset) if locs else ""

def e(n, locs=LOCS):
    if isinstance(n, SKIP): raise SystemExit(3)
    k = type(n).__name__
    L = loc(n, locs)
    x = lambda c: e(c, locs)
    if isinstance(n, ast.BoolOp): body = "%s %s" % (type(n.op).__name__, lst(n.values, x))
    elif isinstance(n, ast.NamedExpr): body = "%s %s" % (n.target.id, x(n.value))
    elif isinstance(n, ast.BinOp): body = "%s %s %s" % (x(n.left), type(n.op).__name__, x(n.right))
    elif isinstance(n, ast.UnaryOp): body = "%s %s" % (type(n.op).__name__, x(n.operand))
    elif isinstance(n, ast.Lambda): body = "%s %s" % (args(n.args, locs), x(n.body))
    elif isinstance(n, ast.IfExp): body = "%s %s %s" % (x(n.test), x(n.body), x(n.orelse))
    elif isinstance(n, ast.Dict): body = "%s %s" % (lst(n.keys, lambda k: opt(k, x)), lst(n.values, x))
    elif isinstance(n, ast.Set): body = lst(n.elts, x)
    elif isinstance(n, (ast.ListComp, ast.SetComp, ast.GeneratorExp)): body = "%s %s" % (x(n.elt), lst(n.generators, lambda g: comp(g, locs)))
    elif isinstance(n, ast.DictComp): body = "%s %s %s" % (x(n.key), x(n.value), lst(n.generators, lambda g: comp(g, locs)))
    elif isinstance(n, ast.Yield): body = opt(n.value, x)
    elif isinstance(n, ast.YieldFrom): body = x(n.value)
    elif isinstance(n, ast.Compare): body = "%s %s %s" % (x(n.left), lst(n.ops, lambda o: type(o).__name__), lst(n.comparators, x))
    elif isinstance(n, ast.Call): body = "%s %s %s" % (x(n.func), lst(n.args, x), lst(n.keywords, lambda kw: kwd(kw, locs)))
    elif isinstance(n, ast.JoinedStr): body = fparts(n.values)
    elif isinstance(n, ast.Constant): body = const(n.value)
    elif isinstance(n, ast.Attribute): body = "%s %s" % (x(n.value), n.attr)
    elif isinstance(n, ast.Subscript): body = "%s %s" % (x(n.value), x(n.slice))
    elif isinstance(n, ast.Starred): body = x(n.value)
    elif isinstance(n, ast.Name): body = n.id
    elif isinstance(n, (ast.List, ast.Tuple)): body = lst(n.elts, x)
    elif isinstance(n, ast.Slice): body = "%s %s %s" % (opt(n.lower, x), opt(n.upper, x), opt(n.step, x)); L = ""
    else: raise ValueError(k)
    return "(%s%s %s)" % (L, k, body)

def comp(g, locs):
    if g.is_async: raise SystemExit(3)
    return "(for %s %s %s)" % (e(g.target, locs), e(g.iter, locs), lst(g.ifs, lambda c: e(c, locs)))

def kwd(k, locs):
    return "(kw %s %s)" % (k.arg or "**", e(k.value, locs))

def arg(a, locs):
    return "(arg %s%s %s)" % (loc(a, locs), a.arg, opt(a.annotation, lambda c: e(c, locs)))

def args(a, locs):
    x = lambda c: e(c, locs)
    A = lambda v: arg(v, locs)
    return "(args %s %s %s %s %s %s %s)" % (lst(a.posonlyargs, A), lst(a.args, A), opt(a.vararg, A),
        lst(a.kwonlyargs, A), lst(a.kw_defaults, lambda d: opt(d, x)), opt(a.kwarg, A), lst(a.defaults, x))

def body(b): return lst(b, s)

def pat(p):
    k = type(p).__name__
    L = loc(p, LOCS)
    x = lambda c: e(c)
    N = lambda v: "-" if v is None else v
    if isinstance(p, ast.MatchValue): b = x(p.value)
    elif isinstance(p, ast.MatchSingleton): b = const(p.value)
    elif isinstance(p, ast.MatchSequence): b = lst(p.patterns, pat)
    elif isinstance(p, ast.MatchMapping): b = "%s %s %s" % (lst(p.keys, x), lst(p.patterns, pat), N(p.rest))
    elif isinstance(p, ast.MatchClass): b = "%s %s %s %s" % (x(p.cls), lst(p.patterns, pat), lst(p.kwd_attrs, name), lst(p.kwd_patterns, pat))
    elif isinstance(p, ast.MatchStar): b = N(p.name)
    elif isinstance(p, ast.MatchAs): b = "%s %s" % (opt(p.pattern, pat), N(p.name))
    elif isinstance(p, ast.MatchOr): b = lst(p.patterns, pat)
    else: raise ValueError(k)
    return "(%s%s %s)" % (L, k, b)

def s(n):
    if isinstance(n, SKIP): raise SystemExit(3)
    k = type(n).__name__
    L = "@%d-%d " % (n.lineno, n.end_lineno) if LOCS else ""
    x = lambda c: e(c)
    if isinstance(n, ast.FunctionDef): b = "%s %s %s %s %s" % (n.name, args(n.args, LOCS), body(n.body), lst(n.decorator_list, x), opt(n.returns, x))
    elif isinstance(n, ast.ClassDef): b = "%s %s %s %s %s" % (n.name, lst(n.bases, x), lst(n.keywords, lambda kw: kwd(kw, LOCS)), body(n.body), lst(n.decorator_list, x))
    elif isinstance(n, ast.Return): b = opt(n.value, x)
    elif isinstance(n, ast.Delete): b = lst(n.targets, x)
    elif isinstance(n, ast.Assign): b = "%s %s" % (lst(n.targets, x), x(n.value))
    elif isinstance(n, ast.AugAssign): b = "%s %s %s" % (x(n.target), type(n.op).__name__, x(n.value))
    elif isinstance(n, ast.AnnAssign): b = "%s %s %s %d" % (x(n.target), x(n.annotation), opt(n.value, x), n.simple)
    elif isinstance(n, ast.For): b = "%s %s %s %s" % (x(n.target), x(n.iter), body(n.body), body(n.orelse))
    elif isinstance(n, (ast.While, ast.If)): b = "%s %s %s" % (x(n.test), body(n.body), body(n.orelse))
    elif isinstance(n, ast.With): b = "%s %s" % (lst(n.items, lambda i: "(item %s %s)" % (x(i.context_expr), opt(i.optional_vars, x))), body(n.body))
    elif isinstance(n, ast.Raise): b = "%s %s" % (opt(n.exc, x), opt(n.cause, x))
    elif isinstance(n, ast.Try): b = "%s %s %s %s" % (body(n.body), lst(n.handlers, lambda h: "(except %s%s %s %s)" % ("@%d:%d " % (h.lineno, h.col_offset) if LOCS else "", opt(h.type, x), opt(h.name, name), body(h.body))), body(n.orelse), body(n.finalbody))
    elif isinstance(n, ast.Assert): b = "%s %s" % (x(n.test), opt(n.msg, x))
    elif isinstance(n, ast.Import): b = lst(n.names, lambda a: "(%s %s)" % (a.name, opt(a.asname, name)))
    elif isinstance(n, ast.ImportFrom): b = "%s %s %d" % (opt(n.module, name), lst(n.names, lambda a: "(%s %s)" % (a.name, opt(a.asname, name))), n.level)
    elif isinstance(n, (ast.Global, ast.Nonlocal)): b = lst(n.names, name)
    elif isinstance(n, ast.Expr): b = x(n.value)
    elif isinstance(n, (ast.Pass, ast.Break, ast.Continue)): b = ""
    elif isinstance(n, ast.Match): b = "%s %s" % (x(n.subject), lst(n.cases, lambda c: "(case %s %s %s)" % (pat(c.pattern), opt(c.guard, x), body(c.body))))
    else: raise ValueError(k)
    return "(%s%s %s)" % (L, k, b)

def dump_source(src):
    """The canonical dump of a module's source (raises SystemExit(3) for
    syntax garter does not parse by design)."""
    return "".join(s(st) + "\n" for st in ast.parse(src).body)

if __name__ == "__main__":
    print(dump_source(open(sys.argv[1], encoding="utf-8").read()), end="")
