"""Runtime faults are exceptions, never crashes: out of memory (MemoryError under an
address-space limit, compared with CPython under the same limit) and deep recursion
(100,000 and 1,000,000 frames end in a result or RecursionError, never a signal).
The programs live in tests/faults/, outside the corpus, because they need the limit or
differ from CPython by design (compiled code recurses deeper than CPython's 1000)."""

from __future__ import annotations

import os
import resource
import subprocess
import sys

from tests.differential import ROOT, build

FAULTS = os.path.join(ROOT, "tests", "faults")
LIMIT = 2 << 30  # bytes of address space


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT))


def _run(cmd: list[str], limit: bool) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": ROOT}
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env,
                          preexec_fn=_limited if limit else None)


def test_out_of_memory_is_memory_error(tmp_path: "os.PathLike[str]") -> None:
    src = os.path.join(FAULTS, "out_of_memory.py")
    exe = os.path.join(str(tmp_path), "oom")
    build(src, exe)
    ref = _run([sys.executable, src], limit=True)
    got = _run([exe], limit=True)
    assert got.returncode == ref.returncode == 1
    assert got.stdout == ref.stdout == "MemoryError caught\n"
    assert got.stderr.strip().splitlines()[-1] == ref.stderr.strip().splitlines()[-1] == "MemoryError"
    # the traceback names every frame, as CPython's does
    frames = [ln.strip() for ln in got.stderr.splitlines() if ln.strip().startswith("File ")]
    ref_frames = [ln.strip() for ln in ref.stderr.splitlines() if ln.strip().startswith("File ")]
    assert frames == ref_frames


def test_deep_recursion_never_crashes(tmp_path: "os.PathLike[str]") -> None:
    src = os.path.join(FAULTS, "deep_recursion.py")
    exe = os.path.join(str(tmp_path), "deep")
    build(src, exe)
    got = _run([exe], limit=False)
    assert got.returncode == 0, got.stderr
    lines = got.stdout.splitlines()
    assert [ln.split()[0] for ln in lines] == ["plain", "heavy", "walk", "guarded", "generator", "plain-1e6"]
    for ln in lines:
        assert ln.split()[1] in ("finished", "RecursionError"), ln
    assert lines[-1] == "plain-1e6 RecursionError"  # a million frames exceed any default stack
