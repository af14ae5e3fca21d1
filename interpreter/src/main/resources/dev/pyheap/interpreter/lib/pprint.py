"""Pretty printing: pprint, pformat, pp, saferepr, isreadable, isrecursive and PrettyPrinter, with
CPython 3.11's layout.

Two passes work together. The flat pass (_safe_repr, reached through the overridable format()) gives
an object's one-line text with two flags: whether eval() could read it back, and whether it met
itself; dicts, lists and tuples are walked so that the depth limit ('...') and recursion
('<Recursion on TYPE with id=N>') show inside them, everything else is repr(). The layout pass
(_format) writes that flat text when it fits in what is left of the line (width - indent - the
allowance of closing characters that must follow it); otherwise the object's type, found through its
__repr__ in _dispatch, spreads it over lines: containers one item per line under their opening
bracket (compact=True packs short items), str and bytes cut into adjacent literals, and
OrderedDict, defaultdict, Counter, ChainMap, deque, mappingproxy, SimpleNamespace, the User*
wrappers and dataclasses with a generated repr in their own constructor-like forms. Dict keys are
sorted unless sort_dicts is false; values that do not compare sort by type name, then id.
"""

import collections as _collections
import dataclasses as _dataclasses
import sys as _sys
import types as _types

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    """Writes the pretty form of object and a newline to stream (sys.stdout by default)."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    """The pretty form of object as a str."""
    printer = PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                            sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    return printer.pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint with dicts in their own order."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def _flat(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)


def saferepr(object):
    """repr(object), with recursive containers shown as <Recursion on ...>."""
    return _flat(object)[0]


def isreadable(object):
    """Whether eval(saferepr(object)) could rebuild object."""
    return _flat(object)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return _flat(object)[2]


class _safe_key:
    """A sort key that orders any two values: as they compare, else by (type name, id)."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        mine, theirs = self.obj, other.obj
        try:
            return mine < theirs
        except TypeError:
            return (str(type(mine)), id(mine)) < (str(type(theirs)), id(theirs))


def _safe_tuple(pair):
    return _safe_key(pair[0]), _safe_key(pair[1])


def _recursion(object):
    return f'<Recursion on {type(object).__name__} with id={id(object)}>'


_builtin_scalars = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


class _Text:
    """Collects what the layout writes (pformat's stream)."""

    def __init__(self):
        self._pieces = []

    def write(self, text):
        self._pieces.append(text)

    def getvalue(self):
        return ''.join(self._pieces)


def _words(line):
    """line cut after each run of white space that follows a run of other characters."""
    pieces, start, end = [], 0, len(line)
    while start < end:
        stop = start
        while stop < end and not line[stop].isspace():
            stop += 1
        while stop < end and line[stop].isspace():
            stop += 1
        pieces.append(line[start:stop])
        start = stop
    return pieces


def _greedy(pieces, width, last_width):
    """Joins consecutive pieces while their repr fits width (last_width for the text's last piece);
    yields the reprs of the joined runs."""
    run = ''
    final = len(pieces) - 1
    for i, piece in enumerate(pieces):
        joined = run + piece
        if len(repr(joined)) > (last_width if i == final else width):
            if run:
                yield repr(run)
            run = piece
        else:
            run = joined
    if run:
        yield repr(run)


