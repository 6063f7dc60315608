# keyword: kwlist/softkwlist and the iskeyword/issoftkeyword predicates.
import keyword
print(keyword.kwlist)
print(keyword.softkwlist, len(keyword.kwlist))
print([w for w in ('if', 'match', 'case', '_', 'print', 'None', 'none', 'async', 'await', 'type') if keyword.iskeyword(w)])
print([w for w in ('if', 'match', 'case', '_', 'type') if keyword.issoftkeyword(w)])
print(sorted(keyword.__all__))
