# A text adventure as a state machine driven by a scripted list of commands.
from enum import Enum, auto

class Room(Enum):
    HALL = auto()
    LIBRARY = auto()
    VAULT = auto()
    GARDEN = auto()

EXITS = {
    Room.HALL: {"north": Room.LIBRARY, "east": Room.GARDEN},
    Room.LIBRARY: {"south": Room.HALL, "down": Room.VAULT},
    Room.VAULT: {"up": Room.LIBRARY},
    Room.GARDEN: {"west": Room.HALL},
}
ITEMS = {Room.LIBRARY: ["book", "candle"], Room.GARDEN: ["key"], Room.VAULT: ["gold"]}

class Game:
    def __init__(self):
        self.room = Room.HALL
        self.inventory = []
        self.moves = 0
        self.over = False

    def do(self, line):
        verb, _, noun = line.partition(" ")
        handler = getattr(self, f"cmd_{verb}", None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        self.moves += 1
        return handler(noun)

    def cmd_go(self, direction):
        target = EXITS[self.room].get(direction)
        if target is None:
            return f"You can't go {direction} from the {self.room.name.lower()}."
        if target is Room.VAULT and "key" not in self.inventory:
            return "The vault is locked."
        self.room = target
        return f"You are in the {target.name.title()}."

    def cmd_take(self, item):
        here = ITEMS.get(self.room, [])
        if item not in here:
            return f"There is no {item} here."
        here.remove(item)
        self.inventory.append(item)
        if item == "gold":
            self.over = True
            return "You found the treasure!"
        return f"Taken: {item}."

    def cmd_look(self, _):
        things = ", ".join(ITEMS.get(self.room, [])) or "nothing"
        exits = "/".join(sorted(EXITS[self.room]))
        return f"{self.room.name}: you see {things}; exits {exits}"

    def cmd_inv(self, _):
        return "Carrying: " + (", ".join(sorted(self.inventory)) or "nothing")

script = ["look", "go north", "take book", "go down", "go south", "go east",
          "take key", "take key", "dance", "go west", "go north", "go down", "look",
          "take gold", "inv"]
g = Game()
for cmd in script:
    print(f"> {cmd:<10} {g.do(cmd)}")
    if g.over:
        break
print(f"moves={g.moves} room={g.room!r} over={g.over}")
print(list(Room), Room(3), Room["GARDEN"].value)
