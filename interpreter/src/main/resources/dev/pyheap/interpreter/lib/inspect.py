"""Looking at live objects: the is* predicates, getmembers, getmro, getdoc/cleandoc, getfile,
getabsfile, getsourcelines/getsource, getcomments, classify_class_attrs, getclasstree,
currentframe/stack frames, and signature() with Signature and Parameter (their str and repr as
CPython's).

signature() reads a function's code object (co_argcount, co_posonlyargcount, co_kwonlyargcount,
co_varnames, co_flags), __defaults__, __kwdefaults__ and __annotations__; a bound method drops its
first parameter; an instance with __call__ gives that of its bound __call__; __wrapped__ (functools.wraps) is
followed and __signature__ is honoured. A built-in function, method descriptor, slot wrapper or
method-wrapper gives the signature its __text_signature__ spells (ValueError without one); a
functools.partial that of its function less the arguments it binds; a class
one from its metaclass's __call__, else the first Python __new__ or __init__ along its MRO, else the
first text signature of a base. getsource finds a definition's block by its tokens (_BlockScanner), a
class by the first 'class NAME' line of its file. getfullargspec reads the signature.
"""

import sys
import builtins
import types
import linecache
import collections.abc
from collections import OrderedDict

__all__ = ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction', 'isgenerator',
           'iscoroutinefunction', 'iscoroutine', 'isasyncgenfunction', 'isasyncgen', 'isawaitable',
           'getcoroutinestate', 'getcoroutinelocals', 'getgeneratorstate', 'getgeneratorlocals',
           'istraceback', 'isframe',
           'iscode', 'isbuiltin', 'isroutine', 'isabstract', 'ismethoddescriptor',
           'isdatadescriptor', 'getmembers', 'getmro', 'getdoc', 'cleandoc', 'getfile',
           'getmodule', 'getsourcefile', 'getabsfile', 'getcomments', 'classify_class_attrs',
           'getclasstree', 'Attribute', 'ismemberdescriptor', 'isgetsetdescriptor', 'getsourcelines', 'getsource', 'currentframe', 'signature', 'Signature',
           'Parameter', 'unwrap', 'getattr_static', 'Traceback', 'FrameInfo', 'getframeinfo',
           'getlineno', 'getouterframes', 'getinnerframes', 'stack', 'trace', 'getfullargspec', 'FullArgSpec']

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)


def isawaitable(object):
    """Whether object can be awaited: a coroutine, a generator marked by types.coroutine, or an
    instance of a class with __await__."""
    return (isinstance(object, types.CoroutineType) or
            isinstance(object, types.GeneratorType) and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE) or
            isinstance(object, collections.abc.Awaitable))


GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getgeneratorlocals(generator):
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = generator.gi_frame
    return frame.f_locals if frame is not None else {}


CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getcoroutinelocals(coroutine):
    frame = getattr(coroutine, 'cr_frame', None)
    return frame.f_locals if frame is not None else {}


def istraceback(object):
    return isinstance(object, types.TracebackType)


def isframe(object):
    return isinstance(object, types.FrameType)


def iscode(object):
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object) or ismethoddescriptor(object)


def isabstract(object):
    return isinstance(object, type) and bool(getattr(object, '__abstractmethods__', ()))


def getmembers(object, predicate=None):
    """(name, value) for each attribute dir(object) names, sorted by name; predicate filters. Of a
    class, also the DynamicClassAttributes of its bases (an enum's name and value), and what its
    MRO's dicts hold where getattr fails (a descriptor refusing the class); a name once only."""
    names = dir(object)
    mro = ()
    if isclass(object):
        mro = (object,) + getmro(object)
        for base in getattr(object, '__bases__', ()):
            names.extend(k for k, v in base.__dict__.items() if isinstance(v, types.DynamicClassAttribute))
    results = []
    seen = set()
    for key in names:
        try:
            if key in seen:
                raise AttributeError(key)
            value = getattr(object, key)
        except AttributeError:
            owner = next((base for base in mro if key in base.__dict__), None)
            if owner is None:
                continue
            value = owner.__dict__[key]
        if not predicate or predicate(value):
            results.append((key, value))
        seen.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def getmro(cls):
    return cls.__mro__


def getattr_static(obj, attr, default=sys):
    """attr of obj found in the dicts of obj and its class's mro, without descriptors or __getattr__."""
    klass = obj if isinstance(obj, type) else type(obj)
    if not isinstance(obj, type):
        d = getattr(obj, '__dict__', None)
        if isinstance(d, dict) and attr in d:
            return d[attr]
    for base in klass.__mro__:
        if attr in base.__dict__:
            return base.__dict__[attr]
    if default is not sys:
        return default
    raise AttributeError(attr)


def unwrap(func, *, stop=None):
    """func with its __wrapped__ chain followed (ValueError for a cycle)."""
    f = func
    memo = {id(f): f}
    while hasattr(func, '__wrapped__') and not (stop is not None and stop(func)):
        func = func.__wrapped__
        if id(func) in memo or len(memo) >= sys.getrecursionlimit():
            raise ValueError('wrapper loop when unwrapping {!r}'.format(f))
        memo[id(func)] = func
    return func


