"""The command line: exit statuses, diagnostics with carets, and no Python tracebacks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.differential import ROOT


def py4c(*args: str, cwd: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "py4c", *args], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, "PYTHONPATH": ROOT}, timeout=300)


def test_version_and_help() -> None:
    assert py4c("--version").returncode == 0
    h = py4c("--help")
    assert h.returncode == 0 and "build" in h.stdout and "run" in h.stdout and "check" in h.stdout
    assert py4c("build", "--help").returncode == 0


def test_bad_usage_exits_2(tmp_path: Path) -> None:
    assert py4c("--frobnicate").returncode == 2
    assert py4c("build").returncode == 2
    r = py4c("build", str(tmp_path / "missing.py"))
    assert r.returncode == 2 and "file not found" in r.stderr and "Traceback" not in r.stderr
    assert py4c().returncode == 2


def test_syntax_error_has_caret(tmp_path: Path) -> None:
    src = tmp_path / "bad.py"
    src.write_text("def f(x: int) -> int:\n    return x +\n")
    r = py4c("build", str(src), "-o", str(tmp_path / "bad"))
    assert r.returncode == 1
    assert f"{src}:2:" in r.stderr and "error:" in r.stderr and "[syntax]" in r.stderr
    assert "^" in r.stderr and "Traceback" not in r.stderr


def test_type_error_is_reported(tmp_path: Path) -> None:
    src = tmp_path / "t.py"
    src.write_text('def f(x: int) -> int:\n    return x\n\nprint(f("a"))\n')
    r = py4c("check", str(src))
    assert r.returncode == 1 and f"{src}:4:" in r.stderr and "[arg-type]" in r.stderr
    assert "^" in r.stderr and "Traceback" not in r.stderr
    j = py4c("check", "--output", "json", str(src))
    assert j.returncode == 1 and '"code": "arg-type"' in j.stdout


def test_unreadable_source(tmp_path: Path) -> None:
    src = tmp_path / "latin1.py"
    src.write_bytes(b"x = '\xff\xfe'\n")
    r = py4c("build", str(src))
    assert r.returncode == 1 and "[read-error]" in r.stderr and "Traceback" not in r.stderr


def test_unsupported_construct(tmp_path: Path) -> None:
    src = tmp_path / "u.py"
    src.write_text("import os\n")
    r = py4c("build", str(src), "-o", str(tmp_path / "u"))
    assert r.returncode == 1 and "[unsupported-import]" in r.stderr and "Traceback" not in r.stderr


def test_build_emit_and_run(tmp_path: Path) -> None:
    src = tmp_path / "hello.py"
    src.write_text('import sys\n\nprint("hi", len(sys.argv))\nsys.exit(4)\n')
    out = tmp_path / "hello"
    r = py4c("build", str(src), "-o", str(out), "--emit-llvm", "--emit-ir", "--emit-asm", "-O1")
    assert r.returncode == 0, r.stderr
    for ext in (".ll", ".mir", ".s"):
        assert (tmp_path / ("hello" + ext)).exists()
    p = subprocess.run([str(out), "a", "b"], capture_output=True, text=True)
    assert p.stdout == "hi 3\n" and p.returncode == 4
    r = py4c("run", str(src), "x")
    assert r.stdout == "hi 2\n" and r.returncode == 4
