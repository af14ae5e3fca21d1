"""Reading TOML 1.0 documents into Python values: `loads` for text, `load` for a binary file.

Tables become dicts, arrays lists, dates and times `datetime` objects; malformed input raises
TOMLDecodeError naming the line and column where reading stopped."""

__all__ = ("loads", "load", "TOMLDecodeError")

from ._parser import TOMLDecodeError, load, loads

TOMLDecodeError.__module__ = __name__
