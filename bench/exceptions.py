# Raising and catching exceptions in a loop: custom classes, except by base class, finally, re-raise.
class AppError(Exception):
    pass


class Retry(AppError):
    def __init__(self, attempt):
        super().__init__("retry")
        self.attempt = attempt


def risky(i):
    if i % 3 == 0:
        raise Retry(i)
    if i % 5 == 0:
        raise KeyError(i)
    if i % 7 == 0:
        return {}["missing"]
    return i


def run(n):
    caught = 0
    cleanup = 0
    total = 0
    for i in range(n):
        try:
            try:
                total += risky(i)
            except Retry as e:
                caught += 1
                total += e.attempt & 3
            except LookupError:
                caught += 2
            finally:
                cleanup += 1
            if i % 11 == 0:
                try:
                    raise ValueError(i)
                except ValueError:
                    raise
        except ValueError as e:
            total += e.args[0] % 5
    return caught, cleanup, total


print("exceptions", run(800000))
