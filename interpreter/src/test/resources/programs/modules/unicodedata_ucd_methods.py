# unicodedata.ucd_3_2_0's methods beyond the PENDING program's: the UCD type (no instances,
# subclasses, pickling or new attributes; the read-only unidata_version), the properties 3.2
# gives differently (mirrored, East Asian width, decimal values of superscripts and Ethiopic
# digits), digit answering as 14.0 even for characters 3.2 lacks, lookup without aliases and with
# the algorithmic names, the module's argument errors, the corrected ideographs' decompositions
# under normalize, and stringprep's tables that read 3.2 through it.
import pickle
import stringprep
import unicodedata as ud

old = ud.ucd_3_2_0
print(type(old) is ud.UCD, ud.UCD.__name__, ud.UCD.__qualname__, old.category.__qualname__)
print(sorted(n for n in dir(old) if not n.startswith('_')))
for f in (lambda: setattr(old, 'x', 1), lambda: setattr(old, 'unidata_version', '9')):
    try:
        f()
    except AttributeError as e:
        print('AttributeError', e)
try:
    class Sub(ud.UCD):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    pickle.dumps(old)
except TypeError as e:
    print('TypeError', e)
for ch in '\u0f3a\u29a1\ufe59\u231a\u2648\u00b2\u00b9\u2075\u2089\u1369\u19da\U0001e950\u0660':
    print(f'U+{ord(ch):04X}', old.mirrored(ch), ud.mirrored(ch), old.east_asian_width(ch), ud.east_asian_width(ch),
          old.decimal(ch, None), ud.decimal(ch, None), old.digit(ch, None), old.numeric(ch, None), old.name(ch, '-'))
for name in ['NULL', 'LINE FEED', 'BYTE ORDER MARK', 'latin small letter a', 'HANGUL SYLLABLE GAG',
             'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-9FA6', 'SPHERICAL ANGLE OPENING UP']:
    try:
        print(name, ascii(old.lookup(name)), ascii(ud.lookup(name)))
    except KeyError as e:
        print(name, 'KeyError', e)
print(ascii(old.lookup(b'EURO SIGN')))
for f in (lambda: old.category(5), lambda: old.category('ab'), lambda: old.name(), lambda: old.normalize('NFX', 'a'),
          lambda: old.normalize('NFC', 5), lambda: old.decimal('x'), lambda: old.numeric('x'), lambda: old.digit('x'),
          lambda: old.lookup(5)):
    try:
        print(f())
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
for s in ['\U0002F868', '\U0002F874', '\u2f868', 'a\u0301\U0002F9BF']:
    print(ascii(old.normalize('NFC', s)), ascii(ud.normalize('NFC', s)), old.is_normalized('NFD', s))
for ch in '\u0221\u20ac\u00ad\u0660\u05d0\u3000\ue000':
    print(f'U+{ord(ch):04X}', stringprep.in_table_a1(ch), stringprep.in_table_c11(ch), stringprep.in_table_c3(ch),
          stringprep.in_table_d1(ch), stringprep.in_table_d2(ch))
