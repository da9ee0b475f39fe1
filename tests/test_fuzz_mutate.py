"""The bounded mutation-fuzzing budget of every CI run (tests/fuzzing.py): mutants of
the corpus must end in diagnostics or success -- never an internal error or a hang --
and an accepted mutant must agree with CPython. Fixed seeds keep CI reproducible;
`python -m tests.fuzz` runs an unbounded session with fresh seeds.
PY4C_FUZZ_MUTANTS sets the number of mutants per seed (default 100)."""

from __future__ import annotations

import os

import pytest

from tests.fuzzing import fuzz

SEEDS = [11, 23, 47, 95]


@pytest.mark.parametrize("seed", SEEDS)
def test_mutants_end_in_diagnostics_or_agree(seed: int) -> None:
    count = int(os.environ.get("PY4C_FUZZ_MUTANTS", "100"))
    _, findings = fuzz(seed, count)
    assert not findings, "\n\n".join(f.report() for f in findings[:3])
