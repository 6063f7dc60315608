import _circ_b
x = 1
