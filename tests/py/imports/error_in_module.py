# conformance: stderr
# An exception raised by an imported module's body: the import line, then the module's frame
import _fails
