# a dictionary-driven text adventure: rooms as nested dicts, a command parser with shlex and match, inventory as Counter, save/restore via json round-trip
import json, shlex
from collections import Counter

WORLD = {
    "hall": {"desc": "A dusty hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Shelves of books.", "exits": {"south": "hall"}, "items": ["book", "book", "key"]},
    "kitchen": {"desc": "It smells of bread.", "exits": {"west": "hall"}, "items": ["bread"], "locked": True},
}

class Game:
    def __init__(self):
        self.room = "hall"
        self.inv = Counter()
        self.world = json.loads(json.dumps(WORLD))
        self.moves = 0
    def do(self, line):
        try:
            words = shlex.split(line.lower())
        except ValueError as e:
            return f"parse error: {e}"
        self.moves += 1
        here = self.world[self.room]
        match words:
            case ["look"] | []:
                items = ", ".join(sorted(set(here["items"]))) or "nothing"
                return f"{here['desc']} You see: {items}. Exits: {', '.join(sorted(here['exits']))}"
            case ["go" | "walk", direction] | [("north" | "south" | "east" | "west") as direction]:
                target = here["exits"].get(direction)
                if target is None:
                    return f"You can't go {direction}."
                if self.world[target].get("locked"):
                    if self.inv["key"]:
                        self.world[target]["locked"] = False
                        self.room = target
                        return f"You unlock the door and enter the {target}."
                    return f"The {target} is locked."
                self.room = target
                return f"You walk {direction} to the {target}."
            case ["take", "all"]:
                taken = Counter(here["items"])
                self.inv += taken
                here["items"] = []
                return f"Taken: {dict(sorted(taken.items()))}"
            case ["take", item] if item in here["items"]:
                here["items"].remove(item)
                self.inv[item] += 1
                return f"Taken {item}."
            case ["take", item]:
                return f"No {item} here."
            case ["drop", item, *count] if self.inv[item]:
                n = int(count[0]) if count and count[0].isdigit() else 1
                n = min(n, self.inv[item])
                self.inv[item] -= n
                here["items"].extend([item] * n)
                return f"Dropped {n} {item}."
            case ["inventory" | "i"]:
                return "You carry: " + (", ".join(f"{k} x{v}" for k, v in sorted((+self.inv).items())) or "nothing")
            case ["say", *rest]:
                return f'You say "{" ".join(rest)}".'
            case [verb, *_]:
                return f"I don't know how to {verb!r}."

g = Game()
script = ["look", "take lamp", "take sword", "go north", "take all", "i", "drop book 5", "look",
          "south", "east", "up", "go west", "say 'hello there' friend", "say \"unclosed", "dance wildly", "", "inventory"]
for cmd in script:
    print(f"> {cmd}\n{g.do(cmd)}")
state = json.dumps({"room": g.room, "inv": g.inv, "moves": g.moves}, sort_keys=True)
print(state)
restored = json.loads(state)
print(Counter(restored["inv"]) == g.inv, restored["moves"], g.inv.total(), g.inv.most_common(1))
