"""Reading pickles opcode by opcode: genops, dis and optimize, as CPython 3.11's pickletools.

Every opcode is described once, in `_OPCODE_TABLE`: its name, its byte, how its argument is
read from the stream, what it takes from the unpickler's stack and what it leaves there, and
the protocol that introduced it. `genops` walks a pickle with those readers; `dis` prints each
opcode while it plays the stack and memo effects on stand-ins, so that a malformed pickle is
reported (after the offending line is printed) with CPython's words; `optimize` drops the PUTs
that no GET reads and renumbers the rest, re-framing through pickle's own Pickler.
"""

import codecs
import io
import pickle
import sys
from struct import unpack as _unpack

__all__ = ['dis', 'genops', 'optimize']

bytes_types = pickle.bytes_types if hasattr(pickle, 'bytes_types') else (bytes, bytearray)

UP_TO_NEWLINE = -1
TAKEN_FROM_ARGUMENT1 = -2
TAKEN_FROM_ARGUMENT4 = -3
TAKEN_FROM_ARGUMENT4U = -4
TAKEN_FROM_ARGUMENT8U = -5

# A copied opcode longer than a frame's target size is written outside any frame.
_FRAME_SIZE_TARGET = 64 * 1024


# -- argument readers -------------------------------------------------------

def _fixed(size, fmt, label):
    def reader(f):
        data = f.read(size)
        if len(data) == size:
            return _unpack(fmt, data)[0] if fmt else data[0]
        raise ValueError(f'not enough data in stream to read {label}')
    reader.__name__ = 'read_' + label
    return reader


read_uint1 = _fixed(1, None, 'uint1')
read_uint2 = _fixed(2, '<H', 'uint2')
read_int4 = _fixed(4, '<i', 'int4')
read_uint4 = _fixed(4, '<I', 'uint4')
read_uint8 = _fixed(8, '<Q', 'uint8')
read_float8 = _fixed(8, '>d', 'float8')


def read_stringnl(f, decode=True, stripquotes=True):
    line = f.readline()
    if not line.endswith(b'\n'):
        raise ValueError('no newline found when trying to read stringnl')
    line = line[:-1]
    if stripquotes:
        for quote in (b'"', b"'"):
            if line.startswith(quote):
                if not line.endswith(quote):
                    raise ValueError(f'strinq quote {quote!r} not found at both ends of {line!r}')
                line = line[1:-1]
                break
        else:
            raise ValueError(f'no string quotes around {line!r}')
    if decode:
        line = codecs.escape_decode(line)[0].decode('ascii') if hasattr(codecs, 'escape_decode') \
            else line.decode('latin-1').encode('latin-1').decode('unicode_escape') \
            .encode('latin-1').decode('ascii')
    return line


def read_stringnl_noescape(f):
    return read_stringnl(f, stripquotes=False)


def read_stringnl_noescape_pair(f):
    return f'{read_stringnl_noescape(f)} {read_stringnl_noescape(f)}'


def _counted(count_reader, label, convert, signed=False):
    def reader(f):
        size = count_reader(f)
        if signed and size < 0:
            raise ValueError(f'{label} byte count < 0: {size}')
        if size > sys.maxsize:
            raise ValueError(f'{label} byte count > sys.maxsize: {size}')
        data = f.read(size)
        if len(data) == size:
            return convert(data)
        raise ValueError(f'expected {size} bytes in a {label}, but only {len(data)} remain')
    reader.__name__ = 'read_' + label
    return reader


def _latin1(data):
    return data.decode('latin-1')


def _utf8(data):
    return str(data, 'utf-8', 'surrogatepass')


def _same(data):
    return data


read_string1 = _counted(read_uint1, 'string1', _latin1)
read_string4 = _counted(read_int4, 'string4', _latin1, signed=True)
read_bytes1 = _counted(read_uint1, 'bytes1', _same)
read_bytes4 = _counted(read_uint4, 'bytes4', _same)
read_bytes8 = _counted(read_uint8, 'bytes8', _same)
read_bytearray8 = _counted(read_uint8, 'bytearray8', bytearray)
read_unicodestring1 = _counted(read_uint1, 'unicodestring1', _utf8)
read_unicodestring4 = _counted(read_uint4, 'unicodestring4', _utf8)
read_unicodestring8 = _counted(read_uint8, 'unicodestring8', _utf8)


