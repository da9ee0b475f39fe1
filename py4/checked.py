"""The checked run: `python -m py4 prog.py [args...]`.

Runs a py4 program under CPython as `python prog.py` would, after rewriting its AST so
that values of value-int type (`i64`, `i32`, `u8`) are converted where py4c converts
them; CPython then raises `OverflowError` exactly where the native code does. It is
the reference that differential tests of overflowing programs compare against.

Input: the program's source (and that of the modules it imports from its own
directory, through an import hook). Output: the same program with calls of the hidden
globals `__py4_i64__`/`__py4_i32__`/`__py4_u8__` (the checked classes of `py4._ints`)
inserted. Line numbers and columns are those of the original nodes, so tracebacks
point at the original lines. The conversions, per scope (module or function):

- `x: i64 = e` -> `x: i64 = conv(e)` (any target: names, attributes, subscripts);
- later `x = e` -> `x = conv(e)`, `x += e` -> `x = conv(x + e)`, `(x := e)` ->
  `(x := conv(e))` for a name declared with a value-int type in that scope (or reached
  through `global`/`nonlocal`); unpacking and chained assignments, `for x in ...` and
  `with ... as x` get `x = conv(x)` right after the binding;
- parameters of value-int type: `p = conv(p)` at function entry, after the docstring;
- `return e` in a function returning a value-int type -> `return conv(e)`;
- explicit `i64(e)` calls use py4's checked class even when `i64` came from
  `mypy_extensions` (whose `i64(x)` is a plain `int(x)`).

Annotations are recognised as imported from `py4` or `mypy_extensions` (aliases too),
as attributes (`py4.i64`), as strings, inside `Final[...]`/`Annotated[...]`, and through
module-level aliases (`I = i64`). Class bodies are not rewritten yet (see `_Scope`).
"""

from __future__ import annotations

import ast
import builtins
import importlib.machinery
import importlib.util
import os
import sys
import sysconfig
import types
from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

from py4._ints import KINDS

USAGE = """\
usage: python -m py4 prog.py [args...]

Run the py4 program prog.py under CPython (as `python prog.py [args...]` does) with the
value-integer conversions py4c inserts, so that i64/i32/u8 overflow raises
OverflowError where the compiled program raises it."""

MODULES = ("py4", "mypy_extensions")
WRAPPERS = ("Final", "Annotated")  # typing forms whose first argument is the declared type
CONVERTERS: dict[str, type[int]] = {f"__py4_{kind}__": cls for kind, cls in KINDS.items()}
PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))

N = TypeVar("N", bound=ast.AST)


# ---------------------------------------------------------------- annotations


class _Names:
    """Which expressions of one module denote a value-int type, by the module's imports."""

    def __init__(self, tree: ast.Module) -> None:
        self.kinds: dict[str, str] = {}  # local name -> kind ("i64")
        self.modules: set[str] = set()  # local names of the py4 / mypy_extensions modules
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module in MODULES:
                for a in node.names:
                    if a.name in KINDS:
                        self.kinds[a.asname or a.name] = a.name
            elif isinstance(node, ast.Import):
                for a in node.names:
                    if a.name in MODULES:
                        self.modules.add(a.asname or a.name)
        for stmt in tree.body:  # type aliases: `I = i64`, `I: TypeAlias = i64`
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
                target, value = stmt.targets[0], stmt.value
            elif isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
                target, value = stmt.target, stmt.value
            else:
                continue
            kind = self.kind(value)
            if kind is not None and isinstance(target, ast.Name):
                self.kinds[target.id] = kind

    def kind(self, e: ast.expr | None) -> str | None:
        """The value-int kind an annotation (or callee) denotes, else None."""
        if isinstance(e, ast.Name):
            return self.kinds.get(e.id)
        if isinstance(e, ast.Attribute):
            if isinstance(e.value, ast.Name) and e.value.id in self.modules and e.attr in KINDS:
                return e.attr
            return None
        if isinstance(e, ast.Constant) and isinstance(e.value, str):
            try:
                return self.kind(ast.parse(e.value.strip(), mode="eval").body)
            except SyntaxError:
                return None
        if isinstance(e, ast.Subscript):
            head = e.value
            name = head.id if isinstance(head, ast.Name) else head.attr if isinstance(head, ast.Attribute) else ""
            if name in WRAPPERS:
                inner = e.slice.elts[0] if isinstance(e.slice, ast.Tuple) and e.slice.elts else e.slice
                return self.kind(inner)
        return None


# ---------------------------------------------------------------- scopes


