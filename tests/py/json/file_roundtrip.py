# dump to and load from a file, and io.StringIO-like objects with write/read.
import json, os
data = {"list": [1, 2, 3], "text": "line\nbreak", "float": 2.5, "nested": {"ok": True}}
with open("_json_tmp.json", "w") as f:
    json.dump(data, f, indent=2, sort_keys=True)
with open("_json_tmp.json") as f:
    print(f.read())
with open("_json_tmp.json") as f:
    print(json.load(f) == data)
os.remove("_json_tmp.json")
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def read(self):
        return ''.join(self.parts)
s = Sink()
json.dump([1, {"a": None}], s)
print(s.read(), json.load(s))
