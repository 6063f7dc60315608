# __future__: the feature objects and names; `from __future__ import annotations` imports the module.
from __future__ import annotations
import __future__
import sys
print(__future__.all_feature_names)
print(__future__.annotations, __future__.division.getOptionalRelease(), __future__.division.getMandatoryRelease())
print(__future__.generator_stop.compiler_flag == 0x800000, __future__.CO_FUTURE_ANNOTATIONS, '__future__' in sys.modules)
print([name for name in __future__.all_feature_names if getattr(__future__, name).mandatory is None])
def f(x: undefined_name) -> int:
    return x
print(f.__annotations__)
