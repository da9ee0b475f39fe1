"""Reads of a variable before it is bound, inside comprehensions.

Phase: typecheck. mypy reports a read of a local before its assignment (and, with
py4c's flags, a possibly undefined one) in ordinary statements, but not inside a
comprehension or generator expression, which CPython evaluates right there (its first
iterable in the enclosing scope, the rest in its own, reading the enclosing variables).
CPython then raises UnboundLocalError (NameError at module level); compiled code has no
unbound state (an int local would read 0), so py4c must reject the program. This pass
follows which names are definitely bound at each statement (through if/else, loops,
try/except/finally and the statements that end a path) and reports such reads.
"""

from __future__ import annotations

from py4c.diagnostics import Collector
from py4c.frontend import ast

Bound = frozenset[str] | None  # None: no path reaches here (after return, raise, break ...)

_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)


def _meet(a: Bound, b: Bound) -> Bound:
    if a is None:
        return b
    if b is None:
        return a
    return a & b


def _names(target: object) -> set[str]:
    if isinstance(target, ast.Name):
        return {target.id}
    if isinstance(target, (ast.TupleExpr, ast.ListExpr)):
        return set().union(*(_names(t) for t in target.elts)) if target.elts else set()
    if isinstance(target, ast.Starred):
        return _names(target.value)
    return set()


class _Checker:
    def __init__(self, diags: Collector, candidates: set[str], module: bool) -> None:
        self.diags = diags
        self.candidates = candidates
        self.module = module
        self.reported: set[str] = set()
        self.loops: list[list[Bound]] = []  # the bound sets at each `break` of the enclosing loops

    # ------------------------------------------------------------ expressions

    def reads(self, e: object, bound: Bound) -> None:
        """Check the comprehensions in e (not lambdas: they run later)."""
        if bound is None or e is None or isinstance(e, ast.Lambda):
            return
        if isinstance(e, _COMPREHENSIONS):
            self.comprehension(e, bound, set())
            return
        for x in ast.children(e):
            self.reads(x, bound)

    def comprehension(self, e: object, bound: frozenset[str], own: set[str]) -> None:
        gens = e.generators  # type: ignore[attr-defined]
        own = set(own)
        for g in gens:
            self.names_in(g.iter, bound, own)
            own |= _names(g.target)
            for cond in g.ifs:
                self.names_in(cond, bound, own)
        for part in ("elt", "key", "value"):
            if hasattr(e, part):
                self.names_in(getattr(e, part), bound, own)

    def names_in(self, e: object, bound: frozenset[str], own: set[str]) -> None:
        if isinstance(e, ast.Lambda):
            return
        if isinstance(e, _COMPREHENSIONS):
            self.comprehension(e, bound, own)
            return
        if isinstance(e, ast.Name):
            name = e.id
            if name in self.candidates and name not in own and name not in bound and name not in self.reported:
                self.reported.add(name)
                if self.module:
                    self.diags.error("used-before-def", e.span, f"name '{name}' is used before it is defined",
                                     "CPython raises NameError here (a comprehension reads it); define it first")
                else:
                    self.diags.error("used-before-def", e.span, f"local variable '{name}' is read before it is "
                                     "assigned", "CPython raises UnboundLocalError here (a comprehension reads it); "
                                     "assign it before this statement")
            return
        for x in ast.children(e):
            self.names_in(x, bound, own)

    # ------------------------------------------------------------ statements

    def block(self, stmts: tuple[ast.Stmt, ...], bound: Bound) -> Bound:
        for s in stmts:
            bound = self.stmt(s, bound)
        return bound

    def stmt(self, s: ast.Stmt, bound: Bound) -> Bound:
        if bound is None:
            return None
        if isinstance(s, ast.Assign):
            self.reads(s.value, bound)
            for t in s.targets:
                self.reads(t, bound)
            return bound | set().union(*(_names(t) for t in s.targets))
        if isinstance(s, ast.AnnAssign):
            if s.value is None:
                return bound
            self.reads(s.value, bound)
            return bound | _names(s.target)
        if isinstance(s, ast.AugAssign):
            self.reads(s.value, bound)
            return bound | _names(s.target)
        if isinstance(s, (ast.ExprStmt, ast.Return)):
            self.reads(s.value, bound)
            return bound if isinstance(s, ast.ExprStmt) else None
        if isinstance(s, ast.Raise):
            self.reads(s.exc, bound)
            self.reads(s.cause, bound)
            return None
        if isinstance(s, ast.Break):
            if self.loops:
                self.loops[-1].append(bound)
            return None
        if isinstance(s, ast.Continue):
            return None
        if isinstance(s, ast.Assert):
            self.reads(s.test, bound)
            self.reads(s.msg, bound)
            return bound
        if isinstance(s, ast.If):
            self.reads(s.test, bound)
            return _meet(self.block(s.body, bound), self.block(s.orelse, bound))
        if isinstance(s, (ast.While, ast.For)):
            return self.loop(s, bound)
        if isinstance(s, ast.Try):
            return self.try_(s, bound)
        if isinstance(s, ast.With):
            for item in s.items:
                self.reads(item.context, bound)
                if item.target is not None:
                    bound = bound | _names(item.target)
            return self.block(s.body, bound)
        if isinstance(s, (ast.FunctionDef, ast.ClassDef)):
            return bound | {s.name}
        if isinstance(s, ast.Import):
            return bound | {a.asname or a.name.split(".")[0] for a in s.names}
        if isinstance(s, ast.ImportFrom):
            return bound | {a.asname or a.name for a in s.names}
        if isinstance(s, ast.Delete):
            return bound - set().union(*(_names(t) for t in s.targets))
        return bound

    def loop(self, s: ast.While | ast.For, bound: frozenset[str]) -> Bound:
        if isinstance(s, ast.While):
            self.reads(s.test, bound)
            body_in = bound
        else:
            self.reads(s.iter, bound)
            body_in = bound | _names(s.target)
        self.loops.append([])
        self.block(s.body, body_in)  # the first pass: what a later one binds is not bound yet
        breaks = self.loops.pop()
        forever = isinstance(s, ast.While) and isinstance(s.test, ast.BoolLit) and s.test.value
        after: Bound = None if forever else self.block(s.orelse, bound)
        for b in breaks:
            after = _meet(after, b)
        return after

    def try_(self, s: ast.Try, bound: frozenset[str]) -> Bound:
        out = self.block(s.orelse, self.block(s.body, bound))
        for h in s.handlers:
            h_in = bound | ({h.name} if h.name else set())
            out = _meet(out, self.block(h.body, h_in))
        if s.finalbody:
            self.block(s.finalbody, bound)
            if out is not None:
                out = out | _assigned_in(s.finalbody)
        return out


def _assigned_in(stmts: tuple[ast.Stmt, ...]) -> set[str]:
    out: set[str] = set()
    for s in stmts:
        if isinstance(s, ast.Assign):
            for t in s.targets:
                out |= _names(t)
        elif isinstance(s, (ast.AnnAssign, ast.AugAssign)) and (not isinstance(s, ast.AnnAssign) or s.value):
            out |= _names(s.target)
    return out


def check_function(diags: Collector, body: tuple[ast.Stmt, ...], locals_: set[str], params: set[str]) -> None:
    """Comprehension reads of the function's locals before they are bound."""
    _Checker(diags, locals_ - params, False).block(body, frozenset(params))


def check_module(diags: Collector, body: tuple[ast.Stmt, ...], names: set[str], builtins: set[str]) -> None:
    """Comprehension reads, in module-level code, of module names not yet bound."""
    _Checker(diags, names - builtins, True).block(body, frozenset())
