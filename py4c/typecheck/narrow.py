"""Type narrowing, as mypy narrows: inside `if x is not None:` an `X | None` local is
an X, inside `if isinstance(s, Circle):` a Shape local is a Circle, and after
`if x is None: return` the rest of the block sees an X.

Phase: typecheck. A narrowed name is read through a hidden local holding the same
reference with the narrower static type (the cast cannot fail: the test just proved it).
Only locals that the narrowed region does not assign are narrowed, so the hidden copy
never goes stale.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from py4c import tir
from py4c.frontend import ast
from py4c.typecheck.env import FuncScope
from py4c.types import STR, ClassT, OptT, Type, is_object


def current_type(sc: FuncScope, name: str) -> Type | None:
    for scope in reversed(sc.renames):
        if name in scope:
            return scope[name].type
    if sc.is_module:
        return sc.module.globals.get(name)  # module-level code narrows its globals, as mypy does
    if name in sc.declared_global:
        return None
    return sc.locals.get(name) if name in sc.assigned else None


def dotted(e: ast.Expr) -> str | None:
    """`self.a.b` as a path, for attribute chains on a name."""
    if isinstance(e, ast.Name):
        return e.id
    if isinstance(e, ast.Attribute):
        base = dotted(e.value)
        return None if base is None else f"{base}.{e.attr}"
    return None


def narrowings(sc: FuncScope, test: ast.Expr, positive: bool) -> dict[str, Type]:
    """The narrower types the locals have where `test` is true (positive) or false."""
    out: dict[str, Type] = {}
    if isinstance(test, ast.UnaryOp) and test.op == "not":
        return narrowings(sc, test.operand, not positive)
    if isinstance(test, ast.BoolOp):
        if (test.op == "and") == positive:
            for v in test.values:
                out.update(narrowings(sc, v, positive))
        return out
    if isinstance(test, ast.Compare) and len(test.ops) == 1:
        left, right, op = test.left, test.comparators[0], test.ops[0]
        if isinstance(right, ast.NoneLit) and op in ("is", "is not", "==", "!="):
            not_none = (op in ("is not", "!=")) == positive
            path = dotted(left)
            if isinstance(left, ast.Name):
                t = current_type(sc, left.id)
            elif path is not None and sc.module.classes:
                from py4c.typecheck.expr import check_expr
                t = check_expr(sc, left).type
            else:
                t = None
            if not_none and path is not None and isinstance(t, OptT):
                out[path] = t.inner
        return out
    if isinstance(test, ast.Call) and isinstance(test.func, ast.Name) and test.func.id == "isinstance" \
            and len(test.args) == 2 and isinstance(test.args[0], ast.Name) and isinstance(test.args[1], ast.Name) \
            and test.args[1].id in sc.module.classes and positive:
        from py4c.typecheck.classes import is_subclass

        name, cls = test.args[0].id, test.args[1].id
        t = current_type(sc, name)
        core = t.inner if isinstance(t, OptT) else t
        if isinstance(core, ClassT) and is_subclass(sc.module, cls, core.name):
            out[name] = ClassT(cls)
        return out
    if isinstance(test, ast.Name) and positive:
        t = current_type(sc, test.id)
        if isinstance(t, OptT):
            out[test.id] = t.inner
    path = dotted(test) if isinstance(test, ast.Attribute) else None
    if path is not None and positive and sc.module.classes:
        # `if n.label:` proves n.label is not None
        from py4c.typecheck.expr import check_expr
        t = check_expr(sc, test).type
        if isinstance(t, OptT):
            out[path] = t.inner
    return out


@contextmanager
def narrowed(sc: FuncScope, narrows: dict[str, Type], assigned: set[str], span: ast.Span,
             prelude: list[tir.Stmt]) -> Iterator[None]:
    """Within the block, read the narrowed locals (those not in `assigned`) through hidden
    copies; `prelude` receives the statements that make the copies."""
    scope: dict[str, tir.Var] = {}
    paths = {p: t for p, t in narrows.items() if "." in p}
    for name, t in narrows.items():
        if name in assigned or "." in name:
            continue
        from py4c.typecheck.expr import check_name

        src = check_name(sc, ast.Name(name, span))
        # The copy of a plain local borrows its reference: the block does not assign the
        # local (`assigned`), and nothing else can (a local shared with nested functions
        # is read through a cell, not a Var), so it keeps the object alive meanwhile.
        borrow = isinstance(src, tir.Var) and src.scope == "local" and is_object(t)
        if isinstance(src.type, OptT) and src.type.inner == t:
            check = "opt.check_borrow" if borrow else "opt.check"
            cast: tir.Expr = tir.Prim(check, (src, tir.Const("", STR, span)), t, span)
        else:
            cast = tir.Prim("obj.upcast", (src,), t, span)
        var = tir.Var(sc.new_temp(t, borrowed=borrow), "local", t, span)
        prelude.append(tir.Assign(var, cast, span))
        scope[name] = var
    # attribute paths are re-read at each use (a method call may change them), unwrapped
    sc.narrowed_paths.append(paths)
    if scope:
        sc.renames.append(scope)
    try:
        yield
    finally:
        if scope:
            sc.renames.pop()
        sc.narrowed_paths.pop()


def exits(stmts: tuple[ast.Stmt, ...]) -> bool:
    """Does the block always leave (return, raise, break, continue)?"""
    if not stmts:
        return False
    last = stmts[-1]
    if isinstance(last, (ast.Return, ast.Raise, ast.Break, ast.Continue)):
        return True
    if isinstance(last, ast.If):
        return exits(last.body) and exits(last.orelse)
    return False
