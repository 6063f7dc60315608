# helper package for the imports/ programs (not a program itself)
from . import base
from .base import Shape
ORDER = ["shapes"]
