# str.format_map uses a mapping directly, including dict subclasses with __missing__.
class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"
print("{name} is {age}".format_map({"name": "Ann", "age": 30}))
print("{name} has {unknown}".format_map(Default(name="Bob")))
try:
    "{x}".format_map({})
except KeyError as e:
    print("KeyError", e)
