#!/usr/bin/env python3
"""Records which strings CPython 3.11.7 has interned as statically allocated objects before a program runs.

Run by a developer (not by the build) from the repository root:

    python3 interpreter/src/test/python/record_static_strings.py

CPython 3.11 allocates two kinds of str statically, with the immortal reference count 999999999:
the runtime's identifiers (``_Py_ID(name)``, ``_Py_STR(name)``, listed in the installed header
``internal/pycore_global_strings.h``) and the constants and names of its deep-frozen modules
(importlib's bootstrap, ``os``, ``site``, ``codecs``, ``io``...). Whether the interned copy of a
text is the static one depends on which copy start-up interned first, so this asks CPython: for
every candidate text, a copy made at run time is interned, and the text is listed when the
interned object is another one with the immortal count. The list is written one text a line
(all are printable ASCII) to the runtime's resource ``static-strings.txt``: the heap makes the first string of each of
these texts that it interns a static one.
"""
import ast
import _imp
import os
import re
import sys
import sysconfig
import types

OUT = "runtime/src/main/resources/dev/pyheap/runtime/objects/static-strings.txt"
FROZEN = ["_frozen_importlib", "_frozen_importlib_external", "zipimport", "abc", "codecs", "io",
          "_collections_abc", "_sitebuiltins", "genericpath", "ntpath", "posixpath", "os", "site",
          "stat", "importlib.util", "importlib.machinery", "runpy", "__hello__", "__phello__",
          "__phello__.ham", "__phello__.ham.eggs", "__phello__.spam"]


def identifiers():
    header = os.path.join(sysconfig.get_paths()["include"], "internal", "pycore_global_strings.h")
    with open(header, encoding="utf-8") as f:
        text = f.read()
    names = set(re.findall(r"STRUCT_FOR_ID\((\w+)\)", text))
    names.update(ast.literal_eval(lit) for lit in re.findall(r'STRUCT_FOR_STR\(\w+, ("[^"]*")\)', text))
    return names


def code_strings(code, into):
    into.update(code.co_names, code.co_varnames, code.co_cellvars, code.co_freevars)
    into.update((code.co_name, code.co_qualname))
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            code_strings(c, into)
        elif isinstance(c, str):
            into.add(c)
        elif isinstance(c, tuple):
            into.update(x for x in c if isinstance(x, str))


def main():
    if sys.version_info[:3] != (3, 11, 7):
        sys.exit("needs CPython 3.11.7, this is " + sys.version)
    candidates = identifiers()
    for name in FROZEN:
        code_strings(_imp.get_frozen_object(name), candidates)
    static = []
    for text in sorted(candidates):
        copy = "".join(list(text))
        interned = sys.intern(copy)
        if interned is not copy and sys.getrefcount(interned) > 999_999_000:
            static.append(text)
    unwritable = [t for t in static if not (t.isascii() and t.isprintable())]
    if unwritable:
        sys.exit(f"texts a line cannot hold: {unwritable!r}")
    with open(OUT, "w", encoding="ascii", newline="\n") as f:
        f.write("".join(t + "\n" for t in static))
    print(f"{len(static)} of {len(candidates)} candidate texts are static interned strings -> {OUT}")


if __name__ == "__main__":
    main()
