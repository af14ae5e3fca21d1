# getopt: short and long options, values attached or separate, abbreviations, '--', gnu_getopt's
# mixed order and '+', and GetoptError's messages and attributes.
import getopt

cases = [
    (["-a", "-b", "1", "-c2", "rest", "-a"], "ab:c:", []),
    (["-ab1", "x"], "ab:", []),
    (["--name=joe", "--verbose", "--count", "3", "file"], "", ["name=", "verbose", "count="]),
    (["--verb", "--na", "x"], "", ["name=", "verbose"]),
    (["-a", "--", "-b"], "ab", []),
    (["-", "-a"], "a", []),
    (["--name="], "", ["name="]),
    (["--help"], "", "help"),
]
for args, short, long in cases:
    print(getopt.getopt(args, short, long))

errors = [
    (["-x"], "ab", []),
    (["-b"], "ab:", []),
    (["--nope"], "", ["name="]),
    (["--name"], "", ["name="]),
    (["--verbose=1"], "", ["verbose"]),
    (["--ver"], "", ["verbose", "version"]),
    (["-:"], "a:", []),
]
for args, short, long in errors:
    try:
        getopt.getopt(args, short, long)
    except getopt.GetoptError as e:
        print(repr(e.msg), repr(e.opt), str(e), e.args)

print(getopt.gnu_getopt(["a", "-v", "b", "--out", "o", "c", "--", "-d"], "v", ["out="]))
print(getopt.gnu_getopt(["a", "-v", "b"], "+v"))
print(getopt.gnu_getopt(["-v", "a", "-v"], "+v"))
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
try:
    getopt.gnu_getopt(["x", "-q"], "v")
except getopt.error as e:
    print("error:", e)
