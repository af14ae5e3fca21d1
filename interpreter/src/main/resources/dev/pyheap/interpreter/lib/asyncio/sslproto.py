"""TLS over asyncio's transports: not here (pyheap has no ssl module); only the check the loop
makes on the sockets it is given."""

import sys


def is_ssl_socket(sock):
    """Whether sock is an ssl.SSLSocket (which the loop refuses: TLS belongs to the transport)."""
    ssl = sys.modules.get('ssl')
    return ssl is not None and isinstance(sock, getattr(ssl, 'SSLSocket', ()))
