# A whole application: a text adventure driven by the commands in its .in file (read with
# input() until EOFError), with rooms, items, a parser of verbs and objects, a save/restore through
# json, scoring, and the prompts echoed as a terminal would not show them.
import json
import sys
import textwrap
from collections import OrderedDict

ROOMS = {
    "hall": {"desc": "A long hall with portraits whose eyes follow you. Doors lead north and east.",
             "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Dusty shelves reach the ceiling. A draft comes from behind one of them.",
                "exits": {"south": "hall", "west": "study"}, "items": ["book", "key"], "dark": True},
    "kitchen": {"desc": "Copper pots hang over a cold stove. A trapdoor is set in the floor.",
                "exits": {"west": "hall", "down": "cellar"}, "items": ["bread", "knife"]},
    "cellar": {"desc": "Barrels line the walls; one of them is hollow.",
               "exits": {"up": "kitchen"}, "items": ["coin"], "locked": True},
    "study": {"desc": "A desk with a locked drawer faces the window.",
              "exits": {"east": "library"}, "items": ["map"]},
}
POINTS = {"key": 10, "coin": 25, "map": 15, "book": 5}
ALIASES = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down",
           "i": "inventory", "l": "look", "get": "take", "grab": "take", "x": "examine"}
DESCRIPTIONS = {"lamp": "An oil lamp, still half full.", "book": "'A History of Hidden Doors', vol. II.",
                "key": "A small iron key with a trefoil bow.", "bread": "Stale but edible.",
                "knife": "A kitchen knife.", "coin": "A gold coin from an unknown mint.",
                "map": "A map of the house; the cellar is marked with an X."}


class GameOver(Exception):
    pass


class Game:
    def __init__(self):
        self.rooms = json.loads(json.dumps(ROOMS))
        self.here = "hall"
        self.inventory = []
        self.moves = 0
        self.score = 0
        self.visited = OrderedDict([("hall", 1)])
        self.lamp_lit = False
        self.saved = None

    def say(self, text):
        print(textwrap.fill(text, width=60, initial_indent="  ", subsequent_indent="  "))

    def room(self):
        return self.rooms[self.here]

    def can_see(self):
        return not self.room().get("dark") or (self.lamp_lit and "lamp" in self.inventory)

    def look(self):
        if not self.can_see():
            self.say("It is pitch dark. You might be eaten by something.")
            return
        r = self.room()
        self.say(f"[{self.here.title()}] {r['desc']}")
        if r["items"]:
            self.say("You see: " + ", ".join(sorted(r["items"])) + ".")
        self.say("Exits: " + " ".join(sorted(r["exits"])))

    def do_go(self, direction):
        direction = ALIASES.get(direction, direction)
        exits = self.room()["exits"]
        if direction not in exits:
            self.say(f"You can't go {direction} from here.")
            return
        target = exits[direction]
        if self.rooms[target].get("locked"):
            if "key" in self.inventory:
                self.rooms[target]["locked"] = False
                self.say("You unlock the trapdoor with the iron key.")
            else:
                self.say("The trapdoor is locked.")
                return
        self.here = target
        self.visited[target] = self.visited.get(target, 0) + 1
        self.look()

    def do_take(self, item):
        if not self.can_see():
            self.say("You fumble around in the dark.")
            return
        items = self.room()["items"]
        if item == "all":
            taken = sorted(items)
            for it in taken:
                self.do_take(it)
            if not taken:
                self.say("There is nothing here.")
            return
        if item not in items:
            self.say(f"There is no {item} here.")
            return
        items.remove(item)
        self.inventory.append(item)
        gained = POINTS.pop(item, 0)
        self.score += gained
        self.say(f"Taken: {item}." + (f" (+{gained})" if gained else ""))

    def do_drop(self, item):
        if item not in self.inventory:
            self.say(f"You don't have {item!r}.")
            return
        self.inventory.remove(item)
        self.room()["items"].append(item)
        self.say(f"Dropped {item}.")

    def do_light(self, item):
        if item != "lamp" or "lamp" not in self.inventory:
            self.say("You have nothing to light.")
            return
        self.lamp_lit = True
        self.say("The lamp flickers on.")
        if self.room().get("dark"):
            self.look()

    def do_examine(self, item):
        if item in self.inventory or item in self.room()["items"]:
            self.say(DESCRIPTIONS.get(item, f"Just a {item}."))
        else:
            self.say(f"You see no {item}.")

    def do_inventory(self, _=None):
        if not self.inventory:
            self.say("You are empty-handed.")
        else:
            self.say("You carry: " + ", ".join(self.inventory) + f" ({len(self.inventory)} items).")

    def do_save(self, _=None):
        self.saved = json.dumps({"here": self.here, "inv": self.inventory, "score": self.score,
                                 "rooms": {k: v["items"] for k, v in self.rooms.items()}}, sort_keys=True)
        self.say(f"Saved ({len(self.saved)} bytes).")

    def do_restore(self, _=None):
        if self.saved is None:
            self.say("Nothing saved.")
            return
        state = json.loads(self.saved)
        self.here, self.inventory, self.score = state["here"], state["inv"], state["score"]
        for name, items in state["rooms"].items():
            self.rooms[name]["items"] = items
        self.say(f"Restored: in the {self.here}, carrying {len(self.inventory)}.")

    def do_quit(self, _=None):
        raise GameOver("quit")

    def do_eat(self, item):
        if item == "bread" and "bread" in self.inventory:
            self.inventory.remove("bread")
            self.say("Delicious, in its way.")
        else:
            self.say("That's not edible." if item else "Eat what?")

    def handle(self, line):
        words = line.lower().split()
        if not words:
            self.say("Say something.")
            return
        verb, *rest = words
        verb = ALIASES.get(verb, verb)
        if verb in ("north", "south", "east", "west", "up", "down"):
            verb, rest = "go", [verb]
        if rest and rest[0] == "the":
            rest = rest[1:]
        obj = " ".join(rest) or None
        handler = getattr(self, f"do_{verb}", None)
        if verb == "look":
            self.look()
        elif handler is None:
            self.say(f"I don't know how to {verb!r}.")
        elif obj is None and verb in ("go", "take", "drop", "examine", "light"):
            self.say(f"{verb.capitalize()} what?")
        else:
            handler(obj)
        self.moves += 1
        if "coin" in self.inventory and "map" in self.inventory and self.here == "hall":
            raise GameOver("won")


game = Game()
game.look()
while True:
    try:
        line = input()
    except EOFError:
        print("> (end of input)")
        break
    print(f"> {line}")
    try:
        game.handle(line)
    except GameOver as end:
        print(f"*** game over: {end} ***")
        break

print(f"moves={game.moves} score={game.score}/{game.score + sum(POINTS.values())}")
print("visited:", ", ".join(f"{k}x{v}" for k, v in game.visited.items()))
print("inventory:", game.inventory)
print("left in rooms:", {k: sorted(v["items"]) for k, v in game.rooms.items() if v["items"]})
print("unused input lines:", len(sys.stdin.readlines()))
