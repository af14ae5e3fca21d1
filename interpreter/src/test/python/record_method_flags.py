#!/usr/bin/env python3
"""Records the calling convention (``ml_flags``) of each method of CPython 3.11.7's built-in types.

Run by a developer (not by the build) from the repository root:

    python3 interpreter/src/test/python/record_method_flags.py

A ``method_descriptor``'s ``PyMethodDef`` says how the method is called (``METH_O``, ``METH_NOARGS``,
``METH_FASTCALL``, ``METH_VARARGS``, with ``METH_KEYWORDS``, ``METH_COEXIST``...), and 3.11's
specialized ``PRECALL`` instructions decide by it whether a call counts a level of the recursion
depth. Python does not show the flags, so this reads them through ctypes (the descriptor's
``d_method`` pointer at offset 40, the flags at offset 16 of the ``PyMethodDef``) and writes them to
the runtime's resource ``method-flags.txt``, one ``TYPE.method TAB flags`` a line (flags in decimal),
for the same static types as ``record_docs.py``, keyed by ``tp_name`` as there.
"""
import ctypes
import importlib
import sys

from record_docs import MODULES, static_types, tp_name

OUT = "runtime/src/main/resources/dev/pyheap/runtime/objects/method-flags.txt"


def ml_flags(descriptor):
    method_def = ctypes.c_void_p.from_address(id(descriptor) + 40).value
    return ctypes.c_int.from_address(method_def + 16).value


def main():
    for m in MODULES:
        try:
            importlib.import_module(m)
        except ImportError:
            pass
    lines = []
    for t in sorted(static_types(), key=tp_name):
        for attribute, value in t.__dict__.items():
            if type(value).__name__ == "method_descriptor":
                lines.append(f"{tp_name(t)}.{attribute}\t{ml_flags(value)}")
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(lines)} entries written to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
