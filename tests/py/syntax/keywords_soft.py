# Soft keywords and names that look like keywords can be used as identifiers.
match = 1
case = 2
_ = 3
type_ = 4
print(match, case, _, type_)
print_ = print
print_("aliased print")
True_ = False
print(True_)
