"""The instruction set of CPython 3.11's bytecode, for dis: opname, opmap, cmp_op, HAVE_ARGUMENT,
EXTENDED_ARG, and the lists of instructions whose argument is a constant (hasconst), a name
(hasname), a relative jump (hasjrel; 3.11 has no absolute ones: hasjabs is empty), a local
(haslocal), a comparison (hascompare) or a cell or free variable (hasfree).

The numbers come from the interpreter's compiler through _opcode (Java), so the table exists once.
stack_effect is _opcode's (the compiler's table, as CPython's is compile.c's). Not here: the
specialized (adaptive) instruction names.
"""

import _opcode

__all__ = ["cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs", "haslocal", "hascompare",
           "hasfree", "opname", "opmap", "HAVE_ARGUMENT", "EXTENDED_ARG", "hasnargs"]

from _opcode import stack_effect
__all__.append('stack_effect')

cmp_op = tuple(_opcode.cmp_op)
opname = list(_opcode.opname)
opmap = {name: op for op, name in enumerate(opname) if not name.startswith('<')}
hasconst = list(_opcode.hasconst)
hasname = list(_opcode.hasname)
hasjrel = list(_opcode.hasjrel)
hasjabs = []
haslocal = list(_opcode.haslocal)
hascompare = [opmap['COMPARE_OP']]
hasfree = list(_opcode.hasfree)
hasnargs = []
HAVE_ARGUMENT = _opcode.HAVE_ARGUMENT
EXTENDED_ARG = _opcode.EXTENDED_ARG

_inline_cache_entries = list(_opcode.inline_cache_entries)
_backward_jumps = frozenset(_opcode.backward_jumps)

_nb_names = ('ADD', 'AND', 'FLOOR_DIVIDE', 'LSHIFT', 'MATRIX_MULTIPLY', 'MULTIPLY', 'REMAINDER',
             'OR', 'POWER', 'RSHIFT', 'SUBTRACT', 'TRUE_DIVIDE', 'XOR')
_nb_ops = [('NB_' + ('INPLACE_' if i >= len(_nb_names) else '') + _nb_names[i % len(_nb_names)], sym)
           for i, sym in enumerate(_opcode.nb_ops)]
