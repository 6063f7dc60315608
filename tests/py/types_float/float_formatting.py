# Float formatting with format specs and %-formatting: f e g % with precision, width, sign.
x = 1234.56789
for spec in ["", "f", ".2f", ".0f", "10.3f", "<10.1f", "^12.2f", "+.3f", " .1f", "e", ".3e", "E",
             "g", ".3g", ".10g", "G", "%", ".1%", ",.2f", "_.1f", "012.3f", "=+12.2f", "#.0f", "#g", ".0e", "n"]:
    print(repr(spec), format(x, spec))
for v in [0.0, -0.0, 1e-10, 1e20, 123456789.0, 0.5, float("inf"), float("-inf"), float("nan")]:
    print(format(v, ""), format(v, ".3g"), format(v, ".2f"), format(v, "e"), format(v, "10.2g") + "|")
print("%f %.2f %e %.3E %g %G %10.4f %-10.2f| %+.1f %05.1f" % ((x,) * 10))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5))
print(format(1e16, "f"), format(1.0, ".20f"), format(0.1, ".25f"))
print(str(1e16), format(1e16), "{:}".format(1e16), "%s" % 1e16, "%r" % 0.1)
