"""AddressSanitizer: every program of the corpus, built with the runtime instrumented
(PY4C_SANITIZE=address), runs with no ASan report (out-of-bounds access, use after
free, double free, leak) and still agrees with CPython. valgrind (test_memory.py) checks
the same corpus with the ordinary runtime; ASan also sees errors inside the runtime's
own stack frames and across the generators' stack switches."""

from __future__ import annotations

import os
import shutil

import pytest

from tests.differential import build, compare
from tests.test_programs import PROGRAMS, _id


@pytest.fixture(autouse=True)
def _asan(monkeypatch: pytest.MonkeyPatch) -> None:
    if shutil.which(os.environ.get("CC", "cc")) is None:
        pytest.skip("no C compiler")
    monkeypatch.setenv("PY4C_SANITIZE", "address")
    # leaks are reported (exit status 23, distinct from the programs' own statuses)
    monkeypatch.setenv("ASAN_OPTIONS", "detect_leaks=1:exitcode=23:abort_on_error=0")


@pytest.mark.parametrize("path", PROGRAMS, ids=_id)
def test_program_asan(path: str, tmp_path: "os.PathLike[str]", monkeypatch: pytest.MonkeyPatch) -> None:
    with open(path, encoding="utf-8") as f:
        cycles = any(line.strip() == "# py4c-memory: cycles" for line in f)
    if cycles:  # documented reference cycles (as in test_memory.py): no leak check
        monkeypatch.setenv("ASAN_OPTIONS", "detect_leaks=0:exitcode=23:abort_on_error=0")
    exe = os.path.join(str(tmp_path), "prog")
    build(path, exe)
    compare(path, exe, timeout=120)
