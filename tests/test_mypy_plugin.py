"""Plain mypy with `plugins = py4c.mypy_plugin` reports py4's contract codes beside its
own, with the messages of py4c's own checker, so every editor integration of mypy
shows them."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from py4c.typecheck import contracts
from tests.differential import ROOT

PROGRAM = '''from dataclasses import dataclass
from py4 import i32, u8
import functools

class Meta(type):
    pass


class Tagged(metaclass=Meta):
    pass


class A:
    LIMIT = 5
    print("in the body")

    def __del__(self) -> None:
        pass

    @functools.cache
    def m(self) -> int:
        return 1

    class Inner:
        pass


class B:
    pass


class C(A, B):
    pass


@dataclass(frozen=True)
class Point:
    x: int


@dataclass(frozen=True)
class Path:
    points: list[Point]
    start: Point


def f(a: A, name: str) -> None:
    class Local:
        pass
    print(getattr(a, "LIMIT"), getattr(a, name), eval(name), globals(), vars(a))
    setattr(a, "LIMIT", 1)
    a.LIMIT = 4


small = u8(300)
fine = u8(255)
neg = i32(-2147483649)
bad: int = 'x'
A.LIMIT = 6
'''

# (line, code, message) that plain mypy must report with the plugin
EXPECTED = [
    (9, "metaclass", contracts.metaclass("Tagged")),
    (15, "class-body", contracts.CLASS_BODY),
    (17, "finalizer", contracts.FINALIZER),
    (20, "decorator", contracts.decorator("method", "functools.cache")),
    (24, "nested-class", contracts.NESTED_CLASS_IN_CLASS),
    (32, "multiple-inheritance", contracts.multiple_inheritance("C")),
    (48, "nested-class", contracts.NESTED_CLASS_IN_FUNCTION),
    (50, "dynamic", contracts.dynamic("getattr")),
    (50, "dynamic", contracts.dynamic("eval")),
    (50, "dynamic", contracts.dynamic("globals")),
    (50, "dynamic", contracts.dynamic("vars")),
    (51, "dynamic", contracts.dynamic("setattr")),
    (52, "class-attr-assign", contracts.class_attr_assign("A", "LIMIT")),
    (55, "value-range", contracts.value_range(300, "u8")),
    (57, "value-range", contracts.value_range(-2147483649, "i32")),
    (58, "assignment", 'Incompatible types in assignment (expression has type "str", variable has type "int")'),
    (59, "class-attr-assign", contracts.class_attr_assign("A", "LIMIT")),
]
NOT_DEEP = (43, "not-deep-value", contracts.not_deep_value("Path", "points", "list[Point]"))
_LINE = re.compile(r"^prog\.py:(\d+): (error|note): (.*?)(?:  \[([a-z0-9-]+)\])?$")


def _mypy(tmp: str, strict_frozen: bool) -> tuple[int, list[tuple[int, str, str, str]]]:
    src = os.path.join(tmp, "prog.py")
    with open(src, "w", encoding="utf-8") as f:
        f.write(PROGRAM)
    cfg = os.path.join(tmp, "mypy.ini")
    with open(cfg, "w", encoding="utf-8") as f:
        f.write("[mypy]\nplugins = py4c.mypy_plugin\n")
    env = {**os.environ, "MYPYPATH": ROOT}
    env.pop("PY4C_STRICT_FROZEN", None)
    if strict_frozen:
        env["PY4C_STRICT_FROZEN"] = "1"
    p = subprocess.run([sys.executable, "-m", "mypy", "--config-file", cfg, "--no-incremental", "--show-error-codes",
                        "prog.py"], capture_output=True, text=True, env=env, cwd=tmp, timeout=300)
    out = []
    for line in p.stdout.splitlines():
        m = _LINE.match(line)
        if m:
            out.append((int(m[1]), m[2], m[4] or "", m[3]))
    return p.returncode, out


def test_plain_mypy_reports_py4_codes(tmp_path: "os.PathLike[str]") -> None:
    status, got = _mypy(str(tmp_path), strict_frozen=False)
    errors = {(line, code, msg) for line, sev, code, msg in got if sev == "error"}
    for want in EXPECTED:
        assert want in errors, (want, got)
    assert errors == set(EXPECTED), errors - set(EXPECTED)  # nothing else: u8(255), getattr(a, "LIMIT") pass
    # each py4 error is followed by its hint, as a note on the same line
    assert (55, "note", "", contracts.value_range_hint("u8")) in got
    # a frozen dataclass with a mutable field: a note (mypy's exit status counts errors only)
    line, code, msg = NOT_DEEP
    assert (line, "note", "", f"{msg}  [{code}]") in got or (line, "note", code, msg) in got, got
    assert not any(g[0] == 44 for g in got), got  # `start: Point` is a deep value
    assert status == 1


def test_plain_mypy_strict_frozen_makes_not_deep_value_an_error(tmp_path: "os.PathLike[str]") -> None:
    _, got = _mypy(str(tmp_path), strict_frozen=True)
    assert (*NOT_DEEP[:1], "error", NOT_DEEP[1], NOT_DEEP[2]) in got, got
