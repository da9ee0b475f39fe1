"""Calls of classes, run against the interpreted and the compiled module."""

from typing import Any, Callable


def _set(obj: Any, name: str, value: Any) -> Any:
    setattr(obj, name, value)
    return getattr(obj, name)


def _sequence(*steps: Callable[[], object]) -> list[object]:
    return [s() for s in steps]


def cases(m: Any) -> list[tuple[str, Callable[[], object]]]:
    r = m.Rect(2.0, 3.0)
    sq = m.Square(1.5)
    reg = m.Registry()
    acct = m.Account("ann")
    t = m.Temperature(20.0)
    return [
        # hierarchy and virtual dispatch
        ("base instance", lambda: (repr(m.Shape("blob")), m.Shape("blob").area(), m.Shape("blob").describe())),
        ("subclass methods", lambda: (repr(r), r.area(), r.describe(), r.name)),
        ("sub-subclass override with super", lambda: (repr(sq), sq.area(), sq.describe(), sq.name)),
        ("base-typed result is a subclass", lambda: [type(m.make_shape(k, 2.0)).__name__ for k in ("rect", "square", "dot")]),
        ("isinstance from CPython", lambda: (isinstance(sq, m.Rect), isinstance(sq, m.Shape), isinstance(r, m.Square),
                                             isinstance(m.make_shape("square", 1.0), m.Square))),
        ("issubclass from CPython", lambda: (issubclass(m.Square, m.Shape), issubclass(m.Shape, m.Rect))),
        ("class names", lambda: (m.Shape.__name__, m.Square.__name__, type(r).__name__)),
        ("dispatch through list", lambda: m.describe_all([m.Shape("p"), r, sq, m.make_shape("rect", 1.0)])),
        ("total area", lambda: m.total_area([r, sq, m.Shape("z")])),
        ("total area empty", lambda: m.total_area([])),
        ("subclass where base expected", lambda: repr(m.bigger(r, sq))),
        ("sub-subclass where subclass expected", lambda: m.rect_ratio(sq)),
        # fields
        ("fields read", lambda: (r.w, r.h, sq.w, sq.name)),
        ("field write then method", lambda: (_set(m.Rect(1.0, 1.0), "w", 4.0), r.area())),
        ("field write int for float", lambda: (lambda x: (setattr(x, "h", 5), x.area())[1])(m.Rect(2.0, 1.0))),
        ("field write str", lambda: _set(m.Shape("a"), "name", "renamed")),
        ("bad: field write wrong type", lambda: setattr(m.Rect(1.0, 1.0), "w", "wide")),
        ("missing attribute", lambda: m.Rect(1.0, 1.0).depth),
        ("mutation by compiled code visible", lambda: (m.widen(r, 1.0).w, r.w, r.area())),
        # identity
        ("same object returned twice", lambda: m.shared() is m.shared()),
        ("argument returned is the same object", lambda: (lambda x: m.widen(x, 0.0) is x)(m.Rect(1.0, 2.0))),
        ("bigger returns its argument", lambda: (lambda a, b: (m.bigger(a, b) is b, m.bigger(b, a) is b))(m.Shape("s"), m.Rect(1.0, 1.0))),
        ("registry keeps identity", lambda: (lambda s: (reg.add(s) is s, reg.get(-1) is s, len(reg)))(m.Square(2.0))),
        ("registry len dunder", lambda: (reg.add(m.Shape("x")).name, len(reg))),
        ("registry bad index", lambda: reg.get(99)),
        ("shared state", lambda: (m.shared().w, _set(m.shared(), "w", 9.0), m.shared().w, m.shared().area())),
        # regular class with __init__ defaults
        ("init defaults", lambda: (repr(m.Account("bob")), repr(m.Account("bob", 5)), repr(m.Account("bob", currency="USD")),
                                   repr(m.Account(owner="c", balance=2, currency="GBP")))),
        ("method changing state", lambda: (acct.deposit(10), acct.deposit(5), acct.balance, acct.history)),
        ("method raising", lambda: acct.deposit(0)),
        ("bad: init wrong type", lambda: m.Account(5)),
        ("bad: init missing", lambda: m.Account()),
        ("bad: init too many", lambda: m.Account("a", 1, "b", 2)),
        # dataclass with default fields
        ("dataclass defaults", lambda: (repr(m.Item("a")), repr(m.Item("b", 2.5)), repr(m.Item("c", qty=3, tags=["x"])))),
        ("dataclass eq", lambda: (m.Item("a") == m.Item("a"), m.Item("a") == m.Item("a", 2.0), m.Item("a") != m.Item("b"))),
        ("dataclass fields", lambda: (lambda i: (i.name, i.price, i.qty, i.tags, i.cost()))(m.Item("z", 0.5, 4, ["t"]))),
        ("dataclass field write", lambda: (lambda i: (_set(i, "qty", 7), i.cost(), repr(i)))(m.Item("w", 2.0))),
        ("dataclass default_factory fresh", lambda: m.Item("a").tags is not m.Item("b").tags),
        ("order total", lambda: m.order_total([m.Item("a", 1.5, 2), m.Item("b")])),
        ("cheapest", lambda: repr(m.cheapest([m.Item("a", 3.0), m.Item("b", 0.25), m.Item("c", 0.25)]))),
        ("cheapest of none", lambda: m.cheapest([])),
        ("bad: dataclass field type", lambda: m.Item("a", "cheap")),
        ("bad: list of wrong class", lambda: m.order_total([m.Item("a"), m.Rect(1.0, 1.0)])),
        # __eq__ and __hash__
        ("eq from CPython", lambda: (m.Key(1, "A") == m.Key(1, "a"), m.Key(1, "a") == m.Key(2, "a"), m.Key(1, "a") != m.Key(1, "b"),
                                     m.Key(1, "a") == "Key")),
        ("hash from CPython", lambda: (hash(m.Key(3, "ab")) == hash(m.Key(3, "AB")), hash(m.Key(3, "ab")))),
        ("set of objects in CPython", lambda: len({m.Key(1, "a"), m.Key(1, "A"), m.Key(2, "a")})),
        ("dict of objects in CPython", lambda: {m.Key(1, "a"): 1, m.Key(1, "A"): 2}[m.Key(1, "a")]),
        ("count keys compiled", lambda: m.count_keys([m.Key(1, "a"), m.Key(1, "A"), m.Key(2, "a")])),
        ("dict with object keys out", lambda: m.key_index([m.Key(1, "x"), m.Key(2, "y"), m.Key(1, "X")])),
        ("in list uses eq", lambda: m.Key(5, "Q") in [m.Key(5, "q")]),
        # __lt__ from CPython
        ("sorted by __lt__", lambda: repr(sorted(m.versions(["1.10", "1.2", "0.9", "2.0"])))),
        ("sorted reverse", lambda: repr(sorted(m.versions(["1.1", "3.0", "2.5"]), reverse=True))),
        ("min max from CPython", lambda: (repr(min(m.versions(["3.1", "3.0"]))), repr(max(m.versions(["3.1", "3.0"]))))),
        ("lt and gt", lambda: (m.Version(1, 2) < m.Version(1, 3), m.Version(2, 0) > m.Version(1, 9))),
        ("newest compiled", lambda: repr(m.newest(m.versions(["0.1", "0.10", "0.2"])))),
        ("le not defined", lambda: m.Version(1, 2) <= m.Version(1, 3)),
        ("bad version string", lambda: m.versions(["1.x"])),
        # __len__, __add__, __contains__
        ("len dunder", lambda: (len(m.Bag(["a", "b"])), len(m.Bag([])))),
        ("add dunder", lambda: repr(m.Bag(["a"]) + m.Bag(["b", "c"]))),
        ("contains dunder", lambda: ("a" in m.Bag(["a"]), "z" in m.Bag(["a"]))),
        ("bool via len", lambda: (bool(m.Bag([])), bool(m.Bag(["x"])))),
        ("bad: add wrong operand", lambda: m.Bag(["a"]) + 1),
        # property and staticmethod
        ("property get", lambda: (t.celsius, t.fahrenheit)),
        ("property set", lambda: (_set(t, "celsius", 100.0), t.fahrenheit)),
        ("property setter raises", lambda: setattr(t, "celsius", -300.0)),
        ("read-only property", lambda: setattr(t, "fahrenheit", 1.0)),
        ("staticmethod via class", lambda: (m.Temperature.clamp(5, 0, 3), m.Temperature.clamp(-5, 0, 3))),
        ("staticmethod via instance", lambda: t.clamp(2, 0, 3)),
        ("staticmethod factory", lambda: round(m.Temperature.from_fahrenheit(212.0).celsius, 9)),
        # optional references and recursion through objects
        ("linked nodes out", lambda: (lambda n: (n.value, n.next.value, n.next.next.next))(m.chain([1, 2, 3]))),
        ("linked nodes in", lambda: m.chain_values(m.Node(1, m.Node(2, m.Node(3))))),
        ("none chain", lambda: (m.chain([]), m.chain_values(None))),
        ("node default", lambda: m.Node(4).next),
        # wrong classes
        ("bad: base where subclass expected", lambda: m.rect_ratio(m.Shape("x"))),
        ("bad: unrelated class", lambda: m.rect_ratio(m.Item("x"))),
        ("bad: str for object", lambda: m.bigger("a", r)),
        ("bad: None for object", lambda: m.total_area([None])),
        ("bad: wrong class in optional", lambda: m.chain_values(m.Item("x"))),
    ]
