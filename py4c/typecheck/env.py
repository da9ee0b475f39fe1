"""Names and annotations: the environment py4c's own inference works in.

Phase: typecheck. Holds what a module defines (functions, globals, Final names, imported
names) and what a function scope defines (locals, `global` declarations), and maps
annotation expressions to py4c types. The only module that turns annotations into types.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from py4c import tir
from py4c.diagnostics import Collector
from py4c.frontend import ast
if TYPE_CHECKING:
    from py4c.typecheck.classes import ClassInfo
from py4c.types import BOOL, FLOAT, I32, I64, INT, NONE, STR, U8, ClassT, DictT, FileT, FuncT, GenT, ListT, NoneT, OptT, SetT, TupleT, Type, is_object

# Fully qualified names of the things py4 programs may import, by what they denote.
VALUE_INT_NAMES = {f"{m}.{n}": n for m in ("py4", "mypy_extensions") for n in ("i64", "i32", "u8")}
_VALUE_INT_TYPES: dict[str, Type] = {"i64": I64, "i32": I32, "u8": U8}
_BUILTIN_TYPES: dict[str, Type] = {"int": INT, "float": FLOAT, "bool": BOOL, "str": STR, "None": NONE}

# Modules a py4 program may import in this version, and the names it may take from them.
ALLOWED_IMPORTS: dict[str, set[str] | None] = {
    "sys": None,
    "math": None,
    "dataclasses": {"dataclass", "field"},
    "random": None,
    "time": None,
    "collections": {"defaultdict", "Counter", "deque"},
    "heapq": None,
    "bisect": None,
    "typing": {"Final", "Optional", "DefaultDict", "Counter", "Deque", "Callable", "TextIO", "Iterator",
               "Generator", "Iterable"},
    "collections.abc": {"Callable", "Iterator", "Generator", "Iterable"},
    "__future__": {"annotations"},
    "py4": {"i64", "i32", "u8"},
    "mypy_extensions": {"i64", "i32", "u8"},
}


@dataclass(frozen=True, slots=True)
class Signature:
    symbol: str
    name: str
    params: tuple[tuple[str, Type], ...]
    defaults: tuple[ast.Expr | None, ...]
    ret: Type
    span: ast.Span


@dataclass
class ModuleEnv:
    path: str
    diags: Collector
    name: str = "__main__"
    program: dict[str, "ModuleEnv"] = field(default_factory=dict)  # the program's modules by name
    imports: dict[str, str] = field(default_factory=dict)  # local name -> qualified name
    functions: dict[str, Signature] = field(default_factory=dict)
    globals: dict[str, Type] = field(default_factory=dict)
    finals: set[str] = field(default_factory=set)
    ext_name: str = ""  # the entry module compiled as this CPython extension module: its __name__
    root: str = ""  # where the program's modules are found (modules.program_root)
    classes: dict[str, "ClassInfo"] = field(default_factory=dict)
    exceptions: dict[str, str] = field(default_factory=dict)  # the program's exception classes -> base
    synthetic_classes: list[str] = field(default_factory=list)  # cells and function values (closures.py)
    extra_functions: list[tir.Function] = field(default_factory=list)  # their code
    function_classes: dict[str, str] = field(default_factory=dict)  # module function -> its value class
    closure_count: int = 0
    # defaults evaluated once at the `def` (not literals): (symbol, parameter index) ->
    # (the global holding the value, its type)
    hoisted_defaults: dict[tuple[str, int], tuple[str, Type]] = field(default_factory=dict)

    @property
    def mangle(self) -> str:
        """A prefix that keeps this module's native symbols apart from other modules'."""
        return "" if self.name == "__main__" else self.name.replace(".", "_") + "__"

    def gname(self, name: str) -> str:
        """The program-wide name of this module's global `name`."""
        return name if self.name == "__main__" else f"{self.name}.{name}"

    def module_entity(self, q: str | None) -> tuple["ModuleEnv", str] | None:
        """For `mod.attr` naming something of another program module: (its env, attr)."""
        if q is None or "." not in q:
            return None
        mod, _, attr = q.rpartition(".")
        other = self.program.get(mod)
        return None if other is None or other is self else (other, attr)

    def qualified(self, e: ast.Expr) -> str | None:
        """The qualified name an annotation or callee denotes (`i64` -> `py4.i64`)."""
        if isinstance(e, ast.Name):
            return self.imports.get(e.id, e.id)
        if isinstance(e, ast.Attribute):
            base = self.qualified(e.value)
            return None if base is None else f"{base}.{e.attr}"
        return None

    def annotation(self, e: ast.Expr) -> Type | None:
        """Map an annotation to a type; report and return None if py4c cannot use it."""
        if isinstance(e, ast.NoneLit):
            return NONE
        if isinstance(e, ast.StrLit):
            # a forward reference: "Node" or "Node | None"
            parts = [p.strip() for p in e.value.split("|")]
            if all(p.isidentifier() for p in parts) and 1 <= len(parts) <= 2:
                inner: ast.Expr = ast.Name(parts[0], e.span)
                if len(parts) == 2:
                    inner = ast.BinOp("|", inner, ast.NoneLit(e.span) if parts[1] == "None" else ast.Name(parts[1], e.span),
                                      e.span)
                return self.annotation(inner)
            self.diags.error("unsupported", e.span, "this string annotation is not supported",
                             "write the annotation as an expression (with `from __future__ import annotations` if needed)")
            return None
        if isinstance(e, ast.BinOp) and e.op == "|":
            sides = [e.left, e.right]
            nones = [s for s in sides if isinstance(s, ast.NoneLit)]
            if len(nones) == 1:
                other = self.annotation(sides[0] if nones[0] is sides[1] else sides[1])
                return None if other is None else self.optional(other, e.span)
            self.diags.error("unsupported", e.span, "union types other than 'X | None' are not supported")
            return None
        if isinstance(e, ast.Subscript):
            base = self.qualified(e.value)
            from py4c.typecheck.collectionsmod import annotation as collections_type
            flavor = collections_type(base)
            if flavor is not None:
                args = e.index.elts if isinstance(e.index, ast.TupleExpr) else (e.index,)
                ts = [self.annotation(x) for x in args]
                if any(t is None for t in ts):
                    return None
                if flavor == "defaultdict" and len(ts) == 2:
                    assert ts[0] is not None and ts[1] is not None
                    return DictT(ts[0], ts[1])
                if flavor == "Counter" and len(ts) == 1 and ts[0] is not None:
                    return DictT(ts[0], INT)
                if flavor == "deque" and len(ts) == 1 and ts[0] is not None:
                    return ListT(ts[0])
            if base in ("typing.Callable", "collections.abc.Callable") and isinstance(e.index, ast.TupleExpr) \
                    and len(e.index.elts) == 2 and isinstance(e.index.elts[0], ast.ListExpr):
                ps = [self.annotation(x) for x in e.index.elts[0].elts]
                r = self.annotation(e.index.elts[1])
                if r is None or any(p is None for p in ps):
                    return None
                return FuncT(tuple(p for p in ps if p is not None), r)
            if base in ("typing.Iterator", "typing.Generator", "typing.Iterable", "collections.abc.Iterator",
                        "collections.abc.Generator", "collections.abc.Iterable"):
                first = e.index.elts[0] if isinstance(e.index, ast.TupleExpr) else e.index
                elem = self.annotation(first)
                return None if elem is None else GenT(elem)
            if base == "typing.Optional":
                inner_t = self.annotation(e.index)
                return None if inner_t is None else self.optional(inner_t, e.span)
            if base in ("list", "typing.List") and not isinstance(e.index, ast.TupleExpr):
                elem = self.annotation(e.index)
                return None if elem is None else ListT(elem)
            if base in ("set", "typing.Set", "frozenset", "typing.FrozenSet") and not isinstance(e.index, ast.TupleExpr):
                elem = self.annotation(e.index)
                return None if elem is None else SetT(elem)
            if base in ("tuple", "typing.Tuple"):
                elts = e.index.elts if isinstance(e.index, ast.TupleExpr) else (e.index,)
                if any(isinstance(x, ast.EllipsisLit) for x in elts):
                    self.diags.error("unsupported", e.span, "variable-length tuples 'tuple[T, ...]' are not supported yet",
                                     "use list[T], or a tuple type of fixed length such as tuple[int, int]")
                    return None
                if len(elts) == 1 and isinstance(elts[0], ast.TupleExpr) and not elts[0].elts:
                    return TupleT(())  # tuple[()]
                items = [self.annotation(x) for x in elts]
                return None if any(x is None for x in items) else TupleT(tuple(x for x in items if x is not None))
            if base in ("dict", "typing.Dict") and isinstance(e.index, ast.TupleExpr) and len(e.index.elts) == 2:
                k, v = (self.annotation(x) for x in e.index.elts)
                return None if k is None or v is None else DictT(k, v)
            self.diags.error("unsupported", e.span, f"type '{base}[...]' is not supported yet")
            return None
        q = self.qualified(e)
        if isinstance(e, ast.Name) and e.id in self.classes:
            return ClassT(e.id)
        owner = self.module_entity(q)
        if owner is not None and owner[1] in self.classes:
            return ClassT(owner[1])  # `mod.Class`
        if q == "typing.TextIO":
            return FileT()
        if q in VALUE_INT_NAMES:
            return _VALUE_INT_TYPES[VALUE_INT_NAMES[q]]
        if q in _BUILTIN_TYPES and q not in self.imports:
            return _BUILTIN_TYPES[q]
        self.diags.error("unsupported", e.span, f"type '{q or 'this expression'}' is not supported yet",
                         "py4 supports int, float, bool, str, None, i64, i32, u8, list, dict, set and tuple types so far")
        return None

    def optional(self, t: Type, span: ast.Span) -> Type | None:
        if isinstance(t, OptT) or isinstance(t, NoneT):
            return t
        return OptT(t)  # a number or bool is boxed (codegen: an object of the class cell[T])

    def is_final_annotation(self, e: ast.Expr) -> tuple[bool, ast.Expr | None]:
        """(True, inner) for `Final` / `Final[T]`; inner is T or None."""
        if isinstance(e, ast.Subscript) and self.qualified(e.value) == "typing.Final":
            return True, e.index
        return self.qualified(e) == "typing.Final", None


