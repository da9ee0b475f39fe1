"""Programs of several modules: import cycles are diagnosed, and editing an imported
module rebuilds the program (the build cache key covers every module)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent


def py4c(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "py4c", *args], capture_output=True, text=True, timeout=300)


def cpython(prog: Path) -> str:
    """The program's stdout under CPython (py4 importable from the repository)."""
    r = subprocess.run([sys.executable, str(prog)], capture_output=True, text=True, timeout=300, check=True,
                       cwd=prog.parent, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return r.stdout


def test_import_cycle_is_named(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("import b\n\n\ndef fa() -> int:\n    return 1\n")
    (tmp_path / "b.py").write_text("import a\n\n\ndef fb() -> int:\n    return 2\n")
    (tmp_path / "main.py").write_text("import a\n\nprint(a.fa())\n")
    r = py4c("check", str(tmp_path / "main.py"))
    assert r.returncode == 1 and "[import-cycle]" in r.stderr and "a -> b -> a" in r.stderr
    assert "Traceback" not in r.stderr


def test_editing_a_module_rebuilds(tmp_path: Path) -> None:
    (tmp_path / "lib.py").write_text("def value() -> int:\n    return 1\n")
    main = tmp_path / "main.py"
    main.write_text("import lib\n\nprint(lib.value())\n")
    first = py4c("run", str(main)).stdout
    assert first == cpython(main)
    (tmp_path / "lib.py").write_text("def value() -> int:\n    return 2\n")
    second = py4c("run", str(main)).stdout
    assert second == cpython(main) and second != first


def test_py4_found_from_any_directory(tmp_path: Path) -> None:
    prog = tmp_path / "v.py"
    prog.write_text("from py4 import i64\n\nprint(i64(2) ** 10)\n")
    r = subprocess.run([sys.executable, "-m", "py4c", "run", str(prog)], capture_output=True, text=True,
                       timeout=300, cwd=tmp_path)
    assert r.returncode == 0 and r.stdout == cpython(prog), r.stderr
