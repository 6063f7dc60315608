# input() reads lines from stdin without the newline; EOFError at end of input; prompt goes to stdout.
name = input()
print("Hello,", name)
n = int(input("number? "))
print(n * 2)
total = 0
while True:
    try:
        line = input()
    except EOFError:
        print("EOF reached")
        break
    total += sum(int(x) for x in line.split())
print("total", total)
