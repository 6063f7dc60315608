# Nested dicts: deep get chains, updating inner dicts, and a recursive merge function.
cfg = {"db": {"host": "localhost", "port": 5432}, "debug": False}
cfg["db"]["port"] += 1
cfg.setdefault("cache", {})["ttl"] = 60
print(cfg)
def merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out
print(merge(cfg, {"db": {"host": "remote"}, "debug": True, "new": [1]}))
print(cfg["db"].get("user", "anonymous"), cfg.get("missing", {}).get("x"))
