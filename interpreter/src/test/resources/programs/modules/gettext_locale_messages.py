# Messages of a localised tool without catalogue files: gettext.NullTranslations fallbacks, a GNUTranslations catalogue built in memory with plural forms and contexts, install() into builtins, and locale-independent number formatting with locale.format_string under the C locale.
import gettext
import io
import locale
import struct

def build_mo(messages, plural="nplurals=2; plural=(n != 1);"):
    messages = dict(messages)
    messages[""] = f"Content-Type: text/plain; charset=UTF-8\nPlural-Forms: {plural}\n"
    keys = sorted(messages)
    ids = b""; strs = b""; offsets = []
    for k in keys:
        kb, vb = k.encode(), messages[k].encode()
        offsets.append((len(kb), len(ids), len(vb), len(strs)))
        ids += kb + b"\0"; strs += vb + b"\0"
    n = len(keys)
    start = 7 * 4
    ids_start = start + n * 16
    strs_start = ids_start + len(ids)
    out = struct.pack("<7I", 0x950412de, 0, n, start, start + n * 8, 0, 0)
    for klen, koff, _, _ in offsets:
        out += struct.pack("<2I", klen, ids_start + koff)
    for _, _, vlen, voff in offsets:
        out += struct.pack("<2I", vlen, strs_start + voff)
    return out + ids + strs

catalog = {
    "Hello": "Bonjour",
    "File not found: %s": "Fichier introuvable : %s",
    "%d file\0%d files": "%d fichier\0%d fichiers",
    "menu\x04Open": "Ouvrir (menu)",
    "Open": "Ouvrir",
}
fr = gettext.GNUTranslations(io.BytesIO(build_mo(catalog)))
print(fr.gettext("Hello"), "|", fr.gettext("Untranslated"), "|", fr.gettext("File not found: %s") % "a.txt")
for n in (0, 1, 2, 10):
    print(n, fr.ngettext("%d file", "%d files", n) % n)
print(fr.pgettext("menu", "Open"), fr.gettext("Open"), fr.pgettext("toolbar", "Open"), fr.npgettext("x", "a", "b", 2))
print(fr.info()["content-type"], fr.charset(), sorted(fr.info()))
null = gettext.NullTranslations()
print(null.gettext("Hello"), null.ngettext("one", "many", 1), null.ngettext("one", "many", 3))
fr.add_fallback(null)
fr.install(names=["ngettext"])
print(_("Hello"), ngettext("%d file", "%d files", 5) % 5)
import builtins
for name in ("_", "ngettext"):
    builtins.__dict__.pop(name, None)
print(hasattr(builtins, "_"))
print(gettext.find("nonexistent-domain", localedir="/nonexistent"), gettext.translation("x", "/nonexistent", fallback=True).__class__.__name__)
try:
    gettext.translation("nonexistent-domain", localedir="/nonexistent", languages=["fr"])
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror)
pl = gettext.c2py("n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2")
print([pl(n) for n in (1, 2, 5, 12, 22, 25, 101)])
try:
    gettext.c2py("n; import os")
except ValueError as e:
    print("ValueError:", e)
try:
    gettext.GNUTranslations(io.BytesIO(b"not a catalogue at all"))
except OSError as e:
    print("OSError:", e)

locale.setlocale(locale.LC_ALL, "C")
print(locale.getlocale(locale.LC_NUMERIC), locale.localeconv()["decimal_point"], repr(locale.localeconv()["thousands_sep"]))
print(locale.format_string("%.2f|%d|%s", (1234567.891, 42, "x"), grouping=True), locale.str(3.5), locale.atof("2.5"), locale.atoi("17"))
print(locale.currency(5, symbol=False) if locale.localeconv()["int_frac_digits"] != 127 else "no currency in C locale")
print(locale.normalize("fr_FR"), locale.normalize("en_us.utf8"))
try:
    locale.setlocale(locale.LC_ALL, "xx_NOPE.UTF-8")
except locale.Error as e:
    print("locale.Error:", e)
