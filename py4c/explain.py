"""`py4c check --explain`: a migration report for a module. For every top-level function
and class (methods listed under their class): "compiles", or the diagnostics that block
it, so a user sees how far a hot module is from compiling and where to start.

Phase: front end (report). Diagnostics are attributed by line to the innermost function
or class whose source they fall in; the rest is module-level code.
"""

from __future__ import annotations

import os

from py4c.diagnostics import CompileError, Diagnostic
from py4c.frontend import ast
from py4c.typecheck.contracts import CODES


def _extent(node: ast.Stmt) -> tuple[int, int]:
    """First line (decorators included) and last line of a def or class."""
    from py4c.ide import last_line

    first = min([node.span.line, *(d.span.line for d in getattr(node, "decorators", ()))])
    return first, last_line(node)


def _units(body: tuple[ast.Stmt, ...], prefix: str = "") -> list[tuple[str, int, int]]:
    """(label, first line, last line) of each def and class, methods after their class."""
    out: list[tuple[str, int, int]] = []
    for s in body:
        if isinstance(s, ast.FunctionDef):
            out.append((f"def {prefix}{s.name}", *_extent(s)))
        elif isinstance(s, ast.ClassDef):
            out.append((f"class {prefix}{s.name}", *_extent(s)))
            out += _units(s.body, f"{prefix}{s.name}.")
    return out


def explain(path: str, diags: list[Diagnostic]) -> str:
    from py4c.frontend import parse_file

    errors = [d for d in diags if d.severity == "error"]
    rel = os.path.relpath(path)
    if rel.startswith(".."):
        rel = path
    try:
        module = parse_file(path)
    except CompileError:
        return f"{rel}: does not parse; fix the syntax error first:\n" + "\n".join(
            f"    line {d.span.line}: {d.message} [{d.code}]" for d in errors)
    units = _units(module.body)
    blockers: dict[str, list[Diagnostic]] = {label: [] for label, _, _ in units}
    module_level: list[Diagnostic] = []
    nested: dict[str, int] = {}  # class -> blockers in its methods
    for d in errors:
        inner = [(last - first, label) for label, first, last in units if first <= d.span.line <= last]
        if inner:
            blockers[min(inner)[1]].append(d)
        else:
            module_level.append(d)
    # a class compiles only if its methods do
    for label, first, last in units:
        if label.startswith("class "):
            in_methods = [d for other, f2, l2 in units if other != label and first <= f2 and l2 <= last
                     for d in blockers[other]]
            if in_methods and not blockers[label]:
                blockers[label] = []
                nested[label] = len(in_methods)
    ok = sum(1 for label in blockers if not blockers[label] and label not in nested)
    lines = [f"{rel}: {ok} of {len(units)} functions and classes compile"
             + ("" if not errors else f"; {len(errors)} blocker{'s' if len(errors) != 1 else ''}")]
    for label, first, _ in units:
        mine = blockers[label]
        if label in nested:
            lines.append(f"  blocked   {label} (line {first}): {nested[label]} in its methods")
            continue
        lines.append(f"  {'compiles' if not mine else 'blocked '}  {label} (line {first})")
        for d in mine:
            lines.append(f"              line {d.span.line}: {d.message} [{d.code}]")
    if module_level:
        lines.append("  blocked   module-level code")
        lines += [f"              line {d.span.line}: {d.message} [{d.code}]" for d in module_level]
    if any(d.code not in _PY4C_CODES for d in errors):
        lines.append("  (mypy's errors come first: py4c's own contract checks run once they are fixed)")
    return "\n".join(lines)


# codes py4c's own checker reports (the rest come from mypy; py4c also uses a few of mypy's
# names for the same rules)
_PY4C_CODES = set(CODES) | {"comparison-overlap", "operator", "call-arg"}
