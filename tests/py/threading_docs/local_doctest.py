# The threading.local documentation's example (the docstring of Lib/_threading_local.py, which the threading docs point to), its doctests run as a program: each `>>>` expression is printed.
from threading import local
import threading

mydata = local()
mydata.number = 42
print(mydata.number)
print(mydata.__dict__)
print(mydata.__dict__.setdefault('widgets', []))
print(mydata.widgets)

log = []
def f():
    items = sorted(mydata.__dict__.items())
    log.append(items)
    mydata.number = 11
    log.append(mydata.number)

thread = threading.Thread(target=f)
thread.start()
thread.join()
print(log)
print(mydata.number)

class MyLocal(local):
    number = 2
    def __init__(self, /, **kw):
        self.__dict__.update(kw)
    def squared(self):
        return self.number ** 2

mydata = MyLocal(color='red')
print(mydata.number)
print(mydata.color)
del mydata.color
print(mydata.squared())

log = []
thread = threading.Thread(target=f)
thread.start()
thread.join()
print(log)
print(mydata.number)
