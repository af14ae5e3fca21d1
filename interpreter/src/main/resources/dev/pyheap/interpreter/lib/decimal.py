"""Decimal floating point: exact decimal values, arithmetic rounded to a
context's precision with its rounding mode, and the signals of the General
Decimal Arithmetic specification.

pyheap's own implementation of the standard module (CPython's is C, over
libmpdec).  A finite Decimal is a sign, an integer coefficient and a power of
ten; NaN, sNaN and Infinity are special values.  Results are computed
exactly with Python ints, then rounded (_fix) to the context's precision.

Not here: the Emin/Emax limits (no Overflow, Underflow, Subnormal or
Clamped), the logarithms and exp, the logical, next_toward and *_total
operations, format() specs, and most Context methods (create_decimal, the
arithmetic methods listed in Context below are there).  Instances are
Python objects: sys.getsizeof differs from CPython's 104 bytes.  In the
interpreter's own messages (unsupported operand types) the class is named
'Decimal', where CPython's C type says 'decimal.Decimal'.
"""

import math as _math
import sys as _sys
from _thread import get_ident as _get_ident

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
           'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
           'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow',
           'Underflow', 'FloatOperation', 'DivisionImpossible', 'InvalidContext',
           'ConversionSyntax', 'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP',
           'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
           'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext', 'localcontext',
           'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS',
           'HAVE_CONTEXTVAR']

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


# ---------------------------------------------------------------- signals

class DecimalException(ArithmeticError):
    """The base of the signals."""


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# the signals a context has flags and traps for, in the order reprs list them
_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
            Subnormal, Inexact, Rounded, Clamped]
# the order of the C module's reprs of flags and traps
_REPR_ORDER = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
               Rounded, Subnormal, Underflow]
# a condition and the signal whose flag and trap it goes through
_SIGNAL_OF = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
              DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


# ---------------------------------------------------------------- contexts

class _SignalDict(dict):
    def __repr__(self):
        return '{' + ', '.join('<class \'decimal.%s\'>:%s' % (k.__name__, v)
                               for k, v in self.items()) + '}'


class Context(object):
    """Precision, rounding mode, exponent limits, and the flags and traps
    of the signals."""
    __pyheap_tp_name__ = 'decimal.Context'

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None, _ignored_flags=None):
        base = DefaultContext if 'DefaultContext' in globals() else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else (base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (base.clamp if base else 0)
        if traps is None:
            traps = [s for s, on in base.traps.items() if on] if base else \
                [InvalidOperation, DivisionByZero, Overflow]
        if not isinstance(traps, dict):
            traps = dict((s, s in traps) for s in _SIGNALS)
        self.traps = _SignalDict((s, bool(traps.get(s, False))) for s in _SIGNALS)
        if flags is None:
            flags = []
        if not isinstance(flags, dict):
            flags = dict((s, s in flags) for s in _SIGNALS)
        self.flags = _SignalDict((s, bool(flags.get(s, False))) for s in _SIGNALS)

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, '
                                'ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, '
                                'ROUND_HALF_EVEN,\n   ROUND_05UP]')
        elif name in ('capitals', 'clamp'):
            if value not in (0, 1):
                raise ValueError('valid values for %s are 0 or 1' % name)
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = [s.__name__ for s in _REPR_ORDER if self.flags[s]]
        traps = [s.__name__ for s in _REPR_ORDER if self.traps[s]]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (self.prec, self.rounding, self.Emin, self.Emax,
                                             self.capitals, self.clamp, ', '.join(flags),
                                             ', '.join(traps)))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _raise(self, condition, explanation=None):
        """Set the condition's flag; raise it when its signal is trapped."""
        signal = _SIGNAL_OF.get(condition, condition)
        self.flags[signal] = True
        if self.traps[signal]:
            raise signal([condition])

    def create_decimal(self, num='0'):
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            self._raise(ConversionSyntax)
            return Decimal('NaN')
        return Decimal(num, self)._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def abs(self, a):
        return _convert(a, True).__abs__(context=self)

    def add(self, a, b):
        return _convert(a, True).__add__(b, context=self)

    def subtract(self, a, b):
        return _convert(a, True).__sub__(b, context=self)

    def multiply(self, a, b):
        return _convert(a, True).__mul__(b, context=self)

    def divide(self, a, b):
        return _convert(a, True).__truediv__(b, context=self)

    def divide_int(self, a, b):
        return _convert(a, True).__floordiv__(b, context=self)

    def remainder(self, a, b):
        return _convert(a, True).__mod__(b, context=self)

    def power(self, a, b, modulo=None):
        return _convert(a, True).__pow__(b, modulo, context=self)

    def sqrt(self, a):
        return _convert(a, True).sqrt(context=self)

    def quantize(self, a, b):
        return _convert(a, True).quantize(b, context=self)

    def compare(self, a, b):
        return _convert(a, True).compare(b, context=self)

    def plus(self, a):
        return _convert(a, True).__pos__(context=self)

    def minus(self, a):
        return _convert(a, True).__neg__(context=self)

    def to_integral_value(self, a):
        return _convert(a, True).to_integral_value(context=self)


