# A Richards-style operating-system scheduler simulation: classes, method calls, attribute access,
# linked queues of packets and tasks. Written from the benchmark's description, not copied.
IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUFFER_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        node = queue
        while node.link is not None:
            node = node.link
        node.link = self
        return queue


class Task:
    """A task control block. State: `pending` (packets queued), `waiting` (it
    asked to wait for a packet), `held` (suspended until released)."""

    def __init__(self, scheduler, ident, priority, queue, pending, waiting):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.pending = pending
        self.waiting = waiting
        self.held = False
        self.link = scheduler.tasks
        scheduler.tasks = self
        scheduler.table[ident] = self

    def blocked(self):
        return self.held or (self.waiting and not self.pending)

    def run(self):
        packet = None
        if self.pending and self.waiting and not self.held:
            packet = self.queue
            self.queue = packet.link
            self.pending = self.queue is not None
            self.waiting = False
        return self.step(packet)

    def add_packet(self, packet, current):
        if self.queue is None:
            packet.link = None
            self.queue = packet
            self.pending = True
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current

    def wait(self):
        self.waiting = True
        return self

    def release(self, ident):
        task = self.scheduler.table[ident]
        task.held = False
        if task.priority > self.priority:
            return task
        return self

    def hold(self):
        self.scheduler.hold_count += 1
        self.held = True
        return self.link

    def send(self, packet):
        self.scheduler.send_count += 1
        target = self.scheduler.table[packet.ident]
        packet.ident = self.ident
        return target.add_packet(packet, self)


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, count):
        Task.__init__(self, scheduler, ident, priority, None, False, False)
        self.control = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.hold()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue, True, True)
        self.destination = HANDLER_A
        self.count = 0

    def step(self, packet):
        if packet is None:
            return self.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = 64 + self.count
        return self.send(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue, True, True)
        self.work = None
        self.devices = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            work = self.work
            index = work.datum
            if index < BUFFER_SIZE:
                if self.devices is not None:
                    device = self.devices
                    self.devices = device.link
                    device.datum = work.data[index]
                    work.datum = index + 1
                    return self.send(device)
            else:
                self.work = work.link
                return self.send(work)
        return self.wait()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        Task.__init__(self, scheduler, ident, priority, None, False, True)
        self.parked = None

    def step(self, packet):
        if packet is None:
            if self.parked is None:
                return self.wait()
            parked = self.parked
            self.parked = None
            return self.send(parked)
        self.parked = packet
        self.scheduler.output_count += 1
        return self.hold()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.hold_count = 0
        self.send_count = 0
        self.output_count = 0

    def schedule(self):
        task = self.tasks
        while task is not None:
            if task.blocked():
                task = task.link
            else:
                task = task.run()


def run_once(count):
    s = Scheduler()
    IdleTask(s, IDLE, 0, count)
    work = Packet(None, WORKER, KIND_WORK)
    work = Packet(work, WORKER, KIND_WORK)
    WorkerTask(s, WORKER, 1000, work)
    queue = Packet(None, DEVICE_A, KIND_DEVICE)
    queue = Packet(queue, DEVICE_A, KIND_DEVICE)
    queue = Packet(queue, DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, queue)
    queue = Packet(None, DEVICE_B, KIND_DEVICE)
    queue = Packet(queue, DEVICE_B, KIND_DEVICE)
    queue = Packet(queue, DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, queue)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    s.schedule()
    return s.hold_count, s.send_count, s.output_count


results = [run_once(10000) for _ in range(12)]
print("richards", results[0], len(set(results)))
