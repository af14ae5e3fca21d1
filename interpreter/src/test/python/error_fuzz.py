#!/usr/bin/env python3
"""Differential check of SyntaxErrors on mutated programs (developer-run, not in the build).

    python3 interpreter/src/test/python/error_fuzz.py [COUNT] [SEED] [DIR]

Takes the corpus snippets (and, with DIR, chunks of 1 to 12 lines of the .py files under DIR) and
damages each a few ways (a character deleted, a bracket, colon,
operator or quote inserted, a line re-indented), keeps the mutants CPython's parser rejects, and has
dev.pyheap.interpreter.ErrorFuzzCheck parse them: it reports how many raise CPython's error
(class, msg, lineno, offset, end_lineno, end_offset) and lists the others.
"""
import ast
import json
import os
import random
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
module = os.path.normpath(os.path.join(here, '..', '..', '..'))
sys.path.insert(0, here)
from record_parser_cases import read_cases  # noqa: E402

count = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
rnd = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)

sources = []
corpus = os.path.join(module, 'src', 'test', 'resources', 'corpus')
for f in sorted(os.listdir(corpus)):
    if f.endswith('.cases'):
        sources += [src for _, src in read_cases(os.path.join(corpus, f)) if src.strip()]

if len(sys.argv) > 3:
    for root, _, files in os.walk(sys.argv[3]):
        for f in sorted(files):
            if f.endswith('.py') and rnd.random() < 0.2:
                try:
                    with open(os.path.join(root, f), encoding='utf-8') as fh:
                        lines = fh.read().split('\n')
                except (UnicodeDecodeError, OSError):
                    continue
                for _ in range(5):
                    i = rnd.randrange(len(lines))
                    sources.append('\n'.join(lines[i:i + rnd.randint(1, 12)]) + '\n')

INSERTS = list('()[]{}:=,.;\'"\\') + [' if ', ' else ', ' for ', ' = ', ' lambda ', '**', ' not ', '\n', '\t', ' yield ']


def mutate(src):
    kind = rnd.randrange(4)
    if kind == 0 and len(src) > 1:
        i = rnd.randrange(len(src) - 1)
        return src[:i] + src[i + 1:]
    if kind == 1:
        i = rnd.randrange(len(src))
        return src[:i] + rnd.choice(INSERTS) + src[i:]
    if kind == 2:
        lines = src.split('\n')
        j = rnd.randrange(len(lines))
        lines[j] = ' ' * rnd.choice([1, 2, 3, 4, 8]) + lines[j].lstrip()
        return '\n'.join(lines)
    i = rnd.randrange(len(src))
    j = rnd.randrange(len(src))
    return src[:i] + src[j:]


rows = []
tries = 0
while len(rows) < count and tries < count * 20:
    tries += 1
    src = mutate(rnd.choice(sources))
    try:
        ast.parse(src)
        continue
    except SyntaxError as e:
        exp = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
    except (ValueError, RecursionError):
        continue
    rows.append(json.dumps({'src': src, 'expected': exp}))

path = os.path.join(tempfile.gettempdir(), 'pyheap-error-fuzz.jsonl')
with open(path, 'w', encoding='utf-8') as fh:
    fh.write('\n'.join(rows) + '\n')
print('%d rejected mutants in %s' % (len(rows), path))
java = os.path.join(os.environ.get('JAVA_HOME', '/usr/lib/jvm/temurin-25-jdk-amd64'), 'bin', 'java')
cp = os.pathsep.join([os.path.join(module, 'target', 'classes'), os.path.join(module, 'target', 'test-classes')])
sys.exit(subprocess.call([java, '-cp', cp, 'dev.pyheap.interpreter.ErrorFuzzCheck', path]))