class _Scope:
    """The value-int declarations of one scope.

    A class body is a scope that converts nothing yet: py4c's classes are still to
    come. TODO(classes): convert annotated value-int fields of dataclasses (the
    generated __init__'s parameters) and assignments to them.
    """

    def __init__(self, kind: str, parent: _Scope | None, decls: dict[str, str],
                 returns: str | None = None, global_names: frozenset[str] = frozenset(),
                 nonlocal_names: frozenset[str] = frozenset()) -> None:
        self.kind = kind  # "module", "function", "class" or "lambda"
        self.parent = parent
        self.decls = decls
        self.returns = returns
        self.global_names = global_names
        self.nonlocal_names = nonlocal_names

    def lookup(self, name: str) -> str | None:
        """The kind of a name assigned in this scope, when declared as a value int."""
        if self.kind in ("class", "lambda"):
            return None
        if name in self.global_names:
            s: _Scope | None = self
            while s is not None and s.kind != "module":
                s = s.parent
            return s.decls.get(name) if s is not None else None
        if name in self.nonlocal_names:
            s = self.parent
            while s is not None and s.kind != "module":
                if s.kind == "function" and name in s.decls:
                    return s.decls[name]
                s = s.parent
            return None
        return self.decls.get(name)


def _scope_statements(body: Sequence[ast.stmt]) -> Iterator[ast.stmt]:
    """The statements of a scope, nested blocks included, nested defs and classes not."""
    todo = list(reversed(body))
    while todo:
        s = todo.pop()
        yield s
        if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        for child in reversed(list(ast.iter_child_nodes(s))):
            if isinstance(child, ast.stmt):
                todo.append(child)
            elif isinstance(child, (ast.ExceptHandler, ast.match_case)):
                todo.extend(reversed(child.body))


def _declarations(names: _Names, body: Sequence[ast.stmt]) -> tuple[dict[str, str], set[str], set[str]]:
    decls: dict[str, str] = {}
    global_names: set[str] = set()
    nonlocal_names: set[str] = set()
    for s in _scope_statements(body):
        if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name):
            kind = names.kind(s.annotation)
            if kind is not None:
                decls[s.target.id] = kind
        elif isinstance(s, ast.Global):
            global_names.update(s.names)
        elif isinstance(s, ast.Nonlocal):
            nonlocal_names.update(s.names)
    return decls, global_names, nonlocal_names


# ---------------------------------------------------------------- the rewrite


def _located(node: N, where: ast.AST) -> N:
    """node with where's position on it and on every descendant that has none."""
    for n in ast.walk(node):
        if "lineno" in n._attributes and not hasattr(n, "lineno"):
            ast.copy_location(n, where)
    return node


def _target_names(target: ast.expr) -> Iterator[ast.Name]:
    if isinstance(target, ast.Name):
        yield target
    elif isinstance(target, (ast.Tuple, ast.List)):
        for e in target.elts:
            yield from _target_names(e)
    # Starred targets bind lists, attributes and subscripts are not names: nothing to do.


