package dev.pyheap.cli;

import dev.pyheap.api.config.Configuration;
import dev.pyheap.driver.reports.Baseline;
import dev.pyheap.driver.reports.ProgramChecks;
import dev.pyheap.interpreter.run.Runner;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.PyThreadState;
import dev.pyheap.runtime.objgraph.Chain;
import dev.pyheap.runtime.objgraph.ObjectNode;
import dev.pyheap.runtime.objgraph.RootNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every module leaves the heap sane and leak-free: {@code import NAME} and a typical use of it, then
 * the checks {@code pyheap run --verify} makes ({@link ProgramRun}: the sanity checker after the
 * interpreter's end, then a full collection and the census against the fresh heap's). A module
 * whose Java part keeps a Python object (a class, a function, an interned name, a cache) without
 * reporting it as a root fails the sanity check (a refcount its referrers do not explain); one that
 * keeps it past the interpreter's end fails the leak check (the whole graph the object reaches,
 * usually every module the library imported, is left behind). CPython's counterpart is a module's
 * state, traversed by its {@code m_traverse} and cleared by its {@code m_clear}/{@code m_free}.
 *
 * <p>The modules run eight to a heap: a heap per module pays the start-up, the interpreter's end and
 * the checks (a sanity check and two full collections) some 230 times, which took about five times
 * as long (167 modules alone: 62 s, all 231 in groups: 14 s, on a loaded machine). A failure still
 * names its group's modules and what was left behind, each object with its chain from a root,
 * which points at the module. The environment variable
 * {@code MODULE_STATE} (a regular expression over the module names) runs only the modules it
 * matches, one heap each (a development aid for finding which module of a group fails), and with
 * {@code MODULE_STATE_IMPORT=1} they are only imported (whether a failure needs the use to show).
 */
class ModuleStateTest {
    /** Modules per heap. */
    private static final int GROUP = 8;

    @TempDir
    Path dir;

    /** {@code import NAME} and what a program typically does with it (the names it needs imported too). */
    private static final Map<String, String> USES = new LinkedHashMap<>();

    private static void use(String module, String code) {
        USES.put(module, code);
    }

