"""Plain mypy with `plugins = py4c.mypy_plugin` reports py4's contract codes beside its
own, so every editor integration of mypy shows them."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.differential import ROOT


def test_plain_mypy_reports_py4_codes(tmp_path: "os.PathLike[str]") -> None:
    src = os.path.join(str(tmp_path), "prog.py")
    with open(src, "w", encoding="utf-8") as f:
        f.write("from py4 import i32, u8\n\nsmall = u8(300)\nfine = u8(255)\nneg = i32(-2147483649)\n"
                "bad: int = 'x'\n")
    cfg = os.path.join(str(tmp_path), "mypy.ini")
    with open(cfg, "w", encoding="utf-8") as f:
        f.write("[mypy]\nplugins = py4c.mypy_plugin\n")
    env = {**os.environ, "MYPYPATH": ROOT}
    p = subprocess.run([sys.executable, "-m", "mypy", "--config-file", cfg, "--no-incremental",
                        "--show-error-codes", src], capture_output=True, text=True, env=env, cwd=str(tmp_path),
                       timeout=300)
    lines = [ln for ln in p.stdout.splitlines() if ": error:" in ln]
    assert any(":3:" in ln and "[value-range]" in ln for ln in lines), p.stdout
    assert any(":5:" in ln and "[value-range]" in ln for ln in lines), p.stdout
    assert any(":6:" in ln and "[assignment]" in ln for ln in lines), p.stdout  # mypy's own, beside
    assert not any(":4:" in ln for ln in lines), p.stdout
    assert p.returncode == 1
