# keyword: the keyword lists and tests
import keyword
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
print(keyword.iskeyword('for'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), keyword.iskeyword('print'))
print([w for w in ['if', 'x', 'None', 'async', 'case'] if keyword.iskeyword(w)])
