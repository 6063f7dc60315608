# conformance: stderr
# Exception subclass with a module-qualified name and a multi-arg message; notes printed after the message
class AppError(Exception):
    pass


e = AppError("code", 3)
e.add_note("a note")
e.add_note("second note")
raise e