    static {
        // first: a future statement must begin the program its group makes
        use("__future__", "from __future__ import annotations\ndef f(x: 'int') -> None: pass\nf.__annotations__");
        use("io", """
                import io
                s = io.StringIO('a\\nb\\n'); s.readlines(); io.BytesIO(b'xy').read(1)
                with open('f.txt', 'w') as f:
                    f.write('one\\ntwo\\n')
                with open('f.txt') as f:
                    [line for line in f]; f.seek(0); f.tell(); f.readline()
                with open('f.txt', 'rb') as f:
                    f.read(2); f.readline()
                """);
        use("os", "import os\nos.getcwd(); os.path.join('a', 'b'); os.listdir('.'); os.environ.get('HOME'); os.stat('.')");
        use("sys", "import sys\nsys.getrefcount(None); sys.getsizeof([]); sys.intern('abc'); sys.exc_info()");
        use("re", "import re\nre.compile(r'(\\d+)-(\\w+)').findall('1-a 2-b'); re.sub('a+', 'b', 'caat'); re.match('x', 'y'); re.escape('a.b')");
        use("json", "import json\njson.loads(json.dumps({'a': [1, 2.5, None, True, 'é']}, indent=1, sort_keys=True))");
        use("collections", """
                import collections
                collections.Counter('hello').most_common(2); collections.OrderedDict(a=1).move_to_end('a')
                d = collections.deque([1, 2]); d.rotate(1); P = collections.namedtuple('P', 'x y'); P(1, 2)._asdict()
                collections.defaultdict(list)['a'].append(1); collections.ChainMap({}, {'a': 1})['a']
                """);
        use("itertools", "import itertools\nlist(itertools.chain(itertools.permutations(range(3)), itertools.groupby('aabb'), itertools.islice(itertools.count(), 3)))");
        use("functools", """
                import functools
                @functools.lru_cache(maxsize=4)
                def f(x, y=0): return x
                f(1); f(1, y=2); f.cache_info(); functools.partial(int, base=2)('101'); functools.reduce(lambda a, b: a + b, [1, 2])
                @functools.singledispatch
                def g(x): return x
                @g.register
                def _(x: int): return x
                g(1); functools.cmp_to_key(lambda a, b: a - b)(1)
                """);
        use("operator", "import operator\noperator.itemgetter(1)([1, 2]); operator.attrgetter('real')(1); operator.methodcaller('upper')('a'); operator.add(1, 2)");
        use("datetime", """
                import datetime
                datetime.datetime(2020, 1, 2, 3, 4, 5).isoformat(); datetime.date.today(); datetime.timedelta(days=1) * 2
                datetime.datetime.strptime('2020-01-02', '%Y-%m-%d').strftime('%A'); datetime.datetime.now(datetime.timezone.utc)
                """);
        use("time", "import time\ntime.time(); time.strftime('%Y', time.gmtime(0)); time.sleep(0); time.monotonic(); time.localtime()");
        use("math", "import math\nmath.sqrt(2); math.gcd(4, 6); math.fsum([0.1] * 3); math.isclose(1, 1.0)");
        use("random", "import random\nrandom.Random(1).random(); random.seed(2); random.choice([1, 2]); random.shuffle(list(range(5))); random.gauss(0, 1)");
        use("decimal", """
                import decimal
                decimal.Decimal('1.1') + decimal.Decimal(2); decimal.getcontext().prec = 10
                with decimal.localcontext() as c:
                    c.prec = 5; decimal.Decimal(1) / 3
                """);
        use("fractions", "import fractions\nfractions.Fraction(1, 3) + fractions.Fraction('0.5'); fractions.Fraction(0.25).limit_denominator(10)");
        use("statistics", "import statistics\nstatistics.mean([1, 2, 3]); statistics.stdev([1, 2, 3]); statistics.median([3, 1, 2])");
        use("string", "import string\nstring.Template('$a').substitute(a=1); string.ascii_letters; string.Formatter().format('{0}', 1)");
        use("textwrap", "import textwrap\ntextwrap.fill('word ' * 30, 20); textwrap.dedent('  a\\n  b'); textwrap.shorten('a b c d', 5)");
        use("struct", "import struct\nstruct.pack('<iH', 1, 2); struct.unpack('<i', b'\\0\\0\\0\\1'); struct.Struct('>d').size");
        use("array", "import array\na = array.array('i', [1, 2]); a.tobytes(); a.append(3); array.array('d', b'\\0' * 8)");
        use("copy", "import copy\ncopy.deepcopy({'a': [1, {2}], 'b': (3, [4])}); copy.copy([1])");
        use("pickle", "import pickle\npickle.loads(pickle.dumps({'a': [1, 2, (3,)], 'b': {1.5}, 'c': object}, protocol=4)); pickle.loads(pickle.dumps(ValueError('x'), 2))");
        use("pathlib", "import pathlib\np = pathlib.Path('a/b.txt'); p.suffix; p.parent.name; list(pathlib.Path('.').glob('*')); pathlib.Path('g.txt').write_text('x'); pathlib.Path('g.txt').read_text()");
        use("tempfile", """
                import tempfile, os
                with tempfile.TemporaryDirectory() as d:
                    open(os.path.join(d, 'f'), 'w').close()
                with tempfile.NamedTemporaryFile('w+') as f:
                    f.write('x'); f.seek(0); f.read()
                tempfile.gettempdir()
                """);
        use("shutil", "import shutil, os\nos.makedirs('t/u'); open('t/u/f', 'w').close(); shutil.copytree('t', 't2'); shutil.rmtree('t'); shutil.rmtree('t2'); shutil.which('sh')");
        use("glob", "import glob\nglob.glob('*'); glob.glob('**', recursive=True); glob.escape('a[b]')");
        use("csv", "import csv, io\nw = csv.writer(io.StringIO()); w.writerow([1, 'a,b']); list(csv.reader(['a,b', '\"c\",d'])); list(csv.DictReader(['x,y', '1,2']))");
        use("logging", """
                import logging, io
                logging.basicConfig(stream=io.StringIO(), level=logging.INFO, format='%(levelname)s %(message)s')
                log = logging.getLogger('x'); log.info('hi %s', 1); log.warning('w')
                try:
                    1 / 0
                except ZeroDivisionError:
                    log.exception('e')
                """);
        use("argparse", """
                import argparse
                p = argparse.ArgumentParser(prog='p'); p.add_argument('--x', type=int, default=1); p.add_argument('y', nargs='*')
                p.parse_args(['--x', '2', 'a']); p.format_help()
                """);
        use("typing", """
                import typing
                class N(typing.NamedTuple):
                    a: int
                class T(typing.TypedDict):
                    b: str
                V = typing.TypeVar('V')
                class G(typing.Generic[V]): pass
                G[int](); typing.List[int]; typing.Optional[str]; typing.get_type_hints(N); typing.Callable[[int], str]
                """);
        use("dataclasses", """
                import dataclasses
                @dataclasses.dataclass(order=True)
                class P:
                    x: int
                    y: list = dataclasses.field(default_factory=list)
                P(1) == P(1); dataclasses.asdict(P(2)); dataclasses.replace(P(1), x=3); repr(P(4))
                """);
        use("enum", """
                import enum
                class Color(enum.Enum):
                    RED = 1
                    GREEN = 2
                class F(enum.IntFlag):
                    A = 1
                    B = 2
                Color(1); Color['GREEN']; list(Color); F.A | F.B; repr(F(3))
                """);
        use("abc", """
                import abc
                class A(abc.ABC):
                    @abc.abstractmethod
                    def f(self): pass
                class B(A):
                    def f(self): return 1
                isinstance(B(), A); issubclass(int, A); A.register(int); isinstance(1, A)
                """);
        use("contextlib", """
                import contextlib
                @contextlib.contextmanager
                def cm():
                    yield 1
                with cm(), contextlib.suppress(KeyError), contextlib.ExitStack() as st:
                    st.callback(print, end='')
                    {}['x']
                """);
        use("heapq", "import heapq\nh = []; heapq.heappush(h, 2); heapq.heappush(h, 1); heapq.heappop(h); heapq.nlargest(2, [1, 3, 2]); list(heapq.merge([1, 3], [2]))");
        use("bisect", "import bisect\nl = [1, 3]; bisect.insort(l, 2); bisect.bisect_left(l, 2)");
        use("weakref", """
                import weakref
                class C: pass
                c = C(); r = weakref.ref(c); d = weakref.WeakValueDictionary(); d['c'] = c; s = weakref.WeakSet([c])
                weakref.finalize(c, lambda: None); p = weakref.proxy(c); del c
                """);
        use("gc", "import gc\ngc.collect(); gc.get_stats(); gc.get_count(); gc.is_tracked([]); gc.callbacks.append(lambda *a: None); gc.collect(); gc.callbacks.clear()");
        use("threading", """
                import threading
                out = []
                t = threading.Thread(target=out.append, args=(1,)); t.start(); t.join()
                l = threading.Lock()
                with l: pass
                loc = threading.local(); loc.x = 1; threading.Event().set(); threading.current_thread().name
                c = threading.Condition()
                with c: c.notify_all()
                """);
        use("queue", "import queue\nq = queue.Queue(); q.put(1); q.get(); queue.PriorityQueue().put((1, 'a')); queue.SimpleQueue().put(1)");
        use("subprocess", "import subprocess\nsubprocess.run(['echo', 'hi'], capture_output=True, text=True).stdout; subprocess.check_output(['true'])");
        use("socket", """
                import socket
                a, b = socket.socketpair(); a.sendall(b'x'); b.recv(1); a.close(); b.close(); socket.gethostname()
                """);
        use("select", "import select\nselect.select([], [], [], 0)");
        use("selectors", "import selectors, socket\ns = selectors.DefaultSelector(); a, b = socket.socketpair(); s.register(a, selectors.EVENT_READ); s.select(0); s.close(); a.close(); b.close()");
        use("asyncio", """
                import asyncio
                async def main():
                    q = asyncio.Queue(); await q.put(1)
                    await asyncio.gather(asyncio.sleep(0), q.get())
                    t = asyncio.create_task(asyncio.sleep(0)); await t
                    return await asyncio.wait_for(asyncio.sleep(0, 'r'), 1)
                asyncio.run(main())
                """);
        use("sqlite3", """
                import sqlite3
                con = sqlite3.connect(':memory:'); con.execute('create table t (a, b)'); con.executemany('insert into t values (?, ?)', [(1, 'x'), (2, None)])
                con.row_factory = sqlite3.Row; [tuple(r) for r in con.execute('select * from t')]; con.commit(); con.close()
                """);
        use("hashlib", "import hashlib\nhashlib.sha256(b'x').hexdigest(); hashlib.md5(b'y').digest(); hashlib.new('sha1', b'z').hexdigest(); hashlib.blake2b(b'a').hexdigest()");
        use("hmac", "import hmac\nhmac.new(b'k', b'm', 'sha256').hexdigest(); hmac.compare_digest(b'a', b'a')");
        use("base64", "import base64\nbase64.b64decode(base64.b64encode(b'xyz')); base64.urlsafe_b64encode(b'\\xff'); base64.b32encode(b'a')");
        use("binascii", "import binascii\nbinascii.hexlify(b'ab'); binascii.crc32(b'abc'); binascii.unhexlify('6162')");
        use("zlib", "import zlib\nzlib.decompress(zlib.compress(b'x' * 100)); c = zlib.compressobj(); c.compress(b'a'); c.flush(); zlib.decompressobj().decompress(zlib.compress(b'b'))");
        use("gzip", "import gzip\ngzip.decompress(gzip.compress(b'abc'))\nwith gzip.open('f.gz', 'wt') as f:\n    f.write('x')\nwith gzip.open('f.gz', 'rt') as f:\n    f.read()");
        use("bz2", "import bz2\nbz2.decompress(bz2.compress(b'abc')); c = bz2.BZ2Compressor(); c.compress(b'a'); c.flush()");
        use("lzma", "import lzma\nlzma.decompress(lzma.compress(b'abc')); c = lzma.LZMACompressor(); c.compress(b'a'); c.flush()");
        use("zipfile", """
                import zipfile, io
                b = io.BytesIO()
                with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
                    z.writestr('a.txt', 'hello')
                with zipfile.ZipFile(b) as z:
                    z.read('a.txt'); z.namelist()
                """);
        use("tarfile", """
                import tarfile, io
                b = io.BytesIO()
                with tarfile.open(fileobj=b, mode='w:gz') as t:
                    i = tarfile.TarInfo('a.txt'); i.size = 2; t.addfile(i, io.BytesIO(b'hi'))
                b.seek(0)
                with tarfile.open(fileobj=b) as t:
                    t.extractfile('a.txt').read()
                """);
        use("unicodedata", "import unicodedata\nunicodedata.name('a'); unicodedata.normalize('NFD', 'é'); unicodedata.category('1'); unicodedata.lookup('SNOWMAN')");
        use("locale", "import locale\nlocale.setlocale(locale.LC_ALL, 'C'); locale.getpreferredencoding(False); locale.localeconv()['decimal_point']");
        use("codecs", "import codecs\ncodecs.encode('abc', 'rot13'); codecs.lookup('utf-8').name; codecs.getincrementaldecoder('utf-8')().decode(b'\\xc3\\xa9'); 'é'.encode('latin-1').decode('cp1252')");
        use("traceback", """
                import traceback
                try:
                    {}['k']
                except KeyError as e:
                    traceback.format_exc(); traceback.format_exception(e); traceback.extract_tb(e.__traceback__)
                traceback.format_stack()
                """);
        use("inspect", """
                import inspect
                def f(a, b=1, *c, d, **e): pass
                str(inspect.signature(f)); inspect.getmembers(int); inspect.isfunction(f); inspect.getmodule(inspect).__name__; inspect.getsource(inspect.getmodule)
                """);
        use("dis", "import dis, io\ndef f(x): return x + 1\ndis.dis(f, file=io.StringIO()); list(dis.get_instructions(f))");
        use("ast", "import ast\nast.dump(ast.parse('x = 1 + y')); ast.literal_eval('[1, (2, 3)]'); ast.unparse(ast.parse('a[b]'))");
        use("tokenize", "import tokenize, io\nlist(tokenize.generate_tokens(io.StringIO('x = 1\\n').readline))");
        use("tracemalloc", """
                import tracemalloc
                tracemalloc.start(5); x = [[i] for i in range(100)]
                snap = tracemalloc.take_snapshot(); snap.statistics('lineno'); tracemalloc.get_traced_memory(); tracemalloc.stop()
                """);
        use("warnings", """
                import warnings
                with warnings.catch_warnings(record=True) as w:
                    warnings.simplefilter('always'); warnings.warn('x', DeprecationWarning)
                warnings.filterwarnings('ignore'); warnings.warn('y')
                """);
        use("unittest", """
                import unittest, io
                class T(unittest.TestCase):
                    def test_a(self): self.assertEqual(1, 1)
                    def test_b(self): self.assertRaises(KeyError, {}.__getitem__, 'x')
                suite = unittest.defaultTestLoader.loadTestsFromTestCase(T)
                unittest.TextTestRunner(stream=io.StringIO(), verbosity=2).run(suite).wasSuccessful()
                """);
        use("doctest", """
                import doctest
                def f():
                    '''
                    >>> 1 + 1
                    2
                    '''
                doctest.run_docstring_examples(f, {})
                """);
        use("pprint", "import pprint\npprint.pformat({'a': list(range(30)), 'b': {'c': (1, 2)}}, width=20)");
        use("reprlib", "import reprlib\nreprlib.repr(list(range(100))); reprlib.Repr().repr({'a': 'b' * 100})");
        use("difflib", "import difflib\nlist(difflib.unified_diff(['a\\n'], ['b\\n'])); difflib.SequenceMatcher(None, 'abc', 'abd').ratio(); difflib.get_close_matches('ab', ['abc', 'x'])");
        use("html", "import html, html.parser\nhtml.escape('<a>'); html.unescape('&lt;&eacute;')\nclass P(html.parser.HTMLParser):\n    def handle_starttag(self, tag, attrs): pass\nP().feed('<p class=\"x\">x</p>')");
        use("xml.etree.ElementTree", "import xml.etree.ElementTree as ET\nr = ET.fromstring('<a><b x=\"1\">t</b></a>'); r.find('b').get('x'); ET.tostring(r); list(r.iter())");
        use("xml.dom.minidom", "import xml.dom.minidom\nxml.dom.minidom.parseString('<a><b/></a>').toprettyxml()");
        use("email", """
                import email, email.message, email.policy
                m = email.message_from_string('Subject: x\\nTo: a@b.c\\n\\nbody'); m['Subject']; m.get_payload()
                e = email.message.EmailMessage(); e['Subject'] = 'é'; e.set_content('hi'); e.as_string()
                """);
        use("http.client", "import http.client\nhttp.client.HTTPConnection('localhost', 1); http.client.responses[200]; http.client.parse_headers");
        use("urllib.parse", "import urllib.parse\nurllib.parse.urlparse('http://a/b?c=1#d'); urllib.parse.urlencode({'a': 'b c'}); urllib.parse.quote('a b/é'); urllib.parse.parse_qs('a=1&a=2')");
        use("uuid", "import uuid\nuuid.uuid4(); str(uuid.UUID(int=1)); uuid.uuid5(uuid.NAMESPACE_DNS, 'x')");
        use("secrets", "import secrets\nsecrets.token_hex(8); secrets.choice('abc'); secrets.randbelow(10)");
        use("signal", """
                import signal, os
                got = []
                old = signal.signal(signal.SIGUSR1, lambda n, f: got.append(n)); os.kill(os.getpid(), signal.SIGUSR1)
                signal.getsignal(signal.SIGUSR1); signal.signal(signal.SIGUSR1, old); signal.Signals(2).name
                """);
        use("mmap", "import mmap\nm = mmap.mmap(-1, 16); m.write(b'ab'); m[0:2]; m.close()");
        use("ctypes", """
                import ctypes
                ctypes.c_int(5).value; b = ctypes.create_string_buffer(b'xy'); b.value; ctypes.sizeof(ctypes.c_double)
                class S(ctypes.Structure):
                    _fields_ = [('a', ctypes.c_int), ('b', ctypes.c_char * 4)]
                S(1, b'ab').b; ctypes.CDLL(None).abs(-3)
                """);
        use("pyexpat", "import pyexpat\np = pyexpat.ParserCreate(); p.StartElementHandler = lambda n, a: None; p.Parse('<a x=\"1\"/>', True)");
        use("shelve", "import shelve\nwith shelve.open('shelf') as s:\n    s['a'] = [1, 2]\nwith shelve.open('shelf') as s:\n    s['a']");
        use("dbm", "import dbm\nwith dbm.open('db', 'c') as d:\n    d[b'k'] = b'v'\nwith dbm.open('db') as d:\n    d[b'k']");
        use("configparser", "import configparser\nc = configparser.ConfigParser(); c.read_string('[a]\\nb = 1\\nc = %(b)s2'); c['a']['c']; c.getint('a', 'b')");
        use("sched", "import sched\ns = sched.scheduler(); s.enter(0, 1, list); s.run()");
        use("calendar", "import calendar\ncalendar.month(2020, 1); calendar.monthrange(2021, 2); calendar.TextCalendar().formatyear(2020)");
        use("zoneinfo", "import zoneinfo, datetime\nz = zoneinfo.ZoneInfo('UTC'); datetime.datetime(2020, 1, 1, tzinfo=z).utcoffset(); zoneinfo.ZoneInfo.clear_cache()");
        use("ipaddress", "import ipaddress\nipaddress.ip_address('1.2.3.4'); list(ipaddress.ip_network('10.0.0.0/30')); ipaddress.ip_interface('::1/64').network");
        use("cProfile", """
                import cProfile, pstats, io
                p = cProfile.Profile(); p.enable(); sorted(range(100), key=lambda x: -x); p.disable()
                pstats.Stats(p, stream=io.StringIO()).sort_stats('cumulative').print_stats(3)
                """);
        use("timeit", "import timeit\ntimeit.timeit('1 + 1', number=10); timeit.Timer('x = 1').repeat(2, 5)");
        use("trace", "import trace\ndef f(): return 1\ntrace.Trace(count=1, trace=0).runfunc(f)");
        use("concurrent.futures", """
                import concurrent.futures
                with concurrent.futures.ThreadPoolExecutor(2) as ex:
                    list(ex.map(abs, [-1, -2])); ex.submit(abs, -3).result()
                """);
        use("contextvars", "import contextvars\nv = contextvars.ContextVar('v', default=0); t = v.set(1); contextvars.copy_context().run(v.get); v.reset(t)");
        use("atexit", "import atexit\natexit.register(lambda: None); atexit.register(print, end='')");
        use("marshal", "import marshal\nmarshal.loads(marshal.dumps([1, 'a', (2.5, None), {b'x'}])); marshal.loads(marshal.dumps(compile('x', 's', 'eval')))");
        use("importlib", "import importlib, importlib.util, importlib.metadata\nimportlib.import_module('json.decoder'); importlib.util.find_spec('os'); importlib.reload(importlib.import_module('colorsys'))");
        use("types", "import types\ntypes.SimpleNamespace(a=1); types.MappingProxyType({}); types.new_class('X'); types.ModuleType('m')");
        use("platform", "import platform\nplatform.system(); platform.python_version(); platform.machine()");
        use("sysconfig", "import sysconfig\nsysconfig.get_paths(); sysconfig.get_config_var('prefix')");
        use("fnmatch", "import fnmatch\nfnmatch.fnmatch('a.py', '*.py'); fnmatch.filter(['a', 'b'], 'a*'); fnmatch.translate('x?')");
        use("shlex", "import shlex\nshlex.split('a \"b c\"'); shlex.quote('a b'); shlex.join(['x', 'y z'])");
        use("getopt", "import getopt\ngetopt.getopt(['-a', '1', 'x'], 'a:')");
        use("optparse", "import optparse\np = optparse.OptionParser(); p.add_option('-x', type='int'); p.parse_args(['-x', '3'])");
        use("gettext", "import gettext\ngettext.gettext('x'); gettext.NullTranslations().ngettext('a', 'b', 2)");
        use("linecache", "import linecache, os\nlinecache.getline(os.__file__, 1); linecache.clearcache(); linecache.checkcache()");
        use("keyword", "import keyword\nkeyword.iskeyword('if'); keyword.kwlist");
        use("numbers", "import numbers\nisinstance(1, numbers.Integral); isinstance(1.5, numbers.Real)");
        use("cmath", "import cmath\ncmath.sqrt(-1); cmath.phase(1j); cmath.exp(1j)");
        use("errno", "import errno, os\nerrno.ENOENT; os.strerror(errno.EACCES)");
        use("stat", "import stat, os\nstat.S_ISDIR(os.stat('.').st_mode); stat.filemode(0o755)");
        use("fcntl", "import fcntl, os\nr, w = os.pipe(); fcntl.fcntl(r, fcntl.F_GETFL); os.close(r); os.close(w)");
        use("resource", "import resource\nresource.getrlimit(resource.RLIMIT_NOFILE); resource.getrusage(resource.RUSAGE_SELF).ru_maxrss");
        use("pwd", "import pwd, os\npwd.getpwuid(os.getuid()).pw_name");
        use("grp", "import grp, os\ngrp.getgrgid(os.getgid()).gr_name");
        use("faulthandler", "import faulthandler\nfaulthandler.is_enabled()");
        use("graphlib", "import graphlib\nlist(graphlib.TopologicalSorter({'a': {'b'}, 'b': set()}).static_order())");
        use("tomllib", "import tomllib\ntomllib.loads('a = 1\\n[b]\\nc = \"x\"\\n')");
        use("plistlib", "import plistlib\nplistlib.loads(plistlib.dumps({'a': [1, 'x', True]}))");
        use("mimetypes", "import mimetypes\nmimetypes.guess_type('a.html'); mimetypes.guess_extension('image/png')");
        use("quopri", "import quopri\nquopri.decodestring(quopri.encodestring(b'\\xe9 = x'))");
        use("colorsys", "import colorsys\ncolorsys.rgb_to_hsv(0.2, 0.4, 0.4)");
        use("symtable", "import symtable\nt = symtable.symtable('def f(x): return x', 's', 'exec'); t.get_children()[0].get_parameters()");
        use("opcode", "import opcode\nopcode.opmap['LOAD_CONST']; opcode.opname[100]");
        use("copyreg", "import copyreg, pickle\nclass C: pass\ncopyreg.pickle(C, lambda c: (C, ())); pickle.loads(pickle.dumps(C()))");
        use("runpy", "import runpy\nrunpy.run_path('m.py') if open('m.py', 'w').write('x = 1\\n') else None; runpy.run_module('colorsys')['hls_to_rgb']");
        use("pkgutil", "import pkgutil\npkgutil.get_loader('json'); [m.name for m in pkgutil.iter_modules(['.'])]");
        use("code", "import code\ncode.compile_command('x = 1'); code.InteractiveInterpreter().runsource('y = 2')");
        use("pydoc", "import pydoc\npydoc.render_doc(len, renderer=pydoc.plaintext)");
        use("socketserver", "import socketserver\nsocketserver.TCPServer(('127.0.0.1', 0), socketserver.BaseRequestHandler).server_close()");
        use("http.server", "import http.server\nhttp.server.HTTPServer(('127.0.0.1', 0), http.server.SimpleHTTPRequestHandler).server_close()");
        use("http.cookies", "import http.cookies\nc = http.cookies.SimpleCookie(); c.load('a=b; Path=/'); c.output()");
        use("http.cookiejar", "import http.cookiejar\nhttp.cookiejar.CookieJar()");
        use("urllib.request", "import urllib.request\nurllib.request.Request('http://x/', data=b'a').get_method(); urllib.request.pathname2url('a b')");
        use("xmlrpc.client", "import xmlrpc.client\nxmlrpc.client.loads(xmlrpc.client.dumps((1, 'a', [2.5])))");
        use("xml.sax", "import xml.sax, xml.sax.handler\nxml.sax.parseString(b'<a><b/></a>', xml.sax.handler.ContentHandler())");
        use("wsgiref", "import wsgiref.headers, wsgiref.util\nwsgiref.headers.Headers([('a', 'b')])['a']; e = {}; wsgiref.util.setup_testing_defaults(e)");
        use("mailbox", "import mailbox\nmb = mailbox.mbox('mb'); mb.add('Subject: x\\n\\nbody'); mb.flush(); len(mb); mb.close()");
        use("smtplib", "import smtplib\nsmtplib.quoteaddr('a@b.c')");
        use("fileinput", "import fileinput\nopen('fi.txt', 'w').write('a\\nb\\n')\nwith fileinput.input(['fi.txt']) as f:\n    list(f)");
        use("filecmp", "import filecmp\nopen('c1', 'w').write('x'); open('c2', 'w').write('x'); filecmp.cmp('c1', 'c2', shallow=False); filecmp.clear_cache()");
        use("netrc", "import netrc\nopen('nrc', 'w').write('machine m login l password p\\n'); netrc.netrc('nrc').authenticators('m')");
        use("getpass", "import getpass\ngetpass.getuser()");
        use("wave", "import wave\nw = wave.open('w.wav', 'wb'); w.setnchannels(1); w.setsampwidth(2); w.setframerate(8000); w.writeframes(b'\\0\\0'); w.close(); wave.open('w.wav').getnframes()");
        use("zipimport", "import zipimport, zipfile\nwith zipfile.ZipFile('z.zip', 'w') as z:\n    z.writestr('zm.py', 'v = 3\\n')\nzipimport.zipimporter('z.zip').load_module('zm').v");
        use("compileall", "import compileall, io, contextlib\nopen('ca.py', 'w').write('x = 1\\n')\nwith contextlib.redirect_stdout(io.StringIO()):\n    compileall.compile_file('ca.py', quiet=1)");
        use("py_compile", "import py_compile\nopen('pc.py', 'w').write('x = 1\\n'); py_compile.compile('pc.py')");
        use("pickletools", "import pickletools, pickle, io\npickletools.dis(pickle.dumps([1]), out=io.StringIO()); pickletools.optimize(pickle.dumps((1, 2)))");
        use("profile", "import profile, io, contextlib\nwith contextlib.redirect_stdout(io.StringIO()):\n    profile.run('sorted([3, 1])')");
        use("pdb", "import pdb\np = pdb.Pdb(); p.reset(); p.canonic('x.py')");
        use("cmd", "import cmd, io\nclass C(cmd.Cmd):\n    def do_x(self, a): return True\nC(stdin=io.StringIO(), stdout=io.StringIO()).onecmd('x')");
        use("rlcompleter", "import rlcompleter\nrlcompleter.Completer({'abc': 1}).complete('ab', 0)");
        use("multiprocessing", "import multiprocessing\nmultiprocessing.cpu_count(); multiprocessing.current_process().name");
        use("unittest.mock", "import unittest.mock\nm = unittest.mock.MagicMock(); m.f(1); m.f.assert_called_once_with(1)\nwith unittest.mock.patch('os.getcwd', return_value='x'):\n    import os; os.getcwd()");
        use("logging.handlers", "import logging, logging.handlers, io\nh = logging.handlers.MemoryHandler(10, target=logging.StreamHandler(io.StringIO())); l = logging.getLogger('m'); l.addHandler(h); l.error('x'); h.flush(); h.close(); l.removeHandler(h)");
        use("syslog", "import syslog\nsyslog.LOG_INFO");
        use("termios", "import termios\ntermios.TCSANOW");
        use("tty", "import tty\ntty.setraw");
        use("stringprep", "import stringprep\nstringprep.in_table_b1('a')");
        use("sre_compile", "import warnings\nwith warnings.catch_warnings():\n    warnings.simplefilter('ignore')\n    import sre_compile\n    sre_compile.compile('a+')");
        use("uu", "import warnings, io\nwith warnings.catch_warnings():\n    warnings.simplefilter('ignore')\n    import uu\no = io.BytesIO(); uu.encode(io.BytesIO(b'x'), o)");
        use("encodings", "import encodings, encodings.idna\n'bücher.de'.encode('idna'); b'\\x81'.decode('cp037'); 'x'.encode('utf-16')");
        use("this", "import io, contextlib\nwith contextlib.redirect_stdout(io.StringIO()):\n    import this");
        use("webbrowser", "import webbrowser\nwebbrowser.Error");
        use("asynchat", "import warnings\nwith warnings.catch_warnings():\n    warnings.simplefilter('ignore')\n    import asynchat, asyncore\n    asyncore.socket_map");
        // what a program leaves registered at its end, which the interpreter holds until it closes
        use("sys.settrace", "import sys, threading\ndef tr(*a): return None\nsys.settrace(tr); sys.setprofile(tr); threading.settrace(tr); threading.setprofile(tr)");
        use("sys.addaudithook", "import sys\nsys.addaudithook(lambda e, a: None); sys.set_asyncgen_hooks(firstiter=lambda g: None, finalizer=lambda g: None)");
        use("signal.left", "import signal\nsignal.signal(signal.SIGUSR2, lambda n, f: None); signal.signal(signal.SIGALRM, lambda n, f: None)");
        use("codecs.register", "import codecs\ncodecs.register(lambda name: None); codecs.register_error('mine', lambda e: ('?', e.end)); 'é'.encode('ascii', 'mine')");
        use("faulthandler.enable", "import faulthandler, io\nfaulthandler.enable()");
        use("sqlite3.callbacks", "import sqlite3\ncon = sqlite3.connect(':memory:'); con.create_function('f', 1, lambda x: x); con.create_collation('c', lambda a, b: 0); con.set_trace_callback(lambda s: None); con.execute('select f(1)').fetchall()");
        use("site", "import site\nsite.getsitepackages(); site.ENABLE_USER_SITE");
        use("_codecs", "import _codecs\n_codecs.utf_8_encode('é'); _codecs.utf_8_decode(b'\\xc3\\xa9')");
        use("_codecs_jp", "import _codecs_jp\n'日本'.encode('shift_jis').decode('shift_jis'); 'x'.encode('euc_jp')");
        use("_codecs_kr", "import _codecs_kr\n'한'.encode('euc_kr').decode('euc_kr')");
        use("_collections", "import _collections\n_collections.deque([1]).pop(); _collections.OrderedDict(a=1)");
        use("_imp", "import _imp\n_imp.is_builtin('sys'); _imp.is_frozen('x')");
        use("_json", "import _json, json\n_json.encode_basestring_ascii('é'); _json.scanstring('\"a\"', 1)");
        use("_lsprof", "import _lsprof\np = _lsprof.Profiler(); p.enable(); abs(1); p.disable(); p.getstats()");
        use("_operator", "import _operator\n_operator.add(1, 2); _operator.itemgetter(0)([1])");
        use("_random", "import _random\nr = _random.Random(3); r.random(); r.getrandbits(70)");
        use("_sitebuiltins", "import _sitebuiltins\nrepr(quit); repr(copyright)");
        use("_struct", "import _struct\n_struct.pack('>h', 1); _struct.calcsize('q')");
        use("_symtable", "import _symtable\n_symtable.symtable('x = 1', 's', 'exec')");
        use("_thread", "import _thread\nl = _thread.allocate_lock(); l.acquire(); l.release(); _thread.get_ident(); _thread._local()");
        use("_weakref", "import _weakref\nclass C: pass\nc = C(); _weakref.ref(c); _weakref.getweakrefcount(c)");
        use("asyncio.streams", "import asyncio, asyncio.streams\nasync def main():\n    r = asyncio.StreamReader(); r.feed_data(b'ab\\n'); r.feed_eof(); return await r.readline()\nasyncio.run(main())");
        use("audioop", "import warnings\nwith warnings.catch_warnings():\n    warnings.simplefilter('ignore')\n    import audioop\naudioop.max(b'\\x01\\x00\\x02\\x00', 2); audioop.lin2lin(b'\\x01\\x00', 2, 1)");
        use("bdb", "import bdb\nbdb.Bdb().canonic('x.py'); bdb.Breakpoint.bplist");
        use("builtins", "import builtins\nbuiltins.len('ab'); builtins.__dict__['abs'](-1)");
        use("cgi", "import warnings\nwith warnings.catch_warnings():\n    warnings.simplefilter('ignore')\n    import cgi\ncgi.parse_header('text/html; charset=utf-8')");
        use("chunk", "import warnings, io\nwith warnings.catch_warnings():\n    warnings.simplefilter('ignore')\n    import chunk\nchunk.Chunk(io.BytesIO(b'ABCD\\x00\\x00\\x00\\x02hi')).read()");
        use("crypt", "import warnings\nwith warnings.catch_warnings():\n    warnings.simplefilter('ignore')\n    import crypt\ncrypt.methods");
        use("ctypes.util", "import ctypes.util\nctypes.util.find_library('c')");
        use("dbm.dumb", "import dbm.dumb\nd = dbm.dumb.open('dumb', 'c'); d[b'a'] = b'b'; d.close(); dbm.dumb.open('dumb')[b'a']");
        use("email.mime.multipart", "import email.mime.multipart, email.mime.text, email.mime.application\nm = email.mime.multipart.MIMEMultipart(); m.attach(email.mime.text.MIMEText('hi')); m.attach(email.mime.application.MIMEApplication(b'x')); m.as_bytes()");
        use("email.headerregistry", "import email.headerregistry, email.policy, email.parser\nemail.parser.BytesParser(policy=email.policy.default).parsebytes(b'From: A <a@b.c>\\nDate: Mon, 1 Jan 2001 00:00:00 +0000\\n\\nx')['from'].addresses");
        use("email.utils", "import email.utils, email.header, email.charset\nemail.utils.formatdate(0); email.utils.parseaddr('A <a@b.c>'); str(email.header.make_header(email.header.decode_header('=?utf-8?q?=C3=A9?='))); email.charset.Charset('utf-8').header_encode('é')");
        use("genericpath", "import genericpath\ngenericpath.exists('.'); genericpath.commonprefix(['ab', 'ac'])");
        use("html.entities", "import html.entities\nhtml.entities.name2codepoint['amp']; html.entities.html5['lt;']");
        use("imaplib", "import imaplib\nimaplib.Time2Internaldate(0); imaplib.ParseFlags(b'FLAGS (\\\\Seen)')");
        use("imghdr", "import warnings\nwith warnings.catch_warnings():\n    warnings.simplefilter('ignore')\n    import imghdr\nimghdr.what(None, b'\\x89PNG\\r\\n\\x1a\\n')");
        use("importlib.resources", "import importlib.resources, importlib.machinery\nimportlib.resources.files('json'); importlib.machinery.SOURCE_SUFFIXES");
        use("importlib.metadata", "import importlib.metadata\nimportlib.metadata.distributions; list(importlib.metadata.entry_points().select(group='nothing'))");
        use("json.tool", "import json.tool, json.scanner, json.encoder, json.decoder\njson.decoder.JSONDecoder().decode('[1]'); json.encoder.JSONEncoder(indent=2).encode({'a': 1})");
        use("logging.config", "import logging.config\nlogging.config.dictConfig({'version': 1, 'handlers': {'n': {'class': 'logging.NullHandler'}}, 'root': {'handlers': ['n']}}); logging.getLogger().info('x')");
        use("mailcap", "import warnings\nwith warnings.catch_warnings():\n    warnings.simplefilter('ignore')\n    import mailcap\nmailcap.findmatch({}, 'text/plain')");
        use("nntplib", "import warnings\nwith warnings.catch_warnings():\n    warnings.simplefilter('ignore')\n    import nntplib\nnntplib.decode_header('x')");
        use("ntpath", "import ntpath\nntpath.join('a', 'b'); ntpath.splitdrive('c:\\\\x'); ntpath.normpath('a/../b')");
        use("nturl2path", "import nturl2path\nnturl2path.url2pathname('///C:/a')");
        use("pipes", "import warnings\nwith warnings.catch_warnings():\n    warnings.simplefilter('ignore')\n    import pipes\npipes.quote('a b'); pipes.Template().append('cat', '--')");
        use("poplib", "import poplib\npoplib.POP3_PORT");
        use("posixpath", "import posixpath\nposixpath.normpath('a/./b/../c'); posixpath.relpath('/a/b', '/a'); posixpath.expanduser('~')");
        use("pyclbr", "import pyclbr\npyclbr.readmodule_ex('colorsys')");
        use("sndhdr", "import warnings\nwith warnings.catch_warnings():\n    warnings.simplefilter('ignore')\n    import sndhdr\nsndhdr.tests");
        use("spwd", "import warnings\nwith warnings.catch_warnings():\n    warnings.simplefilter('ignore')\n    import spwd\nspwd.getspall");
        use("sre_parse", "import warnings\nwith warnings.catch_warnings():\n    warnings.simplefilter('ignore')\n    import sre_parse, sre_constants\n    sre_constants.MAXREPEAT; sre_parse.SPECIAL_CHARS");
        use("tabnanny", "import tabnanny\nopen('tn.py', 'w').write('if 1:\\n    x = 1\\n'); tabnanny.check('tn.py')");
        use("telnetlib", "import warnings\nwith warnings.catch_warnings():\n    warnings.simplefilter('ignore')\n    import telnetlib\ntelnetlib.Telnet().close()");
        use("token", "import token\ntoken.tok_name[token.NAME]; token.ISTERMINAL(1)");
        use("unittest.runner", "import unittest.runner, io\nunittest.runner.TextTestRunner(io.StringIO()).run(unittest.TestSuite())");
        use("urllib.robotparser", "import urllib.robotparser, urllib.error, urllib.response\nr = urllib.robotparser.RobotFileParser(); r.parse(['User-agent: *', 'Disallow: /x']); r.can_fetch('a', '/x'); urllib.error.URLError('x')");
        use("wsgiref.validate", "import wsgiref.validate, wsgiref.simple_server\ndef app(e, s):\n    s('200 OK', [('Content-Type', 'text/plain')]); return [b'x']\nwsgiref.validate.validator(app)");
        use("xdrlib", "import warnings\nwith warnings.catch_warnings():\n    warnings.simplefilter('ignore')\n    import xdrlib\np = xdrlib.Packer(); p.pack_int(3); xdrlib.Unpacker(p.get_buffer()).unpack_int()");
        use("xml.dom", "import xml.dom, xml.dom.pulldom, xml.parsers.expat\nxml.dom.Node.ELEMENT_NODE; [e for e, n in xml.dom.pulldom.parseString('<a><b/></a>')]");
        use("xmlrpc.server", "import xmlrpc.server\nd = xmlrpc.server.SimpleXMLRPCDispatcher(); d.register_function(abs); d._marshaled_dispatch(b'<?xml version=\"1.0\"?><methodCall><methodName>abs</methodName><params><param><value><int>-2</int></value></param></params></methodCall>')");
        use("zipapp", "import zipapp, os\nos.makedirs('app'); open('app/__main__.py', 'w').write('pass\\n'); zipapp.create_archive('app', 'app.pyz')");
        use("smtpd", "import warnings\nwith warnings.catch_warnings():\n    warnings.simplefilter('ignore')\n    import smtpd\nsmtpd.DEBUGSTREAM");
        use("objgraph", "import objgraph\nobjgraph.count('dict'); objgraph.typestats(); objgraph.by_type('Nothing')");
    }

