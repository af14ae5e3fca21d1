# A configuration loader: configparser with BasicInterpolation and ExtendedInterpolation, typed getters, converters, fallbacks, sections written back; tomllib for the same settings and its errors.
import configparser
import io
import tomllib

INI = """
[DEFAULT]
base = /srv/app
debug = no

[paths]
logs = %(base)s/logs
cache = %(base)s/cache/%(user)s
user = deploy

[server]
port = 8080
timeout = 2.5
hosts = a.example, b.example ,c.example
debug = yes

[broken]
loop = %(loop)s
missing = %(nowhere)s
"""
cp = configparser.ConfigParser(converters={"list": lambda s: [x.strip() for x in s.split(",")]})
cp.read_string(INI)
print(cp.sections(), cp.defaults())
print(cp["paths"]["logs"], cp.get("paths", "cache"))
print(cp.get("paths", "cache", raw=True))
print(cp.get("paths", "cache", vars={"user": "root"}))
print(cp.getint("server", "port"), cp.getfloat("server", "timeout"), cp.getboolean("server", "debug"))
print(cp.getboolean("paths", "debug"), cp["server"].getlist("hosts"))
print(cp.get("server", "missing", fallback="n/a"), cp["server"].getint("nope", 7))
print(list(cp["server"]), "port" in cp["server"], cp.has_option("paths", "base"))
for key in ("loop", "missing"):
    try:
        cp.get("broken", key)
    except configparser.Error as e:
        print(type(e).__name__, "->", str(e).replace("\n", " | "))
try:
    cp.getint("server", "timeout")
except ValueError as e:
    print("ValueError:", e)
try:
    cp.getboolean("paths", "logs")
except ValueError as e:
    print("ValueError:", e)

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_dict({"common": {"root": "/opt", "name": "svc"},
               "svc": {"bin": "${common:root}/${common:name}/bin", "cost": "$$5"}})
print(ext["svc"]["bin"], ext["svc"]["cost"])

for bad in ("[a]\nx=1\nx=2\n", "[a]\n[a]\n", "no section\n", "[s]\n  indented = 1\n=novalue\n"):
    try:
        configparser.ConfigParser().read_string(bad, source="<bad>")
    except configparser.Error as e:
        print(type(e).__name__ + ":", str(e).replace("\n", " | "))

raw = configparser.RawConfigParser(allow_no_value=True, delimiters=(":",), comment_prefixes=(";",))
raw.optionxform = str
raw.read_string("[Flags]\nVerbose\nLevel: %(x)s\n; comment\n")
print(dict(raw["Flags"]))
out = io.StringIO()
cp.remove_section("broken")
cp.set("server", "port", "9090")
cp["new"] = {"a": "1", "b": "two words"}
cp.write(out)
print(out.getvalue())

TOML = b"""
title = "svc"
[server]
port = 8080
hosts = ["a", "b"]
started = 2024-03-04T09:00:00Z
ratio = 0.5
[[users]]
name = "ann"
admin = true
[[users]]
name = "bob"
"""
data = tomllib.loads(TOML.decode())
print(data["server"], data["users"])
print(tomllib.load(io.BytesIO(TOML))["title"])
for bad in ('a = 1\na = 2', 'x = [1, 2', 'k = "unterminated', '[t]\nv = 01'):
    try:
        tomllib.loads(bad)
    except tomllib.TOMLDecodeError as e:
        print("TOMLDecodeError:", e)
try:
    tomllib.loads(b"a = 1")
except TypeError as e:
    print("TypeError:", e)
