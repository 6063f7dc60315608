# The threading documentation's Barrier example ("Barrier Objects": a server and a client synchronised before they start), with the server/client placeholders filled in by a queue of three "connections" instead of endless loops.
from threading import Barrier, Thread
import queue

b = Barrier(2, timeout=5)
connections = queue.Queue()
log = []

def start_server():
    log.append("server started")

def accept_connection():
    return connections.get()

def process_server_connection(connection):
    log.append("server handled %s" % connection)

def make_connection():
    return "request-%d" % len(made)

made = []

def server():
    start_server()
    b.wait()
    while True:
        connection = accept_connection()
        if connection is None:
            break
        process_server_connection(connection)

def client():
    b.wait()
    for _ in range(3):
        connection = make_connection()
        made.append(connection)
        connections.put(connection)
    connections.put(None)

threads = [Thread(target=server), Thread(target=client)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for line in log:
    print(line)
