"""The checker never fails with an internal traceback: programs of the test corpus with
random lines deleted or duplicated (hypothesis) are checked in-process, and each check
ends in success or in a CompileError carrying diagnostics, never in another exception.

Only the checker runs (mypy with py4c's plugin, then py4c's inference): no build. The
mutants are written into one folder for the whole run, so mypy's cache of the standard
library stays warm and an example costs about a second. `PY4C_CHECK_EDITS` sets the
number of examples (default 40, well under a minute on two cores).
"""

from __future__ import annotations

import glob
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from py4c import tir
from py4c.diagnostics import CompileError
from py4c.driver import check_file
from tests.differential import ROOT

CORPUS = sorted(glob.glob(os.path.join(ROOT, "tests", "programs", "**", "*.py"), recursive=True))

# one edit: delete or duplicate the line at (position % number of lines)
EDITS = st.lists(st.tuples(st.sampled_from(("delete", "duplicate")), st.integers(0, 1 << 20)), min_size=1, max_size=4)


def edit(source: str, edits: list[tuple[str, int]]) -> str:
    lines = source.splitlines(keepends=True)
    for op, position in edits:
        if not lines:
            break
        i = position % len(lines)
        if op == "delete":
            del lines[i]
        else:
            lines.insert(i, lines[i])
    return "".join(lines)


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(tmp_path_factory.mktemp("mutants"))


def test_corpus_is_there() -> None:
    assert len(CORPUS) > 50


@settings(max_examples=int(os.environ.get("PY4C_CHECK_EDITS", "40")), deadline=None, derandomize=True,
          database=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(CORPUS), edits=EDITS)
def test_checker_ends_in_diagnostics_or_success(work: str, path: str, edits: list[tuple[str, int]]) -> None:
    with open(path, encoding="utf-8") as f:
        mutant = edit(f.read(), edits)
    target = os.path.join(work, "prog.py")
    with open(target, "w", encoding="utf-8") as f:
        f.write(mutant)
    try:
        program = check_file(target)
    except CompileError as e:
        assert e.diagnostics, f"a CompileError without diagnostics for {path} edited by {edits}"
        assert any(d.severity == "error" for d in e.diagnostics), e.diagnostics
        for d in e.diagnostics:
            assert d.code and d.message and d.span.line >= 1, d
    else:
        assert isinstance(program, tir.Program)
    # any other exception propagates, and hypothesis reports the smallest edit that raises it
