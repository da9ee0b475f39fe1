"""`py4c check` as a tool: directories, JSON diagnostics, the --explain migration report
and warnings. (The checker on edited corpus programs: tests/test_check_robust.py.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys

MIGRATING = '''from typing import Any


def ok(n: int) -> int:
    return n * 2


def untyped(x):
    return x


class Box:
    def __init__(self, v: int) -> None:
        self.v = v

    def get(self) -> Any:
        return self.v


print(ok(2))
'''


def _py4c(*args: str, cwd: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "py4c", *args], capture_output=True, text=True, timeout=300, cwd=cwd)


def test_explain_lists_what_compiles_and_what_blocks(tmp_path: "os.PathLike[str]") -> None:
    path = os.path.join(str(tmp_path), "hot.py")
    with open(path, "w", encoding="utf-8") as f:
        f.write(MIGRATING)
    p = _py4c("check", "--explain", "hot.py", cwd=str(tmp_path))
    assert p.returncode == 1
    lines = p.stdout.splitlines()
    assert lines[0] == "hot.py: 2 of 5 functions and classes compile; 2 blockers"
    assert "  compiles  def ok (line 4)" in lines
    assert "  blocked   def untyped (line 8)" in lines
    assert "              line 8: Function is missing a type annotation [no-untyped-def]" in lines
    assert "  blocked   class Box (line 12): 1 in its methods" in lines
    assert "  compiles  def Box.__init__ (line 13)" in lines
    assert "  blocked   def Box.get (line 16)" in lines


def test_check_a_directory_as_json(tmp_path: "os.PathLike[str]") -> None:
    pkg = os.path.join(str(tmp_path), "pkg")
    os.makedirs(os.path.join(pkg, "sub"))
    with open(os.path.join(pkg, "good.py"), "w", encoding="utf-8") as f:
        f.write("print(1 + 2)\n")
    with open(os.path.join(pkg, "sub", "bad.py"), "w", encoding="utf-8") as f:
        f.write("x: int = 'a'\nz: str = 3\n")
    p = _py4c("check", pkg, "--output", "json")
    assert p.returncode == 1
    diags = json.loads(p.stdout)
    assert {d["path"] for d in diags} == {os.path.join(pkg, "sub", "bad.py")}
    first = diags[0]
    assert set(first) >= {"path", "range", "severity", "code", "message", "hint"}
    assert first["range"]["start"] == {"line": 1, "column": 10} and first["severity"] == "error"
    assert len(diags) >= 2  # every error of the run, not only the first


FROZEN = '''from dataclasses import dataclass


@dataclass(frozen=True)
class Point:
    x: int
    y: int


@dataclass(frozen=True)
class Path:
    points: list[Point]
    closed: bool


print(Path([Point(1, 2)], False).closed)
'''


def test_frozen_with_a_mutable_field_is_not_a_deep_value(tmp_path: "os.PathLike[str]") -> None:
    path = os.path.join(str(tmp_path), "shapes.py")
    with open(path, "w", encoding="utf-8") as f:
        f.write(FROZEN)
    warned = _py4c("check", path)
    assert warned.returncode == 0
    assert (f"{path}:12:5: warning: frozen dataclass 'Path' is not a deep value: field 'points' has the mutable "
            f"type 'list[Point]' [not-deep-value]") in warned.stderr
    strict = _py4c("check", "--strict-frozen", path)
    assert strict.returncode == 1 and "error: frozen dataclass 'Path' is not a deep value" in strict.stderr
    as_json = json.loads(_py4c("check", "--output", "json", path).stdout)
    assert [(d["severity"], d["code"]) for d in as_json] == [("warning", "not-deep-value")]


def test_every_contract_code_is_documented() -> None:
    """docs/editors.md lists every code of py4's contract (typecheck/contracts.py), and
    every code the mypy plugin reports is one of them."""
    from py4c.typecheck.contracts import CODES, PLUGIN_CODES
    from tests.differential import ROOT

    with open(os.path.join(ROOT, "docs", "editors.md"), encoding="utf-8") as f:
        doc = f.read()
    assert [c for c in CODES if f"| `{c}` |" not in doc] == []
    assert PLUGIN_CODES <= set(CODES)
