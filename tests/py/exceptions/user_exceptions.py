# User-defined exception classes: custom __init__, extra attributes, catching by base.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__(f"{name} not found")
        self.name = name
class Custom(Exception):
    def __str__(self):
        return "custom str"
try:
    raise NotFound("file.txt")
except AppError as e:
    print(type(e).__name__, e, e.name, e.args)
try:
    raise Custom(1, 2)
except Custom as e:
    print(e, repr(e), e.args)
class WithRepr(Exception):
    def __init__(self, code):
        self.code = code
try:
    raise WithRepr(404)
except WithRepr as e:
    print(e.code, e.args, str(e), repr(e))
try:
    raise AppError
except AppError as e:
    print(repr(e), e.args)
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