def read_unicodestringnl(f):
    line = f.readline()
    if not line.endswith(b'\n'):
        raise ValueError('no newline found when trying to read unicodestringnl')
    return str(line[:-1], 'raw-unicode-escape')


def read_decimalnl_short(f):
    text = read_stringnl(f, decode=False, stripquotes=False)
    # Protocol 0 writes booleans as INT 00 and 01.
    if text == b'00':
        return False
    if text == b'01':
        return True
    return int(text)


def read_decimalnl_long(f):
    text = read_stringnl(f, decode=False, stripquotes=False)
    if text[-1:] == b'L':
        text = text[:-1]
    return int(text)


def read_floatnl(f):
    return float(read_stringnl(f, decode=False, stripquotes=False).decode('latin-1'))


def _long_reader(count_reader, label, signed):
    def reader(f):
        size = count_reader(f)
        if signed and size < 0:
            raise ValueError(f'{label} byte count < 0: {size}')
        data = f.read(size)
        if len(data) != size:
            raise ValueError(f'not enough data in stream to read {label}')
        return pickle.decode_long(data)
    reader.__name__ = 'read_' + label
    return reader


read_long1 = _long_reader(read_uint1, 'long1', False)
read_long4 = _long_reader(read_int4, 'long4', True)


class ArgumentDescriptor:
    """How an opcode's argument is laid out in the stream."""
    __slots__ = ('name', 'n', 'reader', 'doc')

    def __init__(self, name, n, reader, doc=''):
        self.name = name
        self.n = n
        self.reader = reader
        self.doc = doc

    def __repr__(self):
        return self.name


_ARGUMENTS = {}
for _name, _n, _reader in (
        ('uint1', 1, read_uint1), ('uint2', 2, read_uint2), ('int4', 4, read_int4),
        ('uint4', 4, read_uint4), ('uint8', 8, read_uint8),
        ('stringnl', UP_TO_NEWLINE, read_stringnl),
        ('stringnl_noescape', UP_TO_NEWLINE, read_stringnl_noescape),
        ('stringnl_noescape_pair', UP_TO_NEWLINE, read_stringnl_noescape_pair),
        ('string1', TAKEN_FROM_ARGUMENT1, read_string1),
        ('string4', TAKEN_FROM_ARGUMENT4, read_string4),
        ('bytes1', TAKEN_FROM_ARGUMENT1, read_bytes1),
        ('bytes4', TAKEN_FROM_ARGUMENT4U, read_bytes4),
        ('bytes8', TAKEN_FROM_ARGUMENT8U, read_bytes8),
        ('bytearray8', TAKEN_FROM_ARGUMENT8U, read_bytearray8),
        ('unicodestringnl', UP_TO_NEWLINE, read_unicodestringnl),
        ('unicodestring1', TAKEN_FROM_ARGUMENT1, read_unicodestring1),
        ('unicodestring4', TAKEN_FROM_ARGUMENT4U, read_unicodestring4),
        ('unicodestring8', TAKEN_FROM_ARGUMENT8U, read_unicodestring8),
        ('decimalnl_short', UP_TO_NEWLINE, read_decimalnl_short),
        ('decimalnl_long', UP_TO_NEWLINE, read_decimalnl_long),
        ('floatnl', UP_TO_NEWLINE, read_floatnl),
        ('float8', 8, read_float8),
        ('long1', TAKEN_FROM_ARGUMENT1, read_long1),
        ('long4', TAKEN_FROM_ARGUMENT4, read_long4)):
    _ARGUMENTS[_name] = ArgumentDescriptor(_name, _n, _reader)
    globals()[_name] = _ARGUMENTS[_name]


# -- stack stand-ins --------------------------------------------------------

