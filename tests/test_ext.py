"""Extension modules (`py4c build --ext`): every module of tests/ext/ imported compiled and
interpreted must agree call for call (tests/ext_driver.py); tracebacks show the compiled
frames; a million boundary calls keep memory flat; the example project installs with
pip into a fresh virtual environment and its tests pass against the compiled module."""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
import sys
import textwrap

import pytest

from py4c.driver import BuildOptions, build_extension
from tests.differential import ROOT

EXT_DIR = os.path.join(ROOT, "tests", "ext")
MODULES = sorted(p for p in glob.glob(os.path.join(EXT_DIR, "*.py"))
                 if not os.path.basename(p).startswith("cases_"))


def _python(args: list[str], cwd: str, timeout: int = 300, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=cwd, timeout=timeout,
                          env={**os.environ, "PYTHONPATH": ROOT, **env})


@pytest.mark.parametrize("path", MODULES, ids=[os.path.basename(p)[:-3] for p in MODULES])
def test_module_agrees_with_cpython(path: str, tmp_path: "os.PathLike[str]") -> None:
    build = str(tmp_path)
    build_extension(path, build, BuildOptions())
    p = _python(["-m", "tests.ext_driver", path, build], ROOT)
    assert p.returncode == 0, p.stdout + p.stderr


def _build(tmp: str, name: str, source: str) -> str:
    src = os.path.join(tmp, name + ".py")
    with open(src, "w", encoding="utf-8") as f:
        f.write(textwrap.dedent(source))
    build_extension(src, tmp, BuildOptions())
    return src


def test_traceback_shows_compiled_frames(tmp_path: "os.PathLike[str]") -> None:
    tmp = str(tmp_path)
    src = _build(tmp, "deep", """\
        def inner(d: dict[str, int], k: str) -> int:
            return d[k]


        def outer(k: str) -> int:
            return inner({"a": 1}, k) + 1
        """)
    with open(os.path.join(tmp, "main.py"), "w", encoding="utf-8") as f:
        f.write("import deep\nprint(deep.outer('a'))\ndeep.outer('zz')\n")
    p = _python(["main.py"], tmp)
    assert p.stdout == "2\n"
    assert p.returncode == 1
    lines = p.stderr.splitlines()
    assert lines[0] == "Traceback (most recent call last):"
    assert f'  File "{src}", line 6, in outer' in lines
    assert f'  File "{src}", line 2, in inner' in lines
    assert "    return d[k]" in lines
    assert lines[-1] == "KeyError: 'zz'"
    assert "deep.abi3.so" not in p.stderr and "<py4c>" not in p.stderr


def test_million_calls_keep_memory_flat(tmp_path: "os.PathLike[str]") -> None:
    tmp = str(tmp_path)
    _build(tmp, "churn", """\
        from dataclasses import dataclass


        @dataclass
        class Box:
            items: list[int]
            label: str


        def pack(xs: list[int], label: str) -> Box:
            return Box(xs, label + "!")


        def weigh(b: Box, extra: dict[str, float]) -> float:
            return float(sum(b.items)) + extra.get(b.label, 0.0)
        """)
    script = textwrap.dedent("""\
        import churn, resource

        def rss():
            with open("/proc/self/statm") as f:
                return int(f.read().split()[1]) * resource.getpagesize()

        def burst(n):
            for i in range(n):
                b = churn.pack([i, 2, 3], "box")
                churn.weigh(b, {"box!": 0.5, "other": 1.0})

        burst(100_000)  # warm: allocator arenas and caches reach their steady size
        before = rss()
        burst(1_000_000)
        print(before, rss())
        """)
    with open(os.path.join(tmp, "loop.py"), "w", encoding="utf-8") as f:
        f.write(script)
    p = _python(["loop.py"], tmp, timeout=600)
    assert p.returncode == 0, p.stderr
    before, after = map(int, p.stdout.split())
    assert after - before < 4 << 20, f"RSS grew by {(after - before) >> 10} KiB over a million calls"


