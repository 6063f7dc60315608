# traceback.extract_tb/format_tb/walk_tb/extract_stack/format_stack: FrameSummary fields, StackSummary.format, format_list
import os
import sys
import traceback


def f(n):
    if n == 0:
        raise IndexError("bottom")
    f(n - 1)


try:
    f(2)
except IndexError as e:
    tb = e.__traceback__
    summary = traceback.extract_tb(tb)
    print(len(summary))
    for fs in summary:
        print(os.path.basename(fs.filename), fs.lineno, fs.name, repr(fs.line))
        fn, ln, name, line = fs
        print(name == fs.name, fs[1] == ln)
    print([os.path.basename(x.filename) for x in traceback.extract_tb(tb, limit=2)])
    print(len(traceback.extract_tb(tb, limit=-1)))
    for line in traceback.format_tb(tb):
        print(line.replace(__file__, "HERE"), end="")
    print([(fr.f_code.co_name, ln) for fr, ln in traceback.walk_tb(tb)])
    print(tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_frame.f_code.co_name)
    print(tb.tb_next.tb_frame.f_globals is globals())


def where():
    return traceback.extract_stack()


def caller():
    return where()


stack = caller()
print([(s.name, s.lineno) for s in stack])
print(stack[-1].line)
print([l.replace(__file__, "HERE") for l in traceback.format_list([("a.py", 3, "fn", "x = 1"), ("b.py", 9, "g", None)])])
traceback.print_list([("a.py", 3, "fn", "x = 1")], file=sys.stdout)
fs = traceback.FrameSummary("f.py", 12, "func", line="  return 3  ")
print(fs.line, fs.filename, fs.lineno, fs.name, fs == ("f.py", 12, "func", "return 3"))


class Out:
    def write(self, s):
        sys.stdout.write(s.replace(__file__, "HERE"))


def show_stack():
    for line in traceback.format_stack(limit=2):
        print(line.replace(__file__, "HERE"), end="")
    traceback.print_stack(limit=1, file=Out())


show_stack()

print(traceback.StackSummary.from_list([("x.py", 1, "m", "pass")]).format())
