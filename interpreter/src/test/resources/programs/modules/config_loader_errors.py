# A settings loader over three formats and what goes wrong in each: configparser (basic and
# extended interpolation, missing options and sections, duplicate keys in strict mode, bad
# interpolation references, getint/getboolean conversions), tomllib (tables, arrays of tables,
# dates, decode errors with line and column) and json (decode errors with positions); the
# last TOML error is left uncaught.
import configparser
import json
import tomllib

INI = """
[DEFAULT]
base = /srv/app
debug = no

[paths]
logs = %(base)s/logs
cache = %(base)s/cache/%(missing)s

[server]
port = 8080
workers = four
"""
cp = configparser.ConfigParser()
cp.read_string(INI)
print(cp.sections(), cp.defaults(), cp["paths"]["logs"], cp.getint("server", "port"), cp.getboolean("paths", "debug"))
for call in (lambda: cp["paths"]["cache"], lambda: cp.getint("server", "workers"), lambda: cp.get("server", "host"),
             lambda: cp["nosuch"], lambda: cp.get("nosuch", "x"), lambda: cp.getboolean("server", "port")):
    try:
        print(call())
    except (configparser.Error, KeyError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(cp.get("server", "host", fallback="localhost"), cp.get("paths", "cache", raw=True), cp.get("paths", "logs", vars={"base": "/tmp"}))
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("[a]\nx = 1\ny = ${x}0\n[b]\nz = ${a:y}/${a:x}\nbad = ${a:nope}\n")
print(ext["b"]["z"])
try:
    ext["b"]["bad"]
except configparser.InterpolationMissingOptionError as e:
    print("missing:", e.option, e.section, e.reference)
for text in ("[s]\nk = 1\nk = 2\n", "[s]\n[s]\n", "k = 1\n", "[s]\n  indented\n"):
    try:
        configparser.ConfigParser().read_string(text, source="settings.ini")
        print("ok")
    except configparser.Error as e:
        print(type(e).__name__ + ":", str(e).replace("\n", " | "))

TOML = '''
title = "svc"
released = 2024-03-01
start = 07:30:00
[owner]
name = "Ann"
tags = ["a", "b"]
[[replica]]
host = "r1"
weight = 0.5
[[replica]]
host = "r2"
weight = 1.5e0
'''
conf = tomllib.loads(TOML)
print(conf)
print([r["host"] for r in conf["replica"]], type(conf["released"]).__name__, conf["start"])
for bad in ('a = 1\na = 2', 'x = [1, 2', 'name = "unterminated', '[t]\nk = 1\n[t]\n', 'v = 1979-05-27T25:00:00', 'k = tru'):
    try:
        tomllib.loads(bad)
    except tomllib.TOMLDecodeError as e:
        print("TOMLDecodeError:", e)
for bad in ('{"a": 1,}', '[1, 2', '{"a" 1}', 'nan', '"\\x"', ''):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e.msg, e.pos, e.lineno, e.colno)
tomllib.loads("[server]\nport = 80\nport = 81\n")
