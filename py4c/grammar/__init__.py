"""The py4 grammar: Python 3.11 syntax as a Lark LALR(1) grammar (`py4.lark`).

Phase: grammar (data for the frontend). Input: none. Output: the path of the grammar
file, which `py4c.frontend.parser` loads once per process.

Invariants: the grammar has no LALR conflicts; every rule that is not inlined has a
method of the same name in `py4c.frontend` (checked by tests/test_frontend.py).
"""

from __future__ import annotations

from pathlib import Path

GRAMMAR_FILE = "py4.lark"


def grammar_path() -> str:
    """Absolute path of `py4.lark`, shipped next to this module as package data."""
    return str(Path(__file__).with_name(GRAMMAR_FILE))
