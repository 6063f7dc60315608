# `from m import *`: __all__ decides (private names included); without it every name not starting with _
from _star_all import *
print(public, _listed_private, "unlisted" in dir())
from _star_plain import *
print(visible, helper(), "_hidden" in dir(), "sys" in dir(), "_os_alias" in dir())
import _star_all
_star_all.__all__ = ["public", "nope"]
try:
    exec("from _star_all import *", {})
except AttributeError as e:
    print(type(e).__name__, e)
