# conformance: stderr
# Column markers for operators: ~ under operands and ^ under the operator (one or two characters), subscripts, augmented assignment, trailing spaces and tab indentation
def ratio(a, b):
    return (a) / b


def pick(d):
    return d["key"] + 1


def power(x):
	return x ** "2"   


try:
    ratio(1, 0)
except ZeroDivisionError:
    try:
        value = pick({})
    except KeyError:
        try:
            t = (1,)
            t[0] += 1
        except TypeError:
            try:
                print(1 // 0)  # comment
            except ZeroDivisionError:
                total = power(3) - 1
