"""Differential driver for extension modules: `python -m tests.ext_driver MODULE.py BUILD_DIR`.

Imports the module twice -- interpreted (with py4's checked conversions, as `python -m
py4` runs it) and compiled (BUILD_DIR/NAME.abi3.so) -- runs every call of the companion
cases_NAME.py against both, and prints one line per call that differs. Calls labelled
"bad: ..." break the module's typing contract (a wrong argument type, a value integer out
of range): the interpreted module may accept them (CPython does not check annotations)
or fail anywhere, so there the compiled module must refuse the call at the boundary with
a TypeError or OverflowError that names the function. Exit status: the number of
differing calls (0: the compiled module behaves as the interpreted one).
"""

from __future__ import annotations

import contextlib
import importlib.machinery
import importlib.util
import io
import os
import sys
import types
from typing import Any, Callable


def load_interpreted(path: str) -> types.ModuleType:
    from py4.checked import CheckedLoader

    name = os.path.splitext(os.path.basename(path))[0]
    loader = CheckedLoader(name, path)
    spec = importlib.util.spec_from_loader(name, loader, origin=path)
    assert spec is not None
    m = importlib.util.module_from_spec(spec)
    loader.exec_module(m)
    return m


def load_compiled(path: str, build: str) -> types.ModuleType:
    name = os.path.splitext(os.path.basename(path))[0]
    so = os.path.join(build, name + ".abi3.so")
    loader = importlib.machinery.ExtensionFileLoader(name, so)
    spec = importlib.util.spec_from_file_location(name, so, loader=loader)
    assert spec is not None
    m = importlib.util.module_from_spec(spec)
    loader.exec_module(m)
    assert m.__file__ == so
    return m


def normal(x: Any, obj: Callable[[Any], Any] | None = None) -> Any:
    """A comparable form of a result: scalars by type and repr (nan equals nan; an int
    subclass such as py4's i64 is an int), containers by content, other objects by
    `obj(x)` if given, else by class and repr (without an address)."""
    def rec(v: Any) -> Any:
        return normal(v, obj)

    if isinstance(x, (bool, int, float, str)) or x is None:
        return (type(x).__name__ if type(x) in (bool, int, float, str) or x is None else "int", repr(x))
    if isinstance(x, (list, tuple)):
        return (type(x).__name__, [rec(v) for v in x])
    if isinstance(x, dict):
        return ("dict", [(rec(k), rec(v)) for k, v in x.items()])
    if isinstance(x, (set, frozenset)):
        return ("set", sorted(repr(rec(v)) for v in x))
    if obj is not None:
        return obj(x)
    return (type(x).__name__, repr(x) if "object at 0x" not in repr(x) else "")


def outcome(thunk: Any) -> tuple[Any, ...]:
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            r = thunk()
        return ("ok", normal(r), out.getvalue())
    except Exception as e:  # noqa: BLE001 - every exception is an outcome to compare
        bases = [c.__name__ for c in type(e).__mro__]
        return ("raise", bases, str(e), out.getvalue())


def main(argv: list[str]) -> int:
    path, build = argv
    sys.path.insert(0, os.path.dirname(os.path.abspath(path)))
    name = os.path.splitext(os.path.basename(path))[0]
    cases_mod = importlib.import_module(f"cases_{name}")
    interp, compiled = load_interpreted(path), load_compiled(path, build)
    bad = 0
    pairs = list(zip(cases_mod.cases(interp), cases_mod.cases(compiled)))
    for (label, a), (_, b) in pairs:
        x, y = outcome(a), outcome(b)
        if label.startswith("bad:"):
            same = y[0] == "raise" and y[1][0] in ("TypeError", "OverflowError", "FrozenInstanceError") \
                and (x[0] == "ok" or x[1][0] in ("TypeError", "OverflowError", "ValueError", "AttributeError",
                                                 "FrozenInstanceError"))
        else:
            same = x == y
        if not same:
            bad += 1
            print(f"{label}:\n  interpreted: {x}\n  compiled:    {y}")
    print(f"{len(pairs) - bad} of {len(pairs)} calls agree")
    return bad


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
