"""Decimal floating point: exact decimal values, arithmetic rounded to a
context's precision with its rounding mode, and the signals of the General
Decimal Arithmetic specification.

pyheap's own implementation of the standard module (CPython's is C, over
libmpdec).  A finite Decimal is a sign, an integer coefficient and a power of
ten; NaN, sNaN and Infinity are special values.  Results are computed
exactly with Python ints, then rounded (_fix) to the context's precision.

Results are the C module's (libmpdec's), checked by
interpreter/src/test/python/decimal_differential.py: exp, ln, log10 and sqrt correctly rounded
half-even; power as libmpdec computes it (integral exponents by squaring at a few
more digits, others as exp(y * ln(x)) at 23 more); the Emin/Emax limits with
Overflow, Underflow, Subnormal and Clamped; the conditions an operation meets
signalled together, the trapped ones in one exception.  Instances are Python
objects: sys.getsizeof differs from CPython's 104 bytes.  In the interpreter's own
messages (unsupported operand types) the class is named 'Decimal', where CPython's
C type says 'decimal.Decimal'.
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
# the order in which a trapped operation lists its conditions: InvalidOperation's first
_TRAP_ORDER = [InvalidOperation, ConversionSyntax, DivisionImpossible, DivisionUndefined,
               InvalidContext] + _SIGNALS[1:]


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
        self._raise_all((condition,))

    def _raise_all(self, conditions):
        """Set the flags of the conditions one operation met; when some are trapped, raise
        the signal of the first of them (in the C module's order) listing all of them."""
        trapped = []
        for condition in conditions:
            signal = _SIGNAL_OF.get(condition, condition)
            self.flags[signal] = True
            if self.traps[signal] and condition not in trapped:
                trapped.append(condition)
        if trapped:
            trapped.sort(key=_TRAP_ORDER.index)
            raise _SIGNAL_OF.get(trapped[0], trapped[0])(trapped)

    def create_decimal(self, num='0'):
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            self._raise(ConversionSyntax)
            return Decimal('NaN')
        result = Decimal(num, self)
        if result.is_nan() and len(str(result._int)) > self.prec - self.clamp and result._int:
            self._raise(ConversionSyntax)
            return Decimal('NaN')
        return result._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def to_sci_string(self, a):
        return _convert(a, True).__str__(context=self)

    def to_eng_string(self, a):
        return _convert(a, True).to_eng_string(context=self)

    def copy_decimal(self, a):
        return Decimal(_convert(a, True))

    def radix(self):
        return Decimal(10)

    def _apply(self, a):
        return _convert(a, True)._fix(self)

    def power(self, a, b, modulo=None):
        a, b = _convert(a, True), _convert(b, True)
        return a.__pow__(b, None if modulo is None else _convert(modulo, True), context=self)

    def fma(self, a, b, c):
        return _convert(a, True).fma(b, c, context=self)

    def divmod(self, a, b):
        return _convert(a, True).__divmod__(_convert(b, True), context=self)


def _context_method(name, method, operands, takes_context):
    """Context.name(a[, b]): Decimal.method of a (an int converted), in this context."""
    if operands == 1:
        def apply(self, a):
            a = _convert(a, True)
            return getattr(a, method)(context=self) if takes_context else getattr(a, method)()
    else:
        def apply(self, a, b):
            a, b = _convert(a, True), _convert(b, True)
            return getattr(a, method)(b, context=self) if takes_context else getattr(a, method)(b)
    apply.__name__ = apply.__qualname__ = name
    return apply


for _name, _method, _operands, _context in (
        ('abs', '__abs__', 1, True), ('exp', 'exp', 1, True), ('ln', 'ln', 1, True),
        ('log10', 'log10', 1, True), ('logb', 'logb', 1, True), ('minus', '__neg__', 1, True),
        ('plus', '__pos__', 1, True), ('next_minus', 'next_minus', 1, True),
        ('next_plus', 'next_plus', 1, True), ('normalize', 'normalize', 1, True),
        ('sqrt', 'sqrt', 1, True), ('to_integral', 'to_integral_value', 1, True),
        ('to_integral_exact', 'to_integral_exact', 1, True),
        ('to_integral_value', 'to_integral_value', 1, True),
        ('logical_invert', 'logical_invert', 1, True), ('number_class', 'number_class', 1, True),
        ('is_normal', 'is_normal', 1, True), ('is_subnormal', 'is_subnormal', 1, True),
        ('is_canonical', 'is_canonical', 1, False), ('is_finite', 'is_finite', 1, False),
        ('is_infinite', 'is_infinite', 1, False), ('is_nan', 'is_nan', 1, False),
        ('is_qnan', 'is_qnan', 1, False), ('is_snan', 'is_snan', 1, False),
        ('is_signed', 'is_signed', 1, False), ('is_zero', 'is_zero', 1, False),
        ('canonical', 'canonical', 1, False), ('copy_abs', 'copy_abs', 1, False),
        ('copy_negate', 'copy_negate', 1, False),
        ('add', '__add__', 2, True), ('subtract', '__sub__', 2, True),
        ('multiply', '__mul__', 2, True), ('divide', '__truediv__', 2, True),
        ('divide_int', '__floordiv__', 2, True), ('remainder', '__mod__', 2, True),
        ('remainder_near', 'remainder_near', 2, True), ('compare', 'compare', 2, True),
        ('compare_signal', 'compare_signal', 2, True),
        ('compare_total', 'compare_total', 2, False),
        ('compare_total_mag', 'compare_total_mag', 2, False),
        ('copy_sign', 'copy_sign', 2, False), ('logical_and', 'logical_and', 2, True),
        ('logical_or', 'logical_or', 2, True), ('logical_xor', 'logical_xor', 2, True),
        ('max', 'max', 2, True), ('max_mag', 'max_mag', 2, True), ('min', 'min', 2, True),
        ('min_mag', 'min_mag', 2, True), ('next_toward', 'next_toward', 2, True),
        ('quantize', 'quantize', 2, True), ('rotate', 'rotate', 2, True),
        ('same_quantum', 'same_quantum', 2, False), ('scaleb', 'scaleb', 2, True),
        ('shift', 'shift', 2, True)):
    setattr(Context, _name, _context_method(_name, _method, _operands, _context))
del _name, _method, _operands, _context


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

    def _fix(self, context, pending=(), rounding=None):
        """This value as the context holds it: rounded to its precision, its exponent within
        Etiny..Emax (Subnormal, Underflow, Overflow), padded down to Etop under clamp; the
        conditions met, with those of the operation (pending), signalled together."""
        result, conditions = self._finalize(context, rounding)
        if pending or conditions:
            context._raise_all(list(pending) + conditions)
        return result

    def _finalize(self, context, rounding=None):
        if self._special:
            if self._special != 'F' and len(str(self._int)) > context.prec - context.clamp:
                return self._nan_fitting(context, self._special), []
            return self, []
        conditions = []
        sign, coefficient, exp = self._sign, self._int, self._exp
        prec, etiny, etop = context.prec, context.Etiny(), context.Etop()
        if rounding is None:
            rounding = context.rounding
        exp_max = etop if context.clamp else context.Emax
        if not coefficient:
            bounded = min(max(exp, etiny), exp_max)
            if bounded != exp:
                return Decimal._new(sign, 0, bounded), [Clamped]
            return self, conditions
        digits = len(str(coefficient))
        exp_min = exp + digits - prec          # the exponent once rounded to prec digits
        if exp_min > etop:
            return _overflow(sign, context, rounding), [Overflow, Inexact, Rounded]
        subnormal = exp_min < etiny
        if subnormal:
            exp_min = etiny
        if exp < exp_min:
            coefficient, inexact = _round(coefficient, exp_min - exp, sign, rounding)
            exp = exp_min
            if len(str(coefficient)) > prec:   # rounding carried into a new digit
                coefficient //= 10
                exp += 1
                if exp > etop:
                    return _overflow(sign, context, rounding), [Overflow, Inexact, Rounded]
            if subnormal:
                conditions.append(Subnormal)
                if inexact:
                    conditions.append(Underflow)
            if inexact:
                conditions.append(Inexact)
            conditions.append(Rounded)
            if subnormal and not coefficient:
                conditions.append(Clamped)
            return Decimal._new(sign, coefficient, exp), conditions
        if subnormal:
            conditions.append(Subnormal)
        if context.clamp and exp > etop:
            conditions.append(Clamped)
            return Decimal._new(sign, coefficient * 10 ** (exp - etop), etop), conditions
        return self, conditions

    def _check_nans(self, other, context):
        """The NaN result of an operation on a NaN (sNaN signals), else None."""
        for x in (self, other):
            if x is not None and x._special == 'N':
                context._raise(InvalidOperation)
                return x._quiet_nan(context)
        for x in (self, other):
            if x is not None and x._special == 'n':
                return x._quiet_nan(context)
        return None

    def _quiet_nan(self, context):
        """This NaN quiet, its payload cut to the prec - clamp digits a context holds."""
        return self._nan_fitting(context, 'n')

    def _nan_fitting(self, context, kind):
        payload, room = self._int, context.prec - context.clamp
        if len(str(payload)) > room:
            payload = payload % 10 ** room if room > 0 else 0
        return Decimal._new(self._sign, payload, 0, kind)

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
        a, b = self, other
        high, low = (a, b) if a._exp >= b._exp else (b, a)
        if high._int:
            # an operand wholly below the digits the result can keep counts only as a sticky
            # unit (or a zero) just below them: no ten to the power of a huge gap
            floor = min(high._exp, high.adjusted() - context.prec - 1) - 1
            if low._exp < floor and (not low._int or low.adjusted() < floor):
                low = Decimal._new(low._sign, 1 if low._int else 0, floor)
                a, b = high, low
        exp = min(a._exp, b._exp)
        total = _signed_scaled(a, exp) + _signed_scaled(b, exp)
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
        other, context, done = self._operands(other, context)
        if done is not None:
            return done
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
            context._raise(Clamped)
            return Decimal._new(sign, 0, context.Etiny())
        if not other:
            if not self:
                return self._invalid(context, DivisionUndefined)
            context._raise(DivisionByZero)
            return Decimal._new(sign, 0, 0, 'F')
        ideal = self._exp - other._exp
        if not self:
            return Decimal._new(sign, 0, ideal)._fix(context)
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
        """(quotient truncated to an integer, remainder, unrounded) of finite operands, the
        divisor not zero; a NaN pair when the quotient has more than prec digits."""
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if len(str(q)) > context.prec:
            nan = self._invalid(context, DivisionImpossible)
            return nan, nan
        return Decimal._new(self._sign ^ other._sign, q, 0), Decimal._new(self._sign, r, exp)

    def __floordiv__(self, other, context=None):
        other, context, done = self._operands(other, context)
        if done is not None:
            return done
        sign = self._sign ^ other._sign
        if self._special == 'F' or other._special == 'F':
            if self._special == 'F' and other._special == 'F':
                return self._invalid(context)
            if self._special == 'F':
                return Decimal._new(sign, 0, 0, 'F')
            return Decimal._new(sign, 0, 0)
        if not other._int:
            if not self._int:
                return self._invalid(context, DivisionUndefined)
            context._raise(DivisionByZero)
            return Decimal._new(sign, 0, 0, 'F')
        return self._divide(other, context)[0]._fix(context)

    __rfloordiv__ = _reflected('__floordiv__')

    def __mod__(self, other, context=None):
        other, context, done = self._operands(other, context)
        if done is not None:
            return done
        if self._special == 'F':
            return self._invalid(context)
        if other._special == 'F':
            return self._fix(context)
        if not other._int:
            if not self._int:
                return self._invalid(context, DivisionUndefined)
            return self._invalid(context)
        return self._divide(other, context)[1]._fix(context)

    __rmod__ = _reflected('__mod__')

    def __divmod__(self, other, context=None):
        other, context, done = self._operands(other, context)
        if done is NotImplemented:
            return done
        if done is not None:
            return (done, done)
        sign = self._sign ^ other._sign
        if self._special == 'F':
            if other._special == 'F':
                nan = self._invalid(context)
                return nan, nan
            context._raise(InvalidOperation)
            return Decimal._new(sign, 0, 0, 'F'), Decimal._new(0, 0, 0, 'n')
        if other._special == 'F':
            return Decimal._new(sign, 0, 0), self._fix(context)
        if not other._int:
            if not self._int:
                nan = self._invalid(context, DivisionUndefined)
                return nan, nan
            context._raise_all([DivisionByZero, InvalidOperation])
            return Decimal._new(sign, 0, 0, 'F'), Decimal._new(0, 0, 0, 'n')
        q, r = self._divide(other, context)
        if q._special:
            return q, r
        return q._fix(context), r._fix(context)

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
        integral = other._is_integral()
        sign = self._sign if integral and other._is_odd() else 0
        if not self._special and not self._int:
            if not other._special and not other._int:
                return self._invalid(context)
            return Decimal._new(sign, 0, 0, 'F' if other._sign else None)
        if self._sign and (not integral or other._special == 'F'):
            return self._invalid(context)
        if other._special == 'F':
            order = self._cmp(_ONE)
            if order == 0:
                return _padded_one(sign, context)._fix(context, [Inexact, Rounded])
            if (order < 0) != (other._sign == 1):
                return Decimal._new(sign, 0, 0)
            return Decimal._new(sign, 0, 0, 'F')
        if self._special == 'F':
            if not other._int:
                return Decimal._new(sign, 1, 0)
            return Decimal._new(sign, 0, 0, 'F' if not other._sign else None)
        if not other._int:
            return Decimal._new(sign, 1, 0)
        if self.copy_abs()._cmp(_ONE) == 0:
            return self._power_of_one(other, sign, integral, context)
        bounded = self._power_bounds(other, sign, context)
        if bounded is not None:
            return bounded
        if integral:
            result, conditions = self._power_integral(other, sign, context)
        else:
            result, conditions = self._power_real(other, context)
        return result._fix(context, conditions)

    def _is_integral(self):
        return not self._special and (self._exp >= 0 or self._int % 10 ** -self._exp == 0)

    def _is_odd(self):
        if self._special:
            return False
        value = self._int * 10 ** self._exp if self._exp >= 0 else self._int // 10 ** -self._exp
        return value % 2 == 1

    def _power_of_one(self, other, sign, integral, context):
        """A power of 1 (or -1): 1 with as many zeros after the point as the exact result
        has (at most prec - 1), or prec - 1 of them for a fractional exponent."""
        conditions = []
        if integral:
            if other._sign:
                return Decimal._new(sign, 1, 0)
            shift = int(other) * -self._exp
            if shift > context.prec - 1:
                shift = context.prec - 1
                conditions = [Rounded]
        else:
            shift = context.prec - 1
            conditions = [Inexact, Rounded]
        if conditions:
            context._raise_all(conditions)
        return Decimal._new(sign, 10 ** shift, -shift)

    def _power_bounds(self, other, sign, context):
        """The result of a power sure to overflow or to underflow below Etiny, else None:
        10**zeta <= |log10 |x||, 10**adjusted(y) <= |y|, their product beyond the digits of
        Emax (or Etiny) is beyond that exponent (the C module's test)."""
        x = self.copy_abs()
        adjusted = x.adjusted()
        if adjusted >= 1:
            zeta = len(str(adjusted)) - 1
        elif adjusted <= -2:
            zeta = len(str(-adjusted - 1)) - 1
        else:
            zeta = x.__sub__(_ONE, context=_EXACT).adjusted() - (2 if adjusted == 0 else 1)
        if (adjusted >= 0) != (other._sign == 1):
            if len(str(context.Emax)) < other.adjusted() + zeta:
                return Decimal._new(sign, 1, _EXP_INF)._fix(context)
        elif len(str(-context.Etiny())) < other.adjusted() + zeta:
            return Decimal._new(sign, 1, context.Etiny() - 1)._fix(context)
        return None

    def _power_integral(self, other, sign, context):
        """x ** n by squaring and multiplying, each product rounded half-even to a few
        more digits than prec, 1/x first for a negative n (as the C module computes it)."""
        work = Context(prec=context.prec + len(str(other._int)) + other._exp + 2,
                       rounding=ROUND_HALF_EVEN, Emin=context.Emin, Emax=context.Emax,
                       clamp=0, traps=[], flags=[])
        base = self.copy_abs()
        if other._sign:
            work.prec += 1
            base = _ONE.__truediv__(base, context=work)
        conditions = [s for s, on in work.flags.items() if on]
        result = base
        for bit in bin(abs(int(other)))[3:]:
            result, met = Decimal._new(0, result._int * result._int, 2 * result._exp)._finalize(work)
            conditions += met
            if bit == '1' and not result._special:
                result, met = Decimal._new(0, result._int * base._int,
                                           result._exp + base._exp)._finalize(work)
                conditions += met
            if result._special or (not result._int and (Underflow in conditions or
                                                        Clamped in conditions)):
                break
        if result._special:
            return Decimal._new(sign, 1, _EXP_INF), conditions
        return Decimal._new(sign, result._int, result._exp), conditions

    def _power_real(self, other, context):
        """x ** y for a fractional y: exp(y * ln(x)) with 23 more digits than the larger of
        prec and x's, each step correctly rounded, then rounded to prec (as the C module
        computes it: not always correctly rounded)."""
        digits = max(len(str(self._int)), context.prec) + 23
        work = Context(prec=digits, rounding=ROUND_HALF_EVEN, Emin=MIN_EMIN, Emax=MAX_EMAX,
                       clamp=0, traps=[], flags=[])
        t = self._ln_unrounded(work)[0]._finalize(work)[0]
        t = Decimal._new(t._sign ^ other._sign, t._int * other._int, t._exp + other._exp)
        t = t._finalize(work)[0]
        result, conditions = t._exp_unrounded(work)
        result, met = result._finalize(work)
        conditions = conditions + met + [Inexact, Rounded]
        if result._special:
            return Decimal._new(0, 1, _EXP_INF), conditions
        if result._cmp(_ONE) == 0:
            result = _padded_one(0, context)
        return result, conditions

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
            return Decimal._new(self._sign, 0, self._exp // 2)._fix(context)
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
        return Decimal._new(0, n, exp)._fix(context, rounding=ROUND_HALF_EVEN)

    def next_plus(self, context=None):
        """The smallest number the context holds above this one (no flags raised)."""
        return self._next(context, 0)

    def next_minus(self, context=None):
        """The largest number the context holds below this one (no flags raised)."""
        return self._next(context, 1)

    def _next(self, context, downward):
        """This number plus (downward: minus) a positive amount below every unit the
        context can tell, rounded toward that direction."""
        context, nan = self._unary(context)
        if nan is not None:
            return nan
        if self._special == 'F':
            if self._sign == downward:
                return Decimal(self)
            return Decimal._new(self._sign, 10 ** context.prec - 1, context.Etop())
        rounding = ROUND_FLOOR if downward else ROUND_CEILING
        rounded, conditions = self._finalize(context, rounding)
        if Inexact in conditions:
            return rounded
        tiny_exp = context.Etiny() - 1
        if self._int:
            tiny_exp = max(tiny_exp, min(self._exp, self.adjusted() - context.prec - 1) - 1)
        tiny = Decimal._new(downward, 1, tiny_exp)
        total = self.__add__(tiny, context=_EXACT)
        return total._finalize(context, rounding)[0]

    def next_toward(self, other, context=None):
        """The neighbour of this number toward other (this one, with other's sign, when
        they are equal)."""
        other = _convert(other, True)
        if context is None:
            context = getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        order = self._cmp(other)
        if order == 0:
            return self.copy_sign(other)
        result = self.next_plus(context) if order < 0 else self.next_minus(context)
        if result._special == 'F':
            context._raise_all([Overflow, Inexact, Rounded])
        elif result.adjusted() < context.Emin:
            conditions = [Underflow, Subnormal, Inexact, Rounded]
            if not result._int:
                conditions.append(Clamped)
            context._raise_all(conditions)
        return result

    # ------------------------------------------------------------ exp and logarithms

    def _half_even(self, context, unrounded):
        # libmpdec rounds exp and the logarithms half-even whatever the context's rounding
        context, nan = self._unary(context)
        if nan is not None:
            return nan
        result, conditions = unrounded(context)
        return result._fix(context, conditions, ROUND_HALF_EVEN)

    def exp(self, context=None):
        """e ** self, correctly rounded (half-even)."""
        return self._half_even(context, self._exp_unrounded)

    def _exp_unrounded(self, context):
        """(e ** self unrounded or exact, the conditions met so far): no NaN."""
        if self._special == 'F':
            return (Decimal._new(0, 0, 0) if self._sign else Decimal._new(0, 0, 0, 'F')), []
        if not self._int:
            return Decimal._new(0, 1, 0), []
        prec, adjusted = context.prec, self.adjusted()
        if adjusted >= 19:      # beyond every exponent limit: 10**19 / ln(10) > MAX_EMAX
            if self._sign:
                return Decimal._new(0, 0, context.Etiny()), \
                    [Underflow, Subnormal, Inexact, Rounded, Clamped]
            return Decimal._new(0, 0, 0, 'F'), [Overflow, Inexact, Rounded]
        if adjusted < -prec - 2:   # 1 + self rounds as 1 + (a unit below half an ulp)
            if self._sign:
                return Decimal._new(0, 10 ** (prec + 2) - 1, -prec - 2), []
            return Decimal._new(0, 10 ** (prec + 1) + 1, -prec - 1), []
        sign, coefficient, exp = self._sign, self._int, self._exp
        coefficient, exp = _round_irrational(
            lambda digits: _exp_scaled(sign, coefficient, exp, digits), prec)
        return Decimal._new(0, coefficient, exp), []

    def ln(self, context=None):
        """The natural logarithm, correctly rounded (half-even)."""
        return self._half_even(context, self._ln_unrounded)

    def _ln_unrounded(self, context):
        special = self._log_special(context)
        if special is not None:
            return special
        coefficient, exp = self._int, self._exp
        magnitude = _ln_magnitude(self)

        def compute(digits):
            digits -= min(magnitude, 0)
            return abs(_ln_fixed(coefficient, exp, digits)), -digits, 2

        coefficient_out, exp_out = _round_irrational(compute, context.prec)
        return Decimal._new(1 if self.adjusted() < 0 else 0, coefficient_out, exp_out), []

    def _log_special(self, context):
        """(result, conditions) of a logarithm of zero, of a negative number, of Infinity
        or of one, else None."""
        if not self._special and not self._int:
            return Decimal._new(1, 0, 0, 'F'), []
        if self._sign:
            return Decimal._new(0, 0, 0, 'n'), [InvalidOperation]
        if self._special == 'F':
            return Decimal._new(0, 0, 0, 'F'), []
        if self._cmp(_ONE) == 0:
            return Decimal._new(0, 0, 0), []
        return None

    def log10(self, context=None):
        """The base-ten logarithm, correctly rounded (half-even); exact for powers of ten."""
        context, nan = self._unary(context)
        if nan is not None:
            return nan
        special = self._log_special(context)
        if special is not None:
            return special[0]._fix(context, special[1])
        if self._int == 10 ** (len(str(self._int)) - 1):
            return Decimal(self.adjusted())._fix(context, rounding=ROUND_HALF_EVEN)
        coefficient, exp = self._int, self._exp
        magnitude = _ln_magnitude(self) - 1

        def compute(digits):
            digits -= min(magnitude, 0)
            work = digits + 10
            value = _ln_fixed(coefficient, exp, work) * 10 ** digits // _ln10_fixed(work)
            return abs(value), -digits, 2

        coefficient_out, exp_out = _round_irrational(compute, context.prec)
        result = Decimal._new(1 if self.adjusted() < 0 else 0, coefficient_out, exp_out)
        return result._fix(context, rounding=ROUND_HALF_EVEN)

    def logb(self, context=None):
        """The adjusted exponent, as a Decimal."""
        context, nan = self._unary(context)
        if nan is not None:
            return nan
        if self._special == 'F':
            return Decimal._new(0, 0, 0, 'F')
        if not self._int:
            context._raise(DivisionByZero)
            return Decimal._new(1, 0, 0, 'F')
        return Decimal(self.adjusted())._fix(context)

    def scaleb(self, other, context=None):
        """This number times ten to the power other (an integer)."""
        other = _convert(other, True)
        if context is None:
            context = getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        limit = 2 * (context.Emax + context.prec)
        if other._special or other._exp != 0 or other._int > limit:
            return self._invalid(context)
        if self._special:
            return Decimal(self)
        shift = -other._int if other._sign else other._int
        return Decimal._new(self._sign, self._int, self._exp + shift)._fix(context)

    # ------------------------------------------------------------ digit-wise operations

    def _digit_operand(self, context):
        """The digits of a logical operand (finite, positive, exponent 0, only 0s and 1s,
        at most prec of them), or None."""
        digits = str(self._int)
        if self._special or self._sign or self._exp != 0 or digits.strip('01'):
            return None
        return digits[-context.prec:].rjust(context.prec, '0')

    def _logical(self, other, context, op):
        other = _convert(other, True)
        if context is None:
            context = getcontext()
        a, b = self._digit_operand(context), other._digit_operand(context)
        if a is None or b is None:
            return self._invalid(context)
        digits = ''.join(str(op(int(x), int(y))) for x, y in zip(a, b))
        return Decimal._new(0, int(digits), 0)

    def logical_and(self, other, context=None):
        return self._logical(other, context, lambda x, y: x & y)

    def logical_or(self, other, context=None):
        return self._logical(other, context, lambda x, y: x | y)

    def logical_xor(self, other, context=None):
        return self._logical(other, context, lambda x, y: x ^ y)

    def logical_invert(self, context=None):
        if context is None:
            context = getcontext()
        return self._logical(Decimal._new(0, int('1' * context.prec), 0), context,
                             lambda x, y: x ^ y)

    def _digit_count(self, other, context):
        """(other as an int, the context, a NaN result or None) for rotate and shift: other an
        integer with exponent 0 within -prec..prec."""
        other = _convert(other, True)
        if context is None:
            context = getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return 0, context, nan
        if other._special or other._exp != 0 or other._int > context.prec:
            return 0, context, self._invalid(context)
        return (-other._int if other._sign else other._int), context, None

    def rotate(self, other, context=None):
        """The coefficient's digits (padded to prec) rotated left by other places."""
        count, context, done = self._digit_count(other, context)
        if done is not None:
            return done
        if self._special:
            return Decimal(self)
        prec = context.prec
        digits = str(self._int)[-prec:].rjust(prec, '0')
        count %= prec
        rotated = digits[count:] + digits[:count]
        return Decimal._new(self._sign, int(rotated), self._exp)

    def shift(self, other, context=None):
        """The coefficient's digits shifted left by other places (right when negative),
        keeping prec of them."""
        count, context, done = self._digit_count(other, context)
        if done is not None:
            return done
        if self._special:
            return Decimal(self)
        prec = context.prec
        if count >= 0:
            coefficient = self._int * 10 ** count % 10 ** prec
        else:
            coefficient = self._int % 10 ** prec // 10 ** -count
        return Decimal._new(self._sign, coefficient, self._exp)

    # ------------------------------------------------------------ classification

    def is_normal(self, context=None):
        if self._special or not self._int:
            return False
        return self.adjusted() >= (context or getcontext()).Emin

    def is_subnormal(self, context=None):
        if self._special or not self._int:
            return False
        return self.adjusted() < (context or getcontext()).Emin

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def radix(self):
        return Decimal(10)

    def number_class(self, context=None):
        if self._special == 'N':
            return 'sNaN'
        if self._special == 'n':
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._special == 'F':
            return sign + 'Infinity'
        if not self._int:
            return sign + 'Zero'
        return sign + ('Subnormal' if self.is_subnormal(context) else 'Normal')

    def same_quantum(self, other, context=None):
        other = _convert(other, True)
        if self._special or other._special:
            return (self.is_nan() and other.is_nan()) or \
                (self._special == 'F' and other._special == 'F')
        return self._exp == other._exp

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
        if not context.Etiny() <= target <= context.Emax:
            return self._invalid(context)
        if not self._int:
            return Decimal._new(self._sign, 0, target)._fix(context)
        if len(str(self._int)) + self._exp - target > context.prec:
            return self._invalid(context)
        conditions = []
        if target >= self._exp:
            coefficient, inexact = _round(self._int, target - self._exp, self._sign, rounding)
            if len(str(coefficient)) > context.prec:
                return self._invalid(context)
            if target > self._exp:
                conditions = [Inexact, Rounded] if inexact else [Rounded]
        else:
            coefficient = self._int * 10 ** (self._exp - target)
        result = Decimal._new(self._sign, coefficient, target)
        if coefficient and not context.Etiny() <= result.adjusted() <= context.Emax:
            return self._invalid(context)
        return result._fix(context, conditions)

    def to_integral_value(self, rounding=None, context=None):
        """The nearest integer by `rounding` (default: the context's), without signals
        (but for a signalling NaN)."""
        return self._to_integral(rounding, context, False)

    def to_integral_exact(self, rounding=None, context=None):
        """to_integral_value, signalling Inexact and Rounded when digits go."""
        return self._to_integral(rounding, context, True)

    def _to_integral(self, rounding, context, exact):
        context, nan = self._unary(context)
        if nan is not None:
            return nan
        if self._special or self._exp >= 0:
            return Decimal(self)
        if rounding is None:
            rounding = context.rounding
        if not self._int:
            return Decimal._new(self._sign, 0, 0)
        coefficient, inexact = _round(self._int, -self._exp, self._sign, rounding)
        if exact:
            context._raise_all([Inexact, Rounded] if inexact else [Rounded])
        return Decimal._new(self._sign, coefficient, 0)

    def remainder_near(self, other, context=None):
        """self - n * other with n the integer nearest self / other (the even one at a tie)."""
        other, context, done = self._operands(other, context)
        if done is not None:
            if done is NotImplemented:
                raise TypeError("conversion from %s to Decimal is not supported"
                                % type(other).__name__)
            return done
        if self._special == 'F':
            return self._invalid(context)
        if not other._special and not other._int:
            return self._invalid(context, DivisionUndefined if not self._int else InvalidOperation)
        if other._special == 'F':
            return self._fix(context)
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if 2 * r > b or (2 * r == b and q % 2):
            r -= b
            q += 1
        if len(str(q)) > context.prec:
            return self._invalid(context, DivisionImpossible)
        sign = self._sign
        if r < 0:
            sign, r = 1 - sign, -r
        return Decimal._new(sign, r, exp)._fix(context)

    def fma(self, other, third, context=None):
        """self * other + third with a single rounding."""
        other = _convert(other, True)
        third = _convert(third, True)
        if context is None:
            context = getcontext()
        signalling = self._special == 'N' or other._special == 'N'
        product = self._check_nans(other, context)
        if product is not None:
            if signalling:
                return product
        elif self._special == 'F' or other._special == 'F':
            if not self or not other:
                return self._invalid(context)
            product = Decimal._new(self._sign ^ other._sign, 0, 0, 'F')
        else:
            product = Decimal._new(self._sign ^ other._sign, self._int * other._int,
                                   self._exp + other._exp)
        return product.__add__(third, context=context)

    to_integral = to_integral_value

    def normalize(self, context=None):
        if context is None:
            context = getcontext()
        if self._special:
            return self._check_nans(None, context) or Decimal(self)
        result = self._fix(context)
        if result._special:
            return result
        if not result._int:
            return Decimal._new(result._sign, 0, 0)
        # strip trailing zeros, the exponent staying within Emax (Etop under clamp)
        c, e = result._int, result._exp
        exp_max = context.Etop() if context.clamp else context.Emax
        while c % 10 == 0 and e < exp_max:
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
        if not self._int or not other._int:
            if not other._int:
                return 0 if not self._int else (-1 if self._sign else 1)
            return 1 if other._sign else -1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        # same sign, both nonzero: the adjusted exponents decide unless they are equal
        a, b = self.adjusted(), other.adjusted()
        if a == b:
            exp = min(self._exp, other._exp)
            a = self._int * 10 ** (self._exp - exp)
            b = other._int * 10 ** (other._exp - exp)
        order = (a > b) - (a < b)
        return -order if self._sign else order

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
            # dec_richcompare: a signaling NaN signals InvalidOperation even for == and !=
            if left.is_snan() or other.is_snan():
                getcontext()._raise(InvalidOperation)
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

    def compare_signal(self, other, context=None):
        """compare, signalling InvalidOperation for a quiet NaN too."""
        other = _convert(other, True)
        if context is None:
            context = getcontext()
        if self.is_nan() or other.is_nan():
            nan = self._check_nans(other, context)
            if self._special == 'n' or other._special == 'n':
                context._raise(InvalidOperation)
            return nan
        return Decimal(self._cmp(other))

    def _total_key(self):
        """(class, value order, exponent order) ordering numbers as the total order does
        for a positive sign: finite < Infinity < NaN < ... with sNaN below NaN."""
        if self._special == 'n':
            return (3, self._int, 0)
        if self._special == 'N':
            return (2, self._int, 0)
        if self._special == 'F':
            return (1, 0, 0)
        return (0, 0, self._exp)

    def compare_total(self, other, context=None):
        """The total order: -NaN < -sNaN < -Infinity < negatives < -0 < 0 < positives <
        Infinity < sNaN < NaN; equal values by exponent (the smaller first when positive)."""
        other = _convert(other, True)
        if self._sign != other._sign:
            return Decimal(-1) if self._sign else Decimal(1)
        a, b = self._total_key(), other._total_key()
        if a[0] != b[0]:
            order = (a[0] > b[0]) - (a[0] < b[0])
        elif a[0] == 0:
            order = self.copy_abs()._cmp(other.copy_abs()) or (a[2] > b[2]) - (a[2] < b[2])
        else:
            order = (a[1] > b[1]) - (a[1] < b[1])
        return Decimal(-order if self._sign else order)

    def compare_total_mag(self, other, context=None):
        other = _convert(other, True)
        return self.copy_abs().compare_total(other.copy_abs())

    def _select(self, other, context, magnitude, larger):
        """max, min, max_mag and min_mag: a quiet NaN loses to a number; equal values are
        ordered by the total order."""
        other = _convert(other, True)
        if context is None:
            context = getcontext()
        if self.is_nan() or other.is_nan():
            if self._special == 'n' and not other.is_nan():
                return other._fix(context)
            if other._special == 'n' and not self.is_nan():
                return self._fix(context)
            return self._check_nans(other, context)._fix(context)
        order = self.copy_abs()._cmp(other.copy_abs()) if magnitude else 0
        if order == 0:
            order = self._cmp(other)
        if order == 0:
            order = int(self.compare_total(other))
        chosen = self if (order > 0) == larger else other
        return chosen._fix(context)

    def max(self, other, context=None):
        return self._select(other, context, False, True)

    def min(self, other, context=None):
        return self._select(other, context, False, False)

    def max_mag(self, other, context=None):
        return self._select(other, context, True, True)

    def min_mag(self, other, context=None):
        return self._select(other, context, True, False)

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


_ONE = Decimal._new(0, 1, 0)
_EXP_INF = 4 * MAX_EMAX     # an exponent beyond every context's Emax: an overflow's
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


# ---------------------------------------------------------------- the transcendental functions
#
# exp, ln and log10 are correctly rounded (half-even, whatever the context's mode, as the C
# module's): a result is computed in integer fixed point with more digits than asked and an
# error bound, and the digits grow until the whole interval the true value lies in rounds
# alike (the true value is irrational but for exp(0), ln(1) and the logarithms of powers of
# ten, which are exact).  A value's logarithm: x = m * 10**a with 1 <= m < 10, m = 2**j * t
# with t near 1, ln x = a*ln 10 + j*ln 2 + 2*atanh((t-1)/(t+1)).  Its exponential:
# exp(v) = 10**k * exp(r) with r = v - k*ln 10 small, exp(r) = exp(r / 2**8) ** (2**8), the
# inner one by its Taylor series.

_LN10 = [0, 0]       # (digits, ln(10) * 10**digits) of the most precise value computed yet


def _atanh_fixed(num, den, one):
    """atanh(num/den) * one, for 0 <= num/den <= 1/3, within a unit per term."""
    term = num * one // den
    total = term
    num2, den2 = num * num, den * den
    k = 3
    while term:
        term = term * num2 // den2
        total += term // k
        k += 2
    return total


def _ln10_fixed(digits):
    """ln(10) * 10**digits, within one."""
    if _LN10[0] < digits:
        work = digits + 12
        one = 10 ** work
        # ln 10 = 3 ln 2 + ln(5/4) = 6 atanh(1/3) + 2 atanh(1/9)
        _LN10[:] = [work, 6 * _atanh_fixed(1, 3, one) + 2 * _atanh_fixed(1, 9, one)]
    return _LN10[1] // 10 ** (_LN10[0] - digits)


def _ln_fixed(coefficient, exp, digits):
    """ln(coefficient * 10**exp) * 10**digits, within two."""
    n = len(str(coefficient))
    a = exp + n - 1
    guard = 12 + len(str(digits)) + len(str(abs(a)))
    work = digits + guard
    one = 10 ** work
    if n - 1 <= work:
        m = coefficient * 10 ** (work - n + 1)
    else:
        m = coefficient // 10 ** (n - 1 - work)
    # m / one in [1, 10): its nearest power of two 2**j leaves t = m / 2**j within [0.7, 1.42)
    j = 0
    while m > (one << j) * 1414 // 1000:
        j += 1
    num, den = m - (one << j), m + (one << j)
    half = _atanh_fixed(abs(num), den, one)
    ln_t = 2 * (-half if num < 0 else half)
    ln2 = 2 * _atanh_fixed(1, 3, one)
    total = ln_t + j * ln2 + a * _ln10_fixed(work)
    return total // 10 ** guard


def _exp_scaled(sign, coefficient, exp, digits):
    """(m, x, err): exp(+-coefficient * 10**exp) lies within err * 10**x of m * 10**x, and m
    has more than digits + 5 digits beyond err."""
    adjusted = exp + len(str(coefficient)) - 1
    k_digits = max(adjusted, 0) + 2
    work = digits + 14 + len(str(digits)) + k_digits
    one = 10 ** work
    if exp + work >= 0:
        v = coefficient * 10 ** (exp + work)
    else:
        v = coefficient // 10 ** (-exp - work)
    if sign:
        v = -v
    ln10 = _ln10_fixed(work)
    k = (2 * v + ln10) // (2 * ln10)
    r = (v - k * ln10) >> 8
    total = term = one
    i = 1
    while term:
        term = term * abs(r) // (one * i)
        total += -term if r < 0 and i % 2 else term
        i += 1
    for _ in range(8):
        total = total * total // one
    err = 10 ** (max(k_digits + 2, len(str(work)) + 3) + 1)
    return total, k - work, err


def _round_irrational(compute, prec):
    """(coefficient, exponent) of a number every rounding mode rounds to prec digits as it
    rounds the irrational value compute approximates; compute(digits) -> (m, x, err)."""
    digits = prec + 3
    while True:
        m, x, err = compute(digits)
        lo, hi = m - err, m + err
        n = len(str(hi))
        if lo > 0 and len(str(lo)) == n and n > prec + 1:
            unit = 10 ** (n - prec)
            if lo // unit == hi // unit and 2 * lo // unit == 2 * hi // unit:
                upper_half = 2 * lo // unit % 2
                return lo // unit * 10 + (7 if upper_half else 3), x + n - prec - 1
        digits += digits // 2 + 10


def _ln_magnitude(value):
    """A lower bound of the adjusted exponent of ln(value), value > 0 and not 1."""
    if Decimal._new(0, 1, -1)._cmp(value) < 0 and value._cmp(Decimal._new(0, 2, 0)) < 0:
        exp = min(value._exp, 0)
        delta = value._int * 10 ** (value._exp - exp) - 10 ** -exp
        return exp + len(str(abs(delta))) - 2
    return -1


def _signed_scaled(x, exp):
    """The signed coefficient of finite x at the exponent exp <= x's."""
    if not x._int:
        return 0
    scaled = x._int * 10 ** (x._exp - exp)
    return -scaled if x._sign else scaled


def _padded_one(sign, context):
    """1 with prec digits."""
    return Decimal._new(sign, 10 ** (context.prec - 1), 1 - context.prec)


def _overflow(sign, context, rounding):
    """The result of an overflow: Infinity, or the largest finite number where the rounding
    mode never rounds away from zero."""
    if rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
            (rounding == ROUND_CEILING and not sign) or (rounding == ROUND_FLOOR and sign):
        return Decimal._new(sign, 0, 0, 'F')
    return Decimal._new(sign, 10 ** context.prec - 1, context.Etop())


def _round(coefficient, drop, sign, rounding):
    """(coefficient without its last `drop` digits, rounded by the mode; whether any
    dropped digit was not zero)."""
    if drop > len(str(coefficient)) + 1:
        # every digit goes and what goes is below half a unit: as 1 dropped from 100
        coefficient, drop = 1, 2
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
# exact sums of internal steps
_EXACT = Context(prec=MAX_PREC, rounding=ROUND_HALF_EVEN, Emin=MIN_EMIN, Emax=MAX_EMAX, traps=[])

import numbers as _numbers
_numbers.Number.register(Decimal)


# Frames that CPython runs in C leave no traceback entry: decimal is _decimal, written in C.
import _pyheap_c
_pyheap_c.stands_for_c(globals(), module='_decimal')
del _pyheap_c
