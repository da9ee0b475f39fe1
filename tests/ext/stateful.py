"""Module state across extension calls: globals changed by calls, code run at import, Final constants."""

from typing import Final

VERSION: Final = "1.2.3"
LIMIT: Final = 3
RATE: Final = 0.25
ENABLED: Final = True
NAMES: Final = ("alpha", "beta")
PRIMES: Final[list[int]] = [2, 3, 5, 7]
UNITS: Final = {"k": 1000, "M": 1000000}

counter = 0
total: float = 0.0
log: list[str] = []
registry: dict[str, int] = {}
last: str | None = None
import_steps: list[str] = []


class Limited(Exception):
    pass


def _setup() -> int:
    import_steps.append("setup")
    for p in PRIMES:
        registry[f"p{p}"] = p
    return len(registry)


print("importing stateful, version", VERSION)
loaded = _setup()
import_steps.append(f"loaded {loaded}")
SQUARES: Final = [i * i for i in range(5)]


def bump(by: int = 1) -> int:
    global counter
    counter += by
    return counter


def add(x: float) -> float:
    global total
    total += x * RATE
    return total


def record(msg: str) -> int:
    global last
    if len(log) >= LIMIT:
        raise Limited(f"log is full ({LIMIT})")
    log.append(msg)
    last = msg
    return len(log)


def snapshot() -> tuple[int, float, list[str], str | None]:
    return (counter, total, list(log), last)


def register(name: str, value: int) -> dict[str, int]:
    registry[name] = value
    return registry


def reset() -> None:
    global counter, total, last
    counter = 0
    total = 0.0
    last = None
    log.clear()


def steps() -> list[str]:
    return import_steps


def scaled(n: int) -> int:
    return n * UNITS["k"] + len(NAMES)


opened = 0


class Session:
    kind = "session"

    def __init__(self, user: str) -> None:
        global opened
        opened += 1
        self.user = user
        self.id = bump()

    def __repr__(self) -> str:
        return f"Session({self.user!r}, {self.id})"


def sessions_opened() -> int:
    return opened
