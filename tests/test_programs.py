"""Differential tests: every program under tests/programs/ runs under CPython and
compiled by py4c, with equal stdout, exit status and exception line."""

from __future__ import annotations

import glob
import os

import pytest

from tests.differential import ROOT, build, compare

# Under tests/programs/modules/<program>/, main.py is the program and the other files are
# its modules.
PROGRAMS = sorted(p for p in glob.glob(os.path.join(ROOT, "tests", "programs", "**", "*.py"), recursive=True)
                  if f"{os.sep}modules{os.sep}" not in p or os.path.basename(p) == "main.py")


def _id(path: str) -> str:
    return os.path.relpath(path, os.path.join(ROOT, "tests", "programs"))


@pytest.mark.parametrize("path", PROGRAMS, ids=_id)
def test_program(path: str, tmp_path: "os.PathLike[str]") -> None:
    exe = os.path.join(str(tmp_path), "prog")
    build(path, exe)
    compare(path, exe)
