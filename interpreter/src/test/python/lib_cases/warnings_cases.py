# warnings: what is shown on stderr, the filters, the registries, catch_warnings; and linecache.
import sys
import warnings
import linecache
from casekit import case, run_cases


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(repr(r))
        return r
    except Exception as e:
        print(type(e).__name__, e)


def registry_view():
    reg = globals().get('__warningregistry__', {})
    return sorted((repr(k), v) for k, v in reg.items())


def old_api():
    warnings.warn('old_api is deprecated', DeprecationWarning, stacklevel=2)
    return 1


def deeper(level):
    def inner():
        warnings.warn('from inner, level %d' % level, stacklevel=level)
    inner()


@case
def default_display():
    print('filters at start:', warnings.filters)
    warnings.warn('something looks wrong')
    for _ in range(3):
        warnings.warn('in a loop, shown once')
    old_api()
    warnings.warn('a runtime warning', RuntimeWarning)
    warnings.warn('pending', PendingDeprecationWarning)
    warnings.warn('a resource', ResourceWarning)
    warnings.warn('an import', ImportWarning)
    warnings.warn('deprecated here', DeprecationWarning)
    warnings.warn(UserWarning('an instance'))
    warnings.warn(FutureWarning('instance wins'), RuntimeWarning)
    warnings.warn(42)
    warnings.warn(['a', 'list'])
    print(registry_view())


@case
def stack_levels():
    for level in (-3, 0, 1, 2, 3, 4, 100):
        deeper(level)
    print(sorted(repr(k) for k in sys.__dict__.get('__warningregistry__', {})))
    attempt(warnings.warn, 'x', stacklevel=1.5)
    attempt(warnings.warn, 'x', 5)
    attempt(warnings.warn, 'x', int)
    attempt(warnings.warn, 'x', Exception)


@case
def actions():
    for action in ('error', 'ignore', 'always', 'default', 'module', 'once'):
        warnings.resetwarnings()
        warnings.simplefilter(action)
        print('--', action)
        for i in range(2):
            try:
                warnings.warn('action ' + action)
                warnings.warn('action ' + action)
            except UserWarning as e:
                print('raised', type(e).__name__, e.args)
        print(registry_view(), warnings.onceregistry)
    warnings.resetwarnings()
    warnings.filters.append(('bogus', None, Warning, None, 0))
    attempt(warnings.warn, 'with a bogus action')
    warnings.resetwarnings()
    warnings.filters.append(('short',))
    attempt(warnings.warn, 'short filter')
    warnings.resetwarnings()
    warnings.filters.append((5, None, Warning, None, 0))
    attempt(warnings.warn, 'non-str action')
    warnings.resetwarnings()
    attempt(warnings.simplefilter, 'nope')
    attempt(warnings.filterwarnings, 'ignore', category=int)
    attempt(warnings.filterwarnings, 'ignore', message=5)
    attempt(warnings.simplefilter, 'ignore', lineno=-1)
    warnings.defaultaction = 'error'
    attempt(warnings.warn, 'default action error')
    warnings.defaultaction = 'default'
    warnings.simplefilter('default')


@case
def filter_matching():
    warnings.resetwarnings()
    warnings.filterwarnings('ignore', category=UserWarning)
    warnings.warn('ignored')
    warnings.resetwarnings()
    warnings.filterwarnings('error', message='fatal.*')
    try:
        warnings.warn('Fatal problem')
    except UserWarning as e:
        print('raised:', type(e).__name__, e)
    warnings.warn('not fatal: shown')
    warnings.resetwarnings()
    warnings.filterwarnings('ignore', message='.*(deprecated|old)')
    warnings.filterwarnings('error', module='__ma')
    warnings.filterwarnings('always', module='__main__$')
    warnings.filterwarnings('ignore', lineno=3)
    warnings.filterwarnings('once', category=RuntimeWarning, append=True)
    print(warnings.filters)
    warnings.warn('this is old')
    warnings.warn('always from main')
    warnings.warn('always from main')
    warnings.filterwarnings('ignore', message='.*(deprecated|old)')
    print(len(warnings.filters), warnings.filters[0])
    warnings.filterwarnings('always', module='__main__$', append=True)
    print(len(warnings.filters))
    warnings.resetwarnings()
    warnings.simplefilter('error', lineno=sys._getframe().f_lineno + 2)
    try:
        warnings.warn('on the filtered line')
    except UserWarning as e:
        print('raised on line filter:', e)
    warnings.warn('on another line')
    warnings.resetwarnings()
    warnings.filterwarnings('error', message='[a-c]+\\d{2,3}x?$')
    for text in ('abc12', 'ABC123x', 'abd12', 'ab1'):
        try:
            warnings.warn(text)
            print(text, 'shown')
        except UserWarning:
            print(text, 'raised')
    warnings.resetwarnings()
    warnings.simplefilter('default')


