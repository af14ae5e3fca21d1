"""Text documentation of live objects, as help() shows it.

help(thing) (the builtin, through pydoc.help) renders the documentation of a module, class,
function, method, descriptor or other object, or of a dotted name it imports and looks up, and
hands the text to the pager: when stdin or stdout is not a terminal that is sys.stdout with the
bold overstrikes (char, backspace, char) taken out, which is what programs see.

The layout is CPython 3.11's TextDoc:
  - a module: NAME (with the docstring's synopsis), MODULE REFERENCE for the standard library,
    DESCRIPTION, PACKAGE CONTENTS / SUBMODULES, CLASSES (the inheritance tree, then each class),
    FUNCTIONS, DATA (values cut to 70 columns), VERSION/DATE/AUTHOR/CREDITS, FILE;
  - a class: 'class Name(Bases)', its signature and docstring, the method resolution order, the
    built-in subclasses, then its attributes class by class along the MRO ('defined here', then
    'inherited from X'), each class's grouped as methods, class methods, static methods, readonly
    properties, data descriptors and data, with a rule of dashes between groups, all under ' |  ';
  - a routine: its name and signature (or '(...)'), 'method of X instance' for bound methods,
    'from X' for ones inherited, then the docstring indented;
  - other objects: 'name = repr' with the repr cut short (TextRepr).
An instance without a docstring of its own is documented through its class ('... object').

help('keywords'), help('symbols') and help('topics') list the help topics; the topics' texts
(CPython's pydoc_data.topics, generated from the reference manual) are not shipped, so a topic or
keyword shows CPython's message for a missing pydoc_data. No interactive help> loop's line editing,
HTML output, server or module index (help('modules')).
"""

__all__ = ['help']

import builtins
import inspect
import os
import re
import sys
from collections import deque
from reprlib import Repr

_HIDDEN_NAMES = frozenset({
    '__author__', '__builtins__', '__cached__', '__credits__', '__date__', '__doc__', '__file__',
    '__spec__', '__loader__', '__module__', '__name__', '__package__', '__path__', '__qualname__',
    '__slots__', '__version__'})

# ---------------------------------------------------------------- documentation strings


def _getowndoc(obj):
    """obj.__doc__ unless it is None or the same text as its type's (an instance's inherited doc)."""
    try:
        doc = object.__getattribute__(obj, '__doc__')
    except AttributeError:
        return None
    if doc is None:
        return None
    if obj is not type:
        typedoc = type(obj).__doc__
        if isinstance(typedoc, str) and typedoc == doc:
            return None
    return doc


def _findclass(func):
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for part in func.__qualname__.split('.')[:-1]:
        cls = getattr(cls, part)
    return cls if inspect.isclass(cls) else None


def _owner_and_name(obj):
    """(class to search, attribute name) for an object whose doc may be inherited, or None."""
    if inspect.ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__
        if inspect.isclass(owner) and getattr(getattr(owner, name, None), '__func__') is obj.__func__:
            return owner, name          # a class method
        return owner.__class__, name
    if inspect.isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
        return cls, name
    if inspect.isbuiltin(obj):
        name = obj.__name__
        owner = obj.__self__
        if inspect.isclass(owner) and owner.__qualname__ + '.' + name == obj.__qualname__:
            return owner, name
        return owner.__class__, name
    if isinstance(obj, property):
        name = obj.fget.__name__
        cls = _findclass(obj.fget)
        if cls is None or getattr(cls, name) is not obj:
            return None
        return cls, name
    if inspect.ismethoddescriptor(obj) or inspect.isdatadescriptor(obj):
        name = obj.__name__
        cls = obj.__objclass__
        if getattr(cls, name) is not obj:
            return None
        if inspect.ismemberdescriptor(obj):
            slots = getattr(cls, '__slots__', None)
            if isinstance(slots, dict) and name in slots:
                return slots[name], None
        return cls, name
    return None


def _finddoc(obj):
    """The docstring of the attribute of the same name in the owner's MRO (an override without one)."""
    found = _owner_and_name(obj)
    if found is None:
        return None
    cls, name = found
    if name is None:                    # a __slots__ dict's value
        return cls
    for base in cls.__mro__:
        try:
            doc = _getowndoc(getattr(base, name))
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def _getdoc(object):
    doc = _getowndoc(object)
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return inspect.cleandoc(doc)


def getdoc(object):
    """The docstring of the object cleaned up, else the comments before its source, else ''."""
    result = _getdoc(object) or inspect.getcomments(object)
    if not result:
        return ''
    return re.sub('^ *\n', '', result.rstrip()) or ''


