"""Reads of a variable before it is bound, inside comprehensions and called functions.

Phase: typecheck. mypy reports a read of a local before its assignment (and, with
py4c's flags, a possibly undefined one) in ordinary statements, but not inside a
comprehension or generator expression, which CPython evaluates right there (its first
iterable in the enclosing scope, the rest in its own, reading the enclosing variables).
The same holds for a function defined here and called before a variable it reads (a
closure's free variable, a module function's global) is bound. CPython then raises
UnboundLocalError or NameError; compiled code has no unbound state (an int would read
0), so py4c must reject the program. This pass
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
    def __init__(self, diags: Collector, candidates: set[str], module: bool, body: tuple[ast.Stmt, ...]) -> None:
        self.diags = diags
        self.candidates = candidates
        self.module = module
        self.reported: set[str] = set()
        self.loops: list[list[Bound]] = []  # the bound sets at each `break` of the enclosing loops
        self.free = _free_variables(body, candidates)  # function defined here -> the names of ours it reads

    # ------------------------------------------------------------ expressions

    def reads(self, e: object, bound: Bound) -> None:
        """Check the comprehensions in e (not lambdas: they run later)."""
        if bound is None or e is None or isinstance(e, ast.Lambda):
            return
        if isinstance(e, _COMPREHENSIONS):
            self.comprehension(e, bound, set())
            return
        if isinstance(e, ast.Call) and isinstance(e.func, ast.Name) and e.func.id in self.free:
            for name in sorted(self.free[e.func.id] - bound):  # the function reads what is not bound yet
                self.report(name, e.span, e.func.id)
        for x in ast.children(e):
            self.reads(x, bound)

    def report(self, name: str, span: ast.Span, function: str = "") -> None:
        if name in self.reported:
            return
        self.reported.add(name)
        where = f"'{function}', called here, reads it" if function else "a comprehension reads it"
        if self.module:
            self.diags.error("used-before-def", span, f"name '{name}' is used before it is defined",
                             f"CPython raises NameError here ({where}); define it first")
        else:
            self.diags.error("used-before-def", span, f"local variable '{name}' is read before it is assigned",
                             f"CPython raises NameError or UnboundLocalError here ({where}); "
                             "assign it before this statement")

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
            if e.id in self.candidates and e.id not in own and e.id not in bound:
                self.report(e.id, e.span)
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


def _free_variables(body: tuple[ast.Stmt, ...], candidates: set[str]) -> dict[str, set[str]]:
    """For each function defined directly in body (in its statements, not inside another
    def), the candidate names it reads that it does not bind itself: also through the
    other such functions it calls (the closure of the call graph)."""
    from py4c.typecheck.env import first_bindings

    defs: dict[str, ast.FunctionDef] = {}

    def collect(stmts: tuple[ast.Stmt, ...]) -> None:
        for st in stmts:
            if isinstance(st, ast.FunctionDef):
                defs[st.name] = st
            elif isinstance(st, (ast.If, ast.While, ast.For)):
                collect(st.body)
                collect(st.orelse)
            elif isinstance(st, ast.With):
                collect(st.body)
            elif isinstance(st, ast.Try):
                for part in (st.body, st.orelse, st.finalbody, *(h.body for h in st.handlers)):
                    collect(part)

    collect(body)
    free: dict[str, set[str]] = {}
    calls: dict[str, set[str]] = {}
    for name, f in defs.items():
        own = set(first_bindings(f.body)) | {p.name for p in f.params.params}
        reads: set[str] = set()
        for node in _walk(f.body):
            if isinstance(node, ast.Name):
                reads.add(node.id)
        free[name] = (reads & candidates) - own
        calls[name] = reads & set(defs)
    changed = True
    while changed:
        changed = False
        for name in defs:
            for callee in calls[name]:
                extra = free[callee] - free[name]
                if extra:
                    free[name] |= extra
                    changed = True
    return free


def _walk(node: object) -> list[object]:
    out: list[object] = []
    stack = [node]
    while stack:
        x = stack.pop()
        if isinstance(x, tuple):
            stack.extend(x)
            continue
        out.append(x)
        stack.extend(ast.children(x))
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
    _Checker(diags, locals_ - params, False, body).block(body, frozenset(params))


def check_module(diags: Collector, body: tuple[ast.Stmt, ...], names: set[str], builtins: set[str]) -> None:
    """Comprehension reads, in module-level code, of module names not yet bound."""
    _Checker(diags, names - builtins, True, body).block(body, frozenset())