class _ContextStore:
    """The current context of each thread."""

    def __init__(self):
        self.by_thread = {}


_store = _ContextStore()


def getcontext():
    """The current thread's context (a copy of DefaultContext at first)."""
    ident = _get_ident()
    ctx = _store.by_thread.get(ident)
    if ctx is None:
        ctx = DefaultContext.copy()
        ctx.clear_flags()
        _store.by_thread[ident] = ctx
    return ctx


def setcontext(context):
    """Make context the current thread's context (DefaultContext and
    BasicContext are copied first)."""
    if context in (DefaultContext, BasicContext):
        context = context.copy()
        context.clear_flags()
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    _store.by_thread[_get_ident()] = context


class _ContextManager(object):
    __pyheap_tp_name__ = 'decimal.ContextManager'

    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of ctx (default: the current
    context), with the given attributes changed, current inside its block."""
    if ctx is None:
        ctx = getcontext()
    manager = _ContextManager(ctx)
    for key, value in kwargs.items():
        if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        setattr(manager.new_context, key, value)
    return manager


# ---------------------------------------------------------------- Decimal

class DecimalTuple(tuple):
    """DecimalTuple(sign, digits, exponent)"""

    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0])
    digits = property(lambda self: self[1])
    exponent = property(lambda self: self[2])

    def __repr__(self):
        return 'DecimalTuple(sign=%r, digits=%r, exponent=%r)' % tuple(self)


_DIGITS = frozenset('0123456789')


def _parse(text):
    """(sign, coefficient, exponent, special) of a numeric string, or None."""
    s = text.strip().replace('_', '') if '__' not in text else None
    if not s or s is None:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 0, 'F'
    for prefix, kind in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(prefix):
            payload = low[len(prefix):]
            if payload and not all(c in _DIGITS for c in payload):
                return None
            return sign, int(payload or '0'), 0, kind
    mantissa, e, exp_text = low.partition('e')
    if e:
        body = exp_text[1:] if exp_text[:1] in ('+', '-') else exp_text
        if not body or not all(c in _DIGITS for c in body):
            return None
        exponent = int(exp_text)
    else:
        exponent = 0
    whole, dot, frac = mantissa.partition('.')
    if not whole and not frac:
        return None
    if not all(c in _DIGITS for c in whole) or not all(c in _DIGITS for c in frac):
        return None
    return sign, int(whole + frac or '0'), exponent - len(frac), None


def _reflected(name):
    """The reflected form of the operation `name`: other OP self."""
    def method(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return getattr(other, name)(self, context=context)
    method.__name__ = '__r' + name[2:]
    return method


class Decimal(object):
    """A decimal number: Decimal('3.14'), Decimal(314), Decimal(3.14)
    (exactly the float's value), Decimal((0, (3, 1, 4), -2))."""
    __pyheap_tp_name__ = 'decimal.Decimal'

    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                if context is None:
                    context = getcontext()
                context._raise(ConversionSyntax)
                return cls('NaN')
            self._sign, self._int, self._exp, self._special = parsed
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(value)
            self._exp = 0
            self._special = None
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = \
                value._sign, value._int, value._exp, value._special
            return self
        if isinstance(value, float):
            if context is None:
                context = getcontext()
            context._raise(FloatOperation)
            return cls.from_float(value) if cls is Decimal else cls(cls.from_float(value))
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError("sign must be an integer with the value 0 or 1")
            self._sign = sign
            if exp in ('F', 'n', 'N'):
                self._special = exp
                self._exp = 0
                self._int = int(''.join(map(str, digits)) or '0') if exp != 'F' else 0
                return self
            if not isinstance(exp, int):
                raise ValueError("exponent must be an integer")
            for d in digits:
                if not isinstance(d, int) or not 0 <= d <= 9:
                    raise ValueError("coefficient must be a tuple of digits")
            self._int = int(''.join(map(str, digits)) or '0')
            self._exp = exp
            self._special = None
            return self
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f (or int)."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        if _math.isinf(f) or _math.isnan(f):
            return cls(repr(f))
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        return cls._new(sign, n * 5 ** k, -k)

    @classmethod
    def _new(cls, sign, coefficient, exponent, special=None):
        self = object.__new__(Decimal)
        self._sign = sign
        self._int = coefficient
        self._exp = exponent
        self._special = special
        return self

    # ------------------------------------------------------------ text

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._special:
            if self._special == 'F':
                return sign + 'Infinity'
            name = 'NaN' if self._special == 'n' else 'sNaN'
            return sign + name + (str(self._int) if self._int else '')
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            if context is None:
                context = getcontext()
            exp = ['e', 'E'][context.capitals] + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def as_tuple(self):
        digits = tuple(map(int, str(self._int))) if (self._int or not self._special) else ()
        exp = self._special if self._special else self._exp
        if self._special == 'F':
            digits = (0,)
        return DecimalTuple(self._sign, digits, exp)

    def as_integer_ratio(self):
        if self._special:
            if self._special == 'F':
                raise OverflowError("cannot convert Infinity to integer ratio")
            raise ValueError("cannot convert NaN to integer ratio")
        n = self._int
        if self._exp >= 0:
            n, d = n * 10 ** self._exp, 1
        else:
            d = 10 ** -self._exp
            g = _math.gcd(n, d)
            n, d = n // g, d // g
        return (-n if self._sign else n, d)

    # ------------------------------------------------------------ predicates

    def is_nan(self):
        return self._special in ('n', 'N')

    def is_qnan(self):
        return self._special == 'n'

    def is_snan(self):
        return self._special == 'N'

    def is_infinite(self):
        return self._special == 'F'

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + len(str(self._int)) - 1

    def __bool__(self):
        return bool(self._special) or self._int != 0

    # ------------------------------------------------------------ rounding

    def _fix(self, context):
        """Round to the context's precision, signalling Inexact and Rounded."""
        if self._special:
            return self
        digits = len(str(self._int))
        if digits <= context.prec:
            return self
        drop = digits - context.prec
        coefficient, inexact = _round(self._int, drop, self._sign, context.rounding)
        exp = self._exp + drop
        if len(str(coefficient)) > context.prec:
            coefficient //= 10
            exp += 1
        if inexact:
            context._raise(Inexact)
        context._raise(Rounded)
        return Decimal._new(self._sign, coefficient, exp)

    def _check_nans(self, other, context):
        """The NaN result of an operation on a NaN (sNaN signals), else None."""
        for x in (self, other):
            if x is not None and x._special == 'N':
                context._raise(InvalidOperation)
                return Decimal._new(x._sign, x._int, 0, 'n')
        for x in (self, other):
            if x is not None and x._special == 'n':
                return x
        return None

    def _operands(self, other, context):
        """(other as a Decimal, the context, the result when it is already known:
        NotImplemented for another type, a NaN operand's NaN; else None)."""
        other = _convert(other)
        if other is NotImplemented:
            return other, context, NotImplemented
        if context is None:
            context = getcontext()
        return other, context, self._check_nans(other, context)

    def _invalid(self, context, condition=InvalidOperation):
        context._raise(condition)
        return Decimal._new(0, 0, 0, 'n')

    # ------------------------------------------------------------ arithmetic

    def __add__(self, other, context=None):
        other, context, done = self._operands(other, context)
        if done is not None:
            return done
        if self._special == 'F' or other._special == 'F':
            if self._special == 'F' and other._special == 'F' and self._sign != other._sign:
                return self._invalid(context)
            return self if self._special == 'F' else other
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        total = a + b
        if total == 0:
            if self._sign and other._sign:
                sign = 1
            elif self._sign != other._sign and context.rounding == ROUND_FLOOR:
                sign = 1
            else:
                sign = 0
        else:
            sign = 1 if total < 0 else 0
        return Decimal._new(sign, abs(total), exp)._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate(), context=context)

    __rsub__ = _reflected('__sub__')

    def __mul__(self, other, context=None):
        other, context, done = self._operands(other, context)
        if done is not None:
            return done
        sign = self._sign ^ other._sign
        if self._special == 'F' or other._special == 'F':
            if not self or not other:  # infinity times zero
                return self._invalid(context)
            return Decimal._new(sign, 0, 0, 'F')
        return Decimal._new(sign, self._int * other._int, self._exp + other._exp)._fix(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other, context, done = self._operands(other, context)
        if done is not None:
            return done
        sign = self._sign ^ other._sign
        if self._special == 'F' or other._special == 'F':
            if self._special == 'F' and other._special == 'F':
                return self._invalid(context)
            if self._special == 'F':
                return Decimal._new(sign, 0, 0, 'F')
            return Decimal._new(sign, 0, context.Etiny())
        if not other:
            if not self:
                return self._invalid(context, DivisionUndefined)
            context._raise(DivisionByZero)
            return Decimal._new(sign, 0, 0, 'F')
        ideal = self._exp - other._exp
        if not self:
            return Decimal._new(sign, 0, ideal)
        shift = len(str(other._int)) - len(str(self._int)) + context.prec + 1
        exp = ideal - shift
        if shift >= 0:
            q, r = divmod(self._int * 10 ** shift, other._int)
        else:
            q, r = divmod(self._int, other._int * 10 ** -shift)
        if r:
            if q % 5 == 0:  # a sticky digit: the rounding must see the rest is not zero
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return Decimal._new(sign, q, exp)._fix(context)

    __rtruediv__ = _reflected('__truediv__')

    def _divide(self, other, context):
        """(quotient truncated to an integer, remainder), or a NaN pair."""
        sign = self._sign ^ other._sign
        if not other:
            if not self:
                nan = self._invalid(context, DivisionUndefined)
                return nan, nan
            context._raise(DivisionByZero)
            return Decimal._new(sign, 0, 0, 'F'), self._invalid(context)
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if len(str(q)) > context.prec:
            nan = self._invalid(context, DivisionImpossible)
            return nan, nan
        return Decimal._new(sign, q, 0), Decimal._new(self._sign, r, exp)._fix(context)

    def __floordiv__(self, other, context=None):
        other, context, done = self._operands(other, context)
        if done is not None:
            return done
        if self._special == 'F' or other._special == 'F':
            if self._special == 'F' and other._special == 'F':
                return self._invalid(context)
            if self._special == 'F':
                return Decimal._new(self._sign ^ other._sign, 0, 0, 'F')
            return Decimal._new(self._sign ^ other._sign, 0, 0)
        return self._divide(other, context)[0]

    __rfloordiv__ = _reflected('__floordiv__')

    def __mod__(self, other, context=None):
        other, context, done = self._operands(other, context)
        if done is not None:
            return done
        if self._special == 'F':
            return self._invalid(context)
        if other._special == 'F':
            return self._fix(context)
        if not other:
            if not self:
                return self._invalid(context, DivisionUndefined)
            return self._invalid(context)
        return self._divide(other, context)[1]

    __rmod__ = _reflected('__mod__')

    def __divmod__(self, other, context=None):
        other, context, done = self._operands(other, context)
        if done is NotImplemented:
            return done
        if done is not None:
            return (done, done)
        return self._divide(other, context)

    __rdivmod__ = _reflected('__divmod__')

    def __pow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if modulo is not None:
            modulo = _convert(modulo, True)
            if self.adjusted() < 0 or other.adjusted() < 0 or self._exp < 0 or other._exp < 0 \
                    or modulo._exp < 0 or other._sign:
                return self._invalid(context)
            result = pow(int(self), int(other), int(modulo))
            return Decimal(result)._fix(context)
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if other._special or self._special:
            raise NotImplementedError("decimal: powers of infinities are not supported")
        n = other._int * 10 ** other._exp if other._exp >= 0 else None
        if n is None:
            if other._int % 10 ** -other._exp:
                raise NotImplementedError("decimal: non-integral exponents are not supported")
            n = other._int // 10 ** -other._exp
        if other._sign:
            n = -n
        if not self:
            if n < 0:
                context._raise(DivisionByZero)
                return Decimal._new(self._sign if n % 2 else 0, 0, 0, 'F')
            if n == 0:
                return self._invalid(context)
            return Decimal._new(self._sign if n % 2 else 0, 0, self._exp * n if n else 0)
        sign = self._sign if n % 2 else 0
        if n >= 0:
            return Decimal._new(sign, self._int ** n, self._exp * n)._fix(context)
        exact = Decimal._new(sign, self._int ** -n, self._exp * -n)
        return Decimal(1).__truediv__(exact, context=context)

    __rpow__ = _reflected('__pow__')

    def __neg__(self, context=None):
        if context is None:
            context = getcontext()
        if self._special in ('n', 'N'):
            return self._check_nans(None, context)
        sign = 0 if (not self._special and not self._int and context.rounding != ROUND_FLOOR) else 1 - self._sign
        return Decimal._new(sign, self._int, self._exp, self._special)._fix(context)

    def __pos__(self, context=None):
        if context is None:
            context = getcontext()
        if self._special in ('n', 'N'):
            return self._check_nans(None, context)
        sign = 0 if (not self._special and not self._int and context.rounding != ROUND_FLOOR) else self._sign
        return Decimal._new(sign, self._int, self._exp, self._special)._fix(context)

    def __abs__(self, round=True, context=None):
        if self._sign:
            return self.__neg__(context=context)
        return self.__pos__(context=context)

    def copy_abs(self):
        return Decimal._new(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return Decimal._new(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _convert(other, True)
        return Decimal._new(other._sign, self._int, self._exp, self._special)

    def _unary(self, context):
        """The context an operation of one operand uses (the thread's for None) and its result
        when the operand is a NaN, else None."""
        if context is None:
            context = getcontext()
        return context, self._check_nans(None, context)

    def sqrt(self, context=None):
        context, nan = self._unary(context)
        if nan is not None:
            return nan
        if not self._special and not self._int:
            return Decimal._new(self._sign, 0, self._exp // 2)
        if self._sign:
            return self._invalid(context)
        if self._special == 'F':
            return self
        prec = context.prec
        c, e = self._int, self._exp
        if e % 2:
            c *= 10
            e -= 1
        # scale so the root has at least prec + 1 digits
        k = max(0, prec + 1 - (len(str(c)) + 1) // 2)
        n = _math.isqrt(c * 100 ** k)
        exp = e // 2 - k
        if n * n == c * 100 ** k:
            ideal = self._exp // 2
            while exp < ideal and n % 10 == 0:
                n //= 10
                exp += 1
        elif n % 5 == 0:
            n += 1
        result = Decimal._new(0, n, exp)
        saved = context.rounding
        context.rounding = ROUND_HALF_EVEN
        try:
            return result._fix(context)
        finally:
            context.rounding = saved

    def next_plus(self, context=None):
        """The smallest number of the context's precision above this one (no flags raised)."""
        context, nan = self._unary(context)
        if nan is not None:
            return nan
        if self._special == 'F':
            if self._sign:  # the most negative finite number
                return Decimal._new(1, 10 ** context.prec - 1, context.Etop())
            return self
        prec, etiny = context.prec, context.Etiny()
        if not self._int:
            return Decimal._new(0, 1, etiny)
        coefficient, exp = self._int, self._exp
        digits = len(str(coefficient))
        if digits > prec:
            drop = digits - prec
            if coefficient % 10 ** drop:  # inexact at this precision: rounding toward +infinity is the answer
                coefficient, _ = _round(coefficient, drop, self._sign, ROUND_CEILING)
                exp += drop
                if len(str(coefficient)) > prec:
                    coefficient //= 10
                    exp += 1
                return Decimal._new(self._sign, coefficient, exp)
            coefficient //= 10 ** drop
            exp += drop
            digits = prec
        # one unit in the last place of the full precision (never below Etiny)
        scaled = max(exp - (prec - digits), etiny)
        coefficient *= 10 ** (exp - scaled)
        exp = scaled
        if not self._sign:
            coefficient += 1
            if len(str(coefficient)) > prec:
                coefficient //= 10
                exp += 1
            return Decimal._new(0, coefficient, exp)
        coefficient -= 1
        if coefficient < 10 ** (prec - 1) and exp > etiny:  # one digit short: a 9 more, one place lower
            coefficient = coefficient * 10 + 9
            exp -= 1
        return Decimal._new(1, coefficient, exp)

    def next_minus(self, context=None):
        """The largest number of the context's precision below this one (no flags raised)."""
        return self.copy_negate().next_plus(context).copy_negate()

    def quantize(self, exp, rounding=None, context=None):
        """This value with the exponent of exp, rounded by `rounding`
        (default: the context's)."""
        exp = _convert(exp, True)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        nan = self._check_nans(exp, context)
        if nan is not None:
            return nan
        if self._special == 'F' or exp._special == 'F':
            if self._special == 'F' and exp._special == 'F':
                return Decimal(self)
            return self._invalid(context)
        target = exp._exp
        if target >= self._exp:
            drop = target - self._exp
            coefficient, inexact = _round(self._int, drop, self._sign, rounding) if drop else (self._int, False)
        else:
            coefficient, inexact = self._int * 10 ** (self._exp - target), False
        if len(str(coefficient)) > context.prec:
            return self._invalid(context)
        if target != self._exp and coefficient != self._int * 10 ** max(0, self._exp - target):
            context._raise(Rounded)
        elif target > self._exp:
            context._raise(Rounded)
        if inexact:
            context._raise(Inexact)
        return Decimal._new(self._sign, coefficient, target)

    def to_integral_value(self, rounding=None, context=None):
        if self._special or self._exp >= 0:
            return Decimal(self)
        if context is None:
            context = getcontext()
        coefficient, inexact = _round(self._int, -self._exp, self._sign,
                                      rounding if rounding is not None else context.rounding)
        return Decimal._new(self._sign, coefficient, 0)

    to_integral = to_integral_value

    def normalize(self, context=None):
        if context is None:
            context = getcontext()
        if self._special:
            return self._check_nans(None, context) or Decimal(self)
        result = self._fix(context)
        if not result._int:
            return Decimal._new(result._sign, 0, 0)
        c, e = result._int, result._exp
        while c % 10 == 0:
            c //= 10
            e += 1
        return Decimal._new(result._sign, c, e)

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            return self.quantize(Decimal._new(0, 1, -n))
        if self._special:
            if self.is_nan():
                raise ValueError("cannot round a NaN")
            raise OverflowError("cannot round an infinity")
        return int(self.to_integral_value(ROUND_HALF_EVEN))

    def __floor__(self):
        if self._special:
            return self.__round__()
        return int(self.to_integral_value(ROUND_FLOOR))

    def __ceil__(self):
        if self._special:
            return self.__round__()
        return int(self.to_integral_value(ROUND_CEILING))

    def __trunc__(self):
        return self.__int__()

    def __int__(self):
        if self._special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n = self._int // 10 ** -self._exp
        return -n if self._sign else n

    def __float__(self):
        if self._special == 'n' or self._special == 'N':
            if self._special == 'N':
                raise ValueError("cannot convert signaling NaN to float")
            return float('-nan' if self._sign else 'nan')
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    # ------------------------------------------------------------ comparisons

    def _cmp(self, other):
        """-1, 0 or 1 comparing two non-NaN Decimals."""
        if self._special == 'F' or other._special == 'F':
            a = (-1 if self._sign else 1) * (2 if self._special == 'F' else 1)
            b = (-1 if other._sign else 1) * (2 if other._special == 'F' else 1)
            if self._special != 'F':
                a = 0
            if other._special != 'F':
                b = 0
            return (a > b) - (a < b)
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        return (a > b) - (a < b)

    def _compare_operands(self, other, equality):
        """Two Decimals ordered as self and other are, or (self, NotImplemented)."""
        if isinstance(other, (Decimal, int)):
            return self, _convert(other)        # the common case, before the ABCs' slower checks
        if equality and isinstance(other, _numbers.Complex) and not isinstance(other, _numbers.Real) \
                and other.imag == 0:
            other = other.real
        if isinstance(other, float):
            getcontext()._raise(FloatOperation) if not equality else getcontext().flags.__setitem__(FloatOperation, True)
            return self, Decimal.from_float(other)
        if isinstance(other, _numbers.Rational) and not isinstance(other, int):
            # exact: self * denominator against the numerator, both integers scaled alike
            if self._special:
                return self, Decimal(other.numerator)
            return Decimal._new(self._sign, self._int * other.denominator, self._exp), Decimal(other.numerator)
        return self, _convert(other)

    def __eq__(self, other, context=None):
        left, other = self._compare_operands(other, True)
        if other is NotImplemented:
            return other
        if left.is_nan() or other.is_nan():
            return False
        return left._cmp(other) == 0

    def _order(self, other, test):
        left, other = self._compare_operands(other, False)
        if other is NotImplemented:
            return other
        if left.is_nan() or other.is_nan():
            getcontext()._raise(InvalidOperation)
            return False
        return test(left._cmp(other))

    def __lt__(self, other, context=None):
        return self._order(other, lambda c: c < 0)

    def __le__(self, other, context=None):
        return self._order(other, lambda c: c <= 0)

    def __gt__(self, other, context=None):
        return self._order(other, lambda c: c > 0)

    def __ge__(self, other, context=None):
        return self._order(other, lambda c: c >= 0)

    def compare(self, other, context=None):
        other = _convert(other, True)
        if context is None:
            context = getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        return Decimal(self._cmp(other))

    def max(self, other, context=None):
        other = _convert(other, True)
        return (other if self._cmp(other) < 0 else self)._fix(context or getcontext())

    def min(self, other, context=None):
        other = _convert(other, True)
        return (other if self._cmp(other) > 0 else self)._fix(context or getcontext())

    def __hash__(self):
        if self._special:
            if self._special == 'N':
                raise TypeError('Cannot hash a signaling NaN value')
            if self._special == 'n':
                return object.__hash__(self)
            return -_sys.hash_info.inf if self._sign else _sys.hash_info.inf
        modulus = _sys.hash_info.modulus
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, modulus)
        else:
            exp_hash = pow(_TEN_INVERSE, -self._exp, modulus)
        h = self._int * exp_hash % modulus
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __format__(self, spec, context=None):
        """format(d, spec): the float mini-language over the exact digits. Rounding (to the
        precision's digits for e/g, to its places for f/%) uses the context's mode; no type
        means g (G with capitals) with the digits the value has."""
        if context is None:
            context = getcontext()
        fmt = _parse_spec(spec)
        if self._special:
            body = str(self.copy_abs()) + ('%' if fmt.type == '%' else '')
            return _align(_sign_text(self._sign, fmt), body, fmt)
        kind = fmt.type or ['g', 'G'][context.capitals]
        sign, coefficient, exp = self._sign, self._int, self._exp
        if kind == '%':
            exp += 2
        precision = fmt.precision
        rounding = context.rounding
        if precision is not None:
            if kind in 'eE':
                coefficient, exp = _keep_digits(sign, coefficient, exp, precision + 1, rounding)
            elif kind in 'fF%':
                coefficient, exp = _at_exponent(sign, coefficient, exp, -precision, rounding)
            elif len(str(coefficient)) > precision:
                coefficient, exp = _keep_digits(sign, coefficient, exp, precision, rounding)
        if coefficient == 0 and exp > 0 and kind in 'fF%':
            exp = 0
        if coefficient == 0 and fmt.no_neg_0:
            sign = 0
        digits = str(coefficient)
        leftdigits = exp + len(digits)
        if kind in 'eE':
            dotplace = 1 - precision if coefficient == 0 and precision is not None else 1
        elif kind in 'fF%':
            dotplace = leftdigits
        else:
            dotplace = leftdigits if exp <= 0 and leftdigits > -6 else 1
        if dotplace < 0:
            intpart, fracpart = '0', '0' * -dotplace + digits
        elif dotplace > len(digits):
            intpart, fracpart = digits + '0' * (dotplace - len(digits)), ''
        else:
            intpart, fracpart = digits[:dotplace] or '0', digits[dotplace:]
        exponent = leftdigits - dotplace
        sign_text = _sign_text(sign, fmt)
        if fracpart:
            fracpart = '.' + fracpart
        if exponent != 0 or kind in 'eE':
            fracpart += ('E' if kind in 'EG' else 'e') + '%+d' % exponent
        if kind == '%':
            fracpart += '%'
        width = fmt.width - len(fracpart) - len(sign_text) if fmt.zeropad else 0
        return _align(sign_text, _group(intpart, fmt.thousands, width) + fracpart, fmt)


_TEN_INVERSE = pow(10, _sys.hash_info.modulus - 2, _sys.hash_info.modulus)


def _convert(other, raise_error=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if raise_error:
        raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
    return NotImplemented


class _FormatSpec:
    __slots__ = ('fill', 'align', 'sign', 'no_neg_0', 'zeropad', 'width', 'thousands', 'precision', 'type')


def _parse_spec(spec):
    """[[fill]align][sign][z][0][width][,][.precision][type] as C's decimal accepts it."""
    fmt = _FormatSpec()
    i, n = 0, len(spec)
    fmt.fill = fmt.align = None
    if n >= 2 and spec[1] in '<>=^':
        fmt.fill, fmt.align, i = spec[0], spec[1], 2
    elif n >= 1 and spec[0] in '<>=^':
        fmt.align, i = spec[0], 1
    fmt.sign = '-'
    if i < n and spec[i] in '+- ':
        fmt.sign, i = spec[i], i + 1
    fmt.no_neg_0 = i < n and spec[i] == 'z'
    i += fmt.no_neg_0
    fmt.zeropad = i < n and spec[i] == '0'
    i += fmt.zeropad
    start = i
    while i < n and spec[i].isdigit() and spec[i].isascii():
        i += 1
    fmt.width = int(spec[start:i]) if i > start else 0
    fmt.thousands = ''
    if i < n and spec[i] == ',':
        fmt.thousands, i = ',', i + 1
    fmt.precision = None
    if i < n and spec[i] == '.':
        start = i = i + 1
        while i < n and spec[i].isdigit() and spec[i].isascii():
            i += 1
        if i == start:
            raise ValueError('invalid format string')
        fmt.precision = int(spec[start:i])
    fmt.type = None
    if i < n and spec[i] in 'eEfFgGn%':
        fmt.type, i = spec[i], i + 1
    if i != n:
        raise ValueError('invalid format string')
    if fmt.fill is None:
        fmt.fill = ' '
    if fmt.align is None:
        fmt.align = '>'
    if fmt.precision == 0 and (fmt.type is None or fmt.type in 'gGn'):
        fmt.precision = 1
    if fmt.type == 'n':
        fmt.type = 'g'
    return fmt


def _sign_text(negative, fmt):
    if negative:
        return '-'
    return fmt.sign if fmt.sign in ' +' else ''


def _align(sign, body, fmt):
    padding = fmt.fill * (fmt.width - len(sign) - len(body))
    if fmt.align == '<':
        return sign + body + padding
    if fmt.align == '=':
        return sign + padding + body
    if fmt.align == '^':
        half = len(padding) // 2
        return padding[:half] + sign + body + padding[half:]
    return padding + sign + body


def _group(digits, separator, width):
    """The integer digits in groups of three joined by separator, zero-padded to width."""
    width = max(width, 1)
    groups = []
    while True:
        size = min(max(len(digits), width, 1), 3)
        groups.append('0' * (size - len(digits)) + digits[-size:])
        digits = digits[:-size]
        width -= size
        if not digits and width <= 0:
            break
        width -= len(separator)
    return separator.join(reversed(groups))


def _keep_digits(sign, coefficient, exp, places, rounding):
    """The coefficient rounded to `places` significant digits (zero unchanged)."""
    length = len(str(coefficient))
    if coefficient == 0:
        return coefficient, exp
    if length <= places:
        return coefficient * 10 ** (places - length), exp - (places - length)
    drop = length - places
    coefficient = _round(coefficient, drop, sign, rounding)[0]
    exp += drop
    if len(str(coefficient)) > places:
        coefficient //= 10
        exp += 1
    return coefficient, exp


def _at_exponent(sign, coefficient, exp, target, rounding):
    """The coefficient for the exponent target, rounded when digits go."""
    if target >= exp:
        return _round(coefficient, target - exp, sign, rounding)[0] if target > exp else coefficient, target
    return coefficient * 10 ** (exp - target), target


def _round(coefficient, drop, sign, rounding):
    """(coefficient without its last `drop` digits, rounded by the mode; whether any
    dropped digit was not zero)."""
    q, r = divmod(coefficient, 10 ** drop)
    if r == 0:
        return q, False
    half = 5 * 10 ** (drop - 1)
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    else:  # ROUND_05UP
        up = q % 10 in (0, 5)
    return q + 1 if up else q, True


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN,
                         traps=[DivisionByZero, Overflow, InvalidOperation],
                         flags=[], Emax=999999, Emin=-999999, capitals=1, clamp=0)
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow],
                       flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])

import numbers as _numbers
_numbers.Number.register(Decimal)
