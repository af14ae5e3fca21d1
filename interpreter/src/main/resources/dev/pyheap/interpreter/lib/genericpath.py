"""Path operations common to more than one OS (CPython's genericpath): the questions to the file
system and the string helpers that posixpath and ntpath share. On this POSIX system they are
posixpath's own functions; samestat, sameopenfile and the extension splitting are here."""

import os
import stat

from posixpath import (_check_arg_types, commonprefix, exists, getatime, getctime, getmtime,
                       getsize, isdir, isfile, samefile)

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime', 'getsize', 'isdir',
           'isfile', 'samefile', 'sameopenfile', 'samestat']


def samestat(s1, s2):
    """Test whether two stat buffers reference the same file"""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def sameopenfile(fp1, fp2):
    """Test whether two open file objects reference the same file"""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def _splitext(p, sep, altsep, extsep):
    """(root, ext) of p: ext is its last extsep and what follows it in the last component
    (after the last sep or altsep), unless that component only starts with dots."""
    last_sep = p.rfind(sep)
    if altsep:
        last_sep = max(last_sep, p.rfind(altsep))
    dot = p.rfind(extsep)
    if dot > last_sep:
        for i in range(last_sep + 1, dot):
            if p[i:i + 1] != extsep:
                return p[:dot], p[dot:]
    return p, p[:0]