class _Rewriter(ast.NodeTransformer):
    def __init__(self, names: _Names, module: ast.Module) -> None:
        self.names = names
        decls, _, _ = _declarations(names, module.body)
        self.scope = _Scope("module", None, decls)

    def conv(self, kind: str, e: ast.expr) -> ast.expr:
        call = ast.Call(func=ast.Name(id=f"__py4_{kind}__", ctx=ast.Load()), args=[e], keywords=[])
        return _located(call, e)

    def rebind(self, kind: str, name: ast.Name, where: ast.AST) -> ast.stmt:
        """`name = conv(name)`, placed at `where`."""
        load = _located(ast.Name(id=name.id, ctx=ast.Load()), where)
        return _located(ast.Assign(targets=[ast.Name(id=name.id, ctx=ast.Store())],
                                   value=self.conv(kind, load)), where)

    def rebinds(self, targets: Sequence[ast.expr], where: ast.AST) -> list[ast.stmt]:
        out: list[ast.stmt] = []
        for t in targets:
            for name in _target_names(t):
                kind = self.scope.lookup(name.id)
                if kind is not None:
                    out.append(self.rebind(kind, name, where))
        return out

    def in_scope(self, scope: _Scope, body: list[ast.stmt]) -> list[ast.stmt]:
        outer, self.scope = self.scope, scope
        try:
            out: list[ast.stmt] = []
            for s in body:
                r = self.visit(s)
                out.extend(r if isinstance(r, list) else [r])
            return out
        finally:
            self.scope = outer

    # -- scopes

    def visit_function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> ast.AST:
        # Decorators, defaults and annotations belong to the enclosing scope.
        node.decorator_list = [self.visit(d) for d in node.decorator_list]
        node.args = self.visit(node.args)
        if node.returns is not None:
            node.returns = self.visit(node.returns)
        decls, global_names, nonlocal_names = _declarations(self.names, node.body)
        params = [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs]
        entry: list[ast.stmt] = []
        for p in params:
            kind = self.names.kind(p.annotation)
            if kind is not None:
                decls[p.arg] = kind
                entry.append(self.rebind(kind, ast.Name(id=p.arg, ctx=ast.Load()), p))
        scope = _Scope("function", self.scope, decls, self.names.kind(node.returns),
                       frozenset(global_names), frozenset(nonlocal_names))
        body = self.in_scope(scope, node.body)
        first = body[0]
        doc = isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str)
        node.body = body[:1] + entry + body[1:] if doc else entry + body
        return node

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.AST:
        return self.visit_function(node)

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> ast.AST:
        return self.visit_function(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> ast.AST:
        node.decorator_list = [self.visit(d) for d in node.decorator_list]
        node.bases = [self.visit(b) for b in node.bases]
        node.keywords = [self.visit(k) for k in node.keywords]
        node.body = self.in_scope(_Scope("class", self.scope, {}), node.body)
        return node

    def visit_Lambda(self, node: ast.Lambda) -> ast.AST:
        node.args = self.visit(node.args)
        outer, self.scope = self.scope, _Scope("lambda", self.scope, {})
        try:
            node.body = self.visit(node.body)
        finally:
            self.scope = outer
        return node

    # -- statements

    def visit_AnnAssign(self, node: ast.AnnAssign) -> ast.AST:
        self.generic_visit(node)
        kind = self.names.kind(node.annotation)
        if kind is not None and node.value is not None and self.scope.kind in ("module", "function"):
            node.value = self.conv(kind, node.value)
        return node

    def visit_Assign(self, node: ast.Assign) -> ast.AST | list[ast.stmt]:
        self.generic_visit(node)
        if len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            kind = self.scope.lookup(node.targets[0].id)
            if kind is not None:
                node.value = self.conv(kind, node.value)
            return node
        return [node, *self.rebinds(node.targets, node)]

    def visit_AugAssign(self, node: ast.AugAssign) -> ast.AST:
        self.generic_visit(node)
        if not isinstance(node.target, ast.Name):
            return node
        kind = self.scope.lookup(node.target.id)
        if kind is None:
            return node
        current = ast.Name(id=node.target.id, ctx=ast.Load())
        value = _located(ast.BinOp(left=current, op=node.op, right=node.value), node)
        store = ast.Name(id=node.target.id, ctx=ast.Store())
        return _located(ast.Assign(targets=[store], value=self.conv(kind, value)), node)

    def visit_Return(self, node: ast.Return) -> ast.AST:
        self.generic_visit(node)
        if node.value is not None and self.scope.returns is not None:
            node.value = self.conv(self.scope.returns, node.value)
        return node

    def visit_For(self, node: ast.For) -> ast.AST:
        self.generic_visit(node)
        node.body[:0] = self.rebinds([node.target], node.target)
        return node

    def visit_AsyncFor(self, node: ast.AsyncFor) -> ast.AST:
        self.generic_visit(node)
        node.body[:0] = self.rebinds([node.target], node.target)
        return node

    def visit_With(self, node: ast.With) -> ast.AST:
        self.generic_visit(node)
        node.body[:0] = self.rebinds([i.optional_vars for i in node.items if i.optional_vars], node)
        return node

    def visit_AsyncWith(self, node: ast.AsyncWith) -> ast.AST:
        self.generic_visit(node)
        node.body[:0] = self.rebinds([i.optional_vars for i in node.items if i.optional_vars], node)
        return node

    # -- expressions

    def visit_NamedExpr(self, node: ast.NamedExpr) -> ast.AST:
        self.generic_visit(node)
        kind = self.scope.lookup(node.target.id)
        if kind is not None:
            node.value = self.conv(kind, node.value)
        return node

    def visit_Call(self, node: ast.Call) -> ast.AST:
        self.generic_visit(node)
        kind = self.names.kind(node.func) if isinstance(node.func, (ast.Name, ast.Attribute)) else None
        if kind is not None:
            node.func = _located(ast.Name(id=f"__py4_{kind}__", ctx=ast.Load()), node.func)
        return node


def rewrite(tree: ast.Module) -> ast.Module:
    """The module with py4c's value-int conversions inserted (in place)."""
    out = _Rewriter(_Names(tree), tree).visit(tree)
    assert isinstance(out, ast.Module)
    return ast.fix_missing_locations(out)


def compile_checked(source: str | bytes, path: str) -> types.CodeType:
    """Compile a module's source with the conversions inserted."""
    try:
        tree = rewrite(ast.parse(source, filename=path))
    except SyntaxError as e:
        raise e.with_traceback(None)  # drop ast.parse's frame, as CPython shows none
    # dont_inherit: this module's `from __future__ import annotations` must not leak.
    return compile(tree, path, "exec", dont_inherit=True)


# ---------------------------------------------------------------- the import hook


class CheckedLoader(importlib.machinery.SourceFileLoader):
    """Loads a module of the program with the conversions inserted (no .pyc cache, so
    the bytecode of a plain run is never reused and ours is never written)."""

    def source_to_code(self, data: Any, path: Any, *, _optimize: int = -1) -> types.CodeType:  # type: ignore[override]  # typeshed: a staticmethod
        return compile_checked(data, os.fspath(path))

    def get_code(self, fullname: str) -> types.CodeType:
        path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(path), path)

    def exec_module(self, module: types.ModuleType) -> None:
        module.__dict__.update(CONVERTERS)
        super().exec_module(module)


