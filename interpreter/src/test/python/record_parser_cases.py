#!/usr/bin/env python3
"""Records what CPython 3.11 says about the test corpus, for the interpreter module's tests.

Run by a developer (not by the build) from the repository root:

    python3 interpreter/src/test/python/record_parser_cases.py

Each ``*.cases`` file under ``src/test/resources/corpus`` holds cases separated by lines
``### name``; a case's source is the lines up to the next separator. For each file it writes
``<file>.expected`` beside it, one block per case (``### name`` then the recorded lines):

- ``corpus/*.cases``: ``ast.dump(ast.parse(src), include_attributes=True)``;
- ``errors/*.cases``: what ``compile(src, 'prog.py', 'exec')`` raises, as ``stage``
  (``parser`` when ``ast.parse`` fails too, ``compiler`` when only the symbol table or the
  compiler rejects it), class, msg, lineno, offset, end_lineno, end_offset and text (repr);
- ``symtable/*.cases``: every table of ``symtable.symtable(src, 'prog.py', 'exec')`` with
  every symbol's flags;
- ``warnings/*.cases``: the warnings ``compile(src, 'prog.py', 'exec')`` issues (all of them,
  with the filters set to 'always'), one line each: category, line, message;
- ``optimizer/*.cases``: ``compile(src, 'prog.py', 'eval').co_consts`` of each expression, as a
  tuple repr in which a code object shows as ``code:<name>(<its co_consts>)``.
"""
import ast
import os
import sys
import symtable

if sys.version_info[:2] != (3, 11):
    sys.exit("record with CPython 3.11 (this is %s)" % sys.version.split()[0])

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources')


def read_cases(path):
    cases = []
    name = None
    lines = []
    with open(path, encoding='utf-8', newline='') as f:
        for line in f:
            if line.startswith('### '):
                if name is not None:
                    cases.append((name, ''.join(lines)))
                name = line[4:].strip()
                lines = []
            else:
                lines.append(line)
    if name is not None:
        cases.append((name, ''.join(lines)))
    return cases


def record_ast(src):
    return [ast.dump(ast.parse(src), include_attributes=True)]


def record_error(src):
    try:
        compile(src, 'prog.py', 'exec')
    except SyntaxError as e:
        try:
            ast.parse(src, 'prog.py')
            stage = 'compiler'
        except SyntaxError:
            stage = 'parser'
        return ['stage=' + stage, 'class=' + type(e).__name__, 'msg=' + e.msg,
                'position=%r %r %r %r' % (e.lineno, e.offset, e.end_lineno, e.end_offset),
                'text=' + repr(e.text)]
    raise AssertionError('compiles without error:\n' + src)


def record_symtable(src):
    out = []

    def walk(t, depth):
        out.append('%stable %s %s line=%d optimized=%s nested=%s' % (
            '  ' * depth, t.get_type(), t.get_name(), t.get_lineno(), t.is_optimized(), t.is_nested()))
        for s in sorted(t.get_symbols(), key=lambda s: s.get_name()):
            flags = [f for f in ('referenced', 'imported', 'parameter', 'global', 'nonlocal',
                                 'declared_global', 'local', 'annotated', 'free', 'assigned',
                                 'namespace')
                     if getattr(s, 'is_' + f)()]
            out.append('%s  %s: %s' % ('  ' * depth, s.get_name(), ' '.join(flags)))
        for c in t.get_children():
            walk(c, depth + 1)

    walk(symtable.symtable(src, 'prog.py', 'exec'), 0)
    return out


def record_warnings(src):
    """The warnings compile() issues, in order, as 'Category line message'."""
    import warnings
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        compile(src, 'prog.py', 'exec')
    return ['%s %s %s' % (w.category.__name__, w.lineno, w.message) for w in caught]


def consts_repr(code):
    """co_consts as a tuple repr, with each code object shown as code:<name>(<its co_consts>)."""
    parts = [consts_repr(c) if hasattr(c, 'co_consts') else repr(c) for c in code.co_consts]
    inner = ', '.join(parts) + (',' if len(parts) == 1 else '')
    return ('code:%s(%s)' % (code.co_name, inner)) if code.co_name != '<module>' else '(%s)' % inner


def record_consts(src):
    return [consts_repr(compile(src.strip(), 'prog.py', 'eval'))]


KINDS = {'corpus': record_ast, 'errors': record_error, 'symtable': record_symtable,
         'optimizer': record_consts, 'warnings': record_warnings}


def main():
    for kind, fn in KINDS.items():
        folder = os.path.join(ROOT, kind)
        if not os.path.isdir(folder):
            continue
        for fname in sorted(os.listdir(folder)):
            if not fname.endswith('.cases'):
                continue
            path = os.path.join(folder, fname)
            blocks = []
            for name, src in read_cases(path):
                blocks.append('### ' + name + '\n' + ''.join(line + '\n' for line in fn(src)))
            with open(path[:-len('.cases')] + '.expected', 'w', encoding='utf-8', newline='\n') as f:
                f.write(''.join(blocks))
            print('%s/%s: %d cases' % (kind, fname, len(blocks)))


if __name__ == '__main__':
    main()
