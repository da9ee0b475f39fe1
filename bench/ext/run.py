"""Extension-module benchmark: `python bench/ext/run.py [--steps N]`.

1. Speed-up of a hot module: examples/ext_project's n-body physics (py4) called from an
   interpreted driver, imported as Python and compiled with `py4c build --ext`.
2. Per-call overhead: a trivial compiled function against the same function in Python and
   against a builtin of the same shape (min of 5 runs of 1,000,000 calls each).
Prints markdown tables (recorded in bench/RESULTS.md).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import tempfile
import timeit
import types

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, ROOT)

from py4c.driver import BuildOptions, build_extension  # noqa: E402


def load(name: str, path: str) -> types.ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def best(stmt: object, number: int, repeat: int = 5) -> float:
    if isinstance(stmt, timeit.Timer):
        return min(stmt.repeat(number=number, repeat=repeat))
    return min(timeit.repeat(stmt, number=number, repeat=repeat))  # type: ignore[arg-type]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=50_000)
    args = ap.parse_args()
    physics_src = os.path.join(ROOT, "examples", "ext_project", "nbody_demo", "physics.py")
    calls_src = os.path.join(HERE, "calls.py")
    with tempfile.TemporaryDirectory() as tmp:
        build_extension(physics_src, tmp, BuildOptions())
        build_extension(calls_src, tmp, BuildOptions())
        py_phys, c_phys = load("physics", physics_src), load("physics", os.path.join(tmp, "physics.abi3.so"))
        py_calls, c_calls = load("calls", calls_src), load("calls", os.path.join(tmp, "calls.abi3.so"))
        assert py_phys.simulate(1000) == c_phys.simulate(1000)
        t_py = best(lambda: py_phys.simulate(args.steps), 1, 3)
        t_c = best(lambda: c_phys.simulate(args.steps), 1, 3)
        print("| hot module | interpreted (s) | compiled (s) | speed-up |")
        print("|---|---:|---:|---:|")
        print(f"| n-body, {args.steps} steps (examples/ext_project) | {t_py:.3f} | {t_c:.4f} | {t_py / t_c:.1f}x |")
        print()
        n = 1_000_000
        v_py, v_c = py_calls.Vec(3.0, 4.0), c_calls.Vec(3.0, 4.0)
        rows = [  # (label, compiled call, Python call, builtin call): timeit loops calling each directly
            ("f(int) -> int", "c.ident(5)", "p.ident(5)", "abs(5)"),
            ("f(float, float) -> float", "c.add(1.5, 2.5)", "p.add(1.5, 2.5)", "max(1.5, 2.5)"),
            ("f(object) -> float", "c.length2(vc)", "p.length2(vp)", "len('abc')"),
        ]
        env = {"c": c_calls, "p": py_calls, "vc": v_c, "vp": v_py}
        base = best(timeit.Timer("pass", globals=env), n)
        print(f"| call ({n:,} calls, loop overhead subtracted) | compiled (ns) | Python function (ns) | builtin (ns) "
              "| compiled / Python |")
        print("|---|---:|---:|---:|---:|")
        for label, sc, sp, sb in rows:
            tc, tp, tb = ((best(timeit.Timer(s, globals=env), n) - base) / n * 1e9 for s in (sc, sp, sb))
            print(f"| {label} | {tc:.0f} | {tp:.0f} | {tb:.0f} (`{sb}`) | {tc / tp:.2f} |")


if __name__ == "__main__":
    main()
