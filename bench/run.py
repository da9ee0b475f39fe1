#!/usr/bin/env python3
"""Benchmark runner for py4c.

For every program in bench/programs/ that has a C twin in bench/c/ it

* builds the program with ``py4c build PROG.py -o OUT -O2`` (not timed),
* compiles the C twin with ``gcc -O2`` (not timed),
* checks that CPython, the py4c binary and the C binary print identical output,
* times each of the three N times and reports the medians and their ratios.

``--build-stats`` instead measures how long py4c takes to build a hello-world
program, cold (empty cache) and cached, and how big the executable is.

Usage::

    python bench/run.py [--runs N] [--only NAME] [--write]
    python bench/run.py --build-stats [--runs N] [--write]

See bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
PROGRAMS_DIR = BENCH_DIR / "programs"
C_DIR = BENCH_DIR / "c"
OUT_DIR = BENCH_DIR / "out"
RESULTS_FILE = BENCH_DIR / "RESULTS.md"

# Benchmarks in report order; each has programs/NAME.py and c/NAME.c.
BENCHMARKS: tuple[str, ...] = (
    "fib",
    "primes",
    "collatz",
    "mandelbrot",
    "spectral_norm",
    "fannkuch",
    "sieve",
    "matmul",
    "tokenizer",
    "wordfreq",
    "nbody",
    "binary_trees",
    "richards",
    "raytracer",
    "nqueens",
)
HELLO = "hello"

# -ffp-contract=off: never fuse a*b+c into one FMA, which would round
# differently from Python (the outputs must match byte for byte).
GCC_FLAGS: tuple[str, ...] = ("-O2", "-ffp-contract=off")
# Libraries for the link, after the source (sqrt and friends live in libm).
GCC_LIBS: tuple[str, ...] = ("-lm",)
PY4C_BENCH_FLAGS: tuple[str, ...] = ("-O2",)
PY4C_HELLO_FLAGS: tuple[str, ...] = ()

RUN_TIMEOUT_S = 600.0
BUILD_TIMEOUT_S = 600.0

RESULTS_TITLE = "# py4c benchmark results"
RUNTIME_HEADING = "## Runtime benchmarks"
BUILD_HEADING = "## Build statistics"


class BenchError(Exception):
    """A failure that is reported as a one-paragraph message, not a traceback."""


@dataclass(frozen=True)
class Py4c:
    """How to invoke the py4c compiler."""

    command: tuple[str, ...]
    env: dict[str, str]

    def describe(self) -> str:
        return " ".join(self.command)


@dataclass(frozen=True)
class Timing:
    name: str
    cpython: float
    py4c: float | None
    c: float
    pypy: float | None = None  # None: PyPy not installed, or it cannot run the program


@dataclass(frozen=True)
class BuildStats:
    command: str
    cold: float
    cached: float
    size: int


# --------------------------------------------------------------------------
# Tools


def find_py4c() -> Py4c | None:
    """The `py4c` on PATH, else `python -m py4c` (from this checkout), else None."""
    env = dict(os.environ)
    exe = shutil.which("py4c")
    if exe is not None:
        return Py4c((exe,), env)
    if (REPO_ROOT / "py4c" / "__main__.py").is_file():
        old = env.get("PYTHONPATH")
        env["PYTHONPATH"] = str(REPO_ROOT) if not old else f"{REPO_ROOT}{os.pathsep}{old}"
        return Py4c((sys.executable, "-m", "py4c"), env)
    try:
        spec = importlib.util.find_spec("py4c.__main__")
    except (ImportError, ValueError):
        spec = None
    if spec is not None:
        return Py4c((sys.executable, "-m", "py4c"), env)
    return None


def require_py4c() -> Py4c:
    py4c = find_py4c()
    if py4c is None:
        raise BenchError(
            "py4c is not available: no `py4c` on PATH and `python -m py4c` cannot be "
            "imported.\nInstall it first (`pip install -e .` in the repository root), "
            "or pass --no-py4c to compare only CPython and C."
        )
    probe = [*py4c.command, "--help"]
    try:
        proc = subprocess.run(probe, capture_output=True, env=py4c.env, timeout=120, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise BenchError(f"py4c is not usable: `{' '.join(probe)}` failed: {exc}") from exc
    if proc.returncode != 0:
        output = proc.stderr.decode(errors="replace") + proc.stdout.decode(errors="replace")
        raise BenchError(
            f"py4c is not usable yet: `{' '.join(probe)}` exited with status "
            f"{proc.returncode}:\n{tail(output, 10)}"
        )
    return py4c


def require_gcc() -> str:
    gcc = shutil.which("gcc")
    if gcc is None:
        raise BenchError("gcc is not available on PATH; it is needed for the C reference builds.")
    return gcc


def tail(text: str, lines: int = 40) -> str:
    kept = text.rstrip().splitlines()[-lines:]
    return "\n".join("    " + line for line in kept)


def run_checked(
    what: str,
    cmd: Sequence[str],
    *,
    env: dict[str, str] | None = None,
    timeout: float = BUILD_TIMEOUT_S,
) -> subprocess.CompletedProcess[bytes]:
    """Run cmd, capturing output; raise BenchError if it fails."""
    try:
        proc = subprocess.run(
            list(cmd), capture_output=True, env=env, cwd=REPO_ROOT, timeout=timeout, check=False
        )
    except FileNotFoundError as exc:
        raise BenchError(f"{what}: cannot execute {cmd[0]!r}: {exc}") from exc
    except subprocess.TimeoutExpired as exc:
        raise BenchError(f"{what}: timed out after {timeout:.0f} s: {' '.join(cmd)}") from exc
    if proc.returncode != 0:
        output = proc.stderr.decode(errors="replace") + proc.stdout.decode(errors="replace")
        raise BenchError(
            f"{what} failed (exit status {proc.returncode}):\n  $ {' '.join(cmd)}\n{tail(output)}"
        )
    return proc


def py4c_build(py4c: Py4c, source: Path, output: Path, flags: Sequence[str], cache_dir: Path) -> None:
    env = dict(py4c.env)
    env["PY4C_CACHE_DIR"] = str(cache_dir)
    output.parent.mkdir(parents=True, exist_ok=True)
    cmd = [*py4c.command, "build", str(source), "-o", str(output), *flags]
    run_checked(f"py4c build of {source.name}", cmd, env=env)
    if not output.is_file():
        raise BenchError(f"py4c build of {source.name} succeeded but produced no {output}")


def gcc_build(gcc: str, source: Path, output: Path) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    run_checked(f"gcc build of {source.name}", [gcc, *GCC_FLAGS, "-o", str(output), str(source), *GCC_LIBS])


def program_output(what: str, cmd: Sequence[str]) -> bytes:
    return run_checked(what, cmd, timeout=RUN_TIMEOUT_S).stdout


def time_once(cmd: Sequence[str]) -> float:
    # No `timeout=` here: with a timeout, Popen.wait polls with sleeps of up to
    # 50 ms, which quantises short run times. The untimed check run (which has a
    # timeout) has already shown that the command terminates.
    start = time.perf_counter()
    proc = subprocess.run(
        list(cmd),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=REPO_ROOT,
        check=False,
    )
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise BenchError(f"{' '.join(cmd)} exited with status {proc.returncode} while being timed")
    return elapsed


# --------------------------------------------------------------------------
# Machine description


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as f:
            for line in f:
                key, sep, value = line.partition(":")
                if sep and key.strip() in ("model name", "Model", "Hardware", "cpu model"):
                    return value.strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def first_line(cmd: Sequence[str]) -> str:
    try:
        proc = subprocess.run(list(cmd), capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    text = (proc.stdout or proc.stderr).decode(errors="replace").strip()
    return text.splitlines()[0] if proc.returncode == 0 and text else "unknown"


def machine_lines(py4c: Py4c | None) -> list[str]:
    lines = [
        f"- Date: {datetime.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')}",
        f"- Platform: {platform.platform()}",
        f"- CPU: {cpu_model()} ({os.cpu_count()} logical CPUs)",
        f"- Python: {platform.python_implementation()} {platform.python_version()} ({sys.executable})",
        f"- C compiler: {first_line(['gcc', '--version'])}",
    ]
    pypy = shutil.which("pypy3")
    if pypy is not None:
        lines.append(f"- PyPy: {' '.join(first_line([pypy, '--version']).split()[:2])} / "
                     f"{first_line([pypy, '-c', 'import sys; print(sys.version.splitlines()[-1])'])}")
    commit = first_line(["git", "-C", str(REPO_ROOT), "rev-parse", "--short", "HEAD"])
    if commit != "unknown":
        lines.append(f"- Commit: {commit}")
    if py4c is not None:
        lines.append(f"- py4c: `{py4c.describe()}`")
    return lines


# --------------------------------------------------------------------------
# Runtime benchmarks


def prepare(name: str, py4c: Py4c | None, gcc: str, cache_dir: Path) -> list[tuple[str, list[str]]]:
    """Build one benchmark and check its outputs; return the (label, command) pairs to time."""
    source = PROGRAMS_DIR / f"{name}.py"
    c_source = C_DIR / f"{name}.c"
    for path in (source, c_source):
        if not path.is_file():
            raise BenchError(f"missing benchmark file {path}")

    commands: list[tuple[str, list[str]]] = [("CPython", [sys.executable, str(source)])]
    pypy = shutil.which("pypy3")
    if pypy is not None:
        commands.append(("PyPy", [pypy, str(source)]))
    if py4c is not None:
        py4c_exe = OUT_DIR / "py4c" / name
        print(f"[{name}] py4c build -O2", file=sys.stderr, flush=True)
        py4c_build(py4c, source, py4c_exe, PY4C_BENCH_FLAGS, cache_dir)
        commands.append(("py4c", [str(py4c_exe)]))
    c_exe = OUT_DIR / "c" / name
    print(f"[{name}] gcc {' '.join(GCC_FLAGS)}", file=sys.stderr, flush=True)
    gcc_build(gcc, c_source, c_exe)
    commands.append(("C", [str(c_exe)]))

    print(f"[{name}] checking outputs", file=sys.stderr, flush=True)
    outputs: list[tuple[str, bytes]] = []
    for label, cmd in list(commands):
        if label == "PyPy":
            # PyPy (3.9 here) is a point of comparison, not a subject: a program it cannot
            # run (newer syntax) or prints differently just has no PyPy figure.
            proc = subprocess.run(cmd, capture_output=True, timeout=600)
            if proc.returncode != 0 or (outputs and proc.stdout != outputs[0][1]):
                print(f"[{name}] PyPy cannot run it; no PyPy figure", file=sys.stderr, flush=True)
                commands.remove((label, cmd))
                continue
            outputs.append((label, proc.stdout))
            continue
        outputs.append((label, program_output(f"{label} run of {name}", cmd)))
    reference_label, reference = outputs[0]
    for label, out in outputs[1:]:
        if out != reference:
            raise BenchError(
                f"OUTPUT MISMATCH for {name}: {label} differs from {reference_label}\n"
                f"  {reference_label}: {reference!r}\n  {label}: {out!r}"
            )
    if not reference.strip():
        raise BenchError(f"{name} printed nothing; every benchmark must print a checksum line")
    return commands


def run_benchmark(name: str, py4c: Py4c | None, gcc: str, runs: int, cache_dir: Path) -> Timing:
    commands = prepare(name, py4c, gcc, cache_dir)
    samples: dict[str, list[float]] = {label: [] for label, _ in commands}
    for i in range(runs):
        print(f"[{name}] timing run {i + 1}/{runs}", file=sys.stderr, flush=True)
        # Interleave the three variants so slow drift of the machine affects all equally.
        for label, cmd in commands:
            samples[label].append(time_once(cmd))
    medians = {label: statistics.median(values) for label, values in samples.items()}
    return Timing(name, medians["CPython"], medians.get("py4c"), medians["C"], medians.get("PyPy"))


def fmt_seconds(value: float | None) -> str:
    return "-" if value is None else f"{value:.4f}"


def fmt_ratio(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.2f}x" if value < 10 else f"{value:.1f}x"


def geomean(values: Sequence[float]) -> float:
    return math.exp(sum(math.log(v) for v in values) / len(values))


def runtime_table(timings: Sequence[Timing]) -> list[str]:
    lines = [
        "| program | CPython (s) | PyPy (s) | py4c (s) | C -O2 (s) | CPython/py4c (speed-up) | PyPy/py4c | py4c/C |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    speedups: list[float] = []
    slowdowns: list[float] = []
    pypy_speedups: list[float] = []
    for t in timings:
        speedup = t.cpython / t.py4c if t.py4c else None
        vs_c = t.py4c / t.c if t.py4c is not None and t.c > 0 else None
        if speedup is not None:
            speedups.append(speedup)
        if vs_c is not None:
            slowdowns.append(vs_c)
        vs_pypy = t.pypy / t.py4c if t.pypy is not None and t.py4c else None
        if vs_pypy is not None:
            pypy_speedups.append(vs_pypy)
        lines.append(
            f"| {t.name} | {fmt_seconds(t.cpython)} | {fmt_seconds(t.pypy)} | {fmt_seconds(t.py4c)} | "
            f"{fmt_seconds(t.c)} | {fmt_ratio(speedup)} | {fmt_ratio(vs_pypy)} | {fmt_ratio(vs_c)} |"
        )
    if len(timings) > 1 and speedups and slowdowns:
        pypy_mean = f"**{fmt_ratio(geomean(pypy_speedups))}**" if pypy_speedups else ""
        lines.append(
            f"| **geometric mean** | | | | | **{fmt_ratio(geomean(speedups))}** | {pypy_mean} | "
            f"**{fmt_ratio(geomean(slowdowns))}** |"
        )
    return lines


def runtime_report(timings: Sequence[Timing], py4c: Py4c | None, runs: int) -> list[str]:
    flags = " ".join(PY4C_BENCH_FLAGS)
    return [
        *machine_lines(py4c),
        "",
        f"Median wall-clock time of {runs} run{'s' if runs != 1 else ''} per program (whole process, output to /dev/null); "
        f"py4c builds use `{flags}`, C builds use `gcc {' '.join(GCC_FLAGS)}`. "
        "CPython/py4c and PyPy/py4c: higher is better (above 1.0x: py4c is faster); "
        "py4c/C: lower is better (1.0x = as fast as C). PyPy: `pypy3` on PATH if installed "
        "(Debian's pypy3); '-' where it is missing or cannot run the program.",
        "",
        *runtime_table(timings),
    ]


# --------------------------------------------------------------------------
# Build statistics


def measure_build_stats(py4c: Py4c, runs: int) -> BuildStats:
    source = PROGRAMS_DIR / f"{HELLO}.py"
    if not source.is_file():
        raise BenchError(f"missing {source}")
    exe = OUT_DIR / "py4c" / HELLO
    expected = program_output("CPython run of hello", [sys.executable, str(source)])
    cmd = [*py4c.command, "build", str(source), "-o", str(exe), *PY4C_HELLO_FLAGS]
    cold: list[float] = []
    cached: list[float] = []
    for i in range(runs):
        print(f"[hello] build run {i + 1}/{runs}", file=sys.stderr, flush=True)
        with tempfile.TemporaryDirectory(prefix="py4c-bench-cache-") as tmp:
            env = dict(py4c.env)
            env["PY4C_CACHE_DIR"] = tmp  # fresh, empty cache: a cold build
            for samples in (cold, cached):  # second build reuses the now-filled cache
                exe.unlink(missing_ok=True)
                exe.parent.mkdir(parents=True, exist_ok=True)
                start = time.perf_counter()
                run_checked("py4c build of hello.py", cmd, env=env)
                samples.append(time.perf_counter() - start)
                if not exe.is_file():
                    raise BenchError(f"py4c build of hello.py succeeded but produced no {exe}")
                got = program_output("py4c-built hello", [str(exe)])
                if got != expected:
                    raise BenchError(
                        f"OUTPUT MISMATCH for hello: CPython {expected!r}, py4c {got!r}"
                    )
    shown = ["py4c", "build", "bench/programs/hello.py", "-o", "OUT", *PY4C_HELLO_FLAGS]
    return BuildStats(
        command=" ".join(shown),
        cold=statistics.median(cold),
        cached=statistics.median(cached),
        size=exe.stat().st_size,
    )


def build_report(stats: BuildStats, py4c: Py4c, runs: int) -> list[str]:
    return [
        *machine_lines(py4c),
        "",
        f"`{stats.command}`; median{'s' if runs != 1 else ''} of {runs} run{'s' if runs != 1 else ''}. Cold: `PY4C_CACHE_DIR` points at a fresh "
        "empty directory. Cached: the same command again, same cache directory, unchanged "
        "source (the previous executable deleted first).",
        "",
        "| measurement | value |",
        "|---|---:|",
        f"| cold build (s) | {stats.cold:.3f} |",
        f"| cached build (s) | {stats.cached:.3f} |",
        f"| executable size (bytes) | {stats.size} |",
    ]


# --------------------------------------------------------------------------
# RESULTS.md


def write_section(heading: str, body: Sequence[str]) -> None:
    """Replace the section under `heading` in RESULTS.md (other sections are kept)."""
    if RESULTS_FILE.is_file():
        lines = RESULTS_FILE.read_text(encoding="utf-8").splitlines()
    else:
        lines = [
            RESULTS_TITLE,
            "",
            "Written by `python bench/run.py --write` and `python bench/run.py --build-stats "
            "--write`; each section is replaced as a whole when re-run. See bench/README.md.",
            "",
        ]
    new_section = [heading, "", *body, ""]
    if heading in lines:
        start = lines.index(heading)
        end = next(
            (i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines)
        )
        lines[start:end] = new_section
    else:
        while lines and not lines[-1].strip():
            lines.pop()
        lines += ["", *new_section]
    while lines and not lines[-1].strip():
        lines.pop()
    RESULTS_FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS_FILE.relative_to(REPO_ROOT)} ({heading[3:]})", file=sys.stderr)


# --------------------------------------------------------------------------
# Main


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Run the py4c benchmark suite (CPython vs py4c vs C).",
    )
    parser.add_argument(
        "--runs", type=int, default=5, metavar="N", help="timed runs per variant (default 5)"
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=BENCHMARKS,
        metavar="NAME",
        help=f"run only this benchmark (repeatable); one of {', '.join(BENCHMARKS)}",
    )
    parser.add_argument(
        "--write", action="store_true", help=f"write the results into {RESULTS_FILE.name}"
    )
    parser.add_argument(
        "--build-stats",
        action="store_true",
        help="measure cold/cached py4c build time and executable size of hello.py instead",
    )
    parser.add_argument(
        "--no-py4c",
        action="store_true",
        help="compare only CPython and C (for checking the suite itself; cannot --write)",
    )
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if args.write and args.only:
        parser.error("--write records the whole suite; drop --only")
    if args.write and args.no_py4c:
        parser.error("--write needs py4c; drop --no-py4c")
    if args.build_stats and (args.only or args.no_py4c):
        parser.error("--build-stats takes no --only / --no-py4c")
    return args


def run(args: argparse.Namespace) -> None:
    runs: int = args.runs
    if args.build_stats:
        py4c = require_py4c()
        stats = measure_build_stats(py4c, runs)
        report = build_report(stats, py4c, runs)
        print("\n".join(report))
        if args.write:
            write_section(BUILD_HEADING, report)
        return

    gcc = require_gcc()
    maybe_py4c = None if args.no_py4c else require_py4c()
    names: list[str] = [n for n in BENCHMARKS if not args.only or n in args.only]
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="py4c-bench-cache-") as cache:
        # A fresh cache so the binaries certainly come from the current compiler.
        timings = [run_benchmark(n, maybe_py4c, gcc, runs, Path(cache)) for n in names]
    report = runtime_report(timings, maybe_py4c, runs)
    print("\n".join(report))
    if args.write:
        write_section(RUNTIME_HEADING, report)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        run(args)
    except BenchError as exc:
        print(f"bench/run.py: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("bench/run.py: interrupted", file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
