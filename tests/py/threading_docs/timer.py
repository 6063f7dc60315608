# The threading documentation's Timer example ("Timer Objects"); adapted minimally: the docs wait 30.0 s, here 0.05 s, and we join the timer and show cancel() as the docs describe it.
from threading import Timer

def hello():
    print("hello, world")

t = Timer(0.05, hello)
t.start()  # after 0.05 seconds, "hello, world" will be printed
t.join()

t = Timer(30.0, hello)
t.start()
t.cancel()  # stops the timer: nothing is printed
t.join()
print("cancelled")