def cleandoc(doc):
    """doc without its indentation: tabs expanded, the common indent of the lines after the first
    and the blank lines at both ends removed."""
    lines = doc.expandtabs().split('\n')
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            margin = min(margin, len(line) - content)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(object):
    """The object's docstring cleaned; without one, the docstring _finddoc inherits for it."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def _finddoc(obj):
    # As 3.11's inspect: a class inherits the first docstring along its MRO except object's; a
    # method, function, property or descriptor the docstring of the attribute of its name on the
    # first base that has one, once the class it was defined in (its __qualname__ for functions,
    # __objclass__ for descriptors) is found and really holds it.
    if isclass(obj):
        for base in obj.__mro__:
            if base is builtins.object:
                continue
            try:
                doc = base.__doc__
            except AttributeError:
                continue
            if doc is not None:
                return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__
        if isclass(owner) and getattr(getattr(owner, name, None), '__func__') is obj.__func__:
            cls = owner
        else:
            cls = owner.__class__
    elif isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif isbuiltin(obj):
        name = obj.__name__
        owner = obj.__self__
        if isclass(owner) and owner.__qualname__ + '.' + name == obj.__qualname__:
            cls = owner
        else:
            cls = owner.__class__
    elif isinstance(obj, property):
        # before the descriptor case: a property is a data descriptor without __objclass__
        name = obj.fget.__name__
        cls = _findclass(obj.fget)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif ismethoddescriptor(obj) or isdatadescriptor(obj):
        name = obj.__name__
        cls = obj.__objclass__
        if getattr(cls, name) is not obj:
            return None
        if ismemberdescriptor(obj):
            slots = getattr(cls, '__slots__', None)
            if isinstance(slots, dict) and name in slots:
                return slots[name]
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def _findclass(func):
    """The class a function was defined in, found by walking its __qualname__ from its module."""
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split('.')[:-1]:
        cls = getattr(cls, name)
    return cls if isclass(cls) else None


def getfile(object):
    """The name of the file the object was defined in (TypeError for built-in objects)."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        module = sys.modules.get(object.__module__)
        if getattr(module, '__file__', None):
            return module.__file__
        raise TypeError('{!r} is a built-in class'.format(object))
    object = _code_of(object)
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getsourcefile(object):
    """The name of the source file the object was defined in, or None when there is no such file."""
    filename = getfile(object)
    import os
    if os.path.exists(filename):
        return filename
    # a file that is not on disk (the library's, in the jar) still has source when its module has a loader
    module = getmodule(object)
    if getattr(module, '__loader__', None) is not None:
        return filename
    if getattr(getattr(module, '__spec__', None), 'loader', None) is not None:
        return filename
    if filename in linecache.cache:
        return filename
    return None


def _code_of(object):
    """The code object of a method, function, traceback or frame; anything else as it is."""
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    return object


def getmodule(object):
    """The module the object was defined in, or None."""
    if ismodule(object):
        return object
    name = getattr(object, '__module__', None)
    if name is not None:
        return sys.modules.get(name)
    return None


def getabsfile(object, _filename=None):
    """The object's source (or other) file as an absolute, case-normalized path; the library's
    files, which are in no folder, keep their '<pyheap>/lib/...' names."""
    import os
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    if _filename.startswith('<pyheap>/'):
        return _filename
    return os.path.normcase(os.path.abspath(_filename))


def ismemberdescriptor(object):
    return isinstance(object, types.MemberDescriptorType)


def isgetsetdescriptor(object):
    return isinstance(object, types.GetSetDescriptorType)


Attribute = collections.namedtuple('Attribute', 'name kind defining_class object')


def classify_class_attrs(cls):
    """An Attribute(name, kind, defining_class, object) for each name dir(cls) lists: kind is
    'class method', 'static method', 'property', 'method' (any other routine) or 'data'; the
    defining class is the last class of the MRO (or metaclass MRO) whose attribute is the same
    object, else the first whose __dict__ has the name; the object is the raw dict entry for the
    first three kinds, else what getattr gives."""
    mro = cls.__mro__
    metamro = tuple(c for c in type(cls).__mro__ if c not in (type, object))
    class_bases = (cls,) + mro
    all_bases = class_bases + metamro
    result = []
    seen = set()
    for name in dir(cls):
        if name in seen:
            continue
        homecls = None
        get_obj = None
        dict_obj = None
        try:
            if name == '__dict__':
                raise AttributeError(name)
            get_obj = getattr(cls, name)
        except Exception:
            pass
        else:
            homecls = getattr(get_obj, '__objclass__', None)
            if homecls not in class_bases:
                homecls = None
                for search in class_bases + metamro:
                    if getattr(search, name, None) is get_obj:
                        homecls = search
        for base in all_bases:
            if name in base.__dict__:
                dict_obj = base.__dict__[name]
                if homecls not in metamro:
                    homecls = base
                break
        if homecls is None:
            continue
        obj = get_obj if get_obj is not None else dict_obj
        if isinstance(dict_obj, (staticmethod, types.BuiltinMethodType)):
            kind, obj = 'static method', dict_obj
        elif isinstance(dict_obj, (classmethod, types.ClassMethodDescriptorType)):
            kind, obj = 'class method', dict_obj
        elif isinstance(dict_obj, property):
            kind, obj = 'property', dict_obj
        elif isroutine(obj):
            kind = 'method'
        else:
            kind = 'data'
        result.append(Attribute(name, kind, homecls, obj))
        seen.add(name)
    return result


