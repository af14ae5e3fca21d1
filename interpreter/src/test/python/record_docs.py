#!/usr/bin/env python3
"""Records the docstrings and text signatures of CPython 3.11.7's built-in types and functions.

Run by a developer (not by the build) from the repository root:

    python3 interpreter/src/test/python/record_docs.py

A built-in type's ``__doc__`` comes from its ``tp_doc`` and each method's, getset's and member's from
its table entry; the ``__text_signature__`` of a method is the first line of that text when it has
the ``name(sig)\\n--\\n\\n`` form. These texts are facts of CPython's behaviour, as the corpus's
expected outputs are: this asks CPython for them and writes them to the runtime's resource
``docs.txt``, which the runtime reads the first time a program asks for a built-in's ``__doc__``.

The types walked are the static (non-heap) types CPython has once the modules below are imported,
keyed by their ``tp_name`` (``int``, ``collections.deque``); the functions are those of the modules'
namespaces that are ``builtin_function_or_method``, keyed ``module.name``. One entry a line:

    key TAB doc [TAB signature]

where ``key`` is ``TYPE`` (the type's own doc and signature) or ``TYPE.attribute``, and backslash,
newline, carriage return and tab inside a text are written ``\\\\``, ``\\n``, ``\\r`` and ``\\t``.
An attribute whose doc is None and has no signature is left out.
"""
import importlib
import sys

OUT = "runtime/src/main/resources/dev/pyheap/runtime/objects/docs.txt"
MODULES = ["builtins", "sys", "gc", "math", "cmath", "operator", "itertools", "functools", "collections",
           "_collections", "_functools", "_operator", "weakref", "_weakref", "types", "io", "_io", "array",
           "struct", "_struct", "time", "marshal", "errno", "_thread", "atexit", "select", "binascii", "zlib",
           "_random", "_sre", "re", "copyreg", "_abc", "_codecs", "_string", "_heapq", "_bisect", "_json",
           "_pickle", "_contextvars", "_stat", "posix", "_datetime", "_decimal", "_csv", "_locale",
           "unicodedata", "_tracemalloc", "faulthandler", "_signal", "_warnings", "_imp", "pwd", "grp", "fcntl"]
HEAPTYPE = 1 << 9


def tp_name(t):
    module = type.__dict__["__module__"].__get__(t)
    qualname = type.__dict__["__qualname__"].__get__(t)
    return qualname if module == "builtins" else module + "." + qualname


def escape(text):
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def line(key, doc, signature):
    if doc is None and signature is None:
        return None
    fields = [key, escape(doc if doc is not None else "")]
    if signature is not None:
        fields.append(escape(signature))
    return "\t".join(fields)


def static_types():
    seen, order = set(), []
    stack = [object]
    while stack:
        t = stack.pop()
        if t in seen:
            continue
        seen.add(t)
        if not t.__flags__ & HEAPTYPE:
            order.append(t)
        stack.extend(type.__subclasses__(t))
    return order


def type_entries(t):
    name = tp_name(t)
    # type_get_doc and type_get_text_signature read tp_doc whatever the namespace holds
    doc = type.__dict__["__doc__"].__get__(t)
    signature = type.__dict__["__text_signature__"].__get__(t)
    yield line(name, doc if isinstance(doc, str) else None, signature)
    for attribute, value in t.__dict__.items():
        if attribute == "__doc__":
            continue
        kind = type(value).__name__
        if kind in ("staticmethod", "classmethod"):
            value = value.__func__
            kind = type(value).__name__
        if kind not in ("method_descriptor", "classmethod_descriptor", "getset_descriptor",
                        "member_descriptor", "builtin_function_or_method"):
            continue
        yield line(name + "." + attribute, value.__doc__, getattr(value, "__text_signature__", None))


def function_entries(module):
    for attribute, value in sorted(vars(module).items()):
        if type(value).__name__ == "builtin_function_or_method" and value.__self__ is module:
            yield line(module.__name__ + "." + attribute, value.__doc__, value.__text_signature__)


def main():
    modules = []
    for m in MODULES:
        try:
            modules.append(importlib.import_module(m))
        except ImportError:
            pass
    lines, keys = [], set()

    def add(entries):
        for entry in entries:
            if entry is None:
                continue
            key = entry.split("\t", 1)[0]
            if key not in keys:
                keys.add(key)
                lines.append(entry)

    for t in sorted(static_types(), key=tp_name):
        add(type_entries(t))
    for m in modules:
        add(function_entries(m))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(lines)} entries written to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
