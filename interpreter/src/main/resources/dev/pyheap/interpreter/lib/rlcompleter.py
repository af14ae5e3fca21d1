"""Word completion for GNU readline: Completer(namespace).complete(text, state) gives the
state-th completion of text: keywords, the namespace's names (by default __main__'s) and
builtins for a plain name, an object's attributes (its dir() and its classes' members) for
'expr.attr', evaluating expr in the namespace. Callables get '(' (and ')' when they take no
parameters). This runtime has no readline module, so an empty text completes to a tab and no
completer is installed."""

import atexit
import builtins
import inspect
import keyword
import re
import __main__

__all__ = ['Completer']

# the keywords completed without a space after them, and those that take ':' instead
_BARE_KEYWORDS = frozenset({'False', 'None', 'True', 'break', 'continue', 'pass', 'else', '_'})
_COLON_KEYWORDS = frozenset({'finally', 'try'})


class Completer:
    def __init__(self, namespace=None):
        """A completer over namespace (a dict), or over __main__'s names at each completion
        when namespace is None."""
        if namespace and not isinstance(namespace, dict):
            raise TypeError('namespace must be a dictionary')
        self.use_main_ns = 1 if namespace is None else 0
        if namespace is not None:
            self.namespace = namespace

    def complete(self, text, state):
        """The state-th completion of text (state 0 computes them), None after the last."""
        if self.use_main_ns:
            self.namespace = __main__.__dict__
        if not text.strip():
            if state:
                return None
            if _readline_available:
                readline.insert_text('\t')
                readline.redisplay()
                return ''
            return '\t'
        if state == 0:
            self.matches = self.attr_matches(text) if '.' in text else self.global_matches(text)
        return self.matches[state] if state < len(self.matches) else None

    def _callable_postfix(self, val, word):
        if not callable(val):
            return word
        try:
            parameters = inspect.signature(val).parameters
        except ValueError:
            return word + '('
        return word + ('(' if parameters else '()')

    def global_matches(self, text):
        """The keywords, names of the namespace and builtins that start with text."""
        matches = []
        seen = {'__builtins__'}
        n = len(text)
        for word in keyword.kwlist + keyword.softkwlist:
            if word[:n] != text:
                continue
            seen.add(word)
            suffix = ':' if word in _COLON_KEYWORDS else '' if word in _BARE_KEYWORDS else ' '
            matches.append(word + suffix)
        for names in (self.namespace, builtins.__dict__):
            for word, value in names.items():
                if word[:n] == text and word not in seen:
                    seen.add(word)
                    matches.append(self._callable_postfix(value, word))
        return matches

    def attr_matches(self, text):
        """'expr.attr' completed from expr's attributes, sorted; names starting with '_' (then
        '__') only when nothing else matches or the text asks for them."""
        m = re.match(r'(\w+(\.\w+)*)\.(\w*)', text)
        if not m:
            return []
        expr, attr = m.group(1, 3)
        try:
            thisobject = eval(expr, self.namespace)
        except Exception:
            return []
        words = set(dir(thisobject))
        words.discard('__builtins__')
        if hasattr(thisobject, '__class__'):
            words.add('__class__')
            words.update(get_class_members(thisobject.__class__))
        n = len(attr)
        hidden = {'': ['_', '__', None], '_': ['__', None]}.get(attr, [None])
        matches = []
        for noprefix in hidden:
            for word in words:
                if word[:n] != attr or (noprefix and word[:n + 1] == noprefix):
                    continue
                match = '%s.%s' % (expr, word)
                # a property is not called to see whether its value is callable
                if isinstance(getattr(type(thisobject), word, None), property):
                    matches.append(match)
                    continue
                value = getattr(thisobject, word, None)
                matches.append(match if value is None else self._callable_postfix(value, match))
            if matches:
                break
        matches.sort()
        return matches


def get_class_members(klass):
    """dir(klass) and its bases' members, recursively (repeats included)."""
    members = dir(klass)
    for base in getattr(klass, '__bases__', ()):
        members = members + get_class_members(base)
    return members


try:
    import readline
except ImportError:
    _readline_available = False
else:
    readline.set_completer(Completer().complete)
    atexit.register(lambda: readline.set_completer(None))
    _readline_available = True
