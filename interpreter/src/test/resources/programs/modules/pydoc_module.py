# help() of a module the program writes: NAME with the synopsis, DESCRIPTION, the CLASSES tree
# (bases from other modules named with their module, subclasses indented), each class, FUNCTIONS,
# DATA (reprs cut at 70 columns, private names hidden, __all__ obeyed in a second module),
# VERSION, AUTHOR, CREDITS, FILE (the temporary folder's path replaced); a package with its
# PACKAGE CONTENTS; help('modname') importing by name; help('keywords'), help('symbols'),
# help('topics') listings.
import os
import pydoc
import sys
import tempfile

folder = tempfile.mkdtemp()
sys.path.insert(0, folder)

SOURCE = '''"""Inventory tools for a small shop.

Tracks items, their prices and the stock levels.
"""
import collections

__version__ = '2.1'
__author__ = 'The shop'
__credits__ = 'Everyone who counted boxes'

MAX_ITEMS = 500
DEFAULT_NAMES = ['apple', 'banana', 'cherry', 'damson', 'elderberry', 'fig', 'grape', 'honeydew']
PRICES = {'apple': 0.5, 'banana': 0.25}
_hidden = 'not shown'


class Item:
    """An item for sale."""

    def __init__(self, name, price=0.0):
        self.name = name
        self.price = price

    def discounted(self, percent):
        """The price after a discount."""
        return self.price * (100 - percent) / 100


class Perishable(Item):
    """An item that goes off."""

    days = 7


class Ledger(collections.OrderedDict):
    """Items in the order they were added."""


def total(items, *, tax=0.2):
    """The total price of the items, with tax."""
    return sum(item.price for item in items) * (1 + tax)


def _helper():
    pass
'''

with open(os.path.join(folder, 'shop_inventory.py'), 'w') as f:
    f.write(SOURCE)
with open(os.path.join(folder, 'shop_public.py'), 'w') as f:
    f.write('"""Only what __all__ names."""\n__all__ = ["shown", "_also"]\nshown = 1\nhidden = 2\n_also = 3\n'
            'def f():\n    pass\n')
os.mkdir(os.path.join(folder, 'shop_pkg'))
with open(os.path.join(folder, 'shop_pkg', '__init__.py'), 'w') as f:
    f.write('"""A package."""\n')
for name in ('alpha.py', 'beta.py'):
    with open(os.path.join(folder, 'shop_pkg', name), 'w') as f:
        f.write('X = 1\n')
os.mkdir(os.path.join(folder, 'shop_pkg', 'sub'))
with open(os.path.join(folder, 'shop_pkg', 'sub', '__init__.py'), 'w') as f:
    f.write('')

import shop_inventory
import shop_public
import shop_pkg


def show(text):
    print(pydoc.plain(text).replace(folder, '<folder>'))


show(pydoc.render_doc(shop_inventory))
show(pydoc.render_doc(shop_public))
show(pydoc.render_doc(shop_pkg))
show(pydoc.render_doc('shop_inventory.Perishable'))
show(pydoc.render_doc('shop_inventory.total'))
print(pydoc.describe(shop_inventory), pydoc.describe(shop_pkg), pydoc.describe(sys))
help('keywords')
help('symbols')
help('topics')
import contextlib
import io
buffer = io.StringIO()
with contextlib.redirect_stdout(buffer):
    help('shop_public')
show(buffer.getvalue())

import shutil
shutil.rmtree(folder)
