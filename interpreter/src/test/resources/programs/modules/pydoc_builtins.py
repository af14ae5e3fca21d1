# help() of built-in functions, methods and types as CPython shows them: their docstrings and
# text signatures ("len(obj, /)", "bit_length(self, /)", "(...)" without one), the slot wrappers
# of a built-in type ("__len__(self, /)", "Return len(self)."), class methods and static methods
# of built-in types, "Built-in subclasses", getset descriptors, data such as __hash__ = None.
import pydoc

for thing in (len, print, int.bit_length, str.join, [].append, dict.fromkeys, 'str.maketrans',
              sorted, iter, divmod, range, list, tuple, dict, float, bool, slice, int.real,
              type(None), 'builtins.sum', 'True', abs):
    print(pydoc.plain(pydoc.render_doc(thing)))
    print('-' * 20)
help(len)
help(list.append)
help(True)
