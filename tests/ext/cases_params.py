"""Calls of params, run against the interpreted and the compiled module."""

from typing import Any, Callable


def _snap(f: Callable[..., Any], *args: Any) -> Any:
    """Call f and copy a list/dict result at once (the interpreted module returns its default object)."""
    r = f(*args)
    return r.copy() if isinstance(r, (list, dict)) else r


def cases(m: Any) -> list[tuple[str, Callable[[], object]]]:
    g = m.Greeter()
    return [
        # positional-only
        ("pos only", lambda: m.pos_only(1, 2)),
        ("pos only default", lambda: (m.pos_only_default(9), m.pos_only_default(9, 1))),
        ("bad: pos only by keyword", lambda: m.pos_only(1, b=2)),
        ("bad: pos only all by keyword", lambda: m.pos_only(a=1, b=2)),
        ("bad: pos only default by keyword", lambda: m.pos_only_default(1, b=2)),
        ("bad: pos only too many", lambda: m.pos_only(1, 2, 3)),
        ("bad: pos only missing", lambda: m.pos_only(1)),
        # keyword-only
        ("kw only", lambda: (m.kw_only(name="x"), m.kw_only(name="x", count=3), m.kw_only(sep="-", count=2, name="y"))),
        ("kw only after positional", lambda: (m.kw_only_after(1.0), m.kw_only_after(1.0, offset=0.5),
                                              m.kw_only_after(x=2.0, scale=0.5))),
        ("bad: kw only passed positionally", lambda: m.kw_only("x")),
        ("bad: kw only missing required", lambda: m.kw_only(count=2)),
        ("bad: kw only extra positional", lambda: m.kw_only_after(1.0, 3.0)),
        ("mixed", lambda: (m.mixed(1, 2, c=3), m.mixed(1, b=2, c=3), m.mixed(1, c=3, b=2))),
        ("bad: mixed c positional", lambda: m.mixed(1, 2, 3)),
        ("bad: mixed a by keyword", lambda: m.mixed(a=1, b=2, c=3)),
        ("bad: mixed missing c", lambda: m.mixed(1, 2)),
        ("bad: mixed missing b", lambda: m.mixed(1, c=2)),
        # defaults of every kind
        ("literal defaults", lambda: m.literals()),
        ("literal defaults overridden", lambda: (m.literals(0, 1.0, "s", False, 7, "e", (2, "two")),
                                                 m.literals(n=None, b=False), m.literals(t=(9, "nine")))),
        ("computed defaults", lambda: (m.computed(), m.computed(1), m.computed(label="L"), m.computed(k=0.0))),
        ("mutable default evaluated once", lambda: [_snap(m.append_to, x) for x in (1, 2)]),
        ("mutable default explicit list", lambda: m.append_to(3, [0])),
        ("mutable default keeps growing", lambda: [_snap(m.append_to, x) for x in (4, 5)]),
        ("mutable default keyword", lambda: _snap(lambda: m.append_to(x=6))),
        ("mutable default explicit keyword", lambda: m.append_to(7, acc=[])),
        ("mutable dict default", lambda: [m.count_into(k) for k in ("a", "b", "a", "a")]),
        ("mutable dict default explicit", lambda: m.count_into("a", {"a": 10})),
        ("default from Final list", lambda: (m.widths(), m.widths([5]), m.widths(extra=[]))),
        ("optional default", lambda: (m.opt(), m.opt(None), m.opt(1), m.opt(x=None))),
        ("no args", lambda: m.no_args()),
        # keyword calls
        ("all keyword", lambda: m.many(f={"k": 1}, e=[1], d=True, c=0.5, b="s", a=1)),
        ("mixed order keyword", lambda: m.many(1, "s", e=[], f={}, c=2.5, d=False)),
        ("all kinds", lambda: (m.all_kinds(1), m.all_kinds(1, "x"), m.all_kinds(1, b="y", d=["q"]),
                               m.all_kinds(1, c=2.0), m.all_kinds(2, "z", c=0.0, d=None))),
        ("kwargs from dict", lambda: m.many(**{"a": 1, "b": "x", "c": 1.0, "d": False, "e": [], "f": {}})),
        ("args from tuple", lambda: m.pos_only(*(4, 5))),
        # argument binding errors
        ("bad: missing positional", lambda: m.many(1, "s")),
        ("bad: too many positional", lambda: m.no_args(1)),
        ("bad: too many with defaults", lambda: m.literals(1, 1.0, "s", True, None, "", (1, "a"), 99)),
        ("bad: unexpected keyword", lambda: m.opt(y=1)),
        ("bad: unexpected keyword on no args", lambda: m.no_args(x=1)),
        ("bad: multiple values", lambda: m.opt(1, x=2)),
        ("bad: multiple values later param", lambda: m.many(1, "s", 1.0, True, [], {}, a=2)),
        ("bad: keyword for pos-only and unexpected", lambda: m.all_kinds(a=1)),
        ("bad: wrong type by keyword", lambda: m.kw_only(name=5)),
        ("bad: wrong type default slot", lambda: m.literals(n="x")),
        ("bad: wrong type tuple default slot", lambda: m.literals(t=(1, 2))),
        # methods and constructors
        ("ctor defaults", lambda: (g.greet("ann"), m.Greeter("hi").greet("bo", 2), m.Greeter(punct="?").greet("cy"))),
        ("method kw only", lambda: (g.greet("dee", loud=True), g.greet("ed", times=2, loud=False))),
        ("static method defaults", lambda: (m.Greeter.pad("ab"), m.Greeter.pad("ab", 4), m.Greeter.pad("ab", fill="_"))),
        ("bad: ctor pos-only by keyword", lambda: m.Greeter(greeting="yo")),
        ("bad: ctor kw-only positionally", lambda: m.Greeter("yo", "?")),
        ("bad: method pos-only by keyword", lambda: g.greet(who="x")),
        ("bad: method kw-only positionally", lambda: g.greet("x", 1, True)),
        ("bad: method unexpected keyword", lambda: g.greet("x", shout=True)),
        ("bad: method missing", lambda: g.greet()),
        ("bad: static too many", lambda: m.Greeter.pad("a", 1, "x")),
        ("unbound method call", lambda: m.Greeter.greet(g, "fay")),
        ("bad: unbound method wrong self", lambda: m.Greeter.greet("notgreeter", "fay")),
    ]
