"""Richards: Martin Richards' operating-system task scheduler simulation, the
classic object-oriented benchmark, translated from the Python version in
pyperformance (after the Java version by Mario Wolczko, from a C++ version
derived from L Peter Deutsch's Smalltalk version of the BCPL original).

Classes and virtual dispatch: the four task kinds are subclasses of `Task`
that override `fn`, each with its own `TaskRec` subclass of private state;
packets are linked lists of `Packet` objects (`Packet | None` links).

Runs the scheduler ITERATIONS times and prints the hold and queue-packet
counts of the last run and whether every run produced the expected counts.
"""
from __future__ import annotations

from typing import Final

ITERATIONS: Final[int] = 20

# Task IDs
I_IDLE: Final[int] = 1
I_WORK: Final[int] = 2
I_HANDLERA: Final[int] = 3
I_HANDLERB: Final[int] = 4
I_DEVA: Final[int] = 5
I_DEVB: Final[int] = 6

# Packet types
K_DEV: Final[int] = 1000
K_WORK: Final[int] = 1001

BUFSIZE: Final[int] = 4
TASKTABSIZE: Final[int] = 10

EXPECTED_HOLD_COUNT: Final[int] = 9297
EXPECTED_QPKT_COUNT: Final[int] = 23246

TRACING: Final[bool] = False
layout = 0

A: Final[int] = ord("A")


class Packet:
    def __init__(self, link: Packet | None, ident: int, kind: int) -> None:
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, lst: Packet | None) -> Packet:
        self.link = None
        if lst is None:
            return self
        p = lst
        nxt = p.link
        while nxt is not None:
            p = nxt
            nxt = p.link
        p.link = self
        return lst


# Task records


class TaskRec:
    pass


class DeviceTaskRec(TaskRec):
    def __init__(self) -> None:
        self.pending: Packet | None = None


class IdleTaskRec(TaskRec):
    def __init__(self) -> None:
        self.control = 1
        self.count = 10000


class HandlerTaskRec(TaskRec):
    def __init__(self) -> None:
        self.work_in: Packet | None = None
        self.device_in: Packet | None = None

    def work_in_add(self, p: Packet) -> Packet:
        self.work_in = p.append_to(self.work_in)
        return self.work_in

    def device_in_add(self, p: Packet) -> Packet:
        self.device_in = p.append_to(self.device_in)
        return self.device_in


class WorkerTaskRec(TaskRec):
    def __init__(self) -> None:
        self.destination = I_HANDLERA
        self.count = 0


# Task


class TaskState:
    def __init__(self) -> None:
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def packet_pending_state(self) -> TaskState:
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False
        return self

    def waiting(self) -> TaskState:
        self.packet_pending = False
        self.task_waiting = True
        self.task_holding = False
        return self

    def running(self) -> TaskState:
        self.packet_pending = False
        self.task_waiting = False
        self.task_holding = False
        return self

    def waiting_with_packet(self) -> TaskState:
        self.packet_pending = True
        self.task_waiting = True
        self.task_holding = False
        return self

    def is_packet_pending(self) -> bool:
        return self.packet_pending

    def is_task_waiting(self) -> bool:
        return self.task_waiting

    def is_task_holding(self) -> bool:
        return self.task_holding

    def is_task_holding_or_waiting(self) -> bool:
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def is_waiting_with_packet(self) -> bool:
        return self.packet_pending and self.task_waiting and not self.task_holding


def trace(a: str) -> None:
    global layout
    layout -= 1
    if layout <= 0:
        print()
        layout = 50
    print(a, end="")


class TaskWorkArea:
    def __init__(self) -> None:
        self.task_tab: list[Task | None] = [None] * TASKTABSIZE
        self.task_list: Task | None = None
        self.hold_count = 0
        self.qpkt_count = 0


task_work_area: TaskWorkArea = TaskWorkArea()


class Task(TaskState):
    def __init__(
        self,
        ident: int,
        priority: int,
        input: Packet | None,
        initial_state: TaskState,
        handle: TaskRec,
    ) -> None:
        super().__init__()
        self.link = task_work_area.task_list
        self.ident = ident
        self.priority = priority
        self.input = input

        self.packet_pending = initial_state.is_packet_pending()
        self.task_waiting = initial_state.is_task_waiting()
        self.task_holding = initial_state.is_task_holding()

        self.handle = handle

        task_work_area.task_list = self
        task_work_area.task_tab[ident] = self

    def fn(self, pkt: Packet | None, r: TaskRec) -> Task | None:
        raise NotImplementedError

    def add_packet(self, p: Packet, old: Task) -> Task:
        if self.input is None:
            self.input = p
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            p.append_to(self.input)
        return old

    def run_task(self) -> Task | None:
        msg: Packet | None = None
        if self.is_waiting_with_packet():
            msg = self.input
            assert msg is not None
            self.input = msg.link
            if self.input is None:
                self.running()
            else:
                self.packet_pending_state()
        return self.fn(msg, self.handle)

    def wait_task(self) -> Task:
        self.task_waiting = True
        return self

    def hold(self) -> Task | None:
        task_work_area.hold_count += 1
        self.task_holding = True
        return self.link

    def release(self, i: int) -> Task:
        t = self.findtcb(i)
        t.task_holding = False
        if t.priority > self.priority:
            return t
        return self

    def qpkt(self, pkt: Packet) -> Task:
        t = self.findtcb(pkt.ident)
        task_work_area.qpkt_count += 1
        pkt.link = None
        pkt.ident = self.ident
        return t.add_packet(pkt, self)

    def findtcb(self, ident: int) -> Task:
        t = task_work_area.task_tab[ident]
        if t is None:
            raise ValueError(f"Bad task id {ident}")
        return t


