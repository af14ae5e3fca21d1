# Error case: an uncaught TypeError raised in a lambda called by map() inside a list comprehension inside a method, after caught errors of the same shapes print their messages: the traceback's frames (<listcomp>, <lambda>, no frame for map) and ^ markers.
class Report:
    def __init__(self, rows):
        self.rows = rows
    def totals(self, scale):
        return [sum(map(lambda v: v * scale + 1, row)) for row in self.rows]

r = Report([[1, 2], [3, 'x']])
for scale in [2, 'k', None]:
    try:
        print(r.totals(scale))
    except TypeError as e:
        print(type(e).__name__, e)
print(Report([[1], [2, 3]]).totals(10))
r.totals(3)
