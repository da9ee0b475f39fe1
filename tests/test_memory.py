"""Memory: every program of the corpus runs under valgrind (memcheck) with no errors and
no definitely or indirectly lost bytes, and does not crash. Builds are cached by
content, so this reuses the executables of the differential tests.

A program whose objects form reference cycles (a graph whose nodes point at each
other) says so with a `# py4c-memory: cycles` line: reference counting cannot free a
cycle (docs/architecture.md), so its lost blocks are expected; memory errors are not."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from tests.differential import build, directives
from tests.test_programs import PROGRAMS, _id

VALGRIND = shutil.which("valgrind")
LEAK_ERROR = 99


@pytest.mark.slow
@pytest.mark.skipif(VALGRIND is None, reason="valgrind is not installed (CI installs it)")
@pytest.mark.parametrize("path", PROGRAMS, ids=_id)
def test_valgrind_clean(path: str, tmp_path: "os.PathLike[str]") -> None:
    assert VALGRIND is not None
    exe = os.path.join(str(tmp_path), "prog")
    build(path, exe)
    args, stdin = directives(path)
    with open(path, encoding="utf-8") as f:
        cycles = any(line.strip() == "# py4c-memory: cycles" for line in f)
    leaks = "none" if cycles else "definite,indirect"
    p = subprocess.run(
        [VALGRIND, "--quiet", f"--error-exitcode={LEAK_ERROR}", "--leak-check=full",
         f"--errors-for-leak-kinds={leaks}", f"--show-leak-kinds={leaks}", exe, *args],
        input=stdin.encode(), capture_output=True, timeout=300, cwd=str(tmp_path))
    report = p.stderr.decode("utf-8", "replace")
    assert p.returncode != LEAK_ERROR, f"valgrind found errors or leaks:\n{report[-4000:]}"
    assert 0 <= p.returncode < 128, f"the program crashed (status {p.returncode}):\n{report[-4000:]}"
