"""The differential check every program test uses: run a py4 program under CPython
(through `python -m py4`, the checked run that raises OverflowError where native code
does) and as a py4c-compiled executable; compare stdout, exit status and the last line of
stderr (the exception). Nothing is compared against hand-written output.

A program may start with directive comments:
    # py4c-args: a b c      command-line arguments for both runs
    # py4c-stdin: text      a line of standard input (\\n escapes allowed)
"""

from __future__ import annotations

import difflib
import os
import re
import shlex
import subprocess
import sys
import sysconfig
import tempfile
from dataclasses import dataclass

from py4c.diagnostics import CompileError, render
from py4c.driver import BuildOptions, build_executable

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@dataclass
class Outcome:
    stdout: str
    status: int
    last_err: str
    skeleton: list[str]  # stderr without source and caret lines: tracebacks, chains, messages


def skeleton(err: list[str]) -> list[str]:
    """The lines of stderr both runs must share: "Traceback ...", each `  File ..., line N,
    in f` frame, the exception lines and the sentences linking chained exceptions, and
    whatever the program wrote. Source lines (and CPython's ^^^ markers) are left out:
    py4c prints the source line but not the markers. Also left out: the frames of list,
    set and dict comprehensions (CPython 3.11 shows them, 3.12 inlines them, PEP 709;
    py4c compiles them inline), the frames inside CPython's own standard library (py4c's
    `random` or `heapq` is native code), and how many times a recursion's line repeats
    (the two stacks hold different depths)."""
    out = []
    for ln in err:
        if not ln or (ln.startswith(" ") and not ln.startswith(("  File ", "  [Previous line repeated"))):
            continue
        if ln.startswith("  File ") and (ln.endswith(COMPREHENSIONS) or ln.startswith(STDLIB_FRAME)):
            continue
        out.append(re.sub(r"repeated \d+ more times?", "repeated N more times", ln))
    return out


COMPREHENSIONS = ("in <listcomp>", "in <setcomp>", "in <dictcomp>")
STDLIB_FRAME = f'  File "{sysconfig.get_paths()["stdlib"]}{os.sep}'



def directives(path: str) -> tuple[list[str], str]:
    args: list[str] = []
    stdin = ""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# py4c-args:"):
                args = shlex.split(line.split(":", 1)[1])
            elif line.startswith("# py4c-stdin:"):
                stdin = line.split(":", 1)[1].strip().encode().decode("unicode_escape")
    return args, stdin


def run(cmd: list[str], stdin: str, timeout: float = 60) -> Outcome:
    """Run in a fresh empty directory: programs that write files use relative paths."""
    env = {**os.environ, "PYTHONPATH": ROOT, "PYTHONIOENCODING": "utf-8"}
    with tempfile.TemporaryDirectory() as cwd:
        p = subprocess.run(cmd, input=stdin.encode(), capture_output=True, timeout=timeout, env=env, cwd=cwd)
    err = p.stderr.decode("utf-8", "replace").strip().splitlines()
    return Outcome(p.stdout.decode("utf-8", "replace"), p.returncode, err[-1] if err else "", skeleton(err))


def build(path: str, out: str, opt: int = 2, target: str = "") -> None:
    try:
        build_executable(path, out, BuildOptions(opt=opt, check_ir=True, target=target))
    except CompileError as e:
        raise AssertionError("py4c rejected the program:\n" + "\n".join(render(d) for d in e.diagnostics)) from None


def compare(path: str, exe: str, runner: list[str] | None = None, timeout: float = 60) -> None:
    args, stdin = directives(path)
    ref = run([sys.executable, "-m", "py4", path, *args], stdin)
    got = run([*(runner or []), exe, *args], stdin, timeout)
    assert got.stdout == ref.stdout, f"stdout differs for {path}"
    assert (got.status, got.last_err) == (ref.status, ref.last_err), (
        f"exit/exception differ for {path}: compiled {got.status} {got.last_err!r}, "
        f"CPython {ref.status} {ref.last_err!r}")
    assert got.skeleton == ref.skeleton, (
        f"traceback differs for {path}:\n" + "\n".join(difflib.unified_diff(ref.skeleton, got.skeleton, "CPython",
                                                                            "compiled", lineterm="")))