class StackObject:
    """A kind of value on the unpickler's stack, as dis tracks it."""
    __slots__ = ('name', 'obtype', 'doc')

    def __init__(self, name, obtype=object, doc=''):
        self.name = name
        self.obtype = obtype
        self.doc = doc

    def __repr__(self):
        return self.name


_STACK = {name: StackObject(name, kind) for name, kind in (
    ('int', int), ('bool', bool), ('int_or_bool', (int, bool)), ('bytes_or_str', (bytes, str)),
    ('bytes', bytes), ('bytearray', bytearray), ('None', type(None)), ('str', str),
    ('float', float), ('list', list), ('tuple', tuple), ('dict', dict), ('set', set),
    ('frozenset', set), ('buffer', object), ('any', object), ('mark', StackObject),
    ('stackslice', StackObject))}
globals().update({'py' + name: value for name, value in _STACK.items()
                  if name not in ('mark', 'stackslice', 'any', 'buffer')})
anyobject = _STACK['any']
markobject = _STACK['mark']
stackslice = _STACK['stackslice']
pybuffer = _STACK['buffer']


class OpcodeInfo:
    """One opcode: name, byte, argument, stack effect, protocol."""
    __slots__ = ('name', 'code', 'arg', 'stack_before', 'stack_after', 'proto', 'doc')

    def __init__(self, name, code, arg, stack_before, stack_after, proto, doc=''):
        self.name = name
        self.code = code
        self.arg = arg
        self.stack_before = stack_before
        self.stack_after = stack_after
        self.proto = proto
        self.doc = doc


# name, byte, argument, stack before | after, protocol
_OPCODE_TABLE = """
INT I decimalnl_short - int_or_bool 0
BININT J int4 - int 1
BININT1 K uint1 - int 1
BININT2 M uint2 - int 1
LONG L decimalnl_long - int 0
LONG1 \\x8a long1 - int 2
LONG4 \\x8b long4 - int 2
STRING S stringnl - bytes_or_str 0
BINSTRING T string4 - bytes_or_str 1
SHORT_BINSTRING U string1 - bytes_or_str 1
BINBYTES B bytes4 - bytes 3
SHORT_BINBYTES C bytes1 - bytes 3
BINBYTES8 \\x8e bytes8 - bytes 4
BYTEARRAY8 \\x96 bytearray8 - bytearray 5
NEXT_BUFFER \\x97 - - buffer 5
READONLY_BUFFER \\x98 - buffer buffer 5
NONE N - - None 0
NEWTRUE \\x88 - - bool 2
NEWFALSE \\x89 - - bool 2
UNICODE V unicodestringnl - str 0
SHORT_BINUNICODE \\x8c unicodestring1 - str 4
BINUNICODE X unicodestring4 - str 1
BINUNICODE8 \\x8d unicodestring8 - str 4
FLOAT F floatnl - float 0
BINFLOAT G float8 - float 1
EMPTY_LIST ] - - list 1
APPEND a - list,any list 0
APPENDS e - list,mark,stackslice list 1
LIST l - mark,stackslice list 0
EMPTY_TUPLE ) - - tuple 1
TUPLE t - mark,stackslice tuple 0
TUPLE1 \\x85 - any tuple 2
TUPLE2 \\x86 - any,any tuple 2
TUPLE3 \\x87 - any,any,any tuple 2
EMPTY_DICT } - - dict 1
DICT d - mark,stackslice dict 0
SETITEM s - dict,any,any dict 0
SETITEMS u - dict,mark,stackslice dict 1
EMPTY_SET \\x8f - - set 4
ADDITEMS \\x90 - set,mark,stackslice set 4
FROZENSET \\x91 - mark,stackslice frozenset 4
POP 0 - any - 0
DUP 2 - any any,any 0
MARK ( - - mark 0
POP_MARK 1 - mark,stackslice - 1
GET g decimalnl_short - any 0
BINGET h uint1 - any 1
LONG_BINGET j uint4 - any 1
PUT p decimalnl_short - - 0
BINPUT q uint1 - - 1
LONG_BINPUT r uint4 - - 1
MEMOIZE \\x94 - any any 4
EXT1 \\x82 uint1 - any 2
EXT2 \\x83 uint2 - any 2
EXT4 \\x84 int4 - any 2
GLOBAL c stringnl_noescape_pair - any 0
STACK_GLOBAL \\x93 - str,str any 4
REDUCE R - any,any any 0
BUILD b - any,any any 0
INST i stringnl_noescape_pair mark,stackslice any 0
OBJ o - mark,any,stackslice any 1
NEWOBJ \\x81 - any,any any 2
NEWOBJ_EX \\x92 - any,any,any any 4
PROTO \\x80 uint1 - - 2
STOP . - any - 0
FRAME \\x95 uint8 - - 4
PERSID P stringnl_noescape - any 0
BINPERSID Q - any any 1
"""


