# partition and rpartition: found, not found, and multiple occurrences.
print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("".partition("x"), "aXbXc".partition("X"), "aXbXc".rpartition("X"))
try:
    "a".partition("")
except ValueError as e:
    print(e)
