"""`python -m json.tool [infile [outfile]]`: check JSON and print it indented.

Reads one document (or, with --json-lines, one per line) from infile or stdin and writes each
back formatted to outfile or stdout; a document that does not parse ends the run with the
decoder's message (exit status 1).
"""

import argparse
import json
import sys
from pathlib import Path

# (flags, keywords) of the layout options, which exclude one another
_LAYOUTS = (
    (('--indent',), dict(default=4, type=int,
                         help='separate items with newlines and use this number of spaces for '
                              'indentation')),
    (('--tab',), dict(action='store_const', dest='indent', const='\t',
                      help='separate items with newlines and use tabs for indentation')),
    (('--no-indent',), dict(action='store_const', dest='indent', const=None,
                            help='separate items with spaces rather than newlines')),
    (('--compact',), dict(action='store_true',
                          help='suppress all whitespace separation (most compact)')),
)


def _parser():
    parser = argparse.ArgumentParser(
        prog='python -m json.tool',
        description='A simple command line interface for json module to validate and '
                    'pretty-print JSON objects.')
    parser.add_argument('infile', nargs='?', type=argparse.FileType(encoding='utf-8'),
                        help='a JSON file to be validated or pretty-printed', default=sys.stdin)
    parser.add_argument('outfile', nargs='?', type=Path,
                        help='write the output of infile to outfile', default=None)
    parser.add_argument('--sort-keys', action='store_true', default=False,
                        help='sort the output of dictionaries alphabetically by key')
    parser.add_argument('--no-ensure-ascii', dest='ensure_ascii', action='store_false',
                        help='disable escaping of non-ASCII characters')
    parser.add_argument('--json-lines', action='store_true', default=False,
                        help='parse input using the JSON Lines format. Use with --no-indent or '
                             '--compact to produce valid JSON Lines output.')
    layouts = parser.add_mutually_exclusive_group()
    for flags, keywords in _LAYOUTS:
        layouts.add_argument(*flags, **keywords)
    return parser


def main():
    options = _parser().parse_args()
    layout = {'sort_keys': options.sort_keys, 'indent': options.indent,
              'ensure_ascii': options.ensure_ascii}
    if options.compact:
        layout.update(indent=None, separators=(',', ':'))
    with options.infile as source:
        try:
            # documents are read lazily, so a bad line stops the output where it stands
            if options.json_lines:
                documents = (json.loads(line) for line in source)
            else:
                documents = (json.load(source),)
            target = (sys.stdout if options.outfile is None
                      else options.outfile.open('w', encoding='utf-8'))
            with target:
                for document in documents:
                    json.dump(document, target, **layout)
                    target.write('\n')
        except ValueError as e:
            raise SystemExit(e)


if __name__ == '__main__':
    try:
        main()
    except BrokenPipeError as exc:
        sys.exit(exc.errno)
