"""Calls of stateful, run against the interpreted and the compiled module (in this order: state carries over).

Module attributes holding containers are copied at each read (list(...), dict(...)) so that a
later call cannot change a value the interpreted module handed out by reference."""

from typing import Any, Callable


def _set_global(m: Any, name: str, value: Any) -> Any:
    setattr(m, name, value)
    return getattr(m, name)


def cases(m: Any) -> list[tuple[str, Callable[[], object]]]:
    return [
        ("final constants", lambda: (m.VERSION, m.LIMIT, m.RATE, m.ENABLED, m.NAMES, m.PRIMES, m.UNITS, m.SQUARES)),
        ("import-time code ran", lambda: (m.loaded, m.steps(), list(m.import_steps), dict(m.registry))),
        ("initial globals", lambda: (m.counter, m.total, list(m.log), m.last)),
        ("counter bumps", lambda: [m.bump() for _ in range(3)] + [m.bump(10), m.bump(by=-2)]),
        ("counter global visible", lambda: m.counter),
        ("float accumulator", lambda: (m.add(1.0), m.add(2.0))),
        ("float global visible", lambda: m.total),
        ("log appends", lambda: (m.record("a"), m.record("é"))),
        ("list and optional globals visible", lambda: (list(m.log), m.last)),
        ("snapshot", lambda: m.snapshot()),
        ("log limit raises", lambda: (m.record("c"), m.record("d"))),
        ("state after raise", lambda: m.snapshot()),
        ("exception class of module", lambda: issubclass(m.Limited, Exception)),
        ("registry grows", lambda: (dict(m.register("x", 1)), dict(m.register("p2", 20)))),
        ("dict global visible", lambda: dict(m.registry)),
        ("reset", lambda: (m.reset(), m.snapshot())[1]),
        ("record after reset", lambda: (m.record("again"), m.snapshot())),
        ("constants used inside", lambda: m.scaled(7)),
        ("objects bump the global", lambda: (repr(m.Session("ann")), repr(m.Session("bob")), m.sessions_opened(), m.snapshot()[0])),
        ("globals visible after objects", lambda: (m.counter, m.opened)),
        ("class constant on instance", lambda: m.Session("cy").kind),
        ("class constant on class", lambda: m.Session.kind),
        ("state survives many calls", lambda: (sum(m.bump() for _ in range(1000)), m.snapshot()[0])),
        ("global set from CPython", lambda: (_set_global(m, "counter", 100), m.bump(), m.snapshot()[0])),
        ("module attributes", lambda: sorted(k for k in ("VERSION", "counter", "bump", "Session", "Limited", "log", "nosuch")
                                             if hasattr(m, k))),
        ("missing attribute", lambda: m.nosuch),
    ]
