# An exception raised inside an except block escapes; the last stderr line is the new exception.
try:
    [][0]
except IndexError:
    {}["k"]
