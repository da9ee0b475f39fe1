"""Primitives of the standard-library modules py4c provides natively (typecheck/stdlib.py):
each registers into PRIMITIVES (untyped) or TYPED_PRIMITIVES (given operand types).

Phase: codegen (lowering).
"""

from __future__ import annotations

from py4c.codegen.primitives import PRIMITIVES  # noqa: F401
from py4c.codegen.primitives_list import TYPED_PRIMITIVES  # noqa: F401
