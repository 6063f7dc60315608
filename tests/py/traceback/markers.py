# traceback.format_exc/format_exception show CPython 3.11's column markers (the traceback module's rules: trailing spaces shift them)
import traceback


def ratio(a, b):
    return a / b


def pick(d):
    return d["k"] + 1


def show(text):
    print(text.replace(__file__, "HERE"), end="")


try:
    x = ratio(1, 0)
except ZeroDivisionError:
    show(traceback.format_exc())
try:
    value = [pick({})]   
except KeyError as e:
    show("".join(traceback.format_exception(e)))
try:
    "abc".nope()
except AttributeError as e:
    show("".join(traceback.format_tb(e.__traceback__)))
    summary = traceback.extract_tb(e.__traceback__)[0]
    print(summary.colno, summary.end_colno, summary.lineno, summary.end_lineno)
