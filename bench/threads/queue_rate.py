# queue.Queue throughput: 1 producer -> 1 consumer, and 4 -> 4.
import queue, threading, time


def report(d):
    # One 'name value' line per figure, for bench/threads/run.py.
    for k, v in d.items():
        print(k, v)


N = 200_000


def run(producers, consumers):
    q = queue.Queue()
    per = N // producers

    def produce():
        for i in range(per):
            q.put(i)

    def consume(count):
        for _ in range(count):
            q.get()

    total = per * producers
    shares = [total // consumers] * consumers
    shares[0] += total - sum(shares)
    ts = [threading.Thread(target=produce) for _ in range(producers)]
    ts += [threading.Thread(target=consume, args=(s,)) for s in shares]
    t0 = time.perf_counter()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return total / (time.perf_counter() - t0)


report({"q1x1_items_per_s": run(1, 1), "q4x4_items_per_s": run(4, 4)})
