"""Rejected programs: each file under tests/errors/ carries its expected diagnostics as
comments on the offending lines, `# E: message [code]` (several per line allowed, in
the style of mypy's data-driven tests). The check must report exactly those errors."""

from __future__ import annotations

import glob
import os
import re

import pytest

from py4c.diagnostics import CompileError
from py4c.driver import check_file
from tests.differential import ROOT

FILES = sorted(glob.glob(os.path.join(ROOT, "tests", "errors", "**", "*.py"), recursive=True))
_EXPECT = re.compile(r"# E: (.*?) \[([a-z0-9-]+)\]")


def expected(path: str) -> set[tuple[int, str]]:
    out: set[tuple[int, str]] = set()
    with open(path, encoding="utf-8", errors="replace") as f:
        for n, line in enumerate(f, 1):
            for m in _EXPECT.finditer(line):
                out.add((n, f"{m[1]} [{m[2]}]"))
    return out


@pytest.mark.parametrize("path", FILES, ids=lambda p: os.path.relpath(p, os.path.join(ROOT, "tests", "errors")))
def test_rejected(path: str) -> None:
    want = expected(path)
    assert want, f"{path} declares no expected error"
    try:
        check_file(path)
    except CompileError as e:
        got = {(d.span.line, f"{d.message} [{d.code}]") for d in e.diagnostics if d.severity == "error"}
    else:
        got = set()
    assert got == want
