# types: SimpleNamespace, the type names, MappingProxyType, new_class/prepare_class.
import types, sys
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x', c=[1]), types.SimpleNamespace())
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError", e)
def f(): pass
def g(): yield
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(g(), types.GeneratorType), isinstance(sys, types.ModuleType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(None, types.NoneType), types.FunctionType.__name__, types.GeneratorType.__name__)
mp = types.MappingProxyType({'a': 1})
print(mp['a'], len(mp), 'a' in mp, list(mp), mp.get('z', 0), repr(mp), dict(mp.items()))
try:
    mp['b'] = 2
except TypeError as e:
    print("TypeError", e)
C = types.new_class('C', (object,), {}, lambda ns: ns.update({'x': 5}))
print(C.x, C.__name__)
print(types.prepare_class('D'))
class NS(types.SimpleNamespace): pass
print(NS(q=1))
