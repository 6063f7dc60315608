# conformance: stderr
# An exception raised inside a finally block and in an except handler of a called function
def cleanup():
    raise OSError("disk")


def work():
    try:
        raise ZeroDivisionError("first")
    finally:
        cleanup()


work()