def getclasstree(classes, unique=False):
    """The classes arranged by inheritance: a list of (class, bases) entries, each followed by a
    list of the entries of its subclasses among classes; the roots are the classes without bases
    and the bases not in classes. With unique, a class appears under its first base of classes only."""
    children = {}
    roots = []
    for c in classes:
        if c.__bases__:
            for parent in c.__bases__:
                kids = children.setdefault(parent, [])
                if c not in kids:
                    kids.append(c)
                if unique and parent in classes:
                    break
        elif c not in roots:
            roots.append(c)
    for parent in children:
        if parent not in classes:
            roots.append(parent)
    return _class_tree(roots, children)


def _class_tree(classes, children):
    entries = []
    classes.sort(key=lambda c: (c.__module__, c.__name__))
    for c in classes:
        entries.append((c, c.__bases__))
        if c in children:
            entries.append(_class_tree(children[c], children))
    return entries


def _definition_line(object, lines):
    """The index in lines of the first line of the object's definition (its decorators included), or None."""
    if isclass(object):
        name = object.__name__
        for i, line in enumerate(lines):
            stripped = line.lstrip()
            if stripped.startswith('class ' + name) and stripped[6 + len(name):7 + len(name)] in ('(', ':', ' '):
                while i > 0 and lines[i - 1].lstrip().startswith('@') and _indent(lines[i - 1]) == _indent(line):
                    i -= 1
                return i
        return None
    code = _code_of(unwrap(object) if isfunction(object) else object)
    if not iscode(code):
        return None
    return code.co_firstlineno - 1


def getcomments(object):
    """The block of '#' comment lines just above the object's definition (for a module, the first
    one of its file), or None."""
    try:
        filename = getsourcefile(object)
    except TypeError:
        return None
    if filename is None:
        return None
    module = getmodule(object)
    lines = linecache.getlines(filename, module.__dict__ if module is not None else None)
    if not lines:
        return None
    if ismodule(object):
        start = 1 if lines[0][:2] == '#!' else 0
        while start < len(lines) and lines[start].strip() in ('', '#'):
            start += 1
        if start < len(lines) and lines[start][:1] == '#':
            end = start
            while end < len(lines) and lines[end][:1] == '#':
                end += 1
            return ''.join(line.expandtabs() for line in lines[start:end])
        return None
    lnum = _definition_line(object, lines)
    if not lnum or lnum >= len(lines):
        return None
    indent = _indent(lines[lnum].expandtabs())
    comments = []
    end = lnum - 1
    while end >= 0:
        line = lines[end].expandtabs()
        if line.lstrip()[:1] != '#' or _indent(line) != indent:
            break
        comments.insert(0, line.lstrip())
        end -= 1
    while comments and comments[0].strip() == '#':
        del comments[0]
    while comments and comments[-1].strip() == '#':
        del comments[-1]
    return ''.join(comments) if comments else None


def _indent(line):
    return len(line) - len(line.lstrip())


def getsourcelines(object):
    """(lines, first line number) of the object's source (OSError when it cannot be found)."""
    object = unwrap(object)
    filename = getfile(object)
    module = getmodule(object)
    lines = linecache.getlines(filename, module.__dict__ if module is not None else None)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        name = object.__name__
        for i, line in enumerate(lines):
            stripped = line.lstrip()
            if stripped.startswith('class ' + name) and stripped[6 + len(name):7 + len(name)] in ('(', ':', ' '):
                return _block(lines, i), i + 1
        raise OSError('could not find class definition')
    object = _code_of(object)
    if not iscode(object):
        raise OSError('could not find code object')
    start = object.co_firstlineno - 1
    if object.co_name == '<module>':
        return lines, 0
    return _block(lines, start), start + 1


class _BlockEnds(Exception):
    pass


class _BlockScanner:
    """Follows the tokens from a definition's first line to where its block ends: past the decorators
    (a decorator ends at its closing parenthesis or its NEWLINE), the def/class/lambda header, then
    every logical line indented deeper than the header. The first token back at the header's level
    ends it (a lambda ends with its logical line); a comment indented at least as the body's first
    line belongs to the block. `last` counts the lines taken so far."""

    def __init__(self):
        self.levels = 0
        self.header_seen = False
        self.in_decorator = False
        self.skip_to_newline = False
        self.lambda_only = False
        self.body_column = None
        self.last = 1

    def take(self, kind, text, first, after):
        import tokenize
        if not self.header_seen and not self.in_decorator:
            if text == '@':
                self.in_decorator = True
            elif text in ('def', 'class', 'lambda'):
                self.header_seen = True
                self.lambda_only = text == 'lambda'
            self.skip_to_newline = True
        elif text == '(' or text == ')':
            if text == ')' and self.in_decorator:
                self.in_decorator = False
        elif kind == tokenize.NEWLINE:
            self.skip_to_newline = False
            self.last = first[0]
            if self.lambda_only:
                raise _BlockEnds
            self.in_decorator = False
        elif self.skip_to_newline:
            pass
        elif kind == tokenize.INDENT:
            if self.body_column is None and self.header_seen:
                self.body_column = after[1]
            self.levels += 1
            self.skip_to_newline = True
        elif kind == tokenize.DEDENT:
            self.levels -= 1
            if self.levels <= 0:
                raise _BlockEnds
        elif kind == tokenize.COMMENT:
            if self.body_column is not None and first[1] >= self.body_column:
                self.last = first[0]
        elif self.levels == 0 and kind != tokenize.NL:
            raise _BlockEnds