@dataclass
class FuncScope:
    """The scope of one function (or of module-level code, where `is_module` holds)."""

    module: ModuleEnv
    ret: Type
    is_module: bool
    locals: dict[str, Type] = field(default_factory=dict)
    declared_global: set[str] = field(default_factory=set)
    assigned: set[str] = field(default_factory=set)  # names Python makes local
    loop_depth: int = 0
    temp_count: int = 0
    poisoned: set[str] = field(default_factory=set)  # names whose definition was rejected
    renames: list[dict[str, tir.Var]] = field(default_factory=list)  # comprehension scopes, innermost last
    handler_depth: int = 0  # except blocks around the current statement (a bare raise needs one)
    cls: str | None = None  # the class whose method this is
    cls_param: tuple[str, str] | None = None  # a classmethod's (parameter name, the class it is)
    in_init: bool = False  # checking that class's __init__ (it may introduce fields)
    narrowed_paths: list[dict[str, Type]] = field(default_factory=list)  # `self.x` proven not None
    captures: dict[str, tuple[tir.Expr, bool]] = field(default_factory=dict)  # closure: name -> (value or cell, is cell)
    cells: dict[str, tir.Var] = field(default_factory=dict)  # own variables shared with nested functions
    pending_cells: set[str] = field(default_factory=set)  # shared, cell made at the first assignment

    def new_temp(self, t: Type, borrowed: bool = False) -> str:
        """A hidden local. A borrowed one (tir.is_borrowed) holds a reference that another
        local owns and keeps alive while the temp is read: it is neither counted nor
        released."""
        self.temp_count += 1
        name = f"$b{self.temp_count}" if borrowed else f"$t{self.temp_count}"
        self.locals[name] = t
        return name


