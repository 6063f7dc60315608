from _circ_a import x
