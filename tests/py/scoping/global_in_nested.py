# global declarations in nested functions and loops; creating new globals from inside functions.
total = 0
def add_all(items):
    def add(x):
        global total
        total += x
    for i in items:
        add(i)
add_all([1, 2, 3])
print(total)
def define():
    global brand_new
    brand_new = [1]
print("brand_new" in globals())
define()
print(brand_new, "brand_new" in globals())
def reader():
    return total * 2
print(reader())
