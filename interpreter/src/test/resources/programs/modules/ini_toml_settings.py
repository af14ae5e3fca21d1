# An application's settings loaded from INI (ExtendedInterpolation, converters, fallbacks) and TOML, merged and checked
import configparser
import tomllib

INI = """
[DEFAULT]
base = /srv/app
debug = no

[paths]
data = ${base}/data
logs = ${base}/logs
cache = ${paths:data}/cache

[server]
host = 127.0.0.1
port = 8080
timeout = 2.5
debug = yes
workers = 4
tags = a, b , c

[broken]
loop = ${loop}
missing = ${nowhere:key}
"""

TOML = b"""
title = "demo"
[server]
port = 9090
hosts = ["a", "b"]
started = 2024-05-01T10:00:00Z
[[plugins]]
name = "auth"
enabled = true
[[plugins]]
name = "cache"
ttl = 1.5e2
"""

cp = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation(),
                               converters={"list": lambda s: [x.strip() for x in s.split(",")]})
cp.read_string(INI, source="<settings>")
print(cp.sections())
print(dict(cp["paths"]))
print(cp.getint("server", "port"), cp.getfloat("server", "timeout"), cp.getboolean("server", "debug"),
      cp.getboolean("paths", "debug"))
print(cp.getlist("server", "tags"), cp["server"].getlist("tags"))
print(cp.get("server", "missing", fallback="dflt"), cp.getint("server", "nope", fallback=-1))
print("has:", cp.has_option("paths", "base"), cp.has_section("DEFAULT"), "server" in cp)
for key in ("loop", "missing"):
    try:
        cp.get("broken", key)
    except configparser.Error as e:
        print(type(e).__name__, "|", e)
try:
    cp.getint("server", "timeout")
except ValueError as e:
    print("ValueError:", e)
try:
    cp.get("nosuch", "x")
except configparser.NoSectionError as e:
    print("NoSectionError:", e, e.section)
try:
    cp.read_string("[a]\nx=1\n[a]\n", source="dup.ini")
except configparser.DuplicateSectionError as e:
    print("Duplicate:", e, e.lineno)
try:
    configparser.ConfigParser().read_string("no header here\n")
except configparser.MissingSectionHeaderError as e:
    print("MissingHeader:", e)

raw = configparser.RawConfigParser()
raw.read_string("[x]\npct = 50%\n")
print(raw.get("x", "pct"))
basic = configparser.ConfigParser()
basic.read_string("[x]\npct = 50%\nname = %(pct)s done\n")
try:
    print(basic.get("x", "pct"))
except configparser.InterpolationSyntaxError as e:
    print("Syntax:", e)

t = tomllib.loads(TOML.decode())
print(t["title"], t["server"], [p["name"] for p in t["plugins"]], t["plugins"][1]["ttl"])
merged = {s: dict(cp.items(s, raw=True)) for s in ("server",)}
merged["server"].update({k: str(v) for k, v in t["server"].items() if k == "port"})
print(merged)
for bad in ('a = 1\na = 2', 'x = [1, 2', 'y = 1979-05-27T25:00:00', '[t]\n[t]'):
    try:
        tomllib.loads(bad)
    except tomllib.TOMLDecodeError as e:
        print("TOMLDecodeError:", e)
