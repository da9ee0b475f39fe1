"""The mutation fuzzer on py4c's input: programs of the corpus with tokens deleted,
swapped or duplicated, lines dropped or repeated, random bytes, huge literals, deep
nesting, very long lines and invalid UTF-8. py4c must end every run in success or
diagnostics (exit status 1) -- never an internal traceback, a hang or a crash -- and a
mutant it accepts must still agree with CPython when compiled.

Used by tests/test_fuzz_mutate.py (a bounded budget on every CI run, fixed seeds) and
by `python -m tests.fuzz` (an unbounded local session with fresh seeds; see its --help).
"""

from __future__ import annotations

import difflib
import glob
import io
import os
import random
import signal
import subprocess
import sys
import tempfile
import tokenize
from dataclasses import dataclass
from types import FrameType

from py4c.diagnostics import CompileError
from py4c.driver import BuildOptions, build_executable, check_file
from tests.differential import skeleton

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = sorted(p for p in glob.glob(os.path.join(ROOT, "tests", "programs", "**", "*.py"), recursive=True)
                if f"{os.sep}modules{os.sep}" not in p)

CHECK_SECONDS = 60  # one check of one mutant; more is a hang
RUN_SECONDS = 10  # CPython and the compiled program each, for accepted mutants


def _tokens(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of the tokens of text (best effort)."""
    starts = [0]
    for line in text.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    out: list[tuple[int, int]] = []
    try:
        for tok in tokenize.generate_tokens(io.StringIO(text).readline):
            if tok.type in (tokenize.ENDMARKER, tokenize.DEDENT, tokenize.INDENT, tokenize.NL, tokenize.NEWLINE):
                continue
            (l1, c1), (l2, c2) = tok.start, tok.end
            if l1 - 1 < len(starts) and l2 - 1 < len(starts):
                out.append((starts[l1 - 1] + c1, starts[l2 - 1] + c2))
    except (tokenize.TokenError, SyntaxError, IndentationError):
        pass
    return out


def mutate(source: bytes, rng: random.Random) -> tuple[bytes, str]:
    """One random mutation of source: (the mutant, what was done)."""
    text = source.decode("utf-8", "replace")
    toks = _tokens(text)
    lines = text.splitlines(keepends=True)
    kind = rng.choice(["delete-token", "delete-token", "duplicate-token", "swap-tokens", "replace-token",
                       "delete-line", "duplicate-line", "swap-lines", "random-bytes", "huge-literal",
                       "deep-nesting", "long-line", "invalid-utf8", "truncate", "indent"])
    if kind in ("delete-token", "duplicate-token", "replace-token") and toks:
        a, b = rng.choice(toks)
        if kind == "delete-token":
            text = text[:a] + text[b:]
        elif kind == "duplicate-token":
            text = text[:b] + " " + text[a:b] + text[b:]
        else:
            c, d = rng.choice(toks)
            text = text[:a] + text[c:d] + text[b:]
    elif kind == "swap-tokens" and len(toks) > 1:
        (a, b), (c, d) = sorted(rng.sample(toks, 2))
        if b <= c:
            text = text[:a] + text[c:d] + text[b:c] + text[a:b] + text[d:]
    elif kind in ("delete-line", "duplicate-line", "swap-lines", "indent") and lines:
        i = rng.randrange(len(lines))
        if kind == "delete-line":
            del lines[i]
        elif kind == "duplicate-line":
            lines.insert(i, lines[i])
        elif kind == "indent":
            lines[i] = rng.choice(["    ", "\t", " "]) + lines[i]
        else:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        text = "".join(lines)
    elif kind == "huge-literal" and toks:
        a, b = rng.choice(toks)
        lit = rng.choice(["9" * rng.randint(19, 400), "1e999", "0x" + "f" * 40, "-" + "9" * 30, "1" + "0" * 5000,
                          "'" + "x" * 100000 + "'", "0.000000000000000000000000000001"])
        text = text[:a] + lit + text[b:]
    elif kind == "deep-nesting":
        depth = rng.choice([50, 500, 5000, 10000])
        if rng.random() < 0.5:
            stmt = "x = " + "(" * depth + "1" + ")" * depth + "\n"
        else:
            depth = min(depth, 5000)
            stmt = "".join("    " * k + "if True:\n" for k in range(depth)) + "    " * depth + "pass\n"
        i = rng.randrange(len(lines) + 1)
        lines.insert(i, stmt)
        text = "".join(lines)
    elif kind == "long-line":
        i = rng.randrange(len(lines) + 1)
        lines.insert(i, "y = " + " + ".join(["1"] * rng.choice([1000, 20000])) + "\n")
        text = "".join(lines)
    elif kind == "truncate":
        text = text[:rng.randrange(len(text) + 1)]
    data = text.encode("utf-8", "surrogatepass")
    if kind == "random-bytes":
        pos = rng.randrange(len(data) + 1)
        data = data[:pos] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 8))) + data[pos:]
    elif kind == "invalid-utf8":
        pos = rng.randrange(len(data) + 1)
        data = data[:pos] + rng.choice([b"\xff", b"\xc3\x28", b"\xed\xa0\x80", b"\xe2\x82"]) + data[pos:]
    return data, kind


@dataclass
class Finding:
    """A mutant on which py4c misbehaved."""

    what: str  # "internal error", "hang", "differs from CPython", ...
    detail: str
    source: bytes
    mutation: str
    origin: str

    def report(self) -> str:
        shown = self.source.decode("utf-8", "replace")
        if len(shown) > 3000:
            shown = shown[:3000] + "\n... (cut)"
        return (f"py4c {self.what} on a mutant of {os.path.relpath(self.origin, ROOT)} ({self.mutation}):\n"
                f"{self.detail}\n--- mutant ---\n{shown}")


class _Timeout(Exception):
    pass


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise _Timeout


def check_mutant(data: bytes, origin: str, mutation: str, workdir: str,
                 run_accepted: bool = True) -> tuple[bool, Finding | None]:
    """Check (and, if accepted, build and run) one mutant: (whether the checker accepted
    it, a Finding if py4c misbehaved)."""
    path = os.path.join(workdir, "mutant.py")
    with open(path, "wb") as f:
        f.write(data)
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(CHECK_SECONDS)
    try:
        check_file(path)
    except CompileError:
        return False, None  # diagnostics: the expected outcome for most mutants
    except _Timeout:
        return False, Finding("hang", f"the check took more than {CHECK_SECONDS} s", data, mutation, origin)
    except Exception as e:  # noqa: BLE001 - any other exception is an internal error of py4c
        return False, Finding("internal error", f"{type(e).__name__}: {e}", data, mutation, origin)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    if not run_accepted:
        return True, None
    return True, _run_accepted(path, data, origin, mutation, workdir)


def _run_accepted(path: str, data: bytes, origin: str, mutation: str, workdir: str) -> Finding | None:
    """A mutant py4c accepts must compile and agree with CPython."""
    exe = os.path.join(workdir, "mutant")
    try:
        build_executable(path, exe, BuildOptions())
    except CompileError:
        # the checker accepted it, so the build may only fail where codegen has its own
        # limits; they are diagnostics too, never a crash
        return None
    except Exception as e:  # noqa: BLE001
        return Finding("internal error while building", f"{type(e).__name__}: {e}", data, mutation, origin)
    problem = differential(path, exe, workdir)
    if problem is None:
        return None
    return Finding(problem[0], problem[1], data, mutation, origin)


# int results beyond 64 bits raise this in compiled code, where CPython computes a big
# int: py4c's documented boundary (until big integers), so such a run is not a finding
BIG_INT = b"big integers are not supported yet"


def differential(path: str, exe: str, workdir: str) -> tuple[str, str] | None:
    """Run path under CPython (`python -m py4`) and exe: None when they agree (or CPython
    itself does not finish, or the run left py4c's 64-bit int range), else (what went
    wrong, details)."""
    env = {**os.environ, "PYTHONPATH": ROOT, "PYTHONIOENCODING": "utf-8"}
    try:
        ref = subprocess.run([sys.executable, "-m", "py4", path], capture_output=True, timeout=RUN_SECONDS,
                             env=env, cwd=workdir, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return None  # loops (or is slow) under CPython too: nothing to compare
    try:
        got = subprocess.run([exe], capture_output=True, timeout=RUN_SECONDS * 3, env=env, cwd=workdir,
                             stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return "compiled program hangs", "CPython finished, the compiled program did not"
    if got.returncode < 0:
        return "compiled program crashed", f"signal {-got.returncode}"

    def last(b: bytes) -> str:
        lines = b.decode("utf-8", "replace").strip().splitlines()
        return lines[-1] if lines else ""

    def frames(b: bytes) -> list[str]:
        return skeleton(b.decode("utf-8", "replace").strip().splitlines())

    if (got.stdout, got.returncode, frames(got.stderr)) == (ref.stdout, ref.returncode, frames(ref.stderr)):
        return None
    if BIG_INT in got.stdout or BIG_INT in got.stderr:
        return None
    ref_lines = ref.stdout.decode("utf-8", "replace").splitlines()
    got_lines = got.stdout.decode("utf-8", "replace").splitlines()
    first = next((i for i, (x, y) in enumerate(zip(ref_lines, got_lines)) if x != y),
                 min(len(ref_lines), len(got_lines)))
    if (got.stdout, got.returncode, last(got.stderr)) == (ref.stdout, ref.returncode, last(ref.stderr)):
        return "traceback differs from CPython", "\n".join(difflib.unified_diff(
            frames(ref.stderr), frames(got.stderr), "CPython", "compiled", lineterm=""))
    return "differs from CPython", (
        f"CPython: status {ref.returncode} {last(ref.stderr)!r}; compiled: status {got.returncode} "
        f"{last(got.stderr)!r}\nfirst differing output line {first + 1}: "
        f"CPython {ref_lines[first] if first < len(ref_lines) else None!r}, "
        f"compiled {got_lines[first] if first < len(got_lines) else None!r}")


def fuzz(seed: int, count: int, run_accepted: bool = True) -> tuple[int, list[Finding]]:
    """count mutants from seed: (how many were accepted by the checker, the findings)."""
    rng = random.Random(seed)
    findings: list[Finding] = []
    accepted = 0
    with tempfile.TemporaryDirectory() as workdir:
        for _ in range(count):
            origin = rng.choice(CORPUS)
            with open(origin, "rb") as f:
                data = f.read()
            mutation = []
            for _ in range(rng.choice([1, 1, 1, 2, 3])):
                data, kind = mutate(data, rng)
                mutation.append(kind)
            ok, finding = check_mutant(data, origin, "+".join(mutation), workdir, run_accepted)
            accepted += ok
            if finding is not None:
                findings.append(finding)
    return accepted, findings