class CheckedFinder:
    """A meta path finder, placed just before PathFinder, that hands the program's own
    source modules (files under its directory, not the stdlib or site-packages) to
    CheckedLoader."""

    def __init__(self, root: str) -> None:
        self.root = os.path.join(root, "")
        paths = sysconfig.get_paths()
        excluded = {paths[k] for k in ("stdlib", "platstdlib", "purelib", "platlib") if k in paths}
        self.excluded = tuple(os.path.join(os.path.realpath(p), "") for p in excluded | {PACKAGE_DIR})

    def owns(self, origin: str) -> bool:
        real = os.path.realpath(origin)
        return real.startswith(self.root) and not real.startswith(self.excluded)

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: types.ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        spec = importlib.machinery.PathFinder.find_spec(fullname, path, target)
        if (spec is not None and spec.origin is not None
                and isinstance(spec.loader, importlib.machinery.SourceFileLoader) and self.owns(spec.origin)):
            spec.loader = CheckedLoader(fullname, spec.origin)
        return spec  # the spec PathFinder, next in line, would give anyway

    def invalidate_caches(self) -> None:
        pass  # PathFinder's own entry in sys.meta_path invalidates the shared caches


def install(root: str) -> CheckedFinder:
    finder = CheckedFinder(root)
    at = next((i for i, f in enumerate(sys.meta_path) if f is importlib.machinery.PathFinder), len(sys.meta_path))
    sys.meta_path.insert(at, finder)
    return finder


# ---------------------------------------------------------------- running


def _ours(tb: types.TracebackType) -> bool:
    name = tb.tb_frame.f_code.co_filename
    return name.startswith(os.path.join(PACKAGE_DIR, "")) or name.startswith("<frozen importlib.")


def _strip(exc: BaseException, seen: set[int] | None = None) -> None:
    """Remove the frames of py4 itself (and importlib's) from exc's traceback and
    from those of the exceptions chained to it, as CPython hides importlib's."""
    seen = set() if seen is None else seen
    if id(exc) in seen:
        return
    seen.add(id(exc))
    tb = exc.__traceback__
    while tb is not None and _ours(tb):
        tb = tb.tb_next
    head = tb
    while tb is not None:
        nxt = tb.tb_next
        while nxt is not None and _ours(nxt):
            nxt = nxt.tb_next
        tb.tb_next = nxt
        tb = nxt
    exc.__traceback__ = head
    for linked in (exc.__cause__, exc.__context__):
        if linked is not None:
            _strip(linked, seen)


def run(path: str, argv: list[str]) -> int:
    """Run path as __main__ with sys.argv = argv; the exit status for an uncaught
    exception (SystemExit and KeyboardInterrupt propagate as they would)."""
    abspath = os.path.abspath(path)
    try:
        with open(abspath, "rb") as f:
            source = f.read()
    except OSError as e:
        print(f"{sys.executable}: can't open file {abspath!r}: [Errno {e.errno}] {e.strerror}", file=sys.stderr)
        return 2
    root = os.path.dirname(os.path.realpath(abspath))
    sys.argv[:] = argv
    if not sys.flags.safe_path:  # `python -m` put the cwd there; `python prog.py` puts root
        sys.path[0:1] = [root]
    install(root)
    module = types.ModuleType("__main__")
    module.__dict__.update(__file__=abspath, __cached__=None, __annotations__={}, __builtins__=builtins,
                         __loader__=importlib.machinery.SourceFileLoader("__main__", abspath))
    module.__dict__.update(CONVERTERS)
    sys.modules["__main__"] = module
    try:
        exec(compile_checked(source, abspath), module.__dict__)
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as e:
        _strip(e)
        sys.excepthook(type(e), e, e.__traceback__)
        return 1
    return 0


def main(args: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if args is None else args)
    if not args or args[0] in ("-h", "--help"):
        print(USAGE, file=sys.stderr)
        return 2
    return run(args[0], args)