def _stack_list(text):
    return [] if text == '-' else [_STACK[name] for name in text.split(',')]


opcodes = []
for _line in _OPCODE_TABLE.strip().splitlines():
    _name, _code, _arg, _before, _after, _proto = _line.split()
    opcodes.append(OpcodeInfo(
        _name, _code.encode('latin-1').decode('unicode_escape'),
        None if _arg == '-' else _ARGUMENTS[_arg],
        _stack_list(_before), _stack_list(_after), int(_proto)))
del _line, _name, _code, _arg, _before, _after, _proto, _n, _reader

name2i = {op.name: index for index, op in enumerate(opcodes)}
code2i = {op.code: index for index, op in enumerate(opcodes)}
code2op = {op.code: op for op in opcodes}


# -- walking a pickle -------------------------------------------------------

def _genops(data, yield_end_pos=False):
    if isinstance(data, bytes_types):
        data = io.BytesIO(data)
    where = data.tell if hasattr(data, 'tell') else (lambda: None)
    while True:
        pos = where()
        code = data.read(1)
        op = code2op.get(code.decode('latin-1'))
        if op is None:
            if code == b'':
                raise ValueError('pickle exhausted before seeing STOP')
            place = '<unknown>' if pos is None else pos
            raise ValueError(f'at position {place}, opcode {code!r} unknown')
        arg = None if op.arg is None else op.arg.reader(data)
        if yield_end_pos:
            yield op, arg, pos, where()
        else:
            yield op, arg, pos
        if code == b'.':
            break


def genops(pickle):
    """Yield (opcode, arg, pos) for each opcode of `pickle` (bytes or a file), through STOP."""
    return _genops(pickle)


def optimize(p):
    """`p` without the PUTs no GET reads, the memo renumbered, and re-framed."""
    stored = set()
    fetched = {}
    steps = []           # ('put', id), ('get', id), or (start, end) of copied bytes
    proto = 0
    header = b''
    for op, arg, pos, end in _genops(p, yield_end_pos=True):
        if 'PUT' in op.name:
            stored.add(arg)
            steps.append(('put', arg))
        elif op.name == 'MEMOIZE':
            index = len(stored)
            stored.add(index)
            steps.append(('put', index))
        elif 'FRAME' in op.name:
            continue
        elif 'GET' in op.name:
            proto = max(proto, op.proto)
            fetched[arg] = None
            steps.append(('get', arg))
        elif op.name == 'PROTO':
            proto = max(proto, arg)
            if pos == 0:
                header = p[pos:end]
            else:
                steps.append((pos, end))
        else:
            steps.append((pos, end))
    out = io.BytesIO()
    out.write(header)
    pickler = pickle._Pickler(out, proto)
    if proto >= 4:
        pickler.framer.start_framing()
    next_index = 0
    for kind, arg in steps:
        unframed = False
        if kind == 'put':
            if arg not in fetched:
                continue
            data = pickler.put(next_index)
            fetched[arg] = next_index
            next_index += 1
        elif kind == 'get':
            data = pickler.get(fetched[arg])
        else:
            data = p[kind:arg]
            unframed = len(data) > _FRAME_SIZE_TARGET
        pickler.framer.commit_frame(force=unframed)
        if unframed:
            pickler.framer.file_write(data)
        else:
            pickler.write(data)
    pickler.framer.end_framing()
    return out.getvalue()