    /** A program's checks and what it printed. */
    record Outcome(int exit, String out, String err, ProgramChecks checks, String left) {
    }

    private Outcome run(String code) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        // checked memory: a module that gets the heap wrong fails with an error naming the address, never a crash
        Map<String, String> settings = new java.util.HashMap<>(Map.of("memory", "checked"));
        String collector = System.getenv("MODULE_STATE_COLLECTOR");
        if (collector != null && !collector.isBlank()) {
            settings.put("collector", collector);
        }
        try (PyHeap heap = PyHeap.open(Configuration.of(settings))) {
            Baseline before = ProgramChecks.before(heap);
            int exit;
            try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
                exit = new Runner(heap, o, e).stdin(new java.io.ByteArrayInputStream(new byte[0]), false).workingDirectory(dir)
                        .run(new Runner.Program("<string>", code.getBytes(StandardCharsets.UTF_8), dir), List.of("-c"));
            }
            ProgramChecks checks = ProgramChecks.after(heap, before, new TreeMap<>());
            return new Outcome(exit, out.toString(), err.toString(), checks, checks.ok() ? "" : leftBehind(heap, before));
        }
    }

    /** What the leak check found beyond the baseline: a few objects of each type, each with its chain from a root. */
    private static String leftBehind(PyHeap heap, Baseline before) {
        StringBuilder text = new StringBuilder();
        try (PyThreadState thread = heap.attach(); var gil = thread.gil()) {
            Map<String, List<Handle>> byType = new TreeMap<>();
            List<Handle> all = heap.gc().getObjects();
            for (Handle h : all) {
                if (!before.contains(h)) {
                    List<Handle> l = byType.computeIfAbsent(h.typeName(), t -> new ArrayList<>());
                    if (l.size() < 2) {
                        l.add(h);
                    }
                }
            }
            byType.forEach((type, handles) -> {
                for (Handle h : handles) {
                    Chain chain = heap.objgraph().findBackrefChain(h, n -> n instanceof RootNode, 30, all);
                    text.append("\n  ").append(type).append(": ").append(chain.first().text());
                    for (int i = 0; i < chain.edges().size(); i++) {
                        text.append(chain.edges().get(i)).append(" -> ");
                        // the summary names a class and shows a repr: where the chain passes
                        text.append(chain.nodes().get(i + 1) instanceof ObjectNode o ? o.typeName() + " " + o.summary()
                                : chain.nodes().get(i + 1).text());
                    }
                }
            });
            all.forEach(Handle::close);
        }
        return text.toString();
    }

    @TestFactory
    Stream<DynamicTest> modulesLeaveTheHeapSaneAndLeakFree() {
        String filter = System.getenv("MODULE_STATE");
        boolean importOnly = "1".equals(System.getenv("MODULE_STATE_IMPORT"));
        List<List<String>> groups = new ArrayList<>();
        if (filter != null && !filter.isBlank()) {
            java.util.regex.Pattern p = java.util.regex.Pattern.compile(filter);
            USES.keySet().stream().filter(m -> p.matcher(m).find()).forEach(m -> groups.add(List.of(m)));
        } else {
            List<String> names = new ArrayList<>(USES.keySet());
            for (int i = 0; i < names.size(); i += GROUP) {
                groups.add(names.subList(i, Math.min(names.size(), i + GROUP)));
            }
        }
        return groups.stream().map(group -> DynamicTest.dynamicTest(String.join(", ", group), () -> {
            StringBuilder code = new StringBuilder();
            for (String m : group) {
                code.append(importOnly ? "import " + m : USES.get(m).strip()).append('\n');
            }
            Outcome r = run(code.toString());
            if (r.exit() != 0 || !r.err().isEmpty() || !r.checks().passed()) {
                fail("modules " + group + ": exit " + r.exit() + (r.err().isEmpty() ? "" : "\n--- stderr\n" + r.err())
                        + "\n" + String.join("\n", ProgramRun.describe(r.checks())) + r.left());
            }
        }));
    }
}
