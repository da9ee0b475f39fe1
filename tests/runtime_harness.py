"""Shared machinery of the runtime's differential tests (tests/test_runtime_*.py).

Each of them builds one C driver from tests/runtime_c/ (see harness_common.h) with every
py4c/runtime/*.c source, the driver and the runtime files under test held to -Werror,
talks to it over its line protocol (one command line in, one result line out), and
runs it under valgrind once. Also the random choosers the program generators share.
"""

from __future__ import annotations

import random
import struct
import shutil
import subprocess
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable, Collection, Iterator, Protocol, Sequence, TypeVar

import pytest
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
RUNTIME = ROOT / "py4c" / "runtime"
HARNESS_DIR = Path(__file__).resolve().parent / "runtime_c"
I64_MIN, I64_MAX = -(2**63), 2**63 - 1
VALGRIND = ["valgrind", "--error-exitcode=99", "--leak-check=full",
            "--errors-for-leak-kinds=definite,indirect", "-q"]


# ------------------------------------------------------------ building and running


def build(out: Path, harness: str, strict_sources: Collection[str]) -> Path:
    """Compiles tests/runtime_c/<harness> and links it with the whole runtime; the
    harness and the runtime files named in strict_sources get -Wall -Wextra -Werror."""
    cc = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
    if cc is None:
        pytest.skip("no C compiler")
    flags = ["-O1", "-g", "-std=c11", f"-I{RUNTIME}"]
    strict = ["-Wall", "-Wextra", "-Werror"]

    def compile_one(src: Path) -> str:
        obj = out / (src.stem + ".o")
        tested = src.name in strict_sources or src.parent == HARNESS_DIR
        subprocess.run([cc, *flags, *(strict if tested else []), "-c", str(src), "-o", str(obj)],
                       check=True)
        return str(obj)

    with ThreadPoolExecutor(max_workers=8) as pool:
        objs = list(pool.map(compile_one, [HARNESS_DIR / harness, *sorted(RUNTIME.glob("*.c"))]))
    exe = out / Path(harness).stem
    subprocess.run([cc, "-o", str(exe), *objs, "-lm"], check=True)
    return exe


class Process:
    """A running harness: one command line in, one result line out."""

    def __init__(self, cmd: list[str], stderr: bool = False) -> None:
        self.proc = subprocess.Popen(
            cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE if stderr else None, text=True,
        )

    def call(self, line: str) -> str:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        return self.proc.stdout.readline().rstrip("\n")

    def send_all(self, lines: list[str]) -> list[str]:
        """The result lines of many commands, written in one go."""
        stdin, stdout = self.proc.stdin, self.proc.stdout
        assert stdin is not None and stdout is not None
        data = "".join(line + "\n" for line in lines)

        def write() -> None:
            stdin.write(data)
            stdin.flush()

        if len(data) < 4096:
            write()
        else:  # a writer thread, so that neither side blocks on a full pipe
            writer = threading.Thread(target=write)
            writer.start()
        raw = [stdout.readline().rstrip("\n") for _ in lines]
        if len(data) >= 4096:
            writer.join()
        return raw

    def close(self, timeout: float | None = None) -> tuple[int, str]:
        """Ends the input; the exit status and what was written to stderr (if piped)."""
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        err = self.proc.stderr.read() if self.proc.stderr is not None else ""
        try:
            return self.proc.wait(timeout=timeout), err
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait(), err


P = TypeVar("P", bound=Process)


def harness_fixtures(harness: str, strict_sources: Collection[str], start: Callable[[Path], P],
                     check_exit: bool = False) -> tuple[Any, Any]:
    """The module-scoped fixtures `exe` (the built harness) and `h` (start(exe), closed
    at the end; its exit status asserted to be 0 if check_exit)."""

    @pytest.fixture(scope="module", name="exe")
    def exe(tmp_path_factory: pytest.TempPathFactory) -> Path:
        return build(tmp_path_factory.mktemp(Path(harness).stem), harness, strict_sources)

    @pytest.fixture(scope="module", name="h")
    def h(exe: Path) -> Iterator[P]:
        proc = start(exe)
        yield proc
        rc, err = proc.close(timeout=10)
        if check_exit:
            assert rc == 0, err

    return exe, h


def valgrind_cmd(exe: Path) -> list[str]:
    """The command running exe under valgrind's memcheck (skips the test without it)."""
    if shutil.which("valgrind") is None:
        pytest.skip("valgrind not installed")
    return [*VALGRIND, str(exe)]


def valgrind_run(exe: Path, lines: list[str]) -> list[str]:
    """exe's result lines for lines, run under valgrind, which must find no error."""
    proc = subprocess.run(valgrind_cmd(exe), input="\n".join(lines) + "\n",
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-4000:]
    return proc.stdout.splitlines()


# ------------------------------------------------------------ encoding


def hx(s: str) -> str:
    """A str argument: h + hex of its UTF-8 bytes."""
    return "h" + s.encode("utf-8", "surrogatepass").hex()


def enc_scalar(t: str, v: Any) -> str | None:
    """A value of a scalar or str type code (i w u b n f s) as the typed-value drivers
    read it (see harness_common.h); None for another type code."""
    if t in ("i", "w", "u"):
        return str(v)
    if t == "b":
        return "1" if v else "0"
    if t == "n":
        return "N"
    if t == "f":
        return "x%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
    if t == "s":
        return hx(v)
    return None


def show(result: str) -> str:
    """A harness line with its hex payload decoded, for failure messages."""
    return " ".join(
        repr(bytes.fromhex(w[1:]).decode("utf-8", "replace")) if w.startswith("h") else w
        for w in result.split(" ")
    )


# ------------------------------------------------------------ random choices


class Chooser(Protocol):
    def int(self, lo: int, hi: int) -> int: ...


class HypChooser:
    def __init__(self, data: st.DataObject) -> None:
        self.data = data

    def int(self, lo: int, hi: int) -> int:
        return self.data.draw(st.integers(lo, hi))


class RandChooser:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def int(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)


T = TypeVar("T")


def pick(ch: Chooser, seq: Sequence[T]) -> T:
    return seq[ch.int(0, len(seq) - 1)]
