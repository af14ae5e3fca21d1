# An uncaught error raised inside a nested comprehension called from a method: frames and carets.
class Report:
    def __init__(self, rows):
        self.rows = rows

    def ratios(self):
        return [{k: v / row["total"] for k, v in row.items() if k != "total"} for row in self.rows]

rows = [{"a": 1, "b": 3, "total": 4}, {"a": 0, "b": 0, "total": 0}]
print(Report(rows[:1]).ratios())
print(Report(rows).ratios())
