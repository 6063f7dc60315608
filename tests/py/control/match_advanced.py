# match statement: nested patterns, value patterns from dotted names, mapping rest, star wildcards.
class Color:
    RED = "red"
    GREEN = "green"
def check(cmd):
    match cmd:
        case ["go", ("north" | "south") as direction]:
            return f"go {direction}"
        case ["drop", *objects] if objects:
            return f"drop {len(objects)} items"
        case ["drop"]:
            return "drop what?"
        case {"action": "paint", "color": Color.RED, **rest}:
            return f"paint red extras={sorted(rest)}"
        case {"action": action}:
            return f"action {action}"
        case (1, _, 3):
            return "1-any-3"
        case [[a, b], [c, d]]:
            return f"matrix {a + b + c + d}"
        case int(n) | float(n) if n < 0:
            return "negative number"
        case _:
            return "unknown"
for c in [["go", "north"], ["go", "west"], ["drop", "a", "b"], ["drop"],
          {"action": "paint", "color": "red", "x": 1, "y": 2}, {"action": "jump"},
          (1, 2, 3), [1, 9, 3], [[1, 2], [3, 4]], -5, -2.5, 5, "str"]:
    print(check(c))
