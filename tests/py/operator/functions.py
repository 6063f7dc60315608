# operator: the function forms of the operators, in-place forms and their errors.
import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul('a', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(3), op.pos(-3), op.abs(-4), op.inv(5), op.invert(0), op.lshift(1, 4), op.rshift(16, 2))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.concat([1], [2]), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'))
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1)
print(l, op.getitem(l, -1), op.getitem('abcdef', slice(1, 3)), op.index(7), op.length_hint([1, 2]), op.length_hint(3, 7))
a = [1]; b = op.iadd(a, [2]); print(a, b is a, op.iadd(1, 2), op.imul('ab', 2), op.isub(5, 1), op.ior({1}, {2}))
print(op.call(max, 1, 5), op.__add__(1, 1), op.__getitem__([5], 0))
for bad in (lambda: op.concat(1, 2), lambda: op.indexOf([1], 5), lambda: op.index(1.5), lambda: op.add(1, 'a')):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
