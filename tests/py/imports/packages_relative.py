# Packages and relative imports (one, two and three dots), __name__/__package__/__file__/__path__/__spec__ of modules
import os


def rel(path):
    return path.replace(os.getcwd() + os.sep, "")


import shapes.geo.circle
from shapes.geo.deep import leaf

print(shapes.geo.circle.INFO)
print(leaf.WHO)
print(shapes.ORDER)
print(shapes.__name__, shapes.__package__, os.path.basename(shapes.__file__))
print(shapes.geo.__name__, shapes.geo.__package__)
print(rel(shapes.geo.circle.__file__))
print([rel(p) for p in shapes.geo.__path__])
print(hasattr(shapes.base, "__path__"))
print(__name__, __package__, __spec__)
print(shapes.Shape is shapes.base.Shape)
import shapes.geo.square as sq
print(sq.side(), sq.__name__)
from shapes import geo
print(geo is shapes.geo)
