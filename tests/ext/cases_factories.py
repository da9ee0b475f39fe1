"""Calls of factories, run against the interpreted and the compiled module."""

from typing import Any, Callable


def cases(m: Any) -> list[tuple[str, Callable[[], object]]]:
    p = m.make_pipeline("twice")
    return [
        ("classmethod on base", lambda: m.Shape.unit().describe()),
        ("classmethod inherited, cls is the subclass", lambda: (m.Square.unit("sq").describe(),
                                                                type(m.Square.unit()).__name__)),
        ("classmethod overridden", lambda: m.Circle.unit().describe()),
        ("classmethod keyword-only", lambda: m.Square.scaled(3.0, name="big").area()),
        ("classmethod through an instance", lambda: m.Square("a").unit().describe()),
        ("class constants", lambda: (m.Shape.sides, m.Square.sides, m.Circle.sides, m.Square("x").sides)),
        ("dataclass classmethod", lambda: (str(m.Money.parse("12.5 USD")), m.Money.parse("3"))),
        ("dataclass defaults", lambda: (m.Money(5), m.Money(5) == m.Money(5, "EUR"), hash(m.Money(7)) == hash(m.Money(7)))),
        ("field defaults on the class", lambda: (m.Money.currency, m.Shape.sides, m.Square.sides)),
        ("field set on an instance", lambda: (lambda q: (setattr(q, "sides", 6), q.sides, m.Square.sides)[1:])(m.Square("h"))),
        ("object holding a callable", lambda: (p.run(21), p.label)),
        ("bad: classmethod argument", lambda: m.Square.scaled("3")),
        ("bad: positional keyword-only", lambda: m.Square.scaled(3.0, "big")),
    ]
