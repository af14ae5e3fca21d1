"""Abstract syntax trees: parse(), the node classes (from _ast), dump(), literal_eval(), walking and
rewriting trees (walk, iter_fields, iter_child_nodes, NodeVisitor, NodeTransformer), positions
(fix_missing_locations, copy_location, increment_lineno, get_source_segment), get_docstring and
unparse() (the source of a tree, as CPython 3.11 writes it).
"""

import sys
from _ast import *
from _ast import _ABC


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False, feature_version=None):
    flags = PyCF_ONLY_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
    if isinstance(feature_version, tuple):
        major, minor = feature_version
        if major != 3:
            raise ValueError(f"Unsupported major version: {major}")
        feature_version = minor
    elif feature_version is None:
        feature_version = -1
    return compile(source, filename, mode, flags, _feature_version=feature_version)


def literal_eval(node_or_string):
    """The value of a literal: numbers, strings, bytes, tuples, lists, dicts, sets, booleans, None and
    the sums and differences of a real and an imaginary number, from source text or a tree."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(" \t"), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def _raise_malformed_node(node):
        message = "malformed node or string"
        line = getattr(node, 'lineno', None)
        if line:
            message += f' on line {line}'
        raise ValueError(message + f': {node!r}')

    def _convert_num(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            _raise_malformed_node(node)
        return node.value

    def _convert_signed_num(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            operand = _convert_num(node.operand)
            return +operand if isinstance(node.op, UAdd) else -operand
        return _convert_num(node)

    def _convert(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(map(_convert, node.elts))
        if isinstance(node, List):
            return list(map(_convert, node.elts))
        if isinstance(node, Set):
            return set(map(_convert, node.elts))
        if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
                and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                _raise_malformed_node(node)
            return dict(zip(map(_convert, node.keys), map(_convert, node.values)))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = _convert_signed_num(node.left)
            right = _convert_num(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return _convert_signed_num(node)

    return _convert(node_or_string)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """The text of a tree: each node as its class called with its fields (by keyword when
    annotate_fields, and whenever a field before it is missing), None optional fields left out,
    the position attributes too when include_attributes; with indent (spaces or a string), one
    field a line unless a node has at most three fields that are all simple."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def text(value, level):
        # (text, simple): a simple value is a non-node or a node without fields
        if indent is not None:
            level += 1
            first = '\n' + indent * level
            between = ',\n' + indent * level
        else:
            first = ''
            between = ', '
        if isinstance(value, list):
            if not value:
                return '[]', True
            return '[' + first + between.join(text(v, level)[0] for v in value) + ']', False
        if not isinstance(value, AST):
            return repr(value), True
        cls = type(value)
        parts = []
        simple = True
        by_name = annotate_fields
        for name in value._fields:
            try:
                v = getattr(value, name)
            except AttributeError:
                by_name = True
                continue
            if v is None and getattr(cls, name, ...) is None:
                by_name = True
                continue
            t, s = text(v, level)
            simple = simple and s
            parts.append(f'{name}={t}' if by_name else t)
        if include_attributes:
            for name in value._attributes:
                try:
                    v = getattr(value, name)
                except AttributeError:
                    continue
                if v is None and getattr(cls, name, ...) is None:
                    continue
                t, s = text(v, level)
                simple = simple and s
                parts.append(f'{name}={t}')
        if simple and len(parts) <= 3:
            return f'{cls.__name__}({", ".join(parts)})', not parts
        return f'{cls.__name__}({first}{between.join(parts)})', False

    return text(node, 0)[0]


def copy_location(new_node, old_node):
    """Copies the position attributes of old_node that new_node can have to it; returns new_node."""
    for name in 'lineno', 'col_offset', 'end_lineno', 'end_col_offset':
        if name in old_node._attributes and name in new_node._attributes:
            value = getattr(old_node, name, None)
            if value is not None or (hasattr(old_node, name) and name.startswith('end_')):
                setattr(new_node, name, value)
    return new_node


