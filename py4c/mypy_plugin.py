"""py4c's mypy plugin: `plugins = py4c.mypy_plugin` in a mypy config.

It adds py4 contract checks that mypy's own rules do not make. For now: a value-integer
constructor called on a literal out of the type's range (`u8(300)`). py4c's own checker
(typecheck/contracts.py) enforces the rest of the contract; more rules move here as the
contract checker grows, so that every editor running mypy sees them.
"""

from __future__ import annotations

from typing import Callable

from mypy.errorcodes import ErrorCode
from mypy.nodes import IntExpr, UnaryExpr
from mypy.plugin import FunctionContext, Plugin
from mypy.types import Type

from py4c.types import INT_RANGES

VALUE_RANGE = ErrorCode("value-range", "Value integer constant out of range", "py4")

_CTORS = {f"{mod}.{name}": name for mod in ("mypy_extensions", "py4") for name in ("i64", "i32", "u8")}


def _literal_value(node: object) -> int | None:
    if isinstance(node, IntExpr):
        return node.value
    if isinstance(node, UnaryExpr) and node.op == "-" and isinstance(node.expr, IntExpr):
        return -node.expr.value
    return None


def _check_ctor(kind: str) -> Callable[[FunctionContext], Type]:
    def hook(ctx: FunctionContext) -> Type:
        for group in ctx.args:
            for arg in group:
                value = _literal_value(arg)
                lo, hi = INT_RANGES[kind]
                if value is not None and not lo <= value <= hi:
                    ctx.api.fail(f"constant {value} is out of range for {kind} ({lo}..{hi})",
                                 arg, code=VALUE_RANGE)
        return ctx.default_return_type

    return hook


class Py4Plugin(Plugin):
    def get_function_hook(self, fullname: str) -> Callable[[FunctionContext], Type] | None:
        kind = _CTORS.get(fullname)
        return _check_ctor(kind) if kind else None


def plugin(version: str) -> type[Plugin]:
    return Py4Plugin
