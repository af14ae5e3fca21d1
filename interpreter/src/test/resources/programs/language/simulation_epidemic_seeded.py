# A seeded SIR epidemic on a small-world contact graph: random.Random with a fixed seed
# (sample, choice, random, shuffle, gauss), adjacency sets, a day-by-day loop with state
# counts, statistics.mean/median/stdev on the outcome, and a text chart of the curve.
import random, statistics
from collections import Counter

rng = random.Random(2024)
N, K, P_REWIRE = 60, 4, 0.1
graph = {i: set() for i in range(N)}
for i in range(N):
    for j in range(1, K // 2 + 1):
        a, b = i, (i + j) % N
        if rng.random() < P_REWIRE:
            b = rng.choice([x for x in range(N) if x != a and x not in graph[a]])
        graph[a].add(b)
        graph[b].add(a)
degrees = Counter(len(v) for v in graph.values())
print("degrees:", sorted(degrees.items()))

def run(beta, gamma, seed):
    r = random.Random(seed)
    state = ["S"] * N
    for p in r.sample(range(N), 3):
        state[p] = "I"
    history = []
    day = 0
    while "I" in state and day < 200:
        new_state = state[:]
        for person, s in enumerate(state):
            if s == "I":
                for nb in graph[person]:
                    if state[nb] == "S" and r.random() < beta:
                        new_state[nb] = "I"
                if r.random() < gamma:
                    new_state[person] = "R"
        state = new_state
        day += 1
        history.append(Counter(state))
    return day, history

day, history = run(0.3, 0.2, 7)
print("ended on day", day, "final", dict(sorted(history[-1].items())))
peak_day = max(range(len(history)), key=lambda d: history[d]["I"])
print("peak day", peak_day + 1, "infected", history[peak_day]["I"])
for d in range(0, len(history), max(1, len(history) // 8)):
    c = history[d]
    print(f"day {d + 1:3} {'#' * c['I']:<40} S={c['S']:2} I={c['I']:2} R={c['R']:2}")
outcomes = [len([1 for s, n in run(0.25, 0.25, seed)[1][-1].items() if s == "R" for _ in range(n)]) for seed in range(12)]
print(outcomes)
print(statistics.mean(outcomes), statistics.median(outcomes), round(statistics.stdev(outcomes), 4), statistics.mode(outcomes), statistics.quantiles(outcomes, n=4))
deck = list(range(10))
rng.shuffle(deck)
print(deck, round(rng.gauss(0, 1), 6), rng.randint(1, 6), rng.choices("abc", weights=[5, 1, 1], k=8), round(rng.uniform(1, 2), 6), rng.getrandbits(20))
