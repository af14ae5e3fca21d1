# Pins down: the traceback of a ValueError raised by a nested replacement field inside an f-string
# format spec (the width comes from a dict lookup, the error is the format spec's), shown with the
# f-string's line, after successful rows are printed.
rows = [('apple', 1.5), ('kiwi', 12.25), ('fig', 3)]
widths = {'name': 8, 'price': 7}

def render(rows, widths, price_fmt):
    for name, price in rows:
        print(f'{name:<{widths["name"]}}|{price:>{widths["price"]}{price_fmt}}|')

render(rows, widths, '.2f')
render(rows, widths, ',d')
