"""Content-Transfer-Encoding helpers that re-encode a message's payload in place."""

__all__ = ['encode_7or8bit', 'encode_base64', 'encode_noop', 'encode_quopri']

from base64 import encodebytes as _b64lines
from quopri import encodestring as _qp


def _raw(msg):
    return msg.get_payload(decode=True)


def encode_base64(msg):
    """Base64 the payload and say so in Content-Transfer-Encoding."""
    text = str(_b64lines(_raw(msg)), 'ascii')
    msg.set_payload(text)
    msg['Content-Transfer-Encoding'] = 'base64'


def encode_quopri(msg):
    """Quoted-printable the payload and say so in Content-Transfer-Encoding."""
    data = _qp(_raw(msg), quotetabs=True).replace(b' ', b'=20')
    msg.set_payload(str(data, 'ascii'))
    msg['Content-Transfer-Encoding'] = 'quoted-printable'


def encode_7or8bit(msg):
    """Leave the payload; say 7bit when it is all ASCII, else 8bit."""
    data = _raw(msg)
    if data is None:
        msg['Content-Transfer-Encoding'] = '7bit'
        return
    try:
        data.decode('ascii')
    except UnicodeError:
        msg['Content-Transfer-Encoding'] = '8bit'
    else:
        msg['Content-Transfer-Encoding'] = '7bit'


def encode_noop(msg):
    """Change nothing."""
