# An AttributeError on None escapes.
result = None
print(result.upper())
