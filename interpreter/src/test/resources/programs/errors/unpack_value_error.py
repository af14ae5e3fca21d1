# ValueError from unpacking in a for loop over rows of a CSV-like text.
text = """name,age,city
ann,30,paris
bob,25
cy,40,rome"""

rows = [line.split(",") for line in text.splitlines()[1:]]
for row in rows[:1]:
    name, age, city = row
    print(f"{name} ({age}) lives in {city}")
people = {}
for name, age, city in rows:
    people[name] = (int(age), city)