def dis(pickle, out=None, memo=None, indentlevel=4, annotate=0):
    """Print a symbolic listing of `pickle` through its first STOP, checking it as it goes."""
    if annotate:
        raise NotImplementedError('pickletools.dis(annotate=...): the opcode descriptions are not '
                                  'carried by this pickletools')
    stack = []
    if memo is None:
        memo = {}
    highest = -1
    marks = []           # positions of the MARKs still open
    indent = ' ' * indentlevel
    problem = None
    for op, arg, pos in genops(pickle):
        if pos is not None:
            print('%5d:' % pos, end=' ', file=out)
        line = '%-4s %s%s' % (repr(op.code)[1:-1], indent * len(marks), op.name)
        highest = max(highest, op.proto)
        before = op.stack_before
        after = op.stack_after
        popped = len(before)
        note = None
        if markobject in before or (op.name == 'POP' and stack and stack[-1] is markobject):
            if marks:
                where = marks.pop()
                note = ('(MARK at unknown opcode offset)' if where is None
                        else f'(MARK at {where})')
                while stack[-1] is not markobject:
                    stack.pop()
                stack.pop()
                popped = before.index(markobject) if markobject in before else 0
            else:
                problem = note = 'no MARK exists on stack'
        if op.name in ('PUT', 'BINPUT', 'LONG_BINPUT', 'MEMOIZE'):
            if op.name == 'MEMOIZE':
                key = len(memo)
                note = f'(as {key})'
            else:
                key = arg
            if key in memo:
                problem = f'memo key {arg!r} already defined'
            elif not stack:
                problem = "stack is empty -- can't store into memo"
            elif stack[-1] is markobject:
                problem = "can't store markobject in the memo"
            else:
                memo[key] = stack[-1]
        elif op.name in ('GET', 'BINGET', 'LONG_BINGET'):
            if arg in memo:
                after = [memo[arg]]
            else:
                problem = f'memo key {arg!r} has never been stored into'
        if arg is not None or note:
            line += ' ' * (10 - len(op.name))
            if arg is not None:
                line += ' ' + repr(arg)
            if note:
                line += ' ' + note
        print(line, file=out)
        if problem:
            raise ValueError(problem)
        if len(stack) < popped:
            raise ValueError(f'tries to pop {popped} items from stack with only {len(stack)} items')
        if popped:
            del stack[-popped:]
        if markobject in after:
            marks.append(pos)
        stack.extend(after)
    print('highest protocol among opcodes =', highest, file=out)
    if stack:
        raise ValueError(f'stack not empty after STOP: {stack!r}')


def _main(args=None):
    import argparse
    parser = argparse.ArgumentParser(description='disassemble one or more pickle files')
    parser.add_argument('pickle_file', type=argparse.FileType('br'), nargs='*',
                        help='the pickle file')
    parser.add_argument('-o', '--output', default=sys.stdout, type=argparse.FileType('w'),
                        help='the file where the output should be written')
    parser.add_argument('-m', '--memo', action='store_true',
                        help='preserve memo between disassemblies')
    parser.add_argument('-l', '--indentlevel', default=4, type=int,
                        help='the number of blanks by which to indent a new MARK level')
    parser.add_argument('-a', '--annotate', action='store_true',
                        help='annotate each line with a short opcode description')
    parser.add_argument('-p', '--preamble', default='==> {name} <==',
                        help='if more than one pickle file is specified, print this before each '
                             'disassembly')
    options = parser.parse_args(args)
    if not options.pickle_file:
        parser.print_help()
        return
    annotate = 30 if options.annotate else 0
    memo = {} if options.memo else None
    if len(options.pickle_file) == 1:
        dis(options.pickle_file[0], options.output, None, options.indentlevel, annotate)
        return
    for source in options.pickle_file:
        print(options.preamble.format(name=source.name), file=options.output)
        dis(source, options.output, memo, options.indentlevel, annotate)


if __name__ == '__main__':
    _main()
