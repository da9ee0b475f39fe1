"""Class rules of the py4 contract that are not about building a class: deep values
(a frozen dataclass with a mutable field) and assignments through the class
(`C.attr = v`) or to a method or class constant through an instance.

Phase: typecheck. Input: the scanned classes (classes.ClassInfo). Output: diagnostics.
The messages come from contracts.py, shared with the mypy plugin.
"""

from __future__ import annotations

import os

from py4c.frontend import ast
from py4c.typecheck import contracts
from py4c.typecheck.classes import ClassInfo, is_deep
from py4c.typecheck.env import FuncScope, ModuleEnv


def check_deep(env: ModuleEnv, info: ClassInfo) -> None:
    """A frozen dataclass with a mutable field is not a deep value: a warning, an error
    under --strict-frozen (PY4C_STRICT_FROZEN=1)."""
    for name, t in info.own_fields.items():
        if is_deep(env, t):
            continue
        node = next((s for s in info.node.body if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)
                     and s.target.id == name), None)
        span = node.span if node is not None else info.node.span
        message = contracts.not_deep_value(info.name, name, str(t))
        hint = contracts.NOT_DEEP_VALUE_HINT
        if os.environ.get("PY4C_STRICT_FROZEN"):
            env.diags.error("not-deep-value", span, message, hint)
        else:
            env.diags.warning("not-deep-value", span, message, hint)


def class_named(sc: FuncScope, e: ast.Expr) -> str | None:
    """The py4 class an expression names (`C`, `mod.C`, an imported `C`), or None."""
    env = sc.module
    if isinstance(e, ast.Name) and (e.id in sc.locals or e.id in env.globals):
        return None  # a variable of that name
    if isinstance(e, ast.Name) and e.id in env.classes and e.id not in env.imports:
        return e.id
    other = env.module_entity(env.qualified(e))
    return other[1] if other is not None and other[1] in env.classes else None


def class_assignment(sc: FuncScope, target: ast.Attribute, span: ast.Span) -> bool:
    """`C.attr = v` (or `C.attr += v`): py4 classes are fixed when defined, so assigning
    through the class is rejected, wherever it is written (report it; True if so)."""
    owner = class_named(sc, target.value)
    if owner is None:
        return False
    d = sc.module.diags
    if target.attr in sc.module.classes[owner].methods:
        d.error("method-assign", span, contracts.METHOD_ASSIGN, contracts.METHOD_ASSIGN_HINT)
    else:
        d.error("class-attr-assign", span, contracts.class_attr_assign(owner, target.attr),
                contracts.CLASS_ATTR_ASSIGN_HINT)
    return True


def class_const(env: ModuleEnv, cls: str | None, attr: str) -> bool:
    while cls is not None:
        if attr in env.classes[cls].consts:
            return True
        cls = env.classes[cls].base
    return False
