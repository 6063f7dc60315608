# %-formatting: every conversion, flags (- + space 0 #), width, precision, * widths, mapping keys.
print("%s %r %a" % ("é", "é", "é"))
print("%d %i %u" % (42, -42, 7), "%d" % 3.99, "%d" % True)
print("%5d|%-5d|%05d|%+d|% d|%+05d" % (42, 42, 42, 42, 42, 42))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8))
print("%f %.2f %10.3f|%-10.1f|%e %E %.2e %g %G %.3g" % (3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 31415.9, 0.000314, 0.0001, 1e-10, 1234567))
print("%c%c" % (65, "z"), "%%" % (), "100%%" % ())
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%s" % [1, 2], "%s" % (1,), "%s %s" % (1, "x"), "%s" % None)
print("%.3s|%5.2s|" % ("abcdef", "xyz"))
print("%#.3g %#x %08.3f" % (1.0, 0, -3.14159))
print("%x" % -255, "%o" % -8, "%+.1e" % -1234.5)
for fmt, args in [("%d", "x"), ("%z", 1), ("%s %s", ("a",)), ("%c", "ab"), ("%(k)s", 1), ("%d", (1, 2))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
