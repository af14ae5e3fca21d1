# A configuration loader: configparser defaults, BasicInterpolation and ExtendedInterpolation,
# typed getters with fallbacks, converters, errors; then tomllib for the same settings.
import configparser, io, tomllib

INI = """
[DEFAULT]
base = /srv/app
debug = no
retries = 3

[paths]
logs = %(base)s/logs
cache = %(base)s/cache/%(user)s
user = web

[server]
host = 127.0.0.1
port = 8080
timeout = 2.5
debug = yes
origins =
    https://a.example
    https://b.example

[broken]
loop = %(loop)s
pct = 100%%
"""
cp = configparser.ConfigParser()
cp.read_string(INI, source="app.ini")
print(cp.sections(), cp.has_section("DEFAULT"), cp.defaults())
print(cp["paths"]["logs"], cp["paths"]["cache"])
print(cp.getint("server", "port"), cp.getfloat("server", "timeout"), cp.getboolean("server", "debug"),
      cp.getboolean("paths", "debug"))
print(cp.get("server", "origins").split())
print(cp.get("server", "missing", fallback="dflt"), cp["server"].getint("retries"))
print(sorted(cp["server"]))
print(cp.get("broken", "pct"))
for opt in ("loop",):
    try:
        cp.get("broken", opt)
    except configparser.Error as e:
        print(type(e).__name__, "-", str(e).splitlines()[0])
try:
    cp.getint("server", "host")
except ValueError as e:
    print("ValueError:", e)
try:
    cp.get("nosuch", "x")
except configparser.NoSectionError as e:
    print("NoSectionError:", e)
try:
    cp.get("server", "nosuch")
except configparser.NoOptionError as e:
    print("NoOptionError:", e)
print(cp.get("paths", "cache", raw=True), cp.get("paths", "cache", vars={"user": "ops"}))

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation(),
                                converters={"list": lambda s: [x.strip() for x in s.split(",")]})
ext.read_string("""
[common]
root = /opt
[db]
dir = ${common:root}/db
files = ${dir}/a, ${dir}/b
[weird]
dollar = $$5
""")
print(ext["db"]["files"], ext.getlist("db", "files"), ext["weird"]["dollar"])

try:
    configparser.ConfigParser().read_string("[a]\nx=1\nx=2\n", source="dup.ini")
except configparser.DuplicateOptionError as e:
    print("DuplicateOptionError:", e)
try:
    configparser.ConfigParser().read_string("no section here\n")
except configparser.MissingSectionHeaderError as e:
    print("MissingSectionHeaderError:", e)

raw = configparser.RawConfigParser()
raw.optionxform = str
raw["Mixed"] = {"CamelKey": "%(nope)s", "n": "1"}
buf = io.StringIO(); raw.write(buf)
print(buf.getvalue(), end="")

TOML = b"""
title = "app"
[server]
host = "127.0.0.1"
port = 8080
ratio = 0.75
when = 2024-03-01T10:00:00Z
day = 1979-05-27
tags = ["a", "b"]
[[users]]
name = "alice"
admin = true
[[users]]
name = "bob"
inline = { x = 1, y = [1, 2.0] }
"""
data = tomllib.loads(TOML.decode())
print(data["server"], data["users"])
with io.BytesIO(TOML) as f:
    print(tomllib.load(f)["title"])
for bad in ('a = 1\na = 2', 'x = [1, 2', 'k = "unterminated', 'v = 1979-13-01'):
    try:
        tomllib.loads(bad)
    except tomllib.TOMLDecodeError as e:
        print("TOMLDecodeError:", e)
