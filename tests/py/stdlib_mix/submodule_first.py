# Importing a frozen package's submodule first (from collections.abc import ...) binds it on the package and caches both.
from collections.abc import Mapping, Sequence
print(Mapping, isinstance({}, Mapping))
import collections
print(collections.abc.Sequence is Sequence, "abc" in dir(collections))
import sys
print(sorted(m for m in sys.modules if m.startswith("collections")))
import collections.abc as cabc
print(cabc is collections.abc)
