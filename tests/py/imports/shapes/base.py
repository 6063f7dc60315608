class Shape:
    kind = "shape"
