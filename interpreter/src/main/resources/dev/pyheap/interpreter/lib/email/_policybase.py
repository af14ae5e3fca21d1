"""The Policy base class and Compat32, the policy of the package's older API."""

__all__ = ['Policy', 'Compat32', 'compat32']

from email import header
from email import charset as _charset
from email.utils import _has_surrogates


class _PolicyBase:
    """Immutable settings; clone() makes a copy with some of them changed."""

    def __init__(self, **kw):
        for name, value in kw.items():
            if hasattr(self, name):
                object.__setattr__(self, name, value)
            else:
                raise TypeError('{!r} is an invalid keyword argument for {}'.format(
                    name, self.__class__.__name__))

    def __repr__(self):
        args = ['{}={!r}'.format(k, v) for k, v in self.__dict__.items()]
        return '{}({})'.format(self.__class__.__name__, ', '.join(args))

    def clone(self, **kw):
        copy = self.__class__.__new__(self.__class__)
        for name, value in self.__dict__.items():
            object.__setattr__(copy, name, value)
        for name, value in kw.items():
            if not hasattr(self, name):
                raise TypeError('{!r} is an invalid keyword argument for {}'.format(
                    name, self.__class__.__name__))
            object.__setattr__(copy, name, value)
        return copy

    def __setattr__(self, name, value):
        if hasattr(self, name):
            message = '{!r} object attribute {!r} is read-only'
        else:
            message = '{!r} object has no attribute {!r}'
        raise AttributeError(message.format(self.__class__.__name__, name))

    def __add__(self, other):
        return self.clone(**other.__dict__)


class Policy(_PolicyBase):
    """The settings every policy has, and the hooks the parser and generator call."""

    raise_on_defect = False
    linesep = '\n'
    cte_type = '8bit'
    max_line_length = 78
    mangle_from_ = False
    message_factory = None

    def handle_defect(self, obj, defect):
        if self.raise_on_defect:
            raise defect
        self.register_defect(obj, defect)

    def register_defect(self, obj, defect):
        obj.defects.append(defect)

    def header_max_count(self, name):
        return None


class Compat32(Policy):
    """Headers kept as the strings they were parsed or set as; long ones folded
    through email.header.Header."""

    mangle_from_ = True

    def _sanitize_header(self, name, value):
        if not isinstance(value, str):
            return value
        if _has_surrogates(value):
            return header.Header(value, charset=_charset.UNKNOWN8BIT,
                                 header_name=name)
        return value

    def header_source_parse(self, sourcelines):
        name, value = sourcelines[0].split(':', 1)
        value = value.lstrip(' \t') + ''.join(sourcelines[1:])
        return (name, value.rstrip('\r\n'))

    def header_store_parse(self, name, value):
        return (name, value)

    def header_fetch_parse(self, name, value):
        return self._sanitize_header(name, value)

    def fold(self, name, value):
        return self._fold(name, value, sanitize=True)

    def fold_binary(self, name, value):
        folded = self._fold(name, value, sanitize=self.cte_type == '7bit')
        return folded.encode('ascii', 'surrogateescape')

    def _fold(self, name, value, sanitize):
        out = ['%s: ' % name]
        if isinstance(value, str):
            if _has_surrogates(value) and not sanitize:
                out.append(value)
                value = None
            elif _has_surrogates(value):
                value = header.Header(value, charset=_charset.UNKNOWN8BIT,
                                      header_name=name)
            else:
                value = header.Header(value, header_name=name)
        if value is not None:
            limit = 0 if self.max_line_length is None else self.max_line_length
            out.append(value.encode(linesep=self.linesep, maxlinelen=limit))
        out.append(self.linesep)
        return ''.join(out)


compat32 = Compat32()
