# an uncaught KeyError inside a dict comprehension inside a method: the comprehension's own frame line
class Report:
    def __init__(self, rows):
        self.rows = rows
    def by_name(self, field):
        return {row["name"]: row[field] for row in self.rows}

rows = [{"name": "a", "score": 1}, {"name": "b", "score": 2}, {"name": "c"}]
r = Report(rows)
print(r.by_name("name"))
print(r.by_name("score"))