def splitdoc(doc):
    """(synopsis, rest): the first line when a blank line or nothing follows it, else ''."""
    lines = doc.strip().split('\n')
    if len(lines) == 1:
        return lines[0], ''
    if not lines[1].rstrip():
        return lines[0], '\n'.join(lines[2:])
    return '', '\n'.join(lines)


def classname(object, modname):
    """The class's name, with its module in front when that is not modname."""
    name = object.__name__
    if object.__module__ != modname:
        name = object.__module__ + '.' + name
    return name


def isdata(object):
    """Whether the object is shown as data (no module, class, routine, frame, traceback or code)."""
    return not (inspect.ismodule(object) or inspect.isclass(object) or inspect.isroutine(object)
                or inspect.isframe(object) or inspect.istraceback(object) or inspect.iscode(object))


def replace(text, *pairs):
    """text with each pairs[2i] replaced by pairs[2i+1], in turn."""
    for i in range(0, len(pairs) - 1, 2):
        text = text.replace(pairs[i], pairs[i + 1])
    return text


def cram(text, maxlen):
    """text cut to maxlen characters by '...' in its middle."""
    if len(text) <= maxlen:
        return text
    head = max(0, (maxlen - 3) // 2)
    tail = max(0, maxlen - 3 - head)
    return text[:head] + '...' + text[len(text) - tail:]


_ID_SUFFIX = re.compile(r' at 0x[0-9a-f]{6,16}(>+)$', re.IGNORECASE)


def stripid(text):
    """A default repr without its ' at 0x...' address."""
    return _ID_SUFFIX.sub(r'\1', text)


def _is_bound_method(fn):
    if inspect.ismethod(fn):
        return True
    if inspect.isbuiltin(fn):
        owner = getattr(fn, '__self__', None)
        return not (inspect.ismodule(owner) or owner is None)
    return False


def allmethods(cl):
    """{name: attribute} of every routine of the class and its bases."""
    names = {}
    for key, value in inspect.getmembers(cl, inspect.isroutine):
        names[key] = 1
    for base in cl.__bases__:
        names.update(allmethods(base))
    return {key: getattr(cl, key) for key in names}


def _split_list(items, predicate):
    yes, no = [], []
    for item in items:
        (yes if predicate(item) else no).append(item)
    return yes, no


def visiblename(name, all=None, obj=None):
    """Whether help shows the attribute: not the bookkeeping names; special names always; a
    namedtuple's _names; not a module's __future__ features; what __all__ lists when there is
    one; otherwise the names without a leading underscore."""
    if name in _HIDDEN_NAMES:
        return 0
    if name.startswith('__') and name.endswith('__'):
        return 1
    if name.startswith('_') and hasattr(obj, '_fields'):
        return True
    import __future__
    if obj is not __future__ and name in __future__.all_feature_names:
        if isinstance(getattr(obj, name, None), __future__._Feature):
            return False
    if all is not None:
        return name in all
    return not name.startswith('_')


def classify_class_attrs(object):
    """inspect.classify_class_attrs, with data descriptors told apart (and read-only properties)."""
    results = []
    for name, kind, cls, value in inspect.classify_class_attrs(object):
        if inspect.isdatadescriptor(value):
            kind = 'readonly property' if isinstance(value, property) and value.fset is None \
                else 'data descriptor'
        results.append((name, kind, cls, value))
    return results


def sort_attributes(attrs, object):
    """Sorts attrs in place: a namedtuple's fields first in field order, then by name."""
    fields = getattr(object, '_fields', [])
    try:
        order = {name: i - len(fields) for i, name in enumerate(fields)}
    except TypeError:
        order = {}
    attrs.sort(key=lambda attr: (order.get(attr[0], 0), attr[0]))

# ---------------------------------------------------------------- finding what to document


class ErrorDuringImport(Exception):
    """An error raised while importing a module to document it."""

    def __init__(self, filename, exc_info):
        self.filename = filename
        self.exc, self.value, self.tb = exc_info

    def __str__(self):
        return 'problem in %s - %s: %s' % (self.filename, self.exc.__name__, self.value)


def safeimport(path, forceload=0, cache={}):
    """The module at dotted path (the last part, not the package), None when there is no such
    module; an error while running it becomes ErrorDuringImport. forceload imports it again."""
    try:
        if forceload and path in sys.modules and path not in sys.builtin_module_names:
            for key in [path] + [m for m in sys.modules if m.startswith(path + '.')]:
                cache[key] = sys.modules[key]
                del sys.modules[key]
        module = __import__(path)
    except BaseException:
        info = sys.exc_info()
        exc, value = info[0], info[1]
        if path in sys.modules:
            raise ErrorDuringImport(sys.modules[path].__file__, info)
        if exc is SyntaxError:
            raise ErrorDuringImport(value.filename, info)
        if issubclass(exc, ImportError) and value.name == path:
            return None
        raise ErrorDuringImport(path, info)
    for part in path.split('.')[1:]:
        try:
            module = getattr(module, part)
        except AttributeError:
            return None
    return module


def locate(path, forceload=0):
    """The object a dotted name stands for: the longest importable module prefix, then
    attributes (from builtins when no module matches); None when an attribute is missing."""
    parts = [part for part in path.split('.') if part]
    module, n = None, 0
    while n < len(parts):
        found = safeimport('.'.join(parts[:n + 1]), forceload)
        if not found:
            break
        module, n = found, n + 1
    object = module if module else builtins
    for part in parts[n:]:
        try:
            object = getattr(object, part)
        except AttributeError:
            return None
    return object


def resolve(thing, forceload=0):
    """(object, name) for an object or a dotted name (ImportError when the name finds nothing)."""
    if isinstance(thing, str):
        object = locate(thing, forceload)
        if object is None:
            raise ImportError('No Python documentation found for %r.\n'
                              'Use help() to get the interactive help utility.\n'
                              'Use help(str) for help on the str class.' % thing)
        return object, thing
    name = getattr(thing, '__name__', None)
    return thing, name if isinstance(name, str) else None


def describe(thing):
    """A short description: 'built-in module sys', 'class int', 'function f', ..."""
    if inspect.ismodule(thing):
        if thing.__name__ in sys.builtin_module_names:
            return 'built-in module ' + thing.__name__
        if hasattr(thing, '__path__'):
            return 'package ' + thing.__name__
        return 'module ' + thing.__name__
    if inspect.isbuiltin(thing):
        return 'built-in function ' + thing.__name__
    for test, kind in ((inspect.isgetsetdescriptor, 'getset'), (inspect.ismemberdescriptor, 'member')):
        if test(thing):
            owner = thing.__objclass__
            return '%s descriptor %s.%s.%s' % (kind, owner.__module__, owner.__name__, thing.__name__)
    if inspect.isclass(thing):
        return 'class ' + thing.__name__
    if inspect.isfunction(thing):
        return 'function ' + thing.__name__
    if inspect.ismethod(thing):
        return 'method ' + thing.__name__
    return type(thing).__name__

# ---------------------------------------------------------------- the text formatter


class Doc:
    PYTHONDOCS = os.environ.get('PYTHONDOCS', 'https://docs.python.org/%d.%d/library' % sys.version_info[:2])

    def document(self, object, name=None, *args):
        """The documentation of the object, by its kind."""
        args = (object, name) + args
        try:
            if inspect.ismodule(object):
                return self.docmodule(*args)
            if inspect.isclass(object):
                return self.docclass(*args)
            if inspect.isroutine(object):
                return self.docroutine(*args)
        except AttributeError:
            pass
        if inspect.isdatadescriptor(object):
            return self.docdata(*args)
        return self.docother(*args)

    def fail(self, object, name=None, *args):
        raise TypeError("don't know how to document object%s of type %s"
                        % (name and ' ' + repr(name), type(object).__name__))

    docmodule = docclass = docroutine = docother = docproperty = docdata = fail

    _REFERENCE_MODULES = ('errno', 'exceptions', 'gc', 'imp', 'marshal', 'posix', 'signal', 'sys',
                          '_thread', 'zipimport')

    def getdocloc(self, object):
        """The URL of a standard module's reference page, or None."""
        if not inspect.ismodule(object) or object.__name__ in ('xml.etree', 'test.pydoc_mod'):
            return None
        try:
            file = inspect.getabsfile(object)
        except TypeError:
            file = '(built-in)'
        if not (object.__name__ in self._REFERENCE_MODULES or _in_standard_library(file)):
            return None
        docloc = os.environ.get('PYTHONDOCS', self.PYTHONDOCS)
        if docloc.startswith(('http://', 'https://')):
            return '%s/%s.html' % (docloc.rstrip('/'), object.__name__.lower())
        return os.path.join(docloc, object.__name__.lower() + '.html')


def _in_standard_library(file):
    """Whether the file is one of the standard library's (this library's, or under the stdlib path)."""
    if file.startswith('<pyheap>/lib/'):
        return True
    import sysconfig
    basedir = os.path.normcase(sysconfig.get_path('stdlib'))
    return file.startswith(basedir) and not file.startswith(os.path.join(basedir, 'site-packages'))


class TextRepr(Repr):
    """Short reprs: 20 items of a list or tuple, 10 of a dict, 100 characters of a str or other."""

    def __init__(self):
        Repr.__init__(self)
        self.maxlist = self.maxtuple = 20
        self.maxdict = 10
        self.maxstring = self.maxother = 100

    def repr1(self, x, level):
        if hasattr(type(x), '__name__'):
            method = getattr(self, 'repr_' + '_'.join(type(x).__name__.split()), None)
            if method is not None:
                return method(x, level)
        return cram(stripid(repr(x)), self.maxother)

    def repr_string(self, x, level):
        shown = cram(x, self.maxstring)
        text = repr(shown)
        if '\\' in shown and '\\' not in text.replace('\\\\', ''):
            # the backslashes are the string's own: a raw literal shows them as they are
            return 'r' + text[0] + shown + text[0]
        return text

    repr_str = repr_string

    def repr_instance(self, x, level):
        try:
            return cram(stripid(repr(x)), self.maxstring)
        except BaseException:
            return '<%s instance>' % x.__class__.__name__


class TextDoc(Doc):
    """Documentation as text, names in bold by overstriking."""

    _repr_instance = TextRepr()
    repr = _repr_instance.repr

    def bold(self, text):
        return ''.join(ch + '\b' + ch for ch in text)

    def indent(self, text, prefix='    '):
        if not text:
            return ''
        lines = [prefix + line for line in text.split('\n')]
        lines[-1] = lines[-1].rstrip()
        return '\n'.join(lines)

    def section(self, title, contents):
        return self.bold(title) + '\n' + self.indent(contents).rstrip() + '\n\n'

    def formattree(self, tree, modname, parent=None, prefix=''):
        """The class tree of inspect.getclasstree, one class a line, subclasses indented."""
        out = []
        c = None
        for entry in tree:
            if type(entry) is tuple:
                c, bases = entry
                line = prefix + classname(c, modname)
                if bases and bases != (parent,):
                    line += '(%s)' % ', '.join(classname(b, modname) for b in bases)
                out.append(line + '\n')
            elif type(entry) is list:
                out.append(self.formattree(entry, modname, c, prefix + '    '))
        return ''.join(out)

    def docmodule(self, object, name=None, mod=None):
        name = object.__name__
        synopsis, description = splitdoc(getdoc(object))
        result = self.section('NAME', name + (synopsis and ' - ' + synopsis))
        all = getattr(object, '__all__', None)
        docloc = self.getdocloc(object)
        if docloc is not None:
            result += self.section('MODULE REFERENCE', docloc + '\n\n'
                                   'The following documentation is automatically generated from the Python\n'
                                   'source files.  It may be incomplete, incorrect or include features that\n'
                                   'are considered implementation detail and may vary between Python\n'
                                   'implementations.  When in doubt, consult the module reference at the\n'
                                   'location listed above.\n')
        if description:
            result += self.section('DESCRIPTION', description)

        classes = [(key, value) for key, value in inspect.getmembers(object, inspect.isclass)
                   if (all is not None or (inspect.getmodule(value) or object) is object)
                   and visiblename(key, all, object)]
        funcs = [(key, value) for key, value in inspect.getmembers(object, inspect.isroutine)
                 if (all is not None or inspect.isbuiltin(value) or inspect.getmodule(value) is object)
                 and visiblename(key, all, object)]
        data = [(key, value) for key, value in inspect.getmembers(object, isdata)
                if visiblename(key, all, object)]

        package_names = set()
        if hasattr(object, '__path__'):
            entries = []
            for modname, ispkg in _package_contents(object.__path__):
                package_names.add(modname)
                entries.append(modname + ' (package)' if ispkg else modname)
            entries.sort()
            result += self.section('PACKAGE CONTENTS', '\n'.join(entries))

        submodules = sorted(key for key, value in inspect.getmembers(object, inspect.ismodule)
                            if value.__name__.startswith(name + '.') and key not in package_names)
        if submodules:
            result += self.section('SUBMODULES', '\n'.join(submodules))

        if classes:
            contents = [self.formattree(inspect.getclasstree([value for key, value in classes], 1), name)]
            contents += [self.document(value, key, name) for key, value in classes]
            result += self.section('CLASSES', '\n'.join(contents))
        if funcs:
            result += self.section('FUNCTIONS', '\n'.join(self.document(value, key, name)
                                                          for key, value in funcs))
        if data:
            result += self.section('DATA', '\n'.join(self.docother(value, key, name, maxlen=70)
                                                     for key, value in data))

        if hasattr(object, '__version__'):
            version = str(object.__version__)
            if version[:11] == '$' + 'Revision: ' and version[-1:] == '$':
                version = version[11:-1].strip()
            result += self.section('VERSION', version)
        for attribute, title in (('__date__', 'DATE'), ('__author__', 'AUTHOR'), ('__credits__', 'CREDITS')):
            if hasattr(object, attribute):
                result += self.section(title, str(getattr(object, attribute)))
        try:
            file = inspect.getabsfile(object)
        except TypeError:
            file = '(built-in)'
        result += self.section('FILE', file)
        return result

    def docclass(self, object, name=None, mod=None, *ignored):
        realname = object.__name__
        name = name or realname
        bases = object.__bases__

        def makename(c, m=object.__module__):
            return classname(c, m)

        if name == realname:
            title = 'class ' + self.bold(realname)
        else:
            title = self.bold(name) + ' = class ' + realname
        if bases:
            title += '(%s)' % ', '.join(map(makename, bases))

        contents = []
        push = contents.append
        try:
            signature = inspect.signature(object)
        except (ValueError, TypeError):
            signature = None
        if signature:
            argspec = str(signature)
            if argspec and argspec != '()':
                push(name + argspec + '\n')
        doc = getdoc(object)
        if doc:
            push(doc + '\n')

        mro = deque(inspect.getmro(object))
        if len(mro) > 2:
            push('Method resolution order:')
            for base in mro:
                push('    ' + makename(base))
            push('')

        subclasses = sorted((str(cls.__name__) for cls in type.__subclasses__(object)
                             if not cls.__name__.startswith('_') and cls.__module__ == 'builtins'),
                            key=str.lower)
        if subclasses:
            push('Built-in subclasses:')
            for subclass in subclasses[:4]:
                push('    ' + subclass)
            if len(subclasses) > 4:
                push('    ... and ' + str(len(subclasses) - 4) + ' other subclasses')
            push('')

        rule = [False]

        def heading(msg):
            # a rule of dashes between two groups
            if rule[0]:
                push('-' * 70)
            rule[0] = True
            push(msg)

        def spill(msg, attrs, predicate):
            ok, rest = _split_list(attrs, predicate)
            if ok:
                heading(msg)
                for attr_name, kind, homecls, value in ok:
                    try:
                        value = getattr(object, attr_name)
                    except Exception:
                        push(self.docdata(value, attr_name, mod))
                    else:
                        push(self.document(value, attr_name, mod, object))
            return rest

        def spilldescriptors(msg, attrs, predicate):
            ok, rest = _split_list(attrs, predicate)
            if ok:
                heading(msg)
                for attr_name, kind, homecls, value in ok:
                    push(self.docdata(value, attr_name, mod))
            return rest

        def spilldata(msg, attrs, predicate):
            ok, rest = _split_list(attrs, predicate)
            if ok:
                heading(msg)
                for attr_name, kind, homecls, value in ok:
                    doc = getdoc(value)
                    try:
                        obj = getattr(object, attr_name)
                    except AttributeError:
                        obj = homecls.__dict__[attr_name]
                    push(self.docother(obj, attr_name, mod, maxlen=70, doc=doc) + '\n')
            return rest

        attrs = [attr for attr in classify_class_attrs(object) if visiblename(attr[0], obj=object)]
        while attrs:
            thisclass = mro.popleft() if mro else attrs[0][2]
            attrs, inherited = _split_list(attrs, lambda t: t[2] is thisclass)
            if object is not builtins.object and thisclass is builtins.object:
                attrs = inherited
                continue
            if thisclass is object:
                tag = 'defined here'
            else:
                tag = 'inherited from %s' % classname(thisclass, object.__module__)
            sort_attributes(attrs, object)
            attrs = spill('Methods %s:\n' % tag, attrs, lambda t: t[1] == 'method')
            attrs = spill('Class methods %s:\n' % tag, attrs, lambda t: t[1] == 'class method')
            attrs = spill('Static methods %s:\n' % tag, attrs, lambda t: t[1] == 'static method')
            attrs = spilldescriptors('Readonly properties %s:\n' % tag, attrs,
                                     lambda t: t[1] == 'readonly property')
            attrs = spilldescriptors('Data descriptors %s:\n' % tag, attrs,
                                     lambda t: t[1] == 'data descriptor')
            attrs = spilldata('Data and other attributes %s:\n' % tag, attrs, lambda t: t[1] == 'data')
            assert attrs == []
            attrs = inherited

        text = '\n'.join(contents)
        if not text:
            return title + '\n'
        return title + '\n' + self.indent(text.rstrip(), ' |  ') + '\n'

    def formatvalue(self, object):
        return '=' + self.repr(object)

    def docroutine(self, object, name=None, mod=None, cl=None):
        realname = object.__name__
        name = name or realname
        note = ''
        skipdocs = False
        if _is_bound_method(object):
            imclass = object.__self__.__class__
            if cl:
                if imclass is not cl:
                    note = ' from ' + classname(imclass, mod)
            elif object.__self__ is not None:
                note = ' method of %s instance' % classname(object.__self__.__class__, mod)
            else:
                note = ' unbound %s method' % classname(imclass, mod)
        prefix = 'async ' if inspect.iscoroutinefunction(object) or inspect.isasyncgenfunction(object) else ''
        if name == realname:
            title = self.bold(realname)
        else:
            if cl and inspect.getattr_static(cl, realname, []) is object:
                skipdocs = True          # an alias of a method documented under its own name
            title = self.bold(name) + ' = ' + realname
        argspec = None
        if inspect.isroutine(object):
            try:
                signature = inspect.signature(object)
            except (ValueError, TypeError):
                signature = None
            if signature:
                argspec = str(signature)
                if realname == '<lambda>':
                    title = self.bold(name) + ' lambda '
                    argspec = argspec[1:-1]
        decl = prefix + title + (argspec or '(...)') + note
        if skipdocs:
            return decl + '\n'
        doc = getdoc(object) or ''
        return decl + '\n' + (doc and self.indent(doc).rstrip() + '\n')

    def docdata(self, object, name=None, mod=None, cl=None):
        parts = []
        if name:
            parts.append(self.bold(name) + '\n')
        doc = getdoc(object) or ''
        if doc:
            parts.append(self.indent(doc) + '\n')
        return ''.join(parts)

    docproperty = docdata

    def docother(self, object, name=None, mod=None, parent=None, maxlen=None, doc=None):
        shown = self.repr(object)
        if maxlen:
            line = (name and name + ' = ' or '') + shown
            chop = maxlen - len(line)
            if chop < 0:
                shown = shown[:chop] + '...'
        line = (name and self.bold(name) + ' = ' or '') + shown
        if not doc:
            doc = getdoc(object)
        if doc:
            line += '\n' + self.indent(str(doc)) + '\n'
        return line


class _PlainTextDoc(TextDoc):
    """TextDoc without the bold overstrikes."""

    def bold(self, text):
        return text


def _package_contents(path):
    """(name, is a package) of each module file or package folder in the folders of path, sorted."""
    found = {}
    for folder in path:
        try:
            entries = sorted(os.listdir(folder))
        except OSError:
            continue
        for entry in entries:
            full = os.path.join(folder, entry)
            if entry.endswith('.py') and entry != '__init__.py':
                modname = entry[:-3]
                if modname.isidentifier():
                    found.setdefault(modname, False)
            elif entry.isidentifier() and os.path.isfile(os.path.join(full, '__init__.py')):
                found.setdefault(entry, True)
    return sorted(found.items())

# ---------------------------------------------------------------- output


def plain(text):
    """text without the bold overstrikes."""
    return re.sub('.\b', '', text)


def _escape_stdout(text):
    # what stdout cannot encode becomes backslash escapes rather than an error
    encoding = getattr(sys.stdout, 'encoding', None) or 'utf-8'
    return text.encode(encoding, 'backslashreplace').decode(encoding)


def plainpager(text):
    """Writes the text to stdout without the bold."""
    sys.stdout.write(plain(_escape_stdout(text)))


def pipepager(text, cmd):
    """Pages the text through a program (less, more, $PAGER)."""
    import subprocess
    proc = subprocess.Popen(cmd, shell=True, stdin=subprocess.PIPE)
    try:
        proc.stdin.write(_escape_stdout(text).encode())
        proc.stdin.close()
    except (OSError, KeyboardInterrupt):
        pass
    proc.wait()


def getpager():
    """The pager for this session: plain text on stdout unless both stdin and stdout are
    terminals; then $MANPAGER or $PAGER, else less when there is one."""
    for stream in (sys.stdin, sys.stdout):
        if not hasattr(stream, 'isatty') or not stream.isatty():
            return plainpager
    command = os.environ.get('MANPAGER') or os.environ.get('PAGER')
    if command:
        if os.environ.get('TERM') in ('dumb', 'emacs'):
            return lambda text: pipepager(plain(text), command)
        return lambda text: pipepager(text, command)
    if os.environ.get('TERM') in ('dumb', 'emacs'):
        return plainpager
    if hasattr(os, 'system') and os.system('(less) 2>/dev/null') == 0:
        return lambda text: pipepager(text, 'less')
    return plainpager


def pager(text):
    """Shows the text through the pager, chosen at the first call."""
    global pager
    pager = getpager()
    pager(text)


text = TextDoc()
plaintext = _PlainTextDoc()


def render_doc(thing, title='Python Library Documentation: %s', forceload=0, renderer=None):
    """The text documentation of an object or dotted name, under a title line."""
    if renderer is None:
        renderer = text
    object, name = resolve(thing, forceload)
    desc = describe(object)
    module = inspect.getmodule(object)
    if name and '.' in name:
        desc += ' in ' + name[:name.rfind('.')]
    elif module and module is not object:
        desc += ' in module ' + module.__name__
    if not (inspect.ismodule(object) or inspect.isclass(object) or inspect.isroutine(object)
            or inspect.isdatadescriptor(object) or _getdoc(object)):
        # data or an instance without a docstring of its own: its class is documented
        if hasattr(object, '__origin__'):
            object = object.__origin__
        else:
            object = type(object)
            desc += ' object'
    return title % desc + '\n\n' + renderer.document(object, name)


def doc(thing, title='Python Library Documentation: %s', forceload=0, output=None, is_cli=False):
    """Shows the documentation through the pager, or writes it (plain) to output."""
    if output is None:
        try:
            pager(render_doc(thing, title, forceload))
        except ImportError as exc:
            if is_cli:
                raise
            print(exc)
        return
    try:
        s = render_doc(thing, title, forceload, plaintext)
    except ImportError as exc:
        s = str(exc)
    output.write(s)

# ---------------------------------------------------------------- help()

_KEYWORDS = ('False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
             'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
             'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return',
             'try', 'while', 'with', 'yield')

_SYMBOLS = ('%', '%=', '&', '&=', '(', ')', '*', '**', '**=', '*=', '+', '+=', ',', '-', '-=', '.',
            '...', '/', '//', '//=', '/=', ':', '<', '<<', '<<=', '<=', '<>', '==', '>', '>=', '>>',
            '>>=', '@', 'J', '[', '\\', ']', '^', '^=', '_', '__', '`', 'b"', "b'", 'f"', "f'", 'j',
            'r"', "r'", 'u"', "u'", '|', '|=', '~', "'", "'''", '"', '"""', '!=')

_TOPICS = ('ASSERTION', 'ASSIGNMENT', 'ATTRIBUTEMETHODS', 'ATTRIBUTES', 'AUGMENTEDASSIGNMENT',
           'BASICMETHODS', 'BINARY', 'BITWISE', 'BOOLEAN', 'CALLABLEMETHODS', 'CALLS', 'CLASSES',
           'CODEOBJECTS', 'COMPARISON', 'COMPLEX', 'CONDITIONAL', 'CONTEXTMANAGERS', 'CONVERSIONS',
           'DEBUGGING', 'DELETION', 'DICTIONARIES', 'DICTIONARYLITERALS', 'DYNAMICFEATURES',
           'ELLIPSIS', 'EXCEPTIONS', 'EXECUTION', 'EXPRESSIONS', 'FLOAT', 'FORMATTING', 'FRAMEOBJECTS',
           'FRAMES', 'FUNCTIONS', 'IDENTIFIERS', 'IMPORTING', 'INTEGER', 'LISTLITERALS', 'LISTS',
           'LITERALS', 'LOOPING', 'MAPPINGMETHODS', 'MAPPINGS', 'METHODS', 'MODULES', 'NAMESPACES',
           'NONE', 'NUMBERMETHODS', 'NUMBERS', 'OBJECTS', 'OPERATORS', 'PACKAGES', 'POWER',
           'PRECEDENCE', 'PRIVATENAMES', 'RETURNING', 'SCOPING', 'SEQUENCEMETHODS', 'SEQUENCES',
           'SHIFTING', 'SLICINGS', 'SPECIALATTRIBUTES', 'SPECIALIDENTIFIERS', 'SPECIALMETHODS',
           'STRINGMETHODS', 'STRINGS', 'SUBSCRIPTS', 'TRACEBACKS', 'TRUTHVALUE', 'TUPLELITERALS',
           'TUPLES', 'TYPEOBJECTS', 'TYPES', 'UNARY', 'UNICODE')


class Helper:
    """What the builtin help() calls: help(object or name) shows its documentation; help() with
    no argument reads requests at a 'help> ' prompt until an empty line, q or quit."""

    keywords = dict.fromkeys(_KEYWORDS)
    symbols = dict.fromkeys(_SYMBOLS)
    topics = dict.fromkeys(_TOPICS)

    def __init__(self, input=None, output=None):
        self._input = input
        self._output = output

    @property
    def input(self):
        return self._input or sys.stdin

    @property
    def output(self):
        return self._output or sys.stdout

    def __repr__(self):
        return '<%s.%s instance>' % (self.__class__.__module__, self.__class__.__qualname__)

    _GoInteractive = object()

    def __call__(self, request=_GoInteractive):
        if request is not self._GoInteractive:
            try:
                self.help(request)
            except ImportError as e:
                self.output.write(f'{e}\n')
            return
        self.intro()
        self.interact()
        self.output.write('\n'
                          'You are now leaving help and returning to the Python interpreter.\n'
                          'If you want to ask for help on a particular object directly from the\n'
                          'interpreter, you can type "help(object)".  Executing "help(\'string\')"\n'
                          'has the same effect as typing a particular string at the help> prompt.\n')

    def interact(self):
        self.output.write('\n')
        while True:
            try:
                request = self.getline('help> ')
                if not request:
                    break
            except (KeyboardInterrupt, EOFError):
                break
            request = request.strip()
            if len(request) > 2 and request[0] == request[-1] in ("'", '"') and request[0] not in request[1:-1]:
                request = request[1:-1]
            if request.lower() in ('q', 'quit'):
                break
            if request == 'help':
                self.intro()
            else:
                self.help(request)

    def getline(self, prompt):
        if self.input is sys.stdin:
            return input(prompt)
        self.output.write(prompt)
        self.output.flush()
        return self.input.readline()

    def help(self, request, is_cli=False):
        if isinstance(request, str):
            request = request.strip()
            listing = {'keywords': self.listkeywords, 'symbols': self.listsymbols,
                       'topics': self.listtopics, 'modules': self.listmodules}.get(request)
            if listing is not None:
                listing()
            elif request[:8] == 'modules ':
                self.listmodules(request.split()[1])
            elif request in self.symbols:
                self.showtopic(request)
            elif request in ('True', 'False', 'None'):
                doc({'True': True, 'False': False, 'None': None}[request], 'Help on %s:', is_cli=is_cli)
            elif request in self.keywords or request in self.topics:
                self.showtopic(request)
            elif request:
                doc(request, 'Help on %s:', output=self._output, is_cli=is_cli)
            else:
                doc(str, 'Help on %s:', output=self._output, is_cli=is_cli)
        elif isinstance(request, Helper):
            self()
        else:
            doc(request, 'Help on %s:', output=self._output, is_cli=is_cli)
        self.output.write('\n')

    def intro(self):
        version = '%d.%d' % sys.version_info[:2]
        self.output.write(
            f"Welcome to Python {version}'s help utility! If this is your first time using\n"
            f"Python, you should definitely check out the tutorial at\n"
            f"https://docs.python.org/{version}/tutorial/.\n"
            "\n"
            "Enter the name of any module, keyword, or topic to get help on writing\n"
            "Python programs and using Python modules.  To get a list of available\n"
            "modules, keywords, symbols, or topics, enter \"modules\", \"keywords\",\n"
            "\"symbols\", or \"topics\".\n"
            "\n"
            "Each module also comes with a one-line summary of what it does; to list\n"
            "the modules whose name or summary contain a given string such as \"spam\",\n"
            "enter \"modules spam\".\n"
            "\n"
            "To quit this help utility and return to the interpreter,\n"
            "enter \"q\" or \"quit\".\n")

    def list(self, items, columns=4, width=80):
        """The items sorted, in columns filled top to bottom."""
        items = sorted(items)
        colw = width // columns
        rows = (len(items) + columns - 1) // columns
        for row in range(rows):
            for col in range(columns):
                i = col * rows + row
                if i < len(items):
                    self.output.write(items[i])
                    if col < columns - 1:
                        self.output.write(' ' * max(1, colw - len(items[i])))
            self.output.write('\n')

    def listkeywords(self):
        self.output.write('\nHere is a list of the Python keywords.  Enter any keyword to get more help.\n\n')
        self.list(self.keywords.keys())

    def listsymbols(self):
        self.output.write('\nHere is a list of the punctuation symbols which Python assigns special meaning\n'
                          'to. Enter any symbol to get more help.\n\n')
        self.list(self.symbols.keys())

    def listtopics(self):
        self.output.write('\nHere is a list of available topics.  Enter any topic name to get more help.\n\n')
        self.list(self.topics.keys())

    def showtopic(self, topic, more_xrefs=''):
        # the topics' texts live in pydoc_data.topics, which is not part of this library
        self.output.write('\nSorry, topic and keyword documentation is not available because the\n'
                          'module "pydoc_data.topics" could not be found.\n')

    def listmodules(self, key=''):
        raise NotImplementedError("help('modules') is not available in this interpreter")


help = Helper()
