"""Cross targets: the whole differential corpus built for aarch64-linux-gnu and run under
qemu-aarch64 against CPython's output, static musl executables with no shared library,
`py4c targets`, and clear errors for unknown targets and missing toolchains.

Needs zig (`pip install py4c[cross]`), qemu-user-static and the arm64 glibc
(libc6-arm64-cross); `.ci/run` installs all three. Without them these tests skip with
the reason (a developer machine), never pass vacuously in CI (CI=true makes a missing
tool a failure).
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from py4c.codegen.targets import TargetError, find_toolchain, host_arch, parse_target, runner_for
from tests.differential import ROOT, build, compare
from tests.test_programs import PROGRAMS, _id

CROSS = parse_target("aarch64-linux-gnu" if host_arch() != "aarch64" else "x86_64-linux-gnu")
HELLO = os.path.join(ROOT, "examples", "hello.py")


def _require(target_name: str) -> list[str]:
    """The runner for the target, or skip (fail under CI) when a tool is missing."""
    t = parse_target(target_name)
    try:
        find_toolchain(t)
        return runner_for(t)
    except TargetError as e:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must be able to test {t.name}: {e}")
        pytest.skip(str(e))


@pytest.mark.parametrize("path", PROGRAMS, ids=_id)
def test_program_cross(path: str, tmp_path: "os.PathLike[str]") -> None:
    runner = _require(CROSS.name)
    exe = os.path.join(str(tmp_path), "prog")
    build(path, exe, target=CROSS.name)
    compare(path, exe, runner, timeout=180)


# Programs whose results depend most on the C library (libm, printing of floats, the
# Mersenne Twister, files, clocks) and the platform code (generator stacks, recursion).
MUSL_PROGRAMS = ["stdlib/math_funcs.py", "stdlib/random_sequences.py", "stdlib/files_text.py",
                 "stdlib/time_clock.py", "generators/basics.py", "spine/fault_recursion.py"]


@pytest.mark.parametrize("target", ["x86_64-linux-musl", "aarch64-linux-musl"])
@pytest.mark.parametrize("program", MUSL_PROGRAMS)
def test_program_static_musl(target: str, program: str, tmp_path: "os.PathLike[str]") -> None:
    runner = _require(target)
    path = os.path.join(ROOT, "tests", "programs", program)
    exe = os.path.join(str(tmp_path), "prog")
    build(path, exe, target=target)
    compare(path, exe, runner, timeout=180)


@pytest.mark.parametrize("target", ["x86_64-linux-musl", "aarch64-linux-musl"])
def test_static_musl(target: str, tmp_path: "os.PathLike[str]") -> None:
    runner = _require(target)
    exe = os.path.join(str(tmp_path), "hello")
    build(HELLO, exe, target=target)
    with open(exe, "rb") as f:
        elf = f.read()
    assert b"ld-linux" not in elf and b"ld-musl" not in elf, "a static executable names no loader"
    assert b"libc.so" not in elf, "a static executable needs no shared library"
    p = subprocess.run([*runner, exe, "musl"], capture_output=True, text=True, timeout=60)
    assert p.returncode == 0 and p.stdout.splitlines()[0] == "Hello, musl!", p.stderr
    compare(HELLO, exe, runner)


def _py4c(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "py4c", *args], capture_output=True, text=True, timeout=600)


def test_targets_command() -> None:
    p = _py4c("targets")
    assert p.returncode == 0, p.stderr
    for name in ("x86_64-linux-gnu", "aarch64-linux-gnu", "x86_64-linux-musl", "aarch64-linux-musl"):
        assert name in p.stdout
    assert "(host)" in p.stdout


def test_unknown_target_is_a_clear_error(tmp_path: "os.PathLike[str]") -> None:
    p = _py4c("build", HELLO, "-o", os.path.join(str(tmp_path), "x"), "--target", "mips-linux-gnu")
    assert p.returncode == 1
    assert "unknown target 'mips-linux-gnu'" in p.stderr and "Traceback" not in p.stderr


def test_cpu_native_builds_and_runs(tmp_path: "os.PathLike[str]") -> None:
    exe = os.path.join(str(tmp_path), "hello")
    p = _py4c("build", HELLO, "-o", exe, "--cpu", "native")
    assert p.returncode == 0, p.stderr
    r = subprocess.run([exe, "cpu"], capture_output=True, text=True, timeout=60)
    assert r.stdout.splitlines()[0] == "Hello, cpu!"


def test_unknown_cpu_is_a_clear_error(tmp_path: "os.PathLike[str]") -> None:
    p = _py4c("build", HELLO, "-o", os.path.join(str(tmp_path), "x"), "--cpu", "pentium-9000")
    assert p.returncode == 1
    assert "unknown CPU 'pentium-9000'" in p.stderr and "Traceback" not in p.stderr
