#!/usr/bin/env python3
"""Records the calling convention (``ml_flags``) of each method of CPython 3.11.7's built-in types and
of each function of its modules written in C.

Run by a developer (not by the build) from the repository root:

    python3 interpreter/src/test/python/record_method_flags.py

A ``method_descriptor``'s ``PyMethodDef`` says how the method is called (``METH_O``, ``METH_NOARGS``,
``METH_FASTCALL``, ``METH_VARARGS``, with ``METH_KEYWORDS``, ``METH_COEXIST``...), and 3.11's
specialized ``PRECALL`` instructions decide by it whether a call counts a level of the recursion
depth. Python does not show the flags, so this reads them through ctypes (the descriptor's
``d_method`` pointer at offset 40, the flags at offset 16 of the ``PyMethodDef``) and writes them to
the runtime's resource ``method-flags.txt``, one ``TYPE.method TAB flags`` a line (flags in decimal),
for the same static types as ``record_docs.py``, keyed by ``tp_name`` as there.

A module's ``builtin_function_or_method`` has its ``PyMethodDef`` at offset 16 (``m_ml``): the flags
of the functions of every module CPython builds in or loads from ``lib-dynload`` go to the
interpreter's resource ``function-flags.txt``, one ``module.function TAB flags`` a line. The flags
decide the errors of a call the function does not take before its own parsing sees it
(``math.sqrt() takes no keyword arguments``, ``time.time() takes no arguments (1 given)``).
"""
import ctypes
import importlib
import sys

from record_docs import MODULES, static_types, tp_name

OUT = "runtime/src/main/resources/dev/pyheap/runtime/objects/method-flags.txt"
FUNCTIONS_OUT = "interpreter/src/main/resources/dev/pyheap/interpreter/builtins/function-flags.txt"


def ml_flags(descriptor):
    method_def = ctypes.c_void_p.from_address(id(descriptor) + 40).value
    return ctypes.c_int.from_address(method_def + 16).value


def c_modules():
    """The names of the modules CPython 3.11 writes in C: built in, or extension modules of lib-dynload."""
    import os
    import sysconfig
    names = set(sys.builtin_module_names)
    dynload = os.path.join(sysconfig.get_paths()["stdlib"], "lib-dynload")
    for f in os.listdir(dynload):
        if f.endswith(".so") and not f.startswith("_test") and not f.startswith("xx"):
            names.add(f.split(".")[0])
    return sorted(names)


def record_functions():
    lines = []
    for m in c_modules():
        try:
            module = importlib.import_module(m)
        except ImportError:
            continue
        for attribute, value in sorted(vars(module).items()):
            if type(value).__name__ == "builtin_function_or_method" and value.__self__ is module:
                flags = ctypes.c_int.from_address(ctypes.c_void_p.from_address(id(value) + 16).value + 16).value
                lines.append(f"{m}.{attribute}\t{flags}")
    with open(FUNCTIONS_OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(lines)} entries written to {FUNCTIONS_OUT}", file=sys.stderr)


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
    record_functions()


if __name__ == "__main__":
    main()
