"""The path language of Element.find, findall, findtext and iterfind: the subset of XPath that
ElementTree understands.

A path is split into tokens, then compiled into a list of steps; each step is a function from an
iterator of elements to an iterator of elements, and a path's result is the last step's output
fed the context element. Compiled paths are cached by (path, namespaces).

Steps: `tag` (children with that tag; `*` any element, `{*}name`/`{ns}*` namespace wildcards),
`.` (the elements themselves), `..` (their parents, found through a map of the context's tree),
`//` (descendants, followed by a tag test) and predicates in brackets: `[@name]`,
`[@name='v']`, `[@name!='v']`, `[tag]`, `[tag='text']`, `[tag!='text']`, `[.='text']`,
`[.!='text']`, `[n]`, `[last()]`, `[last()-n]`.
"""

import re

_token_rx = re.compile(
    r"""('[^']*'|"[^"]*"|::|//?|\.\.|\(\)|!=|[/.*:\[\]()@=])"""
    r"""|((?:\{[^}]+\})?[^/\[\]()@!=\s]+)|\s+""")

_cache = {}


def _tokens(path, namespaces):
    default = namespaces.get('') if namespaces else None
    seen_parenthesis = False
    for op, name in _token_rx.findall(path):
        if name and name[0] != '{':
            if ':' in name:
                prefix, local = name.split(':', 1)
                if not namespaces:
                    yield op, name
                    continue
                try:
                    yield op, '{%s}%s' % (namespaces[prefix], local)
                except KeyError:
                    raise SyntaxError("prefix %r not found in prefix map" % prefix) from None
                continue
            if default and not seen_parenthesis:
                yield op, '{%s}%s' % (default, name)
                continue
        yield op, name
        seen_parenthesis = op == '('


class _Context:
    """What the steps of one search share: the element searched from and, once `..` needs it,
    the map from each element of its tree to the parent."""

    def __init__(self, root):
        self.root = root
        self._parents = None

    def parent_of(self, elem):
        if self._parents is None:
            self._parents = {child: parent for parent in self.root.iter() for child in parent}
        return self._parents.get(elem)


def _tag_test(tag):
    """A predicate on elements for a name test, or None for any tag."""
    if tag == '*':
        return lambda e: isinstance(e.tag, str)
    if tag == '{*}*':
        return lambda e: isinstance(e.tag, str)
    if tag == '{}*':
        return lambda e: isinstance(e.tag, str) and e.tag[:1] != '{'
    if tag.startswith('{*}'):
        local = tag[3:]
        brace = '}' + local
        return lambda e: isinstance(e.tag, str) and (e.tag == local or e.tag.endswith(brace))
    if tag.startswith('{}'):
        plain = tag[2:]
        return lambda e: e.tag == plain
    if tag.endswith('}*'):
        ns = tag[:-1]
        return lambda e: isinstance(e.tag, str) and e.tag.startswith(ns)
    return lambda e: e.tag == tag


def _children_step(tag):
    test = _tag_test(tag)

    def step(ctx, elems):
        for elem in elems:
            for child in elem:
                if test(child):
                    yield child
    return step


def _self_step(ctx, elems):
    yield from elems


def _parent_step(ctx, elems):
    seen = set()
    for elem in elems:
        parent = ctx.parent_of(elem)
        if parent is not None and id(parent) not in seen:
            seen.add(id(parent))
            yield parent


def _descendant_step(tag):
    test = _tag_test(tag)

    def step(ctx, elems):
        for elem in elems:
            for sub in elem.iter():
                if sub is not elem and test(sub):
                    yield sub
    return step


def _text_of(elem):
    return ''.join(elem.itertext())


