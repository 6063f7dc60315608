# indent as an int, a str, 0, with nesting, empty containers, sort_keys and custom separators.
import json
data = {"name": "garter", "tags": ["a", "b"], "nested": {"x": 1, "y": [1, {"z": []}]}, "empty": {}, "none": None}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps([1, 2, [3]], indent=0))
print(json.dumps([], indent=4), json.dumps({}, indent=4))
print(json.dumps({"a": [1, 2]}, indent=2, separators=(', ', ' = ')))
print(json.dumps([1.5, "s", None, True], indent=1))
