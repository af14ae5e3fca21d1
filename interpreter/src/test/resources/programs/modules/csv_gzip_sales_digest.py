# A small application: daily sales CSV files written gzip-compressed into a temporary directory,
# read back with csv.DictReader through gzip.open(text mode), aggregated with collections and
# statistics, Decimal money with quantize, a report laid out with str.format and textwrap, and
# the totals stored as JSON and as a shelve-free pickle, then checked by reloading.
import collections
import csv
import datetime
import decimal
import gzip
import json
import os
import pickle
import statistics
import tempfile
import textwrap

D = decimal.Decimal
rows = [
    ('2026-12-01', 'north', 'tea', '3', '4.50'), ('2026-12-01', 'south', 'coffee', '5', '3.20'),
    ('2026-12-02', 'north', 'coffee', '2', '3.20'), ('2026-12-02', 'east', 'cake', '1', '12.00'),
    ('2026-12-03', 'south', 'tea', '7', '4.50'), ('2026-12-03', 'north', 'cake', '2', '12.00'),
    ('2026-12-03', 'east', 'tea', '4', '4.40'),
]
with tempfile.TemporaryDirectory() as d:
    by_day = collections.defaultdict(list)
    for r in rows:
        by_day[r[0]].append(r)
    for day, day_rows in by_day.items():
        with gzip.open(os.path.join(d, f'sales-{day}.csv.gz'), 'wt', newline='', encoding='utf-8') as f:
            w = csv.writer(f)
            w.writerow(['date', 'region', 'product', 'qty', 'price'])
            w.writerows(day_rows)
    files = sorted(os.listdir(d))
    print(files)
    totals = collections.Counter()
    qty = collections.Counter()
    per_day = {}
    prices = collections.defaultdict(list)
    for name in files:
        with gzip.open(os.path.join(d, name), 'rt', newline='', encoding='utf-8') as f:
            day_total = D(0)
            for rec in csv.DictReader(f):
                amount = (D(rec['qty']) * D(rec['price'])).quantize(D('0.01'))
                totals[rec['region']] += amount
                qty[rec['product']] += int(rec['qty'])
                prices[rec['product']].append(D(rec['price']))
                day_total += amount
            per_day[datetime.date.fromisoformat(name[6:16])] = day_total
    print(totals.most_common(), qty.most_common(2))
    print({str(k): str(v) for k, v in per_day.items()})
    print('mean per day', statistics.mean(per_day.values()).quantize(D('0.01'), decimal.ROUND_HALF_EVEN),
          'median', statistics.median(per_day.values()))
    print({p: str(statistics.mean(v)) for p, v in sorted(prices.items())})
    width = 36
    print('=' * width)
    print(f"{'region':<10}{'total':>12}{'share':>14}")
    grand = sum(totals.values())
    for region, t in sorted(totals.items()):
        print(f'{region:<10}{t:>12,.2f}{t / grand:>14.1%}')
    print('-' * width)
    print(f"{'all':<10}{grand:>12,.2f}")
    note = ('Prices for tea differ by region because the east warehouse got a discount in '
            'the first week of December; cake sells only in the north and east.')
    print(textwrap.fill(note, width, initial_indent='Note: ', subsequent_indent='      '))
    summary = {'grand': str(grand), 'regions': {k: str(v) for k, v in totals.items()},
               'best_day': max(per_day, key=per_day.get).isoformat()}
    jpath = os.path.join(d, 'summary.json')
    with open(jpath, 'w') as f:
        json.dump(summary, f, indent=1, sort_keys=True)
    with open(jpath) as f:
        print(f.read())
    ppath = os.path.join(d, 'summary.pkl')
    with open(ppath, 'wb') as f:
        pickle.dump((totals, per_day), f)
    with open(ppath, 'rb') as f:
        t2, p2 = pickle.load(f)
    print(t2 == totals, p2 == per_day, type(t2).__name__, sorted(os.listdir(d))[-2:])