def _block(lines, start):
    """The lines of the definition starting at lines[start], as the tokenizer splits them (a one-line
    def ends with its line; continuation lines inside brackets belong to their statement)."""
    import tokenize
    scanner = _BlockScanner()
    tokens = tokenize.generate_tokens(iter(lines[start:]).__next__)
    try:
        for token in tokens:
            scanner.take(token.type, token.string, token.start, token.end)
    except (_BlockEnds, IndentationError):
        pass
    except SyntaxError as e:
        # a closing bracket past the block's end (its statement continues outside the slice)
        if 'unmatched' not in e.msg:
            raise e from None
        try:
            scanner.take(tokenize.NEWLINE, '', token.start, token.end)
        except (_BlockEnds, IndentationError):
            pass
    return lines[start:start + scanner.last]


def getsource(object):
    """The source text of the object."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


def currentframe():
    """The caller's frame."""
    return sys._getframe(1)


# Where a frame or traceback stands in its source: the tuples 3.11 gives (named fields, plus the
# instruction's `positions` as an attribute outside the tuple, so unpacking sees five or six items).
_TracebackFields = collections.namedtuple('_Traceback', 'filename lineno function code_context index')


class Traceback(_TracebackFields):
    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        self = super().__new__(cls, filename, lineno, function, code_context, index)
        self.positions = positions
        return self

    def __repr__(self):
        return ('Traceback(filename=%r, lineno=%r, function=%r, code_context=%r, index=%r, positions=%r)'
                % (self.filename, self.lineno, self.function, self.code_context, self.index, self.positions))


_FrameInfoFields = collections.namedtuple('_FrameInfo', ('frame',) + _TracebackFields._fields)


class FrameInfo(_FrameInfoFields):
    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        self = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        self.positions = positions
        return self

    def __repr__(self):
        return ('FrameInfo(frame=%r, filename=%r, lineno=%r, function=%r, code_context=%r, index=%r, '
                'positions=%r)' % (self.frame, self.filename, self.lineno, self.function, self.code_context,
                                   self.index, self.positions))


def _instruction_position(code, lasti):
    """(line, end line, column, end column) of the instruction at byte offset `lasti`."""
    if lasti < 0:
        return None, None, None, None
    import dis
    unit = lasti // 2
    for i, position in enumerate(dis._co_positions(code)):
        if i == unit:
            return position
    return None, None, None, None


def _source_lines_of(frame):
    """All the lines of the frame's source file (linecache's), or None when there are none."""
    filename = getsourcefile(frame)
    if filename is None:
        filename = getfile(frame)
        if not (filename.startswith('<') and filename.endswith('>')):
            return None
    return linecache.getlines(filename, frame.f_globals) or None


def getframeinfo(frame, context=1):
    """A Traceback for a frame or traceback: its file, line, function, and `context` source lines
    around the line (with the line's index among them)."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        positions = _instruction_position(frame.tb_frame.f_code, frame.tb_lasti)
        frame = frame.tb_frame
    else:
        # read as a frame first: anything else fails on the attribute, as 3.11's does
        lineno = frame.f_lineno
        positions = _instruction_position(frame.f_code, frame.f_lasti)
    if positions[0] is None:
        positions = (lineno,) + tuple(positions[1:])
    lineno = positions[0]
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = getsourcefile(frame) or getfile(frame)
    lines = index = None
    if context > 0:
        source = _source_lines_of(frame)
        if source is not None:
            start = max(0, min(lineno - 1 - context // 2, len(source) - context))
            lines = source[start:start + context]
            index = lineno - 1 - start
    import dis
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index, positions=dis.Positions(*positions))


def getlineno(frame):
    """The line the frame is running."""
    return frame.f_lineno


def getouterframes(frame, context=1):
    """FrameInfo records of `frame` and of every frame below it, innermost first."""
    records = []
    while frame:
        info = getframeinfo(frame, context)
        records.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return records


def getinnerframes(tb, context=1):
    """FrameInfo records of a traceback's frames, from where it was caught to where it was raised."""
    records = []
    while tb:
        info = getframeinfo(tb, context)
        records.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return records


def stack(context=1):
    """FrameInfo records of the caller's stack, the caller first."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo records between the frame handling the current exception and where it was raised."""
    return getinnerframes(sys.exc_info()[2], context)


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker - used in Parameter & Signature."""


class _ParameterKind(int):
    """The kind of a Parameter: an int with a name, as CPython's IntEnum of the same name
    (_ParameterKind(1) is POSITIONAL_OR_KEYWORD; ValueError for other values)."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return _KINDS[value]
        except (KeyError, TypeError):
            raise ValueError(f'{value!r} is not a valid {cls.__name__}') from None

    @classmethod
    def _make(cls, value, name):
        member = int.__new__(cls, value)
        member.name = name
        member.value = value
        return member

    def __str__(self):
        return self.name

    def __repr__(self):
        return f'<{type(self).__name__}.{self.name}: {int(self)}>'

    @property
    def description(self):
        return _PARAM_NAME_MAPPING[self]


_KINDS = {}
for _value, _name in enumerate(('POSITIONAL_ONLY', 'POSITIONAL_OR_KEYWORD', 'VAR_POSITIONAL',
                                'KEYWORD_ONLY', 'VAR_KEYWORD')):
    _KINDS[_value] = _ParameterKind._make(_value, _name)
    setattr(_ParameterKind, _name, _KINDS[_value])
