# str.translate/maketrans ciphers and string.Template substitution, safe_substitute and errors.
import string
from string import Template

def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)

msg = "Attack at Dawn, 5 AM!"
enc = caesar(msg, 3)
print(enc, "|", caesar(enc, -3), "|", caesar(msg, 13), caesar(caesar(msg, 13), 13) == msg)
strip_punct = str.maketrans("", "", string.punctuation)
print(msg.translate(strip_punct).lower().split())
vowels = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0"})
print("leet speak is a noisy code".translate(vowels))
print(str.maketrans("ab", "cd"), str.maketrans({"x": None, 121: "why"}))
for bad in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": "c"}), lambda: str.maketrans(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), len(string.printable))
print(string.capwords("  hello   big  world "), string.capwords("a-b-c", "-"))
t = Template("Dear $name, you owe $$${amount}. Regards, ${sender}")
print(t.substitute(name="Ann", amount="12.50", sender="Bob"))
print(t.safe_substitute(name="Ann"))
print(t.substitute({"name": "X", "amount": 1}, sender="kw wins"))
for bad in [lambda: t.substitute(name="only"), lambda: Template("$1abc").substitute(), lambda: Template("cost $").substitute()]:
    try:
        print(bad())
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(t.get_identifiers(), t.is_valid(), Template("$ bad").is_valid())

class PercentTemplate(Template):
    delimiter = "%"
    idpattern = r"[a-z]+"

print(PercentTemplate("100%% of %who and %{what}s").substitute(who="us", what="thing"))
print(Template.delimiter, Template.pattern.flags & 2 != 0, t.template)
fmt = string.Formatter()
print(fmt.format("{0}-{x}", "a", x="b"), list(fmt.parse("a{0:>3}b{x!r}c")))