def test_package_directory_and_import_precedence(tmp_path: "os.PathLike[str]") -> None:
    tmp = str(tmp_path)
    pkg = os.path.join(tmp, "pkg")
    os.makedirs(pkg)
    with open(os.path.join(pkg, "__init__.py"), "w") as f:
        f.write("")
    for name, body in (("one", "def f(x: int) -> int:\n    return x + 1\n\n\ndef where() -> str:\n    return __name__\n"),
                       ("two", "class Pair:\n    def __init__(self, a: int) -> None:\n        self.a = a\n\n\n"
                               "def g(s: str) -> str:\n    return s * 2\n"),
                       ("three", "from .one import f\nfrom pkg.two import g\n\n\n"
                                 "def h(x: int) -> str:\n    return g(str(f(x)))\n")):
        with open(os.path.join(pkg, name + ".py"), "w") as f:
            f.write(body)
    p = subprocess.run([sys.executable, "-m", "py4c", "build", "--ext", pkg], capture_output=True, text=True,
                       timeout=300)
    assert p.returncode == 0, p.stderr
    assert sorted(os.listdir(pkg)) == ["__init__.py", "one.abi3.so", "one.py", "three.abi3.so", "three.py",
                                       "two.abi3.so", "two.py"]
    q = _python(["-c", "from pkg import one, two; print(one.f(1), two.g('ab'), one.__file__.endswith('.so'), "
                       "one.__name__, one.where(), two.Pair.__module__, two.Pair(1).a); from pkg import three; "
                       "print(three.h(4), three.__file__.endswith('.so'))"], tmp)
    assert q.stdout == "2 abab True pkg.one pkg.one pkg.two 1\n55 True\n", q.stderr


def test_rejected_module_reports_diagnostics(tmp_path: "os.PathLike[str]") -> None:
    src = os.path.join(str(tmp_path), "bad.py")
    with open(src, "w") as f:
        f.write("def f(x):\n    return x\n")
    p = subprocess.run([sys.executable, "-m", "py4c", "build", "--ext", src], capture_output=True, text=True,
                       timeout=300)
    assert p.returncode == 1
    assert "bad.py:1:" in p.stderr and "Traceback" not in p.stderr


def test_example_project_installs_with_pip(tmp_path: "os.PathLike[str]") -> None:
    """examples/ext_project: `pip install` in a fresh virtual environment builds the compiled
    module (py4c comes from this environment: no network), and its tests pass."""
    tmp = str(tmp_path)
    venv = os.path.join(tmp, "venv")
    # pip and setuptools come from this environment too (--system-site-packages)
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", venv], check=True,
                   timeout=300)
    py = os.path.join(venv, "bin", "python")
    project = os.path.join(ROOT, "examples", "ext_project")
    work = os.path.join(tmp, "project")
    shutil.copytree(project, work, ignore=shutil.ignore_patterns("build", "*.egg-info", "*.so", "__pycache__"))
    env = {**os.environ, "PYTHONPATH": ROOT, "PIP_NO_INDEX": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    p = subprocess.run([py, "-m", "pip", "install", "--no-build-isolation", "--no-deps", work],
                       capture_output=True, text=True, timeout=600, env=env, cwd=tmp)
    assert p.returncode == 0, p.stdout[-3000:] + p.stderr[-3000:]
    t = subprocess.run([py, "-m", "pytest", "-q", "-p", "no:cacheprovider", os.path.join(work, "tests")],
                       capture_output=True, text=True, timeout=600, env=env, cwd=tmp)
    assert t.returncode == 0, t.stdout[-3000:] + t.stderr[-3000:]
    assert "4 passed" in t.stdout


@pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind is not installed (CI installs it)")
def test_valgrind_reports_nothing_in_compiled_modules(tmp_path: "os.PathLike[str]") -> None:
    """Every module of tests/ext/ driven through all its calls (errors included) under
    valgrind: no error and no definitely-lost block has a frame in a compiled module.
    (CPython's own allocator noise is not ours: PYTHONMALLOC=malloc, frames filtered.)"""
    build = str(tmp_path)
    for path in MODULES:
        build_extension(path, build, BuildOptions())
    names = [os.path.basename(p)[:-3] for p in MODULES]
    script = ("from tests import ext_driver\n"
              f"bad = sum(ext_driver.main(['tests/ext/' + n + '.py', {build!r}]) for n in {names!r})\n"
              "raise SystemExit(bad)\n")
    p = subprocess.run(["valgrind", "--leak-check=full", "--show-leak-kinds=definite", sys.executable, "-c", script],
                       capture_output=True, text=True, cwd=ROOT, timeout=1200,
                       env={**os.environ, "PYTHONPATH": ROOT, "PYTHONMALLOC": "malloc"})
    assert p.returncode == 0, p.stdout[-2000:]
    blocks = re.split(r"==\d+== *\n", p.stderr)  # one block per error or leak record
    ours = [b for b in blocks if ".abi3.so" in b and ("Invalid" in b or "uninitialised" in b or "definitely" in b)]
    assert not ours, "\n".join(ours)[:6000]
