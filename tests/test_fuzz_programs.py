"""Differential fuzzing with random well-typed programs (tests/progen.py): control flow,
ints/floats/bools/strs with edge values, lists, dicts, sets, string methods, a class
hierarchy and exceptions. Each program runs under CPython and compiled; stdout, exit
status and the exception line must agree. hypothesis draws the generator's choices
(st.randoms), so a failure shrinks toward a smaller program.
PY4C_FUZZ_PROGRAMS sets the number of programs (default 40)."""

from __future__ import annotations

import os
import random
import tempfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.progen import generate, run_program


@settings(max_examples=int(os.environ.get("PY4C_FUZZ_PROGRAMS", "40")), deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow], database=None)
@given(st.randoms(use_true_random=False))
def test_generated_programs_agree_with_cpython(rng: random.Random) -> None:
    source = generate(rng)
    with tempfile.TemporaryDirectory() as workdir:
        problem = run_program(source, workdir)
    assert problem is None, f"{problem}\n--- program ---\n{source}"