PATTERNS = [('fatal.*', 'fatal problem'), ('fatal.*', 'Fatal x'), ('abc', 'ab'), ('a|b', 'b'), ('(ab)+c', 'ababc'),
            ('a.*b', 'axxbyyb'), ('a.*?b$', 'axxbyyb'), ('[a-c]+x', 'abcx'), ('[^a-c]', 'd'), ('\\d+\\.\\d', '12.5'),
            ('x{2,3}$', 'xxxx'), ('^old', 'old api'), ('.*deprecated', 'This is Deprecated'), ('a$', 'a\n'),
            ('(?:a|ab)c', 'abc'), ('\\w+\\s\\w+$', 'hello world'), ('', 'x'), ('a*', 'b'), ('(a*)*b', 'aab'),
            ('[-.]x', '-x'), ('[]a]', ']'), ('colou?r', 'COLOR'), ('\\bfoo\\b', 'foo bar'), ('\\bfoo\\b', 'foobar'),
            ('é', 'É'), ('x{,2}y', 'xxy'), ('[\\w.]+$', 'a.b_c'), ('.*foo', 'x' * 5000 + 'foo'),
            ('a.*?$', 'a' + 'b' * 3000), ('(ab|a)*c', 'ababac'), ('x*?y', 'xxxy'), ('.{2,}?z', 'abcz'),
            ('[0-9a-f]{4}', '00fF'), ('\\S+\\s\\D', 'ab 1'), ('\\W', '_'), ('\\.\\*\\+', '.*+'),
            ('msg\\Z', 'msg\n'), ('\\Amsg', 'msg'), ('(x|y|)z', 'z'), ('[a\\-z]', '-'), ('\\(\\)', '()')]


@case
def filter_patterns():
    for pattern, message in PATTERNS:
        warnings.resetwarnings()
        warnings.filterwarnings('error', message=pattern)
        try:
            warnings.warn(message)
            outcome = 'shown'
        except UserWarning:
            outcome = 'matched'
        print(repr(pattern), repr(message[:12]), outcome)
    for pattern, module in [('__main__', '__main__'), ('__ma', '__main__'), ('lib$', 'mylib'), ('lib$', 'library'),
                            ('x\\.y', 'x.y'), ('x\\.y', 'xzy')]:
        warnings.resetwarnings()
        warnings.filterwarnings('error', module=pattern)
        try:
            warnings.warn_explicit('m', UserWarning, 'f.py', 1, module=module)
            outcome = 'shown'
        except UserWarning:
            outcome = 'matched'
        print(repr(pattern), module, outcome)
    warnings.resetwarnings()
    warnings.filterwarnings('ignore', message='abc')
    warnings.filterwarnings('ignore', message='abc')
    warnings.filterwarnings('ignore', message='ABC')
    print(warnings.filters, warnings.filters[0][1] == warnings.filters[1][1], hash(warnings.filters[1][1]) == hash(warnings.filters[1][1]))
    warnings.resetwarnings()
    warnings.simplefilter('default')


@case
def explicit():
    reg = {}
    warnings.warn_explicit('explicit one', UserWarning, 'somefile.py', 7, registry=reg)
    warnings.warn_explicit('explicit one', UserWarning, 'somefile.py', 7, registry=reg)
    print(sorted(repr(k) for k in reg))
    warnings.warn_explicit('no registry', RuntimeWarning, 'other.py', 3)
    warnings.warn_explicit('no registry', RuntimeWarning, 'other.py', 3)
    warnings.warn_explicit('module None', UserWarning, 'x.py', 1, module=None)
    warnings.warn_explicit('dep in other module', DeprecationWarning, 'lib.py', 2, module='lib')
    warnings.warn_explicit('dep in main', DeprecationWarning, 'main.py', 2, module='__main__')
    warnings.warn_explicit(UserWarning('instance'), None, '', 5)
    attempt(warnings.warn_explicit, 'x', UserWarning, 5, 1)
    attempt(warnings.warn_explicit, 'x', UserWarning, 'f.py', 1.5)
    attempt(warnings.warn_explicit, 'x', UserWarning, 'f.py', 1, registry=[])
    attempt(warnings.warn_explicit, 'x', UserWarning, 'f.py', 1, module_globals=5)
    warnings.warn_explicit('with file line', UserWarning, __file__, 2)


