"""py4c: an ahead-of-time compiler for py4, a strict, statically typed subset of Python.

The pipeline, one package per phase (see docs/architecture.md):
frontend (source -> ast) -> typecheck (ast + mypy -> tir) -> codegen (tir -> mir ->
passes -> LLVM -> object -> executable, linked with the C runtime).
"""

__version__ = "0.1.0"
