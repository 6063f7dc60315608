# `if __name__ == "__main__":` runs in the main script only; an imported module sees its own name
import _greeter

print(_greeter.greet())
if __name__ == "__main__":
    print("main block runs:", __name__)
