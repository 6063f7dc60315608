# list methods: append/extend/insert/remove/pop/clear/index/count/copy/reverse/sort.
lst = [3, 1, 2]
lst.append(4); print(lst)
lst.extend([5, 6]); lst.extend("ab"); lst.extend(range(2)); print(lst)
lst.insert(0, "first"); lst.insert(100, "last"); lst.insert(-1, "before-last"); print(lst)
lst.remove("a"); print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
print(lst.index(2), lst.index(0, 5), lst.count(1), [1, 1, 2].count(1))
c = lst.copy(); c.append("x"); print(len(lst), len(c), c is lst)
lst = [5, 2, 8, 1]
lst.reverse(); print(lst)
lst.sort(); print(lst)
lst.sort(reverse=True); print(lst)
print(lst.sort(), lst.reverse(), lst.append(0))
lst.clear(); print(lst)
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(9), lambda: [1, 2].index(1, 1)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
