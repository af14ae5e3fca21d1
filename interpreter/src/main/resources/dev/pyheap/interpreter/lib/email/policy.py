"""EmailPolicy, the policy of the package's current API, and its instances."""

__all__ = ['Compat32', 'compat32', 'Policy', 'EmailPolicy', 'default', 'strict',
           'SMTP', 'SMTPUTF8', 'HTTP']

import re
import sys

from email._policybase import Policy, Compat32, compat32
from email.utils import _has_surrogates
from email.headerregistry import HeaderRegistry
from email.contentmanager import raw_data_manager

_line_break = re.compile(r'\n|\r')


class EmailPolicy(Policy):
    """Headers as objects of header_factory (see email.headerregistry): given back
    unfolded with encoded words decoded, folded again on output with non-ASCII
    text as UTF-8 encoded words unless utf8 is set. A parsed header is written
    back as it came unless refold_source asks otherwise."""

    message_factory = None
    utf8 = False
    refold_source = 'long'
    header_factory = HeaderRegistry()
    content_manager = raw_data_manager

    def __init__(self, **kw):
        if 'header_factory' not in kw:
            object.__setattr__(self, 'header_factory', HeaderRegistry())
        super().__init__(**kw)

    def header_max_count(self, name):
        return self.header_factory[name].max_count

    def header_source_parse(self, sourcelines):
        name, value = sourcelines[0].split(':', 1)
        value = value.lstrip(' \t') + ''.join(sourcelines[1:])
        return (name, value.rstrip('\r\n'))

    def header_store_parse(self, name, value):
        if hasattr(value, 'name') and value.name.lower() == name.lower():
            return (name, value)
        if isinstance(value, str) and len(value.splitlines()) > 1:
            # A value set by a program may not smuggle in a new header.
            raise ValueError("Header values may not contain linefeed "
                             "or carriage return characters")
        return (name, self.header_factory(name, value))

    def header_fetch_parse(self, name, value):
        if hasattr(value, 'name'):
            return value
        return self.header_factory(name, ''.join(_line_break.split(value)))

    def fold(self, name, value):
        return self._fold(name, value, refold_binary=True)

    def fold_binary(self, name, value):
        folded = self._fold(name, value, refold_binary=self.cte_type == '7bit')
        charset = 'utf8' if self.utf8 else 'ascii'
        return folded.encode(charset, 'surrogateescape')

    def _fold(self, name, value, refold_binary=False):
        if hasattr(value, 'name'):
            return value.fold(policy=self)
        limit = self.max_line_length or sys.maxsize
        lines = value.splitlines()
        refold = (self.refold_source == 'all' or
                  self.refold_source == 'long' and
                  (lines and len(lines[0]) + len(name) + 2 > limit or
                   any(len(line) > limit for line in lines[1:])))
        if refold or refold_binary and _has_surrogates(value):
            return self.header_factory(name, ''.join(lines)).fold(policy=self)
        return name + ': ' + self.linesep.join(lines) + self.linesep


from email.message import EmailMessage
EmailPolicy.message_factory = EmailMessage
default = EmailPolicy()
# the instances share the class's header factory; a new EmailPolicy() gets its own
del default.header_factory
strict = default.clone(raise_on_defect=True)
SMTP = default.clone(linesep='\r\n')
HTTP = default.clone(linesep='\r\n', max_line_length=None)
SMTPUTF8 = SMTP.clone(utf8=True)
