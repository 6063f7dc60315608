# math constants and predicates: pi, e, inf, nan, isnan, isinf.
import math
print(math.pi, math.e, math.inf, -math.inf, math.nan)
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(math.inf), math.isinf(-math.inf), math.isinf(1e308))
print(math.inf == float("inf"), math.nan != math.nan, math.isnan(float("nan")), math.isinf(10 ** 400 * 1.0) if False else "skip")
print(type(math.pi).__name__, round(math.pi, 5), f"{math.e:.10f}")
print(math.isnan(0), math.isinf(0))