def assigned_names(body: tuple[ast.Stmt, ...]) -> set[str]:
    """Names bound by assignments in a function body (Python's rule for locals)."""
    return set(first_bindings(body))


def first_bindings(body: tuple[ast.Stmt, ...]) -> dict[str, ast.Stmt]:
    """Each name bound in a function body -> the statement that binds it first, in
    textual order."""
    out: dict[str, ast.Stmt] = {}
    current: list[ast.Stmt] = []

    def bind(name: str) -> None:
        out.setdefault(name, current[-1])

    def targets(t: ast.Expr) -> None:
        if isinstance(t, ast.Name):
            bind(t.id)
        elif isinstance(t, (ast.TupleExpr, ast.ListExpr)):
            for x in t.elts:
                targets(x)
        elif isinstance(t, ast.Starred):
            targets(t.value)

    def walk(stmts: tuple[ast.Stmt, ...]) -> None:
        for s in stmts:
            current.append(s)
            if isinstance(s, ast.Assign):
                for t in s.targets:
                    targets(t)
            elif isinstance(s, (ast.AnnAssign, ast.AugAssign)):
                targets(s.target)
            elif isinstance(s, ast.For):
                targets(s.target)
                walk(s.body)
                walk(s.orelse)
            elif isinstance(s, (ast.If, ast.While)):
                walk(s.body)
                walk(s.orelse)
            elif isinstance(s, ast.Try):
                walk(s.body)
                for h in s.handlers:
                    if h.name:
                        bind(h.name)
                    walk(h.body)
                walk(s.orelse)
                walk(s.finalbody)
            elif isinstance(s, ast.With):
                for item in s.items:
                    if item.target is not None:
                        targets(item.target)
                walk(s.body)
            elif isinstance(s, (ast.FunctionDef, ast.ClassDef)):
                bind(s.name)
            elif isinstance(s, ast.Import):
                for a in s.names:
                    bind(a.asname or a.name.split(".")[0])
            elif isinstance(s, ast.ImportFrom):
                for a in s.names:
                    bind(a.asname or a.name)
            current.pop()

    walk(body)
    return out


