#!/usr/bin/env python3
"""Checks the relative links of the repository's Markdown files.

For every .md file git knows (or the files given), each inline link or image `[text](target)` and
each reference definition `[label]: target` whose target is not a URL (http, https, mailto) must
name a file or directory that exists relative to the Markdown file (or to the repository root when
it starts with '/'); a `#fragment` must name a heading of the target file (GitHub's anchors:
lower case, punctuation dropped, spaces as '-', '-N' for the N-th repeat). Links inside code spans
and fenced blocks are not links and are skipped.

    python3 scripts/check-md-links.py [FILE.md...]

Prints one line per broken link (file:line: target: reason) and exits 1 when there is one.
"""
import os
import re
import subprocess
import sys
import urllib.parse

ROOT = subprocess.run(['git', 'rev-parse', '--show-toplevel'], capture_output=True, text=True,
                      check=True).stdout.strip()

INLINE = re.compile(r'!?\[(?:[^\[\]]|\[[^\[\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)')
REFDEF = re.compile(r'^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$')
FENCE = re.compile(r'^\s{0,3}(```|~~~)')
CODESPAN = re.compile(r'(`+)(?:(?!\1).)+?\1')


def anchors(path, cache={}):
    """GitHub's heading anchors of a Markdown file."""
    if path in cache:
        return cache[path]
    seen, result, in_fence = {}, set(), False
    with open(path, encoding='utf-8') as f:
        for line in f:
            if FENCE.match(line):
                in_fence = not in_fence
                continue
            m = None if in_fence else re.match(r'^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$', line)
            if not m:
                continue
            slug = m.group(1).strip().lower()
            slug = re.sub(r'[^\w\- ]', '', slug)  # GitHub keeps letters, digits, '_', '-' and spaces
            slug = slug.replace(' ', '-')
            n = seen.get(slug, 0)
            seen[slug] = n + 1
            result.add(slug if n == 0 else f'{slug}-{n}')
    cache[path] = result
    return result


def targets(path):
    """(line number, target) of every link outside code."""
    in_fence = False
    with open(path, encoding='utf-8') as f:
        for no, line in enumerate(f, 1):
            if FENCE.match(line):
                in_fence = not in_fence
                continue
            if in_fence:
                continue
            text = CODESPAN.sub('', line)
            for m in INLINE.finditer(text):
                yield no, m.group(1)
            m = REFDEF.match(text)
            if m:
                yield no, m.group(1)


def check(md):
    problems = []
    for no, target in targets(md):
        if re.match(r'^[a-zA-Z][a-zA-Z0-9+.-]*:', target):  # a URL (http:, https:, mailto:...)
            continue
        part, _, fragment = target.partition('#')
        part = urllib.parse.unquote(part)
        if part:
            base = ROOT if part.startswith('/') else os.path.dirname(md)
            dest = os.path.normpath(os.path.join(base, part.lstrip('/')))
            if not os.path.exists(dest):
                problems.append(f'{os.path.relpath(md, ROOT)}:{no}: {target}: no such file')
                continue
        else:
            dest = md
        if fragment and dest.endswith('.md') and os.path.isfile(dest):
            if fragment.lower() not in anchors(dest):
                problems.append(f'{os.path.relpath(md, ROOT)}:{no}: {target}: no heading #{fragment}')
    return problems


def main(args):
    if args:
        files = [os.path.abspath(a) for a in args]
    else:
        listed = subprocess.run(['git', 'ls-files', '*.md'], cwd=ROOT, capture_output=True,
                                text=True, check=True).stdout.split()
        files = [os.path.join(ROOT, f) for f in listed]
    problems = [p for md in files for p in check(md)]
    for p in problems:
        print(p)
    print(f'{len(files)} files, {len(problems)} broken links', file=sys.stderr)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
