# nested comprehensions and their scopes
m = [[i * j for j in range(3)] for i in range(3)]
print(m)
print([x for row in m for x in row if x % 2 == 0])
print({(i, j) for i in range(2) for j in range(2)})
print({k: [v for v in range(k)] for k in range(4)})
x = 'outer'
print([x for x in 'ab'], x)
t = [[0] * 2] * 2
t[0][0] = 1
print(t)
print(list(zip(*m)))