def check_self_reads(sc: FuncScope, body: tuple[ast.Stmt, ...], params: set[str]) -> None:
    """`xs = [len(xs)]` or `n += 1` as the first binding of a local (not a parameter):
    CPython raises UnboundLocalError there and compiled code would read an unset
    local; mypy does not report it (it does report reads in other statements)."""
    for name, stmt in first_bindings(body).items():
        if name in params or name in sc.declared_global:
            continue
        if isinstance(stmt, ast.AugAssign):
            sc.module.diags.error("used-before-def", stmt.span, f"local variable '{name}' is updated before any "
                                  f"assignment to it", "CPython raises UnboundLocalError here; assign it first")
            continue
        value = stmt.value if isinstance(stmt, (ast.Assign, ast.AnnAssign)) else None
        hit = _read_of(value, name) if value is not None else None
        if hit is not None:
            sc.module.diags.error("used-before-def", hit.span, f"local variable '{name}' is read in its own first "
                                  f"assignment", "CPython raises UnboundLocalError here; give it a value "
                                  "before this statement")


def _read_of(e: object, name: str) -> ast.Name | None:
    """The first read of `name` in expression e evaluated in the enclosing scope (not in
    a lambda's body, nor where a comprehension rebinds the name)."""
    if isinstance(e, ast.Name):
        return e if e.id == name else None
    if isinstance(e, ast.Lambda):
        return None
    if isinstance(e, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
        first = e.generators[0].iter  # evaluated in the enclosing scope
        hit = _read_of(first, name)
        if hit is not None or any(_binds(g.target, name) for g in e.generators):
            return hit
    for x in ast.children(e):
        hit = _read_of(x, name)
        if hit is not None:
            return hit
    return None


def _binds(target: ast.Expr, name: str) -> bool:
    if isinstance(target, ast.Name):
        return target.id == name
    if isinstance(target, (ast.TupleExpr, ast.ListExpr)):
        return any(_binds(x, name) for x in target.elts)
    return False
