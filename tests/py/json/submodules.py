# json.decoder and json.encoder are importable and hold the same classes as json.
import json.decoder
from json.decoder import JSONDecodeError, JSONDecoder
from json.encoder import JSONEncoder
import json
print(JSONDecodeError is json.JSONDecodeError, JSONDecoder is json.JSONDecoder, JSONEncoder is json.JSONEncoder)
print(json.decoder.JSONDecodeError.__name__, JSONDecodeError.__module__, issubclass(JSONDecodeError, ValueError))
try:
    json.loads('[1, 2')
except JSONDecodeError as e:
    print(type(e).__name__, e)
