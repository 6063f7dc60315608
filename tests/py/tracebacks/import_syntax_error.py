# conformance: stderr
# A SyntaxError in an imported module: the import's frame, then the file/line/caret of the error
import _bad_syntax
