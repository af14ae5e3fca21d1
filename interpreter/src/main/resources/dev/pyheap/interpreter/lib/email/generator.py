"""Generators: a Message tree written out as text or bytes.

Each message's body is written to a scratch buffer before its headers, because
writing a multipart body may add a boundary parameter to Content-Type.
"""

__all__ = ['Generator', 'DecodedGenerator', 'BytesGenerator']

import random
import re
import sys
import time
from copy import deepcopy
from io import StringIO, BytesIO

from email.utils import _has_surrogates

NL = '\n'
_line_break = re.compile(r'\r\n|\r|\n')
_from_line = re.compile(r'^From ', re.MULTILINE)

_width = len(repr(sys.maxsize - 1))
_fmt = '%%0%dd' % _width


class Generator:
    """Writes messages as text to a file-like object."""

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, *, policy=None):
        if mangle_from_ is None:
            mangle_from_ = True if policy is None else policy.mangle_from_
        self._fp = outfp
        self._mangle_from_ = mangle_from_
        self.maxheaderlen = maxheaderlen
        self.policy = policy

    def write(self, s):
        self._fp.write(s)

    def flatten(self, msg, unixfrom=False, linesep=None):
        """Write msg (and its parts) out; unixfrom writes the envelope line first."""
        policy = msg.policy if self.policy is None else self.policy
        if linesep is not None:
            policy = policy.clone(linesep=linesep)
        if self.maxheaderlen is not None:
            policy = policy.clone(max_line_length=self.maxheaderlen)
        self._NL = policy.linesep
        self._encoded_NL = self._encode(self._NL)
        self._EMPTY = ''
        self._encoded_EMPTY = self._encode(self._EMPTY)
        saved_gen, saved_msg = self.policy, msg.policy
        try:
            self.policy = policy
            msg.policy = policy
            if unixfrom:
                ufrom = msg.get_unixfrom()
                if not ufrom:
                    ufrom = 'From nobody ' + time.ctime(time.time())
                self.write(ufrom + self._NL)
            self._write(msg)
        finally:
            self.policy = saved_gen
            msg.policy = saved_msg

    def clone(self, fp):
        """A generator like this one writing to fp."""
        return self.__class__(fp, self._mangle_from_, None, policy=self.policy)

    def _new_buffer(self):
        return StringIO()

    def _encode(self, s):
        return s

    def _write_lines(self, text):
        if not text:
            return
        lines = _line_break.split(text)
        for line in lines[:-1]:
            self.write(line)
            self.write(self._NL)
        if lines[-1]:
            self.write(lines[-1])

    def _write(self, msg):
        outer = self._fp
        try:
            self._munge_cte = None
            self._fp = scratch = self._new_buffer()
            self._dispatch(msg)
        finally:
            self._fp = outer
            munge = self._munge_cte
            del self._munge_cte
        if munge:
            msg = deepcopy(msg)
            if msg.get('content-transfer-encoding') is None:
                msg['Content-Transfer-Encoding'] = munge[0]
            else:
                msg.replace_header('content-transfer-encoding', munge[0])
            msg.replace_header('content-type', munge[1])
        meth = getattr(msg, '_write_headers', None)
        if meth is None:
            self._write_headers(msg)
        else:
            meth(self)
        self._fp.write(scratch.getvalue())

    def _dispatch(self, msg):
        main = msg.get_content_maintype()
        sub = msg.get_content_subtype()
        specific = ('%s_%s' % (main, sub)).replace('-', '_')
        meth = getattr(self, '_handle_' + specific, None)
        if meth is None:
            meth = getattr(self, '_handle_' + main.replace('-', '_'), None)
            if meth is None:
                meth = self._writeBody
        meth(msg)

    def _write_headers(self, msg):
        for h, v in msg.raw_items():
            self.write(self.policy.fold(h, v))
        self.write(self._NL)

    def _handle_text(self, msg):
        payload = msg.get_payload()
        if payload is None:
            return
        if not isinstance(payload, str):
            raise TypeError('string payload expected: %s' % type(payload))
        if _has_surrogates(msg._payload):
            charset = msg.get_param('charset')
            if charset is not None:
                # Bytes that text output cannot carry: re-encode the body.
                msg = deepcopy(msg)
                del msg['content-transfer-encoding']
                msg.set_payload(msg._payload, charset)
                payload = msg.get_payload()
                self._munge_cte = (msg['content-transfer-encoding'],
                                   msg['content-type'])
        if self._mangle_from_:
            payload = _from_line.sub('>From ', payload)
        self._write_lines(payload)

    _writeBody = _handle_text

    def _handle_multipart(self, msg):
        texts = []
        subparts = msg.get_payload()
        if subparts is None:
            subparts = []
        elif isinstance(subparts, str):
            self.write(subparts)
            return
        elif not isinstance(subparts, list):
            subparts = [subparts]
        for part in subparts:
            buf = self._new_buffer()
            self.clone(buf).flatten(part, unixfrom=False, linesep=self._NL)
            texts.append(buf.getvalue())
        boundary = msg.get_boundary()
        if not boundary:
            boundary = self._make_boundary(self._encoded_NL.join(texts))
            msg.set_boundary(boundary)
        if msg.preamble is not None:
            preamble = msg.preamble
            if self._mangle_from_:
                preamble = _from_line.sub('>From ', preamble)
            self._write_lines(preamble)
            self.write(self._NL)
        self.write('--' + boundary + self._NL)
        if texts:
            self._fp.write(texts.pop(0))
        for text in texts:
            self.write(self._NL + '--' + boundary + self._NL)
            self._fp.write(text)
        self.write(self._NL + '--' + boundary + '--' + self._NL)
        if msg.epilogue is not None:
            epilogue = msg.epilogue
            if self._mangle_from_:
                epilogue = _from_line.sub('>From ', epilogue)
            self._write_lines(epilogue)

    def _handle_multipart_signed(self, msg):
        # A signed part's headers must come out exactly as they went in.
        saved = self.policy
        self.policy = saved.clone(max_line_length=0)
        try:
            self._handle_multipart(msg)
        finally:
            self.policy = saved

    def _handle_message_delivery_status(self, msg):
        blocks = []
        for part in msg.get_payload():
            buf = self._new_buffer()
            self.clone(buf).flatten(part, unixfrom=False, linesep=self._NL)
            text = buf.getvalue()
            lines = text.split(self._encoded_NL)
            if lines and lines[-1] == self._encoded_EMPTY:
                blocks.append(self._encoded_NL.join(lines[:-1]))
            else:
                blocks.append(text)
        self._fp.write(self._encoded_NL.join(blocks))

    def _handle_message(self, msg):
        buf = self._new_buffer()
        payload = msg._payload
        if isinstance(payload, list):
            self.clone(buf).flatten(msg.get_payload(0), unixfrom=False, linesep=self._NL)
            payload = buf.getvalue()
        else:
            payload = self._encode(payload)
        self._fp.write(payload)

    @classmethod
    def _compile_re(cls, s, flags):
        return re.compile(s, flags)

    @classmethod
    def _make_boundary(cls, text=None):
        """A boundary of '=' characters around a random number, made unique
        against text with a '.N' suffix."""
        token = random.randrange(sys.maxsize)
        boundary = ('=' * 15) + (_fmt % token) + '=='
        if text is None:
            return boundary
        candidate = boundary
        counter = 0
        while True:
            clash = cls._compile_re('^--' + re.escape(candidate) + '(--)?$', re.MULTILINE)
            if not clash.search(text):
                return candidate
            candidate = boundary + '.' + str(counter)
            counter += 1


