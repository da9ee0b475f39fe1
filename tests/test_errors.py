"""Rejected programs: each file under tests/errors/ carries its expected diagnostics as
comments on the offending lines, `# E: message [code]` for an error and `# W: message
[code]` for a warning (several per line allowed, in the style of mypy's data-driven
tests). The check must report exactly those. A first line `# flags: --strict-frozen`
checks the file as `py4c check --strict-frozen` does."""

from __future__ import annotations

import glob
import os
import re

import pytest

from py4c.diagnostics import CompileError, Diagnostic
from py4c.driver import check_file
from tests.differential import ROOT

FILES = sorted(glob.glob(os.path.join(ROOT, "tests", "errors", "**", "*.py"), recursive=True))
_EXPECT = re.compile(r"# ([EW]): (.*?) \[([a-z0-9-]+)\]")
_SEVERITY = {"E": "error", "W": "warning"}


def expected(path: str) -> tuple[set[tuple[str, int, str]], list[str]]:
    """The expected (severity, line, "message [code]") and the file's flags."""
    out: set[tuple[str, int, str]] = set()
    flags: list[str] = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for n, line in enumerate(f, 1):
            if n == 1 and line.startswith("# flags:"):
                flags = line.split(":", 1)[1].split()
            for m in _EXPECT.finditer(line):
                out.add((_SEVERITY[m[1]], n, f"{m[2]} [{m[3]}]"))
    return out, flags


def _shown(diags: list[Diagnostic] | tuple[Diagnostic, ...]) -> set[tuple[str, int, str]]:
    return {(d.severity, d.span.line, f"{d.message} [{d.code}]") for d in diags if d.severity in ("error", "warning")}


@pytest.mark.parametrize("path", FILES, ids=lambda p: os.path.relpath(p, os.path.join(ROOT, "tests", "errors")))
def test_rejected(path: str, monkeypatch: pytest.MonkeyPatch) -> None:
    want, flags = expected(path)
    assert want, f"{path} declares no expected diagnostic"
    assert set(flags) <= {"--strict-frozen"}, flags
    if "--strict-frozen" in flags:
        monkeypatch.setenv("PY4C_STRICT_FROZEN", "1")
    else:
        monkeypatch.delenv("PY4C_STRICT_FROZEN", raising=False)
    try:
        program = check_file(path)
    except CompileError as e:
        got = _shown(e.diagnostics)
    else:
        got = _shown(program.warnings)
    assert got == want


def test_mixed_widths_name_the_conversion_to_write() -> None:
    """Value integers of different widths mixed without a conversion: each error's hint
    names the conversion, with the expression as written (widening where it is lossless,
    narrowing with its OverflowError where not)."""
    path = os.path.join(ROOT, "tests", "errors", "value_mixed_widths.py")
    with pytest.raises(CompileError) as e:
        check_file(path)
    hints = {d.span.line: d.notes for d in e.value.diagnostics if d.severity == "error"}
    assert hints[9] == ("write i64(b) to convert explicitly",)  # a + b
    assert hints[10] == ("write i32(c) to convert explicitly",)  # b * c
    assert hints[11] == ("write i64(b) to convert explicitly",)  # w: i64 = b
    assert hints[12] == ("write i32(a) to convert explicitly; it raises OverflowError if the value does not fit "
                         "in i32",)  # v: i32 = a
    assert hints[13] == ("write i64(b) to convert explicitly",)  # take(b)
    assert hints[16] == ("write i32(a) to convert explicitly; it raises OverflowError if the value does not fit "
                         "in i32",)  # return a
    assert hints[21] == ("write i64(b) to convert explicitly",)  # (a * b) + a


def test_implicit_narrowing_names_the_conversion_to_write() -> None:
    program = check_file(os.path.join(ROOT, "tests", "errors", "value_narrowing.py"))
    assert [(w.span.line, w.notes) for w in program.warnings] == [
        (5, ("write u8(n) to convert explicitly",)), (14, ("write i32(n) to convert explicitly",)),
        (16, ("write u8(n) to convert explicitly",))]
