"""The registry of standard-library functions py4c provides natively (math, random,
heapq, bisect, ...): each module file registers a checker per qualified name.

Phase: typecheck. `import m` / `from m import f` resolve calls to qualified names
(`m.f`); builtins.check_call asks this registry before its own builtins. A module must
also be listed in env.ALLOWED_IMPORTS.
"""

from __future__ import annotations

from typing import Callable

from py4c import tir
from py4c.frontend import ast
from py4c.typecheck.env import FuncScope

Checker = Callable[[FuncScope, str, ast.Call], tir.Expr]
CALLS: dict[str, Checker] = {}


def register(names: list[str], checker: Checker) -> None:
    for n in names:
        CALLS[n] = checker


def load() -> None:
    """Import the module files (each registers its names)."""
    from py4c.typecheck import heapqmod, mathmod  # noqa: F401
    from py4c.typecheck import randommod  # noqa: F401