class BytesGenerator(Generator):
    """Writes messages as bytes; bytes a parser kept are written back unchanged."""

    def write(self, s):
        self._fp.write(s.encode('ascii', 'surrogateescape'))

    def _new_buffer(self):
        return BytesIO()

    def _encode(self, s):
        return s.encode('ascii')

    def _write_headers(self, msg):
        for h, v in msg.raw_items():
            self._fp.write(self.policy.fold_binary(h, v))
        self.write(self._NL)

    def _handle_text(self, msg):
        if msg._payload is None:
            return
        if _has_surrogates(msg._payload) and not self.policy.cte_type == '7bit':
            payload = msg._payload
            if self._mangle_from_:
                payload = _from_line.sub('>From ', payload)
            self._write_lines(payload)
        else:
            super()._handle_text(msg)

    _writeBody = _handle_text

    @classmethod
    def _compile_re(cls, s, flags):
        return re.compile(s.encode('ascii'), flags)


class DecodedGenerator(Generator):
    """Writes text parts decoded; other parts as a one-line description."""

    _FMT = '[Non-text (%(type)s) part of message omitted, filename %(filename)s]'

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, fmt=None, *,
                 policy=None):
        super().__init__(outfp, mangle_from_, maxheaderlen, policy=policy)
        self._fmt = self._FMT if fmt is None else fmt

    def _dispatch(self, msg):
        for part in msg.walk():
            maintype = part.get_content_maintype()
            if maintype == 'text':
                print(part.get_payload(decode=False), file=self)
            elif maintype == 'multipart':
                pass
            else:
                print(self._fmt % {
                    'type': part.get_content_type(),
                    'maintype': part.get_content_maintype(),
                    'subtype': part.get_content_subtype(),
                    'filename': part.get_filename('[no filename]'),
                    'description': part.get('Content-Description', '[no description]'),
                    'encoding': part.get('Content-Transfer-Encoding', '[no encoding]'),
                }, file=self)