def fix_missing_locations(node):
    """Gives each node without positions those of its parent (1 and 0 at the root)."""
    def fix(node, lineno, col_offset, end_lineno, end_col_offset):
        if 'lineno' in node._attributes:
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if 'end_lineno' in node._attributes:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in node._attributes:
            if not hasattr(node, 'col_offset'):
                node.col_offset = col_offset
            else:
                col_offset = node.col_offset
        if 'end_col_offset' in node._attributes:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col_offset, end_lineno, end_col_offset)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Moves node and every node under it n lines down."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes and getattr(child, 'end_lineno', 0) is not None:
            child.end_lineno = getattr(child, 'end_lineno', 0) + n
    return node


def iter_fields(node):
    """(name, value) for each field of node that is set."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """The nodes directly under node: its node fields and the nodes in its list fields."""
    for name, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None; cleaned (inspect.cleandoc) by default."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    node = node.body[0].value
    if isinstance(node, Constant) and isinstance(node.value, str):
        text = node.value
    else:
        return None
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _lines(source):
    """source split at line ends as the tokenizer sees them (\\r\\n, \\r, \\n; not form feeds), ends kept."""
    lines = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '\n' or c == '\r':
            if c == '\r' and i + 1 < n and source[i + 1] == '\n':
                i += 1
            lines.append(source[start:i + 1])
            start = i + 1
        i += 1
    if start < n:
        lines.append(source[start:])
    return lines


def _blanks(text):
    """text with every character but tabs and form feeds made a space."""
    return ''.join(c if c in '\f\t' else ' ' for c in text)


def get_source_segment(source, node, *, padded=False):
    """The text of source that node was parsed from (positions are UTF-8 byte columns), or None
    without positions; padded keeps the first line's indentation, as blanks, for a multi-line node."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col_offset = node.col_offset
        end_col_offset = node.end_col_offset
    except AttributeError:
        return None
    lines = _lines(source)
    if end_lineno == lineno:
        return lines[lineno].encode()[col_offset:end_col_offset].decode()
    padding = _blanks(lines[lineno].encode()[:col_offset].decode()) if padded else ''
    first = padding + lines[lineno].encode()[col_offset:].decode()
    last = lines[end_lineno].encode()[:end_col_offset].decode()
    return ''.join([first] + lines[lineno + 1:end_lineno] + [last])


def walk(node):
    """Every node under node (itself first), breadth first, in no order to rely on."""
    from collections import deque
    todo = deque([node])
    while todo:
        node = todo.popleft()
        todo.extend(iter_child_nodes(node))
        yield node


class NodeVisitor(object):
    """Calls visit_<ClassName>(node) for a node when the subclass has it, else generic_visit, which
    visits the node's children."""

    def visit(self, node):
        visitor = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for field, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        value = node.value
        type_name = _constant_type_names.get(type(value))
        if type_name is None:
            for cls, name in _constant_type_names.items():
                if isinstance(value, cls):
                    type_name = name
                    break
        if type_name is not None:
            method = 'visit_' + type_name
            try:
                visitor = getattr(self, method)
            except AttributeError:
                pass
            else:
                import warnings
                warnings.warn(f"{method} is deprecated; add visit_Constant", DeprecationWarning, 2)
                return visitor(node)
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return what replaces the node: itself, another node, None
    to remove it, or for a node in a list, a list of nodes to put in its place."""

    def generic_visit(self, node):
        for field, old_value in iter_fields(node):
            if isinstance(old_value, list):
                new_values = []
                for value in old_value:
                    if isinstance(value, AST):
                        value = self.visit(value)
                        if value is None:
                            continue
                        elif not isinstance(value, AST):
                            new_values.extend(value)
                            continue
                    new_values.append(value)
                old_value[:] = new_values
            elif isinstance(old_value, AST):
                new_node = self.visit(old_value)
                if new_node is None:
                    delattr(node, field)
                else:
                    setattr(node, field, new_node)
        return node


_constant_type_names = {
    type(None): 'NameConstant',
    bool: 'NameConstant',
    int: 'Num',
    float: 'Num',
    complex: 'Num',
    str: 'Str',
    bytes: 'Bytes',
    type(...): 'Ellipsis',
}


from _ast_unparse import unparse, _Unparser, _Prec as _Precedence
