from ... import base
from ...geo import circle
from .. import square
WHO = (__name__, __package__, base.Shape.kind, circle.Circle.kind, square.side())
