# An uncaught user-defined exception: the last stderr line uses the class name and str().
class ConfigError(Exception):
    pass
print("loading")
raise ConfigError("bad value for 'port': 'abc'")
