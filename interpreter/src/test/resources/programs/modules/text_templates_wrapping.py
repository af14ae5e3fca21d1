# Formatting a report's text: textwrap (wrap/fill/shorten/dedent/indent with predicate,
# initial/subsequent indents, break_long_words, break_on_hyphens, max_lines with placeholder,
# tabsize, drop_whitespace) and string.Template (substitute, safe_substitute, braces, $$,
# custom delimiter and idpattern, errors with their line and column, get_identifiers, is_valid).
import textwrap
import string

para = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "Supercalifragilisticexpialidocious words and well-known hyphenated-compounds break oddly.")
for w in (20, 33):
    print(textwrap.fill(para, width=w))
    print("--")
print(textwrap.wrap(para, 25, initial_indent="* ", subsequent_indent="  ", break_long_words=False))
print(textwrap.wrap("a-very-long-hyphenated-word here", 10), textwrap.wrap("a-very-long-hyphenated-word here", 10, break_on_hyphens=False))
print(textwrap.shorten(para, 40), "|", textwrap.shorten("Hello  world!", width=12), "|", textwrap.shorten("Hello world", 11, placeholder="~"))
print(textwrap.fill(para, 30, max_lines=3, placeholder=" [...]"))
print(repr(textwrap.dedent("""\
    def f():
        return 1
      # odd
    """)))
print(repr(textwrap.dedent("  a\n\t b\n")), repr(textwrap.dedent("   x\n  \n   y")))
print(textwrap.indent("one\n\ntwo\n", "> "), textwrap.indent("one\n\ntwo\n", "+ ", lambda line: True), sep="")
print(textwrap.wrap("col1\tcol2\tcol3", 12, tabsize=4), textwrap.wrap("  lead  and trail  ", 8, drop_whitespace=False))
print(textwrap.wrap("", 10), textwrap.wrap("x " * 3, 1), textwrap.TextWrapper(width=15, fix_sentence_endings=True).fill("Hi there. Bye now.  Ok."))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.fill("abc def ghi", 5, max_lines=1, placeholder="......")
except ValueError as e:
    print("ValueError:", e)
T = string.Template("Dear $name, your order ${order_id} of $$${amount} ships ${when}.")
print(T.substitute(name="Ann", order_id=42, amount="19.99", when="today"))
print(T.safe_substitute({"name": "Bob"}, amount=5), T.get_identifiers(), T.is_valid(), T.template[:10])
for tmpl, kw in [("Hi $who", {}), ("Hi ${who", {"who": 1}), ("line1\nbad $ here", {}), ("$1abc", {})]:
    try:
        print(string.Template(tmpl).substitute(kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(string.Template("bad $ here").safe_substitute(), string.Template("$x$y").is_valid(), string.Template("${").is_valid())
class Pct(string.Template):
    delimiter = "%"
    idpattern = r"[a-z][_a-z0-9]*"
print(Pct("%user is at %{place} 100%%").substitute(user="ann", place="home"))
class Upper(string.Template):
    flags = 0
    braceidpattern = r"[A-Z]+"
print(Upper("${ABC} and $abc").safe_substitute(ABC=1, abc=2), Upper("${abc}").safe_substitute(abc=3))
print(string.capwords("hello   wide  world"), string.capwords("a-b c-d", "-"), string.ascii_letters[:5], string.punctuation)
f = string.Formatter()
print(f.format("{0:>5}|{name!r}|{1[0]}", "x", [9], name="n"), list(f.parse("a{b:>3}c{{d}}{e!s}")))
