# dumps of every JSON type: floats by repr, NaN/Infinity, escapes, ensure_ascii, key coercion.
import json
print(json.dumps(None), json.dumps(True), json.dumps(False), json.dumps(0), json.dumps(-12))
print(json.dumps(10**30), json.dumps(1.5), json.dumps(0.1), json.dumps(1e100), json.dumps(-0.0), json.dumps(1e-7))
print(json.dumps(float('nan')), json.dumps(float('inf')), json.dumps(float('-inf')))
print(json.dumps("hello"), json.dumps('quote " back \\ slash /'), json.dumps("\n\r\t\b\f\x00\x1f\x7f"))
print(json.dumps("héllo wörld ☃ 😀"), json.dumps("héllo ☃ 😀", ensure_ascii=False))
print(json.dumps([1, [2, [3, []]], {}, ()]))
print(json.dumps({"a": 1, "b": [1, 2], "c": {"d": None}}))
print(json.dumps({1: 'int', 2.5: 'float', True: 't', False: 'f', None: 'n'}))
print(json.dumps((1, 2, 3)))
print(json.dumps({'z': 1, 'a': 2, 'm': 3}, sort_keys=True))
print(json.dumps([1, 2], separators=(',', ':')), json.dumps({'a': 1}, separators=(',', ':')))
print(json.dumps({(1, 2): 3}, skipkeys=True), json.dumps({'a': 1, (1, 2): 3, 'b': 2}, skipkeys=True))
class MyInt(int):
    pass
class MyStr(str):
    pass
print(json.dumps([MyInt(5), MyStr("x"), True]))
print(json.dumps("just a string"), json.dumps(""))
