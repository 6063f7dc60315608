# _thread.interrupt_main() raises KeyboardInterrupt in the main thread, from the main thread itself or from another thread.
import _thread

try:
    _thread.interrupt_main()
    for i in range(10 ** 8):
        pass
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt from the main thread")

started = _thread.allocate_lock()
started.acquire()


def interrupter():
    started.release()
    _thread.interrupt_main()


try:
    _thread.start_new_thread(interrupter, ())
    started.acquire()
    for i in range(10 ** 8):
        pass
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt from another thread")
print("main goes on")
