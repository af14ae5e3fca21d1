"""Disassembly of code objects, as CPython 3.11's dis prints it: dis, disassemble (disco), distb,
get_instructions, Bytecode, Instruction, Positions, findlinestarts, findlabels, code_info,
show_code, and the opcode tables.

The interpreter's code objects hold CPython 3.11's bytecode, location table and exception table
byte for byte, so this module reads them as CPython's dis does: co_code with its inline caches
skipped, the locations decoded from co_linetable (the format of Objects/locations.md), the handlers
from co_exceptiontable. Not here: adaptive=True shows the same instructions as adaptive=False (the
evaluator does not rewrite co_code in place).
"""

import sys
import collections
import io

from opcode import *
from opcode import __all__ as _opcodes_all
from opcode import _nb_ops, _inline_cache_entries, _backward_jumps

__all__ = ["code_info", "dis", "disassemble", "distb", "disco", "findlinestarts", "findlabels",
           "show_code", "get_instructions", "Instruction", "Bytecode", "Positions"] + _opcodes_all
del _opcodes_all

_have_code = (type(lambda: 0), type(classmethod(lambda c: 0)), type(staticmethod(lambda: 0)),
              type, type((lambda: 0).__code__))

FORMAT_VALUE = opmap['FORMAT_VALUE']
FORMAT_VALUE_CONVERTERS = ((None, ''), (str, 'str'), (repr, 'repr'), (ascii, 'ascii'))
MAKE_FUNCTION = opmap['MAKE_FUNCTION']
MAKE_FUNCTION_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure')
LOAD_CONST = opmap['LOAD_CONST']
LOAD_GLOBAL = opmap['LOAD_GLOBAL']
BINARY_OP = opmap['BINARY_OP']
CACHE = opmap['CACHE']

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5

COMPILER_FLAG_NAMES = {1: "OPTIMIZED", 2: "NEWLOCALS", 4: "VARARGS", 8: "VARKEYWORDS",
                       16: "NESTED", 32: "GENERATOR", 64: "NOFREE", 128: "COROUTINE",
                       256: "ITERABLE_COROUTINE", 512: "ASYNC_GENERATOR"}


class _Unknown:
    def __repr__(self):
        return "<UNKNOWN>"


UNKNOWN = _Unknown()

Positions = collections.namedtuple('Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
                                   defaults=[None] * 4)

_Instruction = collections.namedtuple(
    "_Instruction",
    ['opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset', 'starts_line', 'is_jump_target',
     'positions'],
    defaults=[None])

_ExceptionTableEntry = collections.namedtuple("_ExceptionTableEntry",
                                              "start end target depth lasti")