def _has_generated_repr(object):
    """Whether object is a dataclass instance whose __repr__ the dataclasses module wrote."""
    if isinstance(object, type) or not _dataclasses.is_dataclass(object):
        return False
    if not object.__dataclass_params__.repr:
        return False
    method = object.__repr__
    inner = getattr(method, '__wrapped__', None)
    if inner is not None:
        return '__create_fn__' in inner.__qualname__
    return getattr(method, '__module__', None) == _dataclasses.__name__


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        """indent: spaces added per nesting level; width: the columns to fit in; depth: how many
        levels are shown; stream: where pprint() writes (sys.stdout now when not given); compact:
        several short items per line; sort_dicts: dict keys sorted; underscore_numbers: ints
        written with _ between groups of three digits."""
        indent, width = int(indent), int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if width == 0:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = _sys.stdout if stream is None else stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is None:
            return
        self._format(object, self._stream, 0, 0, {}, 0)
        self._stream.write('\n')

    def pformat(self, object):
        out = _Text()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(text, readable, recursive) of object's one-line form; subclasses may override it.
        context holds the ids of the containers being walked, maxlevels the depth limit."""
        return self._safe_repr(object, context, maxlevels, level)

    # -- the layout pass

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(object, context, level)
        if len(text) > self._width - indent - allowance:
            layout = self._dispatch.get(type(object).__repr__)
            if layout is None and _has_generated_repr(object):
                layout = PrettyPrinter._pprint_dataclass
            if layout is not None:
                context[key] = 1
                layout(self, object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(text)

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _pad(self, stream):
        # an indent of more than one also pads after the opening bracket
        if self._indent_per_level > 1:
            stream.write(' ' * (self._indent_per_level - 1))

    def _format_items(self, items, stream, indent, allowance, context, level):
        """Writes a sequence's items, one per line (or packed when compact), after its bracket."""
        indent += self._indent_per_level
        self._pad(stream)
        newline = ',\n' + ' ' * indent
        items = iter(items)
        try:
            upcoming = next(items)
        except StopIteration:
            return
        full = self._width - indent + 1
        room = full
        separator = ''
        while True:
            item = upcoming
            try:
                upcoming = next(items)
                last = False
            except StopIteration:
                last = True
                full -= allowance
                room -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                need = len(text) + 2
                if room < need:
                    room = full
                    if separator:
                        separator = newline
                if room >= need:
                    room -= need
                    stream.write(separator)
                    stream.write(text)
                    separator = ', '
                    if last:
                        return
                    continue
            stream.write(separator)
            separator = newline
            self._format(item, stream, indent, allowance if last else 1, context, level)
            if last:
                return

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        """Writes 'key: value' pairs one per line; values indented past their key."""
        indent += self._indent_per_level
        newline = ',\n' + ' ' * indent
        final = len(items) - 1
        for i, (key, value) in enumerate(items):
            text = self._repr(key, context, level)
            stream.write(text + ': ')
            self._format(value, stream, indent + len(text) + 2, allowance if i == final else 1, context, level)
            if i != final:
                stream.write(newline)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        """Writes 'name=value' pairs one per line, a value being walked already as '...'."""
        newline = ',\n' + ' ' * indent
        final = len(items) - 1
        for i, (name, value) in enumerate(items):
            stream.write(name + '=')
            if id(value) in context:
                stream.write('...')
            else:
                self._format(value, stream, indent + len(name) + 1, allowance if i == final else 1, context, level)
            if i != final:
                stream.write(newline)

    def _sorted_items(self, mapping):
        if self._sort_dicts:
            return sorted(mapping.items(), key=_safe_tuple)
        return mapping.items()

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        self._pad(stream)
        if len(object):
            self._format_dict_items(self._sorted_items(object), stream, indent, allowance + 1, context, level)
        stream.write('}')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        close = ',)' if len(object) == 1 else ')'
        stream.write('(')
        self._format_items(object, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        if type(object) is set:
            opening, close = '{', '}'
        else:
            name = type(object).__name__
            opening, close = name + '({', '})'
            indent += len(name) + 1
        stream.write(opening)
        self._format_items(sorted(object, key=_safe_key), stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        outermost = level == 1
        if outermost:
            # the pieces go inside parentheses of their own
            indent += 1
            allowance += 1
        width = self._width - indent
        lines = object.splitlines(True)
        chunks = []
        for i, line in enumerate(lines):
            last_line = i == len(lines) - 1
            text = repr(line)
            if len(text) <= (width - allowance if last_line else width):
                chunks.append(text)
            else:
                chunks.extend(_greedy(_words(line), width, width - allowance if last_line else width))
        if len(chunks) == 1:
            stream.write(text)
            return
        body = ('\n' + ' ' * indent).join(chunks)
        stream.write('(' + body + ')' if outermost else body)

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        outermost = level == 1
        if outermost:
            indent += 1
            allowance += 1
        width = self._width - indent
        quads = [object[i:i + 4] for i in range(0, len(object), 4)]
        # the allowance counts for the last whole group of four and what follows it
        cut = len(object) // 4
        chunks, run = [], b''
        for i, quad in enumerate(quads):
            if i == cut:
                width -= allowance
            joined = run + quad
            if len(repr(joined)) > width:
                if run:
                    chunks.append(repr(run))
                run = quad
            else:
                run = joined
        if run:
            chunks.append(repr(run))
        body = ('\n' + ' ' * indent).join(chunks)
        stream.write('(' + body + ')' if outermost else body)

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1, context, level + 1)
        stream.write(')')

    def _called(self, name, inner, stream, indent, allowance, context, level):
        """Writes name(inner) with inner laid out under the parenthesis."""
        stream.write(name + '(')
        self._format(inner, stream, indent + len(name) + 1, allowance + 1, context, level)
        stream.write(')')

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        self._called(type(object).__name__, list(object.items()), stream, indent, allowance, context, level)

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        self._called('mappingproxy', object.copy(), stream, indent, allowance, context, level)

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = type(object).__name__
        indent += len(name) + 1
        stream.write(f'{name}({factory},\n' + ' ' * indent)
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '({')
        self._pad(stream)
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1, allowance + 2, context, level)
        stream.write('})')

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        maps = object.maps
        if not len(maps):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '(')
        indent += len(name) + 1
        for i, mapping in enumerate(maps):
            if i < len(maps) - 1:
                self._format(mapping, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)
            else:
                self._format(mapping, stream, indent, allowance + 1, context, level)
                stream.write(')')

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        indent += len(name) + 1
        stream.write(name + '([')
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
            return
        self._format_items(object, stream, indent, 2, context, level)
        stream.write('],\n' + ' ' * indent + 'maxlen=' + self._repr(object.maxlen, context, level) + ')')

    def _pprint_user_data(self, object, stream, indent, allowance, context, level):
        # UserDict, UserList and UserString look like what they wrap, at the same level
        self._format(object.data, stream, indent, allowance, context, level - 1)

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        # SimpleNamespace's own repr says 'namespace'; a subclass's says its name
        name = 'namespace' if type(object) is _types.SimpleNamespace else type(object).__name__
        stream.write(name + '(')
        self._format_namespace_items(object.__dict__.items(), stream, indent + len(name) + 1, allowance,
                                     context, level)
        stream.write(')')

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        name = type(object).__name__
        shown = [(field.name, getattr(object, field.name)) for field in _dataclasses.fields(object) if field.repr]
        stream.write(name + '(')
        self._format_namespace_items(shown, stream, indent + len(name) + 1, allowance, context, level)
        stream.write(')')

    # -- the flat pass

    def _safe_repr(self, object, context, maxlevels, level):
        kind = type(object)
        if kind in _builtin_scalars:
            return repr(object), True, False
        own_repr = getattr(kind, '__repr__', None)
        if issubclass(kind, int) and own_repr is int.__repr__:
            return (f'{object:_d}' if self._underscore_numbers else repr(object)), True, False
        if issubclass(kind, dict) and own_repr is dict.__repr__:
            if not object:
                return '{}', True, False
            return self._walk(object, '{%s}', lambda: self._sorted_items(object), True, context, maxlevels, level)
        if issubclass(kind, list) and own_repr is list.__repr__:
            if not object:
                return '[]', True, False
            return self._walk(object, '[%s]', lambda: object, False, context, maxlevels, level)
        if issubclass(kind, tuple) and own_repr is tuple.__repr__:
            if len(object) == 1:
                return self._walk(object, '(%s,)', lambda: object, False, context, maxlevels, level)
            if not object:
                return '()', True, False
            return self._walk(object, '(%s)', lambda: object, False, context, maxlevels, level)
        text = repr(object)
        return text, (text and not text.startswith('<')), False

    def _walk(self, object, shape, members, pairs, context, maxlevels, level):
        """The flat text of a dict (pairs) or a list or tuple: shape filled with the members'
        texts; members() gives them, so nothing is sorted when the depth limit cuts it short."""
        key = id(object)
        if maxlevels and level >= maxlevels:
            return shape % '...', False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable, recursive = True, False
        texts = []
        level += 1
        for member in members():
            if pairs:
                name, name_readable, name_recursive = self.format(member[0], context, maxlevels, level)
                value, value_readable, value_recursive = self.format(member[1], context, maxlevels, level)
                texts.append(f'{name}: {value}')
                readable = readable and name_readable and value_readable
                if name_recursive or value_recursive:
                    recursive = True
            else:
                text, item_readable, item_recursive = self.format(member, context, maxlevels, level)
                texts.append(text)
                if not item_readable:
                    readable = False
                if item_recursive:
                    recursive = True
        del context[key]
        return shape % ', '.join(texts), readable, recursive