del _value, _name


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_PARAM_NAME_MAPPING = {
    _POSITIONAL_ONLY: 'positional-only',
    _POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _VAR_POSITIONAL: 'variadic positional',
    _KEYWORD_ONLY: 'keyword-only',
    _VAR_KEYWORD: 'variadic keyword',
}


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias) if hasattr(types, 'GenericAlias') else False:
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation (Parameter.empty when none)."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{self._kind.description} parameters cannot have default values')
        self._default = default
        self._annotation = annotation
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name, self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '{}: {}'.format(formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = '{} = {}'.format(formatted, repr(self._default))
            else:
                formatted = '{}={}'.format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: arguments (a dict by name), args and kwargs."""

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(self.arguments[name])
            else:
                args.append(self.arguments[name])
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
                else:
                    continue
            if name in self.arguments:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(self.arguments[name])
                else:
                    kwargs[name] = self.arguments[name]
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind is _VAR_POSITIONAL:
                    val = ()
                elif param.kind is _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __repr__(self):
        args = ['{}={!r}'.format(arg, value) for arg, value in self.arguments.items()]
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    """The parameters of a callable (an ordered mapping of name to Parameter) and its return annotation."""

    __slots__ = ('_return_annotation', '_parameters')

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = OrderedDict()
        if parameters is not None:
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if kind < top_kind:
                    raise ValueError('wrong parameter order: {} parameter before {} parameter'.format(
                        top_kind.description, kind.description))
                elif kind > top_kind:
                    top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            raise ValueError('non-default argument follows default argument')
                    else:
                        seen_default = True
                if name in params:
                    raise ValueError('duplicate parameter name: {!r}'.format(name))
                params[name] = param
        self._parameters = types.MappingProxyType(params) if hasattr(types, 'MappingProxyType') else params
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return _signature_from_callable(obj, follow_wrapper_chains=follow_wrapped)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation and
                list(self.parameters.items()) == list(other.parameters.items()))

    def bind(self, /, *args, **kwargs):
        """The BoundArguments of a call with args and kwargs (TypeError as the call would raise)."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        parameters = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                else:
                    if param.kind == _VAR_POSITIONAL:
                        break
                    elif param.name in kwargs:
                        if param.kind == _POSITIONAL_ONLY:
                            raise TypeError('{arg!r} parameter is positional only, but was passed as a '
                                            'keyword'.format(arg=param.name)) from None
                        parameters_ex = (param,)
                        break
                    elif param.kind == _VAR_KEYWORD or param.default is not _empty:
                        parameters_ex = (param,)
                        break
                    else:
                        if partial:
                            parameters_ex = (param,)
                            break
                        raise TypeError('missing a required argument: {arg!r}'.format(arg=param.name)) from None
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError('too many positional arguments') from None
                else:
                    if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                        raise TypeError('too many positional arguments') from None
                    if param.kind == _VAR_POSITIONAL:
                        values = [arg_val]
                        values.extend(arg_vals)
                        arguments[param.name] = tuple(values)
                        break
                    if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                        raise TypeError('multiple values for argument {arg!r}'.format(arg=param.name)) from None
                    arguments[param.name] = arg_val
        kwargs_param = None
        for param in list(parameters_ex) + list(parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            param_name = param.name
            try:
                arg_val = kwargs.pop(param_name)
            except KeyError:
                if not partial and param.kind != _VAR_POSITIONAL and param.default is _empty:
                    raise TypeError('missing a required argument: {arg!r}'.format(arg=param_name)) from None
            else:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('{arg!r} parameter is positional only, but was passed as a '
                                    'keyword'.format(arg=param.name))
                arguments[param_name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError('got an unexpected keyword argument {arg!r}'.format(arg=next(iter(kwargs))))
        return BoundArguments(self, arguments)

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self.return_annotation is not _empty:
            rendered += ' -> {}'.format(formatannotation(self.return_annotation))
        return rendered


def _signature_from_function(func):
    code = func.__code__
    pos_count = code.co_argcount
    names = code.co_varnames
    posonly_count = code.co_posonlyargcount
    keyword_only_count = code.co_kwonlyargcount
    annotations = func.__annotations__ or {}
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    non_default_count = pos_count - len(defaults)
    parameters = []
    for i in range(pos_count):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < posonly_count else _POSITIONAL_OR_KEYWORD
        default = defaults[i - non_default_count] if i >= non_default_count else _empty
        parameters.append(Parameter(name, kind, default=default, annotation=annotations.get(name, _empty)))
    index = pos_count
    kw_names = names[index:index + keyword_only_count]
    index += keyword_only_count
    if code.co_flags & CO_VARARGS:
        name = names[index]
        index += 1
        parameters.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
    for name in kw_names:
        parameters.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                    annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[index]
        parameters.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return Signature(parameters, return_annotation=annotations.get('return', _empty))


def _drop_first(sig):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


_METHOD_WRAPPER = type(object().__str__)


def _user_defined(cls, name):
    """The attribute as a Python function or method defines it, or None for a built-in one."""
    meth = getattr(cls, name, None)
    if meth is None or isbuiltin(meth) or ismethoddescriptor(meth) or isinstance(meth, _METHOD_WRAPPER):
        return None
    return meth


def _signature_of_class(cls):
    """A class's call signature: its metaclass's own __call__, else the first __new__ or __init__
    of Python code along the MRO (without its first parameter), else the first
    __text_signature__ of a base other than object, else object's '()'."""
    call = _user_defined(type(cls), '__call__')
    factory = None
    if call is not None:
        factory = call
    else:
        new = _user_defined(cls, '__new__')
        init = _user_defined(cls, '__init__')
        for base in cls.__mro__:
            if new is not None and '__new__' in base.__dict__:
                factory = new
                break
            if init is not None and '__init__' in base.__dict__:
                factory = init
                break
    if factory is not None:
        sig = _signature_from_callable(factory)
        return sig if ismethod(factory) else _drop_first(sig)
    for base in cls.__mro__[:-1]:
        try:
            text = base.__text_signature__
        except AttributeError:
            continue
        if text:
            return _signature_fromstr(base, text, True)
    if type not in cls.__mro__:
        if cls.__init__ is object.__init__ and cls.__new__ is object.__new__:
            return Signature()
        raise ValueError('no signature found for builtin type {!r}'.format(cls))
    raise ValueError('no signature found for builtin type {!r}'.format(cls))


def _signature_fromstr(obj, text, skip_bound_arg):
    """The Signature a built-in's __text_signature__ describes: '($self, a, b=1, /, *args, **kw)'.
    The first parameter marked '$' is the bound object: dropped when obj is bound to a module
    (or to anything, with skip_bound_arg), else positional-only. Defaults are literals or names
    (dotted) of obj's module or of builtins."""
    import ast
    if not text.startswith('(') or not text.endswith(')'):
        raise ValueError('{!r} builtin has invalid signature'.format(obj))
    inner = text[1:-1].strip()
    self_parameter = inner.startswith('$')
    if self_parameter:
        inner = inner[1:]
    try:
        tree = ast.parse('def f(' + inner + '): pass')
    except SyntaxError:
        tree = None
    if not isinstance(tree, ast.Module) or not tree.body:
        raise ValueError('{!r} builtin has invalid signature'.format(obj))
    args = tree.body[0].args
    module_name = getattr(obj, '__module__', None)
    if module_name is None:
        owner = getattr(obj, '__objclass__', None)
        module_name = getattr(owner, '__module__', None)
    namespace = getattr(sys.modules.get(module_name), '__dict__', {})

    def value_of(node):
        try:
            return ast.literal_eval(node)
        except ValueError:
            pass
        parts = []
        while isinstance(node, ast.Attribute):
            parts.insert(0, node.attr)
            node = node.value
        if not isinstance(node, ast.Name):
            raise ValueError('{!r} builtin has invalid signature'.format(obj))
        import builtins
        if node.id in namespace:
            value = namespace[node.id]
        elif node.id in sys.modules:
            value = sys.modules[node.id]
        elif hasattr(builtins, node.id):
            value = getattr(builtins, node.id)
        else:
            raise ValueError('{!r} builtin has invalid signature'.format(obj))
        for part in parts:
            value = getattr(value, part)
        return value

    parameters = []
    positional = list(args.posonlyargs) + list(args.args)
    defaults = [_empty] * (len(positional) - len(args.defaults)) + [value_of(d) for d in args.defaults]
    for i, (arg, default) in enumerate(zip(positional, defaults)):
        kind = _POSITIONAL_ONLY if i < len(args.posonlyargs) else _POSITIONAL_OR_KEYWORD
        parameters.append(Parameter(arg.arg, kind, default=default))
    if args.vararg is not None:
        parameters.append(Parameter(args.vararg.arg, _VAR_POSITIONAL))
    for arg, default in zip(args.kwonlyargs, args.kw_defaults):
        parameters.append(Parameter(arg.arg, _KEYWORD_ONLY, default=_empty if default is None else value_of(default)))
    if args.kwarg is not None:
        parameters.append(Parameter(args.kwarg.arg, _VAR_KEYWORD))
    if self_parameter and parameters:
        bound = getattr(obj, '__self__', None)
        if bound is not None and (ismodule(bound) or skip_bound_arg):
            parameters.pop(0)
        else:
            parameters[0] = parameters[0].replace(kind=_POSITIONAL_ONLY)
    return Signature(parameters)


def _signature_of_partial(sig, partial, extra_args=()):
    """The signature left of sig once a functools.partial's arguments (after extra_args) are bound: a parameter
    given positionally goes; one given by keyword keeps the value as its default and, when it could
    be passed by position, becomes keyword-only with every parameter after it (a *args goes)."""
    keywords = partial.keywords or {}
    try:
        bound = sig.bind_partial(*extra_args, *partial.args, **keywords).arguments
    except TypeError as e:
        raise ValueError('partial object {!r} has incorrect arguments'.format(partial)) from e
    kept = []
    moved = []
    keyword_only = False
    for param in sig.parameters.values():
        if param.name in bound:
            if param.kind == _POSITIONAL_ONLY or param.kind == _POSITIONAL_OR_KEYWORD and param.name not in keywords:
                continue
            if param.kind in (_POSITIONAL_OR_KEYWORD, _KEYWORD_ONLY):
                param = param.replace(default=bound[param.name])
                keyword_only = keyword_only or param.kind == _POSITIONAL_OR_KEYWORD
        if keyword_only:
            if param.kind == _VAR_POSITIONAL:
                continue
            if param.kind == _POSITIONAL_OR_KEYWORD:
                param = param.replace(kind=_KEYWORD_ONLY)
            if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                moved.append(param)
                continue
        kept.append(param)
    return sig.replace(parameters=kept + moved)


FullArgSpec = collections.namedtuple('FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    """The names and defaults of func's parameters as a FullArgSpec, from its signature (wrappers
    not followed; a bound method keeps its first parameter)."""
    try:
        target = func.__func__ if isinstance(func, types.MethodType) else func
        sig = _signature_from_callable(target, follow_wrapper_chains=False)
    except Exception as e:
        raise TypeError('unsupported callable') from e
    args, kwonlyargs = [], []
    varargs = varkw = None
    defaults, kwdefaults, annotations = (), {}, {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        if param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(param.name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif param.kind == _VAR_POSITIONAL:
            varargs = param.name
        elif param.kind == _KEYWORD_ONLY:
            kwonlyargs.append(param.name)
            if param.default is not param.empty:
                kwdefaults[param.name] = param.default
        else:
            varkw = param.name
        if param.annotation is not param.empty:
            annotations[param.name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwdefaults or None, annotations)


def _signature_from_builtin(obj):
    text = getattr(obj, '__text_signature__', None)
    if not text:
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    return _signature_fromstr(obj, text, True)


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of the callable obj (ValueError when none can be found, TypeError when obj
    is not callable)."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals, locals=locals,
                                   eval_str=eval_str)


def _signature_from_callable(obj, *, follow_wrapper_chains=True):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, types.MethodType):
        return _drop_first(_signature_from_callable(obj.__func__, follow_wrapper_chains=follow_wrapper_chains))
    if follow_wrapper_chains:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, types.MethodType):
            return _signature_from_callable(obj, follow_wrapper_chains=follow_wrapper_chains)
    sig = getattr(obj, '__signature__', None) if not isinstance(obj, type) else obj.__dict__.get('__signature__')
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
        return sig
    import functools
    partialmethod = getattr(obj, '_partialmethod', None)
    if isinstance(partialmethod, functools.partialmethod):
        # the function a partialmethod gives when looked up on its class: its func's signature less
        # the bound arguments, as a partial with a None in front for the self or cls the call passes
        wrapped_sig = _signature_from_callable(partialmethod.func, follow_wrapper_chains=follow_wrapper_chains)
        sig = _signature_of_partial(wrapped_sig, partialmethod, (None,))
        first = tuple(wrapped_sig.parameters.values())[0]
        if first.kind is _VAR_POSITIONAL:
            return sig
        return sig.replace(parameters=(first,) + tuple(sig.parameters.values()))
    if isfunction(obj):
        return _signature_from_function(obj)
    if isinstance(obj, functools.partial):
        return _signature_of_partial(_signature_from_callable(obj.func, follow_wrapper_chains=follow_wrapper_chains), obj)
    if isbuiltin(obj) or ismethoddescriptor(obj) or isinstance(obj, _METHOD_WRAPPER):
        return _signature_from_builtin(obj)
    if isinstance(obj, type):
        return _signature_of_class(obj)
    call = getattr(type(obj), '__call__', None)
    if isfunction(call):
        return _drop_first(_signature_from_function(call))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


# ---- the older argument helpers: getcallargs, getargs/getargvalues, getclosurevars, and
# get_annotations, getmodulename, indentsize, ismethodwrapper, getmembers_static ----

TPFLAGS_IS_ABSTRACT = 1 << 20

Arguments = collections.namedtuple('Arguments', 'args, varargs, varkw')
ArgInfo = collections.namedtuple('ArgInfo', 'args varargs keywords locals')
ClosureVars = collections.namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getargs(co):
    """The names of a code object's parameters: positional and keyword-only ones in order, then the
    names of *args and **kwargs (None when absent)."""
    if not iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    names = co.co_varnames
    npos = co.co_argcount
    nnamed = npos + co.co_kwonlyargcount
    varargs = varkw = None
    after = nnamed
    if co.co_flags & CO_VARARGS:
        varargs = names[after]
        after += 1
    if co.co_flags & CO_VARKEYWORDS:
        varkw = names[after]
    return Arguments(list(names[:nnamed]), varargs, varkw)


def getargvalues(frame):
    """A frame's parameters (getargs of its code) with its f_locals."""
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def formatargvalues(args, varargs, varkw, locals, formatarg=str, formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name, formatvalue=lambda value: '=' + repr(value)):
    """'(a=1, *rest=(), **kw={})' from getargvalues' four parts."""
    parts = [formatarg(name) + formatvalue(locals[name]) for name in args]
    if varargs:
        parts.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        parts.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(parts) + ')'


def _names_listed(names):
    # 'a' / 'a' and 'b' / 'a', 'b' and 'c': how the call errors list missing parameters
    if len(names) == 1:
        return names[0]
    return ', '.join(names[:-1]) + ' and ' + names[-1] if len(names) == 2 else \
        ', '.join(names[:-2]) + ', ' + names[-2] + ' and ' + names[-1]


def _missing_arguments(f_name, argnames, positional, values):
    names = [repr(name) for name in argnames if name not in values]
    raise TypeError('%s() missing %i required %s argument%s: %s'
                    % (f_name, len(names), 'positional' if positional else 'keyword-only',
                       '' if len(names) == 1 else 's', _names_listed(names)))


def _too_many(f_name, args, kwonly, varargs, defcount, given, values):
    least = len(args) - defcount
    kwonly_given = sum(1 for name in kwonly if name in values)
    if varargs:
        plural, how_many = least != 1, 'at least %d' % least
    elif defcount:
        plural, how_many = True, 'from %d to %d' % (least, len(args))
    else:
        plural, how_many = len(args) != 1, str(len(args))
    extra = ''
    if kwonly_given:
        extra = ' positional argument%s (and %d keyword-only argument%s)' % (
            's' if given != 1 else '', kwonly_given, 's' if kwonly_given != 1 else '')
    raise TypeError('%s() takes %s positional argument%s but %d%s %s given'
                    % (f_name, how_many, 's' if plural else '', given, extra,
                       'was' if given == 1 and not kwonly_given else 'were'))


def getcallargs(func, /, *positional, **named):
    """The dict of parameter name to value that calling func(*positional, **named) would bind (a bound
    method's self included), with the TypeErrors such a call would raise."""
    spec = getfullargspec(func)
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults = spec[:6]
    f_name = func.__name__
    values = {}
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    given = len(positional)
    nargs = len(args)
    ndefaults = len(defaults) if defaults else 0
    bound = min(given, nargs)
    for name, value in zip(args, positional[:bound]):
        values[name] = value
    if varargs:
        values[varargs] = tuple(positional[bound:])
    accepted = set(args + kwonlyargs)
    if varkw:
        values[varkw] = {}
    for name, value in named.items():
        if name not in accepted:
            if not varkw:
                raise TypeError('%s() got an unexpected keyword argument %r' % (f_name, name))
            values[varkw][name] = value
            continue
        if name in values:
            raise TypeError('%s() got multiple values for argument %r' % (f_name, name))
        values[name] = value
    if given > nargs and not varargs:
        _too_many(f_name, args, kwonlyargs, varargs, ndefaults, given, values)
    if given < nargs:
        required = args[:nargs - ndefaults]
        if any(name not in values for name in required):
            _missing_arguments(f_name, required, True, values)
        for name, default in zip(args[nargs - ndefaults:], defaults or ()):
            values.setdefault(name, default)
    absent = False
    for name in kwonlyargs:
        if name not in values:
            if kwonlydefaults and name in kwonlydefaults:
                values[name] = kwonlydefaults[name]
            else:
                absent = True
    if absent:
        _missing_arguments(f_name, kwonlyargs, False, values)
    return values


def getclosurevars(func):
    """Where each name a function's own code uses is found: its closure cells (nonlocals), its
    globals, the builtins, or nowhere (unbound); None, True and False are left out."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    code = func.__code__
    nonlocal_vars = {}
    if func.__closure__ is not None:
        nonlocal_vars = {name: cell.cell_contents for name, cell in zip(code.co_freevars, func.__closure__)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get('__builtins__', __builtins__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars, builtin_vars, unbound = {}, {}, set()
    for name in code.co_names:
        if name in ('None', 'True', 'False'):
            continue
        if name in global_ns:
            global_vars[name] = global_ns[name]
        elif name in builtin_ns:
            builtin_vars[name] = builtin_ns[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound)


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A new dict of obj's own annotations (a class's from its own __dict__ only; a module's; a
    callable's); with eval_str, the str ones evaluated in the object's globals (those of the function
    it wraps) and, for a class, its namespace."""
    if isinstance(obj, type):
        own = getattr(obj, '__dict__', None)
        ann = own.get('__annotations__', None) if own is not None and hasattr(own, 'get') else None
        if isinstance(ann, types.GetSetDescriptorType):
            ann = None
        module = sys.modules.get(getattr(obj, '__module__', None) or '', None)
        obj_globals = getattr(module, '__dict__', None) if module else None
        obj_locals = dict(vars(obj))
        unwrapped = obj
    elif isinstance(obj, types.ModuleType):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__dict__')
        obj_locals = None
        unwrapped = None
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
        unwrapped = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)
    if unwrapped is not None:
        import functools
        while True:
            if hasattr(unwrapped, '__wrapped__'):
                unwrapped = unwrapped.__wrapped__
            elif isinstance(unwrapped, functools.partial):
                unwrapped = unwrapped.func
            else:
                break
        if hasattr(unwrapped, '__globals__'):
            obj_globals = unwrapped.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: eval(value, globals, locals) if isinstance(value, str) else value for key, value in ann.items()}


def getmodulename(path):
    """The module name a file's name stands for (its import suffix removed, the longest first), or None."""
    import os
    import importlib.machinery
    fname = os.path.basename(path)
    for suffix in sorted(importlib.machinery.all_suffixes(), key=len, reverse=True):
        if fname.endswith(suffix):
            return fname[:-len(suffix)]
    return None


def indentsize(line):
    """The width of a line's leading white space, tabs expanded."""
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


def ismethodwrapper(object):
    return isinstance(object, types.MethodWrapperType)


def getmembers_static(object, predicate=None):
    """getmembers with getattr_static: no descriptor, property or __getattr__ runs."""
    results = []
    seen = set()
    for key in dir(object):
        if key in seen:
            continue
        try:
            value = getattr_static(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
        seen.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


__all__ += ['getargs', 'getargvalues', 'formatargvalues', 'getcallargs', 'getclosurevars', 'get_annotations',
            'getmodulename', 'indentsize', 'ismethodwrapper', 'getmembers_static', 'Arguments', 'ArgInfo',
            'ClosureVars', 'TPFLAGS_IS_ABSTRACT']
