"""Calls of shapes_and_numbers, run against the interpreted and the compiled module."""

from typing import Any, Callable


def cases(m: Any) -> list[tuple[str, Callable[[], object]]]:
    c = m.Counter(10)
    p = m.Point(1.0, 2.0)
    return [
        ("constants", lambda: (m.SCALE, m.names)),
        ("defaults", lambda: (m.add(1), m.add(1, 5), m.add(a=2, b=3), m.add(b=1, a=0))),
        ("list arg", lambda: m.total([1, 2, 3, -4])),
        ("empty list", lambda: m.total([])),
        ("parse ok", lambda: m.parse("42")),
        ("user exception", lambda: m.parse("x")),
        ("value ints", lambda: m.small(1000, 200)),
        ("value int overflow inside", lambda: m.small(2**30, 4)),
        ("dict in, list of tuples out, print", lambda: m.shout({"b": 2, "a": 1})),
        ("frozen dataclass", lambda: (repr(p), p.x, p.norm2(), p == m.Point(1.0, 2.0), p != m.Point(1.0, 3.0))),
        ("frozen hash", lambda: hash(p) == hash(m.Point(1.0, 2.0))),
        ("int where float", lambda: repr(m.mid(p, m.Point(3, 4)))),
        ("class with state", lambda: (c.bump(), c.bump(5), c.bump(by=2), c.count)),
        ("optional", lambda: (m.maybe(None), m.maybe(3))),
        ("bad: str for int", lambda: m.add("x")),
        ("bad: missing argument", lambda: m.add()),
        ("bad: too many", lambda: m.add(1, 2, 3)),
        ("bad: unknown keyword", lambda: m.add(1, c=2)),
        ("bad: item type", lambda: m.total([1, "a"])),
        ("bad: u8 range", lambda: m.small(1, 300)),
        ("bad: i32 range", lambda: m.small(2**31, 1)),
        ("frozen assign", lambda: setattr(p, "x", 3.0)),
        ("set a field", lambda: (setattr(c, "count", 7), c.bump())[1]),
    ]
