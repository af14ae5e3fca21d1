# The traceback entries of library error paths whose modules are our own rewrites, as CPython 3.11's
# modules give them: ast.literal_eval's nested _convert functions, copy.deepcopy's inline reduction,
# gzip's _read_gzip_header and _read_exact, hashlib.new's fallback (the OpenSSL error chained to the
# ValueError), inspect.signature through Signature.from_callable, ipaddress's factories, json.dumps
# through the C encoder (no frames of its own) and the Python encoder's _iterencode functions,
# subprocess's _execute_child, tarfile.open's inline search of the openers, zipfile's inline open,
# tomllib's rule and parse_* functions, typing's cached subscription (inner, __getitem__,
# _check_generic), unittest's assert methods raising themselves.
import ast
import copy
import gzip
import hashlib
import inspect
import io
import ipaddress
import json
import subprocess
import sys
import tarfile
import threading
import tomllib
import traceback
import typing
import unittest
import zipfile


def show(label, function, *args, **kwargs):
    print('--', label, file=sys.stderr)
    try:
        function(*args, **kwargs)
    except Exception:
        traceback.print_exc(file=sys.stderr)


show('literal_eval call', ast.literal_eval, 'f(x)')
show('literal_eval nested', ast.literal_eval, '[1, {2: (3, -x)}]')
show('literal_eval binop', ast.literal_eval, '1 + y')
show('deepcopy lock', copy.deepcopy, threading.Lock())
show('deepcopy in list', copy.deepcopy, [1, {'a': threading.Lock()}])
show('copy lock', copy.copy, threading.Lock())
show('gzip magic', gzip.decompress, b'xx')
show('gzip leading zero', gzip.decompress, b'\0' + gzip.compress(b'a'))
show('gzip short header', gzip.decompress, b'\x1f\x8b\x08')
show('gzip method', gzip.decompress, b'\x1f\x8b\x07' + bytes(7))
show('hashlib name', hashlib.new, 'nope')
show('hashlib type', hashlib.new, 1)
show('signature int', inspect.signature, 1)
show('signature builtin', inspect.signature, print)
show('ip_address', ipaddress.ip_address, 'x')
show('ip_network', ipaddress.ip_network, '1.2.3.4/40')
show('ip_interface', ipaddress.ip_interface, 'y')
show('v4_int_to_packed', ipaddress.v4_int_to_packed, -1)
show('dumps set', json.dumps, {1, 2})
show('dumps nested set', json.dumps, {'a': [1, {2}]})
show('dumps key', json.dumps, {(1,): 2})
circle = []
circle.append(circle)
show('dumps circular', json.dumps, circle)
show('dumps nan', json.dumps, float('nan'), allow_nan=False)
show('dumps indent set', json.dumps, [{3}], indent=1)
show('dumps indent key', json.dumps, {(1,): 2}, indent=1)
show('dump circular', json.dump, circle, io.StringIO())
show('subprocess missing', subprocess.run, ['/nonexistent/cmd'])
show('subprocess env', subprocess.run, ['true'], env={'A=B': '1'})
show('tarfile missing', tarfile.open, '/nonexistent.tar')
show('tarfile not tar', tarfile.open, fileobj=io.BytesIO(b'x' * 600))
show('zipfile missing', zipfile.ZipFile, '/nonexistent.zip')
show('zipfile not zip', zipfile.ZipFile, io.BytesIO(b'x' * 100))
for text in ['a = ', 'a = [1 2]', 'a = {b = 1, b = 2}', '[t]\n[t]', 'a = "\\uZZZZ"', 'a = "x', 'x = 1 y', '"k" 1',
             "a = 'x", '[[a]]\n[a]', 'a = 1\na = 2', 'a = 1979-13-01']:
    show(repr(text), tomllib.loads, text)
show('tomllib parse_float', tomllib.loads, 'a = 1.5', parse_float=lambda s: [])
show('List[1, 2]', typing.List.__getitem__, (1, 2))
show('Dict[int]', typing.Dict.__getitem__, int)
show('Hashable[int]', typing.Hashable.__getitem__, int)
show('List[int][str]', typing.List[int].__getitem__, str)
print(typing.List[int] is typing.List[int], typing.List[int])
case = unittest.TestCase()
show('assertEqual', case.assertEqual, 1, 2)
show('assertEqual list', case.assertEqual, [1], [2])
show('assertTrue', case.assertTrue, 0)
show('assertIn', case.assertIn, 1, [2])
show('assertIsNone', case.assertIsNone, 1)
show('assertLess', case.assertLess, 2, 1)
show('assertRegex', case.assertRegex, 'a', 'b')
print('done')
typing.List[1, 2]
