# a helper module (not a program) with a syntax error, imported by import_syntax_error.py
x = 1
def f(:
    pass
