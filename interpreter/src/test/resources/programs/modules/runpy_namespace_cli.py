# Running code as a program and the import system around it: namespace packages (PEP 420: a folder
# without __init__.py, its portions on __path__, a regular package later on the path winning),
# runpy.run_module/run_path (names, globals, sys.argv[0] and sys.modules while running, -m's errors),
# and the command lines built on them: json.tool and cProfile -o driven through their main().
import importlib.util
import json.tool
import os
import runpy
import sys
import tempfile
import cProfile
import pstats

FILES = {
    'ns/part/leaf.py': "print('leaf runs as', __name__)\nVALUE = 42\n",
    'other/ns/part2/mod.py': "print('part2.mod runs')\n",
    'shadow/__init__.py': "print('regular shadow package')\n",
    'later/shadow/x.py': '',
    'app/__init__.py': "print('app init')\n",
    'app/__main__.py': ("import sys\nprint('app main', __name__, __package__, "
                        "sys.argv[0].rsplit('/', 1)[-1], __name__ in sys.modules)\nx = 1\n"),
    'app/tool.py': "import sys\ny = globals().get('given', 'none')\nprint('tool', __name__, y)\n",
    'script.py': "import sys\nprint('script', __name__, sys.argv[0].rsplit('/', 1)[-1])\nz = 3\n",
    'folder/__main__.py': "import sys\nprint('folder main', __name__, sys.path[0].rsplit('/', 1)[-1])\n",
    'empty/__init__.py': '',
    'doc.json': '{"b": [1, 2.5, null], "a": "\u00e9"}',
    'bad.json': '{"a": ',
    'work.py': "def f(n):\n    return n if n < 2 else f(n - 1) + f(n - 2)\nf(6)\n",
}


def run_main(module, *argv):
    sys.argv = [module.__file__, *argv]
    try:
        module.main()
        status = 0
    except SystemExit as e:
        status = e.code
    sys.stdout.flush()
    print('-- status', status)


def attempt(label, action):
    try:
        result = action()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    names = sorted(k for k in result if not k.startswith('__'))
    print(label, '->', result['__name__'], result['__package__'], names,
          (result['__file__'] or '').rsplit('/', 1)[-1])


with tempfile.TemporaryDirectory() as top:
    for name, text in FILES.items():
        os.makedirs(os.path.join(top, os.path.dirname(name)), exist_ok=True)
        with open(os.path.join(top, name), 'w', encoding='utf-8') as f:
            f.write(text)
    sys.path[:0] = [top, os.path.join(top, 'other'), os.path.join(top, 'later')]
    os.chdir(top)

    import ns.part.leaf
    import ns.part2.mod
    print(ns.__file__, [p[len(top):] for p in ns.__path__], ns.part.leaf.VALUE)
    spec = importlib.util.find_spec('ns')
    print(spec.origin, [p[len(top):] for p in spec.submodule_search_locations])
    import shadow
    print(shadow.__file__[len(top):])

    saved = sys.argv
    sys.argv = ['argv0']
    attempt('app', lambda: runpy.run_module('app'))
    attempt('app as main', lambda: runpy.run_module('app', run_name='__main__'))
    attempt('tool', lambda: runpy.run_module('app.tool', {'given': 5}))
    attempt('tool alter_sys', lambda: runpy.run_module('app.tool', None, 'named', alter_sys=True))
    print('named' in sys.modules, sys.argv)
    for bad in ('.rel', 'missing', 'app.missing', 'empty', 'ns', 'script.py', 'app.__main__.x'):
        attempt(bad, lambda: runpy.run_module(bad))
    attempt('path', lambda: runpy.run_path('script.py'))
    attempt('path named', lambda: runpy.run_path('script.py', {'q': 1}, 'pkg.name'))
    attempt('folder', lambda: runpy.run_path('folder'))
    attempt('no main', lambda: runpy.run_path('empty'))
    sys.argv = saved

    sys.stderr = sys.stdout
    # json.tool closes the stream it writes to, so each run writes a file
    for options in ((), ('--sort-keys', '--compact', '--no-ensure-ascii'), ('--tab',),
                    ('--no-indent', '--sort-keys')):
        run_main(json.tool, *options, 'doc.json', 'out.json')
        print(open('out.json', encoding='utf-8').read(), end='')
    run_main(json.tool, 'bad.json')
    run_main(json.tool, '--tab', '--indent', '2', 'doc.json')

    run_main(cProfile, '-o', 'work.prof', 'work.py')
    stats = pstats.Stats('work.prof').stats
    print(sorted((name, line, func, nc, cc) for (name, line, func), (cc, nc, *_) in stats.items()
                 if name == 'work.py'))
    run_main(cProfile, '-s', 'nonsense', 'work.py')
    run_main(cProfile)
    sys.stderr = sys.__stderr__
    os.chdir('/')