@case
def hooks_and_formatting():
    print(repr(warnings.formatwarning('msg', UserWarning, 'f.py', 3)))
    print(repr(warnings.formatwarning('msg', UserWarning, 'f.py', 3, line='  the line  ')))
    print(repr(warnings.formatwarning('msg', UserWarning, __file__, 2)))
    print(repr(warnings.formatwarning('msg', UserWarning, __file__, 100000)))
    shown = []
    saved = warnings.showwarning
    warnings.showwarning = lambda *a: shown.append((str(a[0]), a[1].__name__, a[3], a[4], a[5]))
    warnings.simplefilter('always')
    warnings.warn('through the hook')
    warnings.showwarning = saved
    print(shown)
    saved_format = warnings.formatwarning
    warnings.formatwarning = lambda m, c, f, l, line=None: 'FORMATTED %s %s\n' % (m, c.__name__)
    warnings.warn('custom format')
    warnings.formatwarning = saved_format
    warnings.showwarning = 5
    attempt(warnings.warn, 'bad hook')
    warnings.showwarning = saved

    class Out:
        def __init__(self):
            self.parts = []

        def write(self, s):
            self.parts.append(s)
    out = Out()
    warnings.showwarning('to a file', UserWarning, 'file.py', 9, file=out, line='code()')
    print(out.parts)
    m = warnings.WarningMessage(UserWarning('w'), UserWarning, 'f.py', 1)
    print(str(m), m.file, m.source)
    saved_err = sys.stderr
    sys.stderr = None
    warnings.warn('nowhere to go')
    sys.stderr = saved_err
    warnings.simplefilter('default')


@case
def catch_warnings_cases():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        warnings.warn('recorded', FutureWarning)
        warnings.warn('recorded 2')
    print([(w.category.__name__, str(w.message), w.lineno, w.filename == __file__) for w in caught])
    print(str(caught[0])[:60])
    before = list(warnings.filters)
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        warnings.warn('silenced')
        print(warnings.filters[0])
    print(warnings.filters == before)
    with warnings.catch_warnings(action='error', category=RuntimeWarning):
        attempt(warnings.warn, 'as error', RuntimeWarning)
        warnings.warn('user warning still shown')
    cw = warnings.catch_warnings(record=True)
    print(repr(cw), repr(warnings.catch_warnings()))
    with cw:
        attempt(cw.__enter__)
    attempt(warnings.catch_warnings().__exit__)
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter('once')
        for i in range(3):
            warnings.warn('once only')
    print(len(log))


@case
def registry_versions():
    warnings.resetwarnings()
    warnings.simplefilter('default')
    warnings.warn('versioned')
    v1 = globals()['__warningregistry__'].get('version')
    warnings.warn('versioned')
    warnings.simplefilter('default')
    warnings.warn('versioned')
    v2 = globals()['__warningregistry__'].get('version')
    print(v2 - v1, registry_view()[-1:])
    g = {'__name__': 'fake'}
    exec('import warnings\nwarnings.warn("in exec")', g)
    print(sorted(repr(k) for k in g['__warningregistry__']))
    g2 = {}
    exec('import warnings\nwarnings.warn("no name")', g2)
    g3 = {'__name__': None}
    exec('import warnings\nwarnings.warn("name None")', g3)
    g4 = {'__name__': 5, '__warningregistry__': None}
    exec('import warnings\nwarnings.warn("name int, no registry")', g4)
    exec('import warnings\nwarnings.warn("name int, no registry")', g4)
    g5 = {'__warningregistry__': []}
    attempt(exec, 'import warnings\nwarnings.warn("bad registry")', g5)


@case
def linecache_cases():
    print(repr(linecache.getline(__file__, 1)), repr(linecache.getline(__file__, 0)),
          repr(linecache.getline(__file__, 10 ** 6)), repr(linecache.getline('/no/such/file.py', 1)),
          repr(linecache.getline('<string>', 1)), repr(linecache.getline('', 1)))
    lines = linecache.getlines(__file__)
    print(len(lines) > 100, all(line.endswith('\n') for line in lines))
    print(repr(linecache.getline('casekit.py', 1)))
    linecache.clearcache()
    linecache.checkcache()
    print(repr(linecache.getline(__file__, 2)))
    folder = __file__[:__file__.rfind('/') + 1] + 'data/'
    for name in ('latin1_source.txt', 'crlf_source.txt', 'bom_source.txt', 'undecodable_source.txt'):
        print(name, linecache.getlines(folder + name))
    print(repr(linecache.getline('data/crlf_source.txt', 3)))
    warnings.warn_explicit('pointing into latin-1', UserWarning, folder + 'latin1_source.txt', 3)


run_cases()