class DeviceTask(Task):
    def fn(self, pkt: Packet | None, r: TaskRec) -> Task | None:
        if not isinstance(r, DeviceTaskRec):
            raise TypeError("DeviceTaskRec expected")
        if pkt is None:
            pkt = r.pending
            if pkt is None:
                return self.wait_task()
            r.pending = None
            return self.qpkt(pkt)
        r.pending = pkt
        if TRACING:
            trace(str(pkt.datum))
        return self.hold()


class HandlerTask(Task):
    def fn(self, pkt: Packet | None, r: TaskRec) -> Task | None:
        if not isinstance(r, HandlerTaskRec):
            raise TypeError("HandlerTaskRec expected")
        if pkt is not None:
            if pkt.kind == K_WORK:
                r.work_in_add(pkt)
            else:
                r.device_in_add(pkt)
        work = r.work_in
        if work is None:
            return self.wait_task()
        count = work.datum
        if count >= BUFSIZE:
            r.work_in = work.link
            return self.qpkt(work)

        dev = r.device_in
        if dev is None:
            return self.wait_task()

        r.device_in = dev.link
        dev.datum = work.data[count]
        work.datum = count + 1
        return self.qpkt(dev)


class IdleTask(Task):
    def __init__(
        self, ident: int, priority: int, input: int, initial_state: TaskState, handle: TaskRec
    ) -> None:
        super().__init__(ident, 0, None, initial_state, handle)

    def fn(self, pkt: Packet | None, r: TaskRec) -> Task | None:
        if not isinstance(r, IdleTaskRec):
            raise TypeError("IdleTaskRec expected")
        r.count -= 1
        if r.count == 0:
            return self.hold()
        if r.control & 1 == 0:
            r.control //= 2
            return self.release(I_DEVA)
        r.control = r.control // 2 ^ 0xD008
        return self.release(I_DEVB)


class WorkTask(Task):
    def fn(self, pkt: Packet | None, r: TaskRec) -> Task | None:
        if not isinstance(r, WorkerTaskRec):
            raise TypeError("WorkerTaskRec expected")
        if pkt is None:
            return self.wait_task()

        if r.destination == I_HANDLERA:
            dest = I_HANDLERB
        else:
            dest = I_HANDLERA

        r.destination = dest
        pkt.ident = dest
        pkt.datum = 0

        for i in range(BUFSIZE):
            r.count += 1
            if r.count > 26:
                r.count = 1
            pkt.data[i] = A + r.count - 1

        return self.qpkt(pkt)


def schedule() -> None:
    t = task_work_area.task_list
    while t is not None:
        if TRACING:
            print("tcb =", t.ident)

        if t.is_task_holding_or_waiting():
            t = t.link
        else:
            if TRACING:
                trace(chr(ord("0") + t.ident))
            t = t.run_task()



class Richards:
    def run(self, iterations: int) -> bool:
        for _ in range(iterations):
            task_work_area.hold_count = 0
            task_work_area.qpkt_count = 0

            IdleTask(I_IDLE, 1, 10000, TaskState().running(), IdleTaskRec())

            wkq = Packet(None, 0, K_WORK)
            wkq = Packet(wkq, 0, K_WORK)
            WorkTask(I_WORK, 1000, wkq, TaskState().waiting_with_packet(), WorkerTaskRec())

            wkq = Packet(None, I_DEVA, K_DEV)
            wkq = Packet(wkq, I_DEVA, K_DEV)
            wkq = Packet(wkq, I_DEVA, K_DEV)
            HandlerTask(I_HANDLERA, 2000, wkq, TaskState().waiting_with_packet(), HandlerTaskRec())

            wkq = Packet(None, I_DEVB, K_DEV)
            wkq = Packet(wkq, I_DEVB, K_DEV)
            wkq = Packet(wkq, I_DEVB, K_DEV)
            HandlerTask(I_HANDLERB, 3000, wkq, TaskState().waiting_with_packet(), HandlerTaskRec())

            DeviceTask(I_DEVA, 4000, None, TaskState().waiting(), DeviceTaskRec())
            DeviceTask(I_DEVB, 5000, None, TaskState().waiting(), DeviceTaskRec())

            schedule()

            if not (
                task_work_area.hold_count == EXPECTED_HOLD_COUNT
                and task_work_area.qpkt_count == EXPECTED_QPKT_COUNT
            ):
                return False
        return True


def main() -> None:
    ok = Richards().run(ITERATIONS)
    print(
        f"richards {ITERATIONS} iterations: hold_count {task_work_area.hold_count}"
        f" qpkt_count {task_work_area.qpkt_count} {'ok' if ok else 'WRONG'}"
    )


if __name__ == "__main__":
    main()