class Instruction(_Instruction):
    """Details for a bytecode operation: opname, opcode, arg, argval, argrepr, offset,
    starts_line, is_jump_target, positions."""

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        """One line of dis's listing: line number, current-instruction and jump-target marks,
        offset, name, argument and its meaning."""
        fields = []
        if lineno_width:
            fields.append(' ' * lineno_width if self.starts_line is None
                          else str(self.starts_line).rjust(lineno_width))
        fields.append('-->' if mark_as_current else '   ')
        fields.append('>>' if self.is_jump_target else '  ')
        fields.append(repr(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            fields.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                fields.append('(' + self.argrepr + ')')
        return ' '.join(fields).rstrip()


# --- reading a code object -------------------------------------------------------------------

def _varint(table, i):
    """An unsigned varint of the location table (6-bit chunks, least significant first, bit 6
    says another follows): (value, next index)."""
    b = table[i]
    value = b & 63
    shift = 0
    i += 1
    while b & 64:
        b = table[i]
        i += 1
        shift += 6
        value |= (b & 63) << shift
    return value, i


def _signed_varint(table, i):
    value, i = _varint(table, i)
    return (-(value >> 1) if value & 1 else value >> 1), i


def _locations(code):
    """The entries of co_linetable: (code units, line or None, end line, column, end column),
    None for what an entry does not give."""
    table = code.co_linetable
    line = code.co_firstlineno
    i = 0
    while i < len(table):
        first = table[i]
        i += 1
        kind = (first >> 3) & 15
        length = (first & 7) + 1
        if kind == 15:
            yield length, None, None, None, None
        elif kind == 14:
            delta, i = _signed_varint(table, i)
            line += delta
            end_delta, i = _varint(table, i)
            col, i = _varint(table, i)
            end_col, i = _varint(table, i)
            yield (length, line, line + end_delta, col - 1 if col else None,
                   end_col - 1 if end_col else None)
        elif kind == 13:
            delta, i = _signed_varint(table, i)
            line += delta
            yield length, line, line, None, None
        elif kind >= 10:
            line += kind - 10
            yield length, line, line, table[i], table[i + 1]
            i += 2
        else:
            second = table[i]
            i += 1
            col = kind * 8 + ((second >> 4) & 7)
            yield length, line, line, col, col + (second & 15)


def _co_positions(code):
    """code.co_positions(): one (line, end line, column, end column) per code unit."""
    for length, line, end_line, col, end_col in _locations(code):
        for _ in range(length):
            yield line, end_line, col, end_col


def _co_lines(code):
    """code.co_lines(): (start offset, end offset, line or None) per location entry."""
    end = 0
    for length, line, _, _, _ in _locations(code):
        start = end
        end += 2 * length
        yield start, end, line


def findlinestarts(code):
    """The offsets where a source line starts: (offset, line number) pairs."""
    lastline = None
    for start, end, line in _co_lines(code):
        if line is not None and line != lastline:
            lastline = line
            yield start, line


def _table_varint(table, i):
    """A varint of the exception table (6-bit chunks, most significant first)."""
    b = table[i]
    value = b & 63
    i += 1
    while b & 64:
        b = table[i]
        i += 1
        value = (value << 6) | (b & 63)
    return value, i


def _parse_exception_table(code):
    """co_exceptiontable as _ExceptionTableEntry tuples, offsets in bytes."""
    table = code.co_exceptiontable
    entries = []
    i = 0
    while i < len(table):
        start, i = _table_varint(table, i)
        length, i = _table_varint(table, i)
        target, i = _table_varint(table, i)
        depth_lasti, i = _table_varint(table, i)
        entries.append(_ExceptionTableEntry(start * 2, (start + length) * 2, target * 2,
                                            depth_lasti >> 1, bool(depth_lasti & 1)))
    return entries


def _localsplus_names(code):
    """The names of the frame's fast locals, cells and free variables, by index."""
    names = list(code.co_varnames)
    names += [n for n in code.co_cellvars if n not in names]
    names += list(code.co_freevars)
    return names


def _unpack_opargs(code):
    """(offset, opcode, argument or None) of each instruction; the inline caches are skipped."""
    extended_arg = 0
    caches = 0
    for i in range(0, len(code), 2):
        if caches:
            caches -= 1
            continue
        op = code[i]
        caches = _inline_cache_entries[op]
        if op >= HAVE_ARGUMENT:
            arg = code[i + 1] | extended_arg
            extended_arg = (arg << 8) if op == EXTENDED_ARG else 0
        else:
            arg = None
            extended_arg = 0
        yield i, op, arg


def _jump_target(offset, op, arg):
    return offset + 2 + (-arg if op in _backward_jumps else arg) * 2


def findlabels(code):
    """The offsets that jumps of the raw bytecode go to."""
    labels = []
    for offset, op, arg in _unpack_opargs(code):
        if arg is not None and op in hasjrel:
            label = _jump_target(offset, op, arg)
            if label not in labels:
                labels.append(label)
    return labels


def _get_instructions_bytes(code, varnames=None, names=None, co_consts=None, linestarts=None,
                            line_offset=0, exception_entries=(), co_positions=None,
                            show_caches=False):
    """Instruction tuples for raw bytecode, with what the code object tells of the arguments."""
    co_positions = co_positions or iter(())
    labels = set(findlabels(code))
    for entry in exception_entries:
        if entry.end > entry.start:
            labels.add(entry.target)
    starts_line = None
    for offset, op, arg in _unpack_opargs(code):
        if linestarts is not None:
            starts_line = linestarts.get(offset)
            if starts_line is not None:
                starts_line += line_offset
        argval = None
        argrepr = ''
        positions = Positions(*next(co_positions, ()))
        if arg is not None:
            argval = arg
            if op in hasconst:
                argval = co_consts[arg] if op == LOAD_CONST and co_consts is not None else UNKNOWN
                argrepr = '' if argval is UNKNOWN else repr(argval)
            elif op in hasname:
                index = arg // 2 if op == LOAD_GLOBAL else arg
                if names is not None:
                    argval = argrepr = names[index]
                    if op == LOAD_GLOBAL and arg & 1:
                        argrepr = "NULL + " + argrepr
                else:
                    argval = index
            elif op in hasjrel:
                argval = _jump_target(offset, op, arg)
                argrepr = "to " + repr(argval)
            elif op in haslocal or op in hasfree:
                if varnames is not None:
                    argval = argrepr = varnames[arg]
            elif op in hascompare:
                argval = argrepr = cmp_op[arg]
            elif op == FORMAT_VALUE:
                conversion, argrepr = FORMAT_VALUE_CONVERTERS[arg & 3]
                argval = (conversion, bool(arg & 4))
                if argval[1]:
                    argrepr = argrepr + ', with format' if argrepr else 'with format'
            elif op == MAKE_FUNCTION:
                argrepr = ', '.join(flag for i, flag in enumerate(MAKE_FUNCTION_FLAGS) if arg & (1 << i))
            elif op == BINARY_OP:
                argrepr = _nb_ops[arg][1]
        yield Instruction(opname[op], op, arg, argval, argrepr, offset, starts_line,
                          offset in labels, positions)
        caches = _inline_cache_entries[op]
        for i in range(caches):
            cache_positions = Positions(*next(co_positions, ()))
            if show_caches:
                yield Instruction("CACHE", CACHE, 0, None, "", offset + 2 * (i + 1), None, False,
                                  cache_positions)


def _unwrap(x):
    """The object holding the code of a method, function, generator or coroutine; x otherwise."""
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        return x.__code__
    for attribute in ('gi_code', 'ag_code', 'cr_code'):
        if hasattr(x, attribute):
            return getattr(x, attribute)
    return x


def _get_code_object(x):
    """The code object of a function, method, generator, source string or code object."""
    x = _unwrap(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if hasattr(x, 'co_code'):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _try_compile(source, name):
    """An expression's code if source is one, else the statements'."""
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        pass
    return compile(source, name, 'exec')


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """An iterator over the Instruction tuples of x's code (a function, method, source string or
    code object); first_line renumbers its lines from there."""
    co = _get_code_object(x)
    linestarts = dict(findlinestarts(co))
    line_offset = first_line - co.co_firstlineno if first_line is not None else 0
    return _get_instructions_bytes(co.co_code, _localsplus_names(co), co.co_names, co.co_consts,
                                   linestarts, line_offset, _parse_exception_table(co),
                                   _co_positions(co), show_caches)


def _disassemble_bytes(code, lasti=-1, varnames=None, names=None, co_consts=None, linestarts=None,
                       *, file=None, line_offset=0, exception_entries=(), co_positions=None,
                       show_caches=False):
    show_lineno = bool(linestarts)
    lineno_width = 0
    if show_lineno:
        maxlineno = max(linestarts.values()) + line_offset
        lineno_width = len(str(maxlineno)) if maxlineno >= 1000 else 3
    maxoffset = len(code) - 2
    offset_width = len(str(maxoffset)) if maxoffset >= 10000 else 4
    for instr in _get_instructions_bytes(code, varnames, names, co_consts, linestarts,
                                         line_offset, exception_entries, co_positions, show_caches):
        if show_lineno and instr.starts_line is not None and instr.offset > 0:
            print(file=file)
        print(instr._disassemble(lineno_width, instr.offset == lasti, offset_width), file=file)
    if exception_entries:
        print("ExceptionTable:", file=file)
        for entry in exception_entries:
            lasti_mark = " lasti" if entry.lasti else ""
            print(f"  {entry.start} to {entry.end - 2} -> {entry.target} [{entry.depth}]{lasti_mark}",
                  file=file)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble one code object; the instruction at offset lasti is marked -->."""
    _disassemble_bytes(co.co_code, lasti, _localsplus_names(co), co.co_names, co.co_consts,
                       dict(findlinestarts(co)), file=file,
                       exception_entries=_parse_exception_table(co), co_positions=_co_positions(co),
                       show_caches=show_caches)


disco = disassemble


def _disassemble_recursive(co, *, file=None, depth=None, show_caches=False, adaptive=False):
    disassemble(co, file=file, show_caches=show_caches)
    if depth is None or depth > 0:
        if depth is not None:
            depth = depth - 1
        for x in co.co_consts:
            if hasattr(x, 'co_code'):
                print(file=file)
                print("Disassembly of %r:" % (x,), file=file)
                _disassemble_recursive(x, file=file, depth=depth, show_caches=show_caches)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble a class, module, method, function, generator, code object, source string or
    raw bytecode; with no argument, the last traceback."""
    if x is None:
        distb(file=file, show_caches=show_caches)
        return
    x = _unwrap(x)
    if hasattr(x, '__dict__'):
        for name, x1 in sorted(x.__dict__.items()):
            if isinstance(x1, _have_code):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(x1, file=file, depth=depth, show_caches=show_caches)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif hasattr(x, 'co_code'):
        _disassemble_recursive(x, file=file, depth=depth, show_caches=show_caches)
    elif isinstance(x, (bytes, bytearray)):
        _disassemble_bytes(x, file=file, show_caches=show_caches)
    elif isinstance(x, str):
        _disassemble_recursive(_try_compile(x, "<dis>"), file=file, depth=depth,
                               show_caches=show_caches)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble the code of a traceback's last frame (sys.last_traceback by default)."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file, show_caches=show_caches)


def pretty_flags(flags):
    """The names of a code object's flags, comma-separated."""
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


def code_info(x):
    """A formatted description of x's code object: names, counts, flags, constants."""
    co = _get_code_object(x)
    lines = ["Name:              %s" % co.co_name,
             "Filename:          %s" % co.co_filename,
             "Argument count:    %s" % co.co_argcount,
             "Positional-only arguments: %s" % co.co_posonlyargcount,
             "Kw-only arguments: %s" % co.co_kwonlyargcount,
             "Number of locals:  %s" % co.co_nlocals,
             "Stack size:        %s" % co.co_stacksize,
             "Flags:             %s" % pretty_flags(co.co_flags)]
    for title, items, show in (("Constants", co.co_consts, repr), ("Names", co.co_names, str),
                               ("Variable names", co.co_varnames, str),
                               ("Free variables", co.co_freevars, str),
                               ("Cell variables", co.co_cellvars, str)):
        if items:
            lines.append(title + ":")
            for i, item in enumerate(items):
                lines.append("%4d: %s" % (i, show(item)))
    return "\n".join(lines)


def show_code(co, *, file=None):
    """Print code_info(co)."""
    print(code_info(co), file=file)


class Bytecode:
    """The bytecode of a function, method, source string or code object: iterating gives its
    Instruction tuples; dis() the listing as a string; info() code_info."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._linestarts = dict(findlinestarts(co))
        self._original_object = x
        self.current_offset = current_offset
        self.exception_entries = _parse_exception_table(co)
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        co = self.codeobj
        return _get_instructions_bytes(co.co_code, _localsplus_names(co), co.co_names,
                                       co.co_consts, self._linestarts, self._line_offset,
                                       self.exception_entries, _co_positions(co), self.show_caches)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """The Bytecode of a traceback's last frame, its current instruction marked."""
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti, show_caches=show_caches)

    def info(self):
        return code_info(self.codeobj)

    def dis(self):
        co = self.codeobj
        offset = -1 if self.current_offset is None else self.current_offset
        with io.StringIO() as output:
            _disassemble_bytes(co.co_code, offset, _localsplus_names(co), co.co_names,
                               co.co_consts, self._linestarts, file=output,
                               line_offset=self._line_offset,
                               exception_entries=self.exception_entries,
                               co_positions=_co_positions(co), show_caches=self.show_caches)
            return output.getvalue()
