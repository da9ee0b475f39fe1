"""A turnstile/traffic state machine: state objects with virtual handle() returning the next state name."""


class State:
    name: str = "base"

    def on_enter(self, m: "Machine") -> None:
        m.trace.append("enter " + self.name)

    def handle(self, m: "Machine", event: str) -> str:
        return self.name


class Locked(State):
    name = "locked"

    def handle(self, m: "Machine", event: str) -> str:
        if event == "coin":
            m.coins += 1
            return "unlocked"
        if event == "push":
            m.alarms += 1
        return self.name


class Unlocked(State):
    name = "unlocked"

    def handle(self, m: "Machine", event: str) -> str:
        if event == "push":
            m.passes += 1
            return "locked"
        if event == "coin":
            m.refunds += 1
        return self.name


class Broken(State):
    name = "broken"

    def on_enter(self, m: "Machine") -> None:
        super().on_enter(m)
        m.trace.append("call technician")

    def handle(self, m: "Machine", event: str) -> str:
        return "locked" if event == "fix" else self.name


class Machine:
    def __init__(self) -> None:
        self.states: dict[str, State] = {}
        all_states: list[State] = [Locked(), Unlocked(), Broken()]
        for s in all_states:
            self.states[s.name] = s
        self.current: State = self.states["locked"]
        self.coins = 0
        self.passes = 0
        self.alarms = 0
        self.refunds = 0
        self.trace: list[str] = []

    def feed(self, event: str) -> None:
        if event == "kick":
            nxt = "broken"
        else:
            nxt = self.current.handle(self, event)
        if nxt != self.current.name:
            self.current = self.states[nxt]
            self.current.on_enter(self)


def main() -> None:
    m = Machine()
    events = "push coin coin push push coin kick coin push fix coin push".split()
    for e in events:
        m.feed(e)
        print(f"{e:>5} -> {m.current.name}")
    print(m.coins, m.passes, m.alarms, m.refunds)
    print(m.trace)
    print(State().name, m.states["broken"].name, [s.name for s in m.states.values()])


if __name__ == "__main__":
    main()
