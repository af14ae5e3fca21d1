"""The token numbers of Python 3.11's tokenizer (Grammar/Tokens) and their names."""

_NAMES = (
    'ENDMARKER NAME NUMBER STRING NEWLINE INDENT DEDENT LPAR RPAR LSQB RSQB COLON COMMA SEMI PLUS '
    'MINUS STAR SLASH VBAR AMPER LESS GREATER EQUAL DOT PERCENT LBRACE RBRACE EQEQUAL NOTEQUAL '
    'LESSEQUAL GREATEREQUAL TILDE CIRCUMFLEX LEFTSHIFT RIGHTSHIFT DOUBLESTAR PLUSEQUAL MINEQUAL '
    'STAREQUAL SLASHEQUAL PERCENTEQUAL AMPEREQUAL VBAREQUAL CIRCUMFLEXEQUAL LEFTSHIFTEQUAL '
    'RIGHTSHIFTEQUAL DOUBLESTAREQUAL DOUBLESLASH DOUBLESLASHEQUAL AT ATEQUAL RARROW ELLIPSIS '
    'COLONEQUAL OP AWAIT ASYNC TYPE_IGNORE TYPE_COMMENT SOFT_KEYWORD ERRORTOKEN COMMENT NL ENCODING '
    'N_TOKENS').split()

# the operators' texts, in the order of their token numbers from LPAR to COLONEQUAL
_OPERATORS = ('( ) [ ] : , ; + - * / | & < > = . % { } == != <= >= ~ ^ << >> ** += -= *= /= %= '
              '&= |= ^= <<= >>= **= // //= @ @= -> ... :=').split()

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF'] + _NAMES + ['NT_OFFSET']

tok_name = {}
for _number, _name in enumerate(_NAMES):
    globals()[_name] = _number
    tok_name[_number] = _name
NT_OFFSET = 256

EXACT_TOKEN_TYPES = {text: number for number, text in enumerate(_OPERATORS, LPAR)}
EXACT_TOKEN_TYPES = dict(sorted(EXACT_TOKEN_TYPES.items()))
del _number, _name


def ISTERMINAL(x):
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    return x >= NT_OFFSET


def ISEOF(x):
    return x == ENDMARKER
