# expandtabs with default and custom tab sizes; column resets at newlines.
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\tdef".expandtabs(4)), repr("\t".expandtabs(0)))
print(repr("12345\t6\n\t7".expandtabs(3)), repr("no tabs".expandtabs()), repr("a\tb".expandtabs(1)))
