"""Golden dumps of the mid-level IR for a few small programs (tests/golden/*.py ->
*.mir). They pin down lowering decisions (error branches, overflow checks, refcounts).
After an intended change, regenerate them with `pytest tests/test_golden_ir.py
--update-golden` and review the diff."""

from __future__ import annotations

import glob
import os

import pytest

from py4c.driver import BuildOptions, check_file, lower
from py4c.mir.printer import module as print_module
from tests.differential import ROOT

CASES = sorted(glob.glob(os.path.join(ROOT, "tests", "golden", "*.py")))


def dump(path: str) -> str:
    text = print_module(lower(check_file(path), BuildOptions(check_ir=True)))
    return text.replace(os.path.dirname(path) + os.sep, "")


@pytest.mark.parametrize("path", CASES, ids=os.path.basename)
def test_golden_mir(path: str, request: pytest.FixtureRequest) -> None:
    expected_path = path[:-3] + ".mir"
    got = dump(path)
    if request.config.getoption("--update-golden") or not os.path.exists(expected_path):
        with open(expected_path, "w", encoding="utf-8") as f:
            f.write(got)
    with open(expected_path, encoding="utf-8") as f:
        assert got == f.read()