PrettyPrinter._dispatch = {kind.__repr__: layout for kind, layout in (
    (dict, PrettyPrinter._pprint_dict),
    (list, PrettyPrinter._pprint_list),
    (tuple, PrettyPrinter._pprint_tuple),
    (set, PrettyPrinter._pprint_set),
    (frozenset, PrettyPrinter._pprint_set),
    (str, PrettyPrinter._pprint_str),
    (bytes, PrettyPrinter._pprint_bytes),
    (bytearray, PrettyPrinter._pprint_bytearray),
    (_types.MappingProxyType, PrettyPrinter._pprint_mappingproxy),
    (_types.SimpleNamespace, PrettyPrinter._pprint_simplenamespace),
    (_collections.OrderedDict, PrettyPrinter._pprint_ordered_dict),
    (_collections.defaultdict, PrettyPrinter._pprint_default_dict),
    (_collections.Counter, PrettyPrinter._pprint_counter),
    (_collections.ChainMap, PrettyPrinter._pprint_chain_map),
    (_collections.deque, PrettyPrinter._pprint_deque),
    (_collections.UserDict, PrettyPrinter._pprint_user_data),
    (_collections.UserList, PrettyPrinter._pprint_user_data),
    (_collections.UserString, PrettyPrinter._pprint_user_data),
)}
