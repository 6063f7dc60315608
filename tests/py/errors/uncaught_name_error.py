# A NameError for a name that was never defined escapes.
value = 10
print(value)
print(completely_unknown_identifier)
