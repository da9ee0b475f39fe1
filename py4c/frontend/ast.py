"""The py4 syntax tree: output of `frontend.parse`, input of `typecheck.check`.

Phase: frontend. Input: Lark parse trees (never leave `frontend/`). Output: these nodes.

Invariants:
- Every node is a frozen, slotted dataclass and carries a `span` (file, 1-based line and
  column, end line and end column, end exclusive) so that every later diagnostic,
  traceback entry and debug location points at source.
- The tree is untyped and close to Python's own `ast` module, so that a construct the
  language does not support yet still parses and can be rejected by the checker with a
  diagnostic that names it, rather than as a syntax error.
- Sequences are tuples; nothing here is mutated after construction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union


@dataclass(frozen=True, slots=True)
class Span:
    path: str
    line: int
    col: int  # 1-based column of the first character
    end_line: int
    end_col: int  # 1-based column one past the last character

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}"


# ---------------------------------------------------------------- expressions


@dataclass(frozen=True, slots=True)
class Name:
    id: str
    span: Span


@dataclass(frozen=True, slots=True)
class IntLit:
    value: int
    span: Span


@dataclass(frozen=True, slots=True)
class FloatLit:
    value: float
    span: Span


@dataclass(frozen=True, slots=True)
class ImagLit:
    """`1j`: parsed so that it can be rejected with a clear message."""

    value: float
    span: Span


@dataclass(frozen=True, slots=True)
class StrLit:
    """A string literal after escape processing; adjacent literals are joined."""

    value: str
    span: Span


@dataclass(frozen=True, slots=True)
class BytesLit:
    value: bytes
    span: Span


@dataclass(frozen=True, slots=True)
class BoolLit:
    value: bool
    span: Span


@dataclass(frozen=True, slots=True)
class NoneLit:
    span: Span


@dataclass(frozen=True, slots=True)
class EllipsisLit:
    span: Span


@dataclass(frozen=True, slots=True)
class FormattedValue:
    """One `{expr!conv:spec}` field of an f-string.

    `conversion` is None, "r", "s" or "a". `spec` is None or a JoinedStr (a format spec
    may itself contain fields, as in `{x:{width}}`). `debug_text` is the `expr=` text
    for the self-documenting form `{x=}`, else None.
    """

    value: Expr
    conversion: str | None
    spec: JoinedStr | None
    debug_text: str | None
    span: Span


@dataclass(frozen=True, slots=True)
class JoinedStr:
    """An f-string (possibly concatenated with plain literals): literal parts are StrLit."""

    parts: tuple[StrLit | FormattedValue, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class BinOp:
    """`left op right`; op is the Python operator text: + - * / // % ** @ << >> & | ^"""

    op: str
    left: Expr
    right: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class UnaryOp:
    """op is one of: "-", "+", "~", "not"."""

    op: str
    operand: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class BoolOp:
    """`a and b and c` / `a or b`: op is "and" or "or", two or more values."""

    op: str
    values: tuple[Expr, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class Compare:
    """A comparison chain `a < b <= c`.

    ops are: "<" ">" "<=" ">=" "==" "!=" "in" "not in" "is" "is not".
    """

    left: Expr
    ops: tuple[str, ...]
    comparators: tuple[Expr, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class IfExp:
    test: Expr
    body: Expr
    orelse: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class Keyword:
    """`name=value` in a call; name None for `**value`."""

    name: str | None
    value: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class Starred:
    """`*value` in a call, a display or an assignment target."""

    value: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class Call:
    func: Expr
    args: tuple[Expr, ...]  # may contain Starred
    keywords: tuple[Keyword, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class Attribute:
    value: Expr
    attr: str
    span: Span


@dataclass(frozen=True, slots=True)
class Slice:
    lower: Expr | None
    upper: Expr | None
    step: Expr | None
    span: Span


@dataclass(frozen=True, slots=True)
class Subscript:
    """`value[index]`; `a[i, j]` has a TupleExpr index, `a[1:2]` a Slice."""

    value: Expr
    index: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class ListExpr:
    elts: tuple[Expr, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class TupleExpr:
    elts: tuple[Expr, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class SetExpr:
    elts: tuple[Expr, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class DictExpr:
    """`{k: v, **m}`: a None key marks a `**m` entry."""

    keys: tuple[Expr | None, ...]
    values: tuple[Expr, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class Comprehension:
    """One `for target in iter if cond...` clause."""

    target: Expr
    iter: Expr
    ifs: tuple[Expr, ...]
    is_async: bool
    span: Span


@dataclass(frozen=True, slots=True)
class ListComp:
    elt: Expr
    generators: tuple[Comprehension, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class SetComp:
    elt: Expr
    generators: tuple[Comprehension, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class GeneratorExp:
    elt: Expr
    generators: tuple[Comprehension, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class DictComp:
    key: Expr
    value: Expr
    generators: tuple[Comprehension, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class Lambda:
    params: Params
    body: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class Yield:
    value: Expr | None
    span: Span


@dataclass(frozen=True, slots=True)
class YieldFrom:
    value: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class Await:
    value: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class NamedExpr:
    """`target := value`."""

    target: Name
    value: Expr
    span: Span


Expr = Union[
    Name, IntLit, FloatLit, ImagLit, StrLit, BytesLit, BoolLit, NoneLit, EllipsisLit,
    JoinedStr, FormattedValue, BinOp, UnaryOp, BoolOp, Compare, IfExp, Call, Attribute,
    Subscript, Slice, Starred, ListExpr, TupleExpr, SetExpr, DictExpr, ListComp, SetComp,
    GeneratorExp, DictComp, Lambda, Yield, YieldFrom, Await, NamedExpr,
]


# ---------------------------------------------------------------- statements


@dataclass(frozen=True, slots=True)
class Param:
    """One parameter. kind: "posonly", "normal", "vararg" (*args), "kwonly", "kwarg" (**kw)."""

    name: str
    annotation: Expr | None
    default: Expr | None
    kind: str
    span: Span


@dataclass(frozen=True, slots=True)
class Params:
    params: tuple[Param, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class FunctionDef:
    name: str
    params: Params
    returns: Expr | None
    body: tuple[Stmt, ...]
    decorators: tuple[Expr, ...]
    is_async: bool
    span: Span  # the `def name(...)` header line (through the colon), not the body


@dataclass(frozen=True, slots=True)
class ClassDef:
    name: str
    bases: tuple[Expr, ...]
    keywords: tuple[Keyword, ...]
    body: tuple[Stmt, ...]
    decorators: tuple[Expr, ...]
    span: Span  # the `class Name(...)` header


@dataclass(frozen=True, slots=True)
class Return:
    value: Expr | None
    span: Span


@dataclass(frozen=True, slots=True)
class Assign:
    """`t1 = t2 = value`: targets in source order."""

    targets: tuple[Expr, ...]
    value: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class AnnAssign:
    target: Expr
    annotation: Expr
    value: Expr | None
    span: Span


@dataclass(frozen=True, slots=True)
class AugAssign:
    """`target op= value`; op without the `=`, e.g. "+", "//", "<<"."""

    target: Expr
    op: str
    value: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class ExprStmt:
    value: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class If:
    """`elif` chains nest: the orelse of an `if` holds a single If for each `elif`."""

    test: Expr
    body: tuple[Stmt, ...]
    orelse: tuple[Stmt, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class While:
    test: Expr
    body: tuple[Stmt, ...]
    orelse: tuple[Stmt, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class For:
    target: Expr
    iter: Expr
    body: tuple[Stmt, ...]
    orelse: tuple[Stmt, ...]
    is_async: bool
    span: Span


@dataclass(frozen=True, slots=True)
class Break:
    span: Span


@dataclass(frozen=True, slots=True)
class Continue:
    span: Span


@dataclass(frozen=True, slots=True)
class Pass:
    span: Span


@dataclass(frozen=True, slots=True)
class Assert:
    test: Expr
    msg: Expr | None
    span: Span


@dataclass(frozen=True, slots=True)
class Raise:
    exc: Expr | None
    cause: Expr | None
    span: Span


@dataclass(frozen=True, slots=True)
class ExceptHandler:
    type: Expr | None
    name: str | None
    body: tuple[Stmt, ...]
    is_star: bool
    span: Span


@dataclass(frozen=True, slots=True)
class Try:
    body: tuple[Stmt, ...]
    handlers: tuple[ExceptHandler, ...]
    orelse: tuple[Stmt, ...]
    finalbody: tuple[Stmt, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class WithItem:
    context: Expr
    target: Expr | None
    span: Span


@dataclass(frozen=True, slots=True)
class With:
    items: tuple[WithItem, ...]
    body: tuple[Stmt, ...]
    is_async: bool
    span: Span


@dataclass(frozen=True, slots=True)
class Alias:
    """`name as asname` in an import; name may be dotted (`os.path`)."""

    name: str
    asname: str | None
    span: Span


@dataclass(frozen=True, slots=True)
class Import:
    names: tuple[Alias, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class ImportFrom:
    """`from ..pkg.mod import a as b`: module "pkg.mod" (None for `from . import x`),
    level 2; names is (Alias("*"),) for a star import."""

    module: str | None
    names: tuple[Alias, ...]
    level: int
    span: Span


@dataclass(frozen=True, slots=True)
class Global:
    names: tuple[str, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class Nonlocal:
    names: tuple[str, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class Delete:
    targets: tuple[Expr, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class Match:
    """`match` statements parse only far enough to be rejected by name."""

    subject: Expr
    span: Span


Stmt = Union[
    FunctionDef, ClassDef, Return, Assign, AnnAssign, AugAssign, ExprStmt, If, While, For,
    Break, Continue, Pass, Assert, Raise, Try, With, Import, ImportFrom, Global, Nonlocal,
    Delete, Match,
]


@dataclass(frozen=True, slots=True)
class Module:
    """A parsed source file. `name` is the module name ("__main__" for the entry)."""

    path: str
    name: str
    body: tuple[Stmt, ...]
    source: str
    span: Span


def children(node: object) -> list[object]:
    """The sub-nodes of a node (its fields but the span; a tuple's items): the one
    generic walk over py4c's dataclass trees (the AST here, and tir's as well)."""
    fields = getattr(node, "__dataclass_fields__", None)
    if fields is None:
        return list(node) if isinstance(node, (tuple, list)) else []
    return [getattr(node, f) for f in fields if f != "span"]