def _predicate_step(signature, values):
    """The step for a bracketed predicate, chosen by the shape of its tokens: `@` for an
    attribute, `-` for a name or number, `'` for a quoted value, `()` for last()."""
    if signature == '@-':
        key = values[1]
        return lambda ctx, elems: (e for e in elems if e.get(key) is not None)
    if signature in ("@-='", "@-!='"):
        key, wanted = values[1], values[-1]
        if '!=' in signature:
            return lambda ctx, elems: (e for e in elems if e.get(key) != wanted)
        return lambda ctx, elems: (e for e in elems if e.get(key) == wanted)
    if signature == '-' and not re.match(r'-?\d+$', values[0]):
        tag = values[0]
        return lambda ctx, elems: (e for e in elems if e.find(tag) is not None)
    if signature in ("-='", "-!='") and not re.match(r'-?\d+$', values[0]):
        tag, wanted = values[0], values[-1]
        if '!=' in signature:
            def differs(ctx, elems):
                for e in elems:
                    for child in e.findall(tag):
                        if _text_of(child) != wanted:
                            yield e
                            break
            return differs

        def equals(ctx, elems):
            for e in elems:
                for child in e.findall(tag):
                    if _text_of(child) == wanted:
                        yield e
                        break
        return equals
    if signature in (".='", ".!='"):
        wanted = values[-1]
        if '!=' in signature:
            return lambda ctx, elems: (e for e in elems if _text_of(e) != wanted)
        return lambda ctx, elems: (e for e in elems if _text_of(e) == wanted)
    if signature in ('-', '-()', '-()-'):
        if signature == '-':
            index = int(values[0]) - 1
            if index < 0:
                raise SyntaxError("XPath position >= 1 expected")
        else:
            if values[0] != 'last':
                raise SyntaxError("unsupported function")
            if signature == '-()-':
                try:
                    index = int(values[2]) - 1
                except ValueError:
                    raise SyntaxError("unsupported expression")
                if index > -2:
                    raise SyntaxError("XPath offset from last() must be negative")
            else:
                index = -1

        def position(ctx, elems):
            for e in elems:
                parent = ctx.parent_of(e)
                if parent is None:
                    continue
                same = parent.findall(e.tag)
                try:
                    if same[index] is e:
                        yield e
                except IndexError:
                    pass
        return position
    raise SyntaxError("invalid predicate")


def _compile(path, namespaces):
    tokens = iter(_tokens(path, namespaces))
    steps = []
    token = next(tokens, None)
    if token is None:
        return steps
    while True:
        try:
            steps.append(_step(token, tokens))
        except StopIteration:
            raise SyntaxError("invalid path") from None
        token = next(tokens, None)
        if token is not None and token[0] == '/':
            token = next(tokens, None)
        if token is None:
            return steps


def _step(token, tokens):
    op, name = token
    if not op:
        return _children_step(name)
    if op == '*':
        return _children_step('*')
    if op == '.':
        return _self_step
    if op == '..':
        return _parent_step
    if op == '//':
        op, name = next(tokens)
        if op == '*':
            name = '*'
        elif op:
            raise SyntaxError("invalid descendant")
        return _descendant_step(name)
    if op == '[':
        signature = []
        values = []
        while True:
            op, name = next(tokens)
            if op == ']':
                break
            if not op and not name:
                continue  # white space
            if op and op[:1] in '\'"':
                signature.append("'")
                values.append(op[1:-1])
            elif op:
                signature.append(op)
                values.append(op)
            else:
                signature.append('-')
                values.append(name)
        return _predicate_step(''.join(signature), values)
    raise KeyError(op)


def _select(elem, path, namespaces):
    if path[-1:] == '/':
        path = path + '*'
    key = (path, tuple(sorted(namespaces.items())) if namespaces else None)
    steps = _cache.get(key)
    if steps is None:
        if path[:1] == '/':
            raise SyntaxError("cannot use absolute path on element")
        steps = _compile(path, namespaces)
        if len(_cache) > 100:
            _cache.clear()
        _cache[key] = steps
    ctx = _Context(elem)
    result = iter((elem,))
    for step in steps:
        result = step(ctx, result)
    return result


def iterfind(elem, path, namespaces=None):
    return _select(elem, path, namespaces)


def find(elem, path, namespaces=None):
    return next(_select(elem, path, namespaces), None)


def findall(elem, path, namespaces=None):
    return list(_select(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    try:
        found = next(_select(elem, path, namespaces))
    except StopIteration:
        return default
    return found.text or ''
