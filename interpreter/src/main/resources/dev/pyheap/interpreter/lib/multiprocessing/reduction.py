"""Pickling for the package: ForkingPickler (the pickler objects cross processes with) and
dumps/loads."""

import copyreg
import io
import pickle

__all__ = ['ForkingPickler', 'register', 'dump', 'dumps', 'loads']

HAVE_SEND_HANDLE = False


class ForkingPickler(pickle.Pickler):
    """A Pickler with the package's own reducers (register) besides copyreg's."""
    _extra_reducers = {}
    _copyreg_dispatch_table = copyreg.dispatch_table

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.dispatch_table = self._copyreg_dispatch_table.copy()
        self.dispatch_table.update(self._extra_reducers)

    @classmethod
    def register(cls, type, reduce):
        """Pickles objects of type with reduce."""
        cls._extra_reducers[type] = reduce

    @classmethod
    def dumps(cls, obj, protocol=None):
        buf = io.BytesIO()
        cls(buf, protocol).dump(obj)
        return buf.getbuffer()

    loads = pickle.loads


register = ForkingPickler.register


def dump(obj, file, protocol=None):
    """Pickles obj to file as the package does."""
    ForkingPickler(file, protocol).dump(obj)


def dumps(obj, protocol=None):
    buf = io.BytesIO()
    ForkingPickler(buf, protocol).dump(obj)
    return buf.getvalue()


loads = pickle.loads
