"""The typed IR (tir): output of `typecheck.check`, input of `codegen.lower`.

A tree like the AST, but every expression carries its py4 type and every operator is
resolved to a primitive named by operation and operand types (`int.floordiv`,
`float.repr`, `str.concat`, `i32.add`), so the backend never re-derives Python
semantics. Implicit conversions are explicit `Prim` nodes (`int->float`, `int->i32`).

Invariants (checked by `verify`): names are resolved (Var.scope is "local" or
"global"); every Prim name is registered in `codegen.primitives`; conditions are `bool`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union

from py4c.diagnostics import Diagnostic
from py4c.frontend.ast import Span
from py4c.types import Type


# ---------------------------------------------------------------- expressions


@dataclass(frozen=True, slots=True)
class Const:
    """A literal: int, float, bool, str or None (value None) of the given type."""

    value: int | float | bool | str | None
    type: Type
    span: Span
    poison: bool = False  # a placeholder after a reported error: report nothing more about it


def is_borrowed(name: str) -> bool:
    """A hidden local that borrows its object (FuncScope.new_temp(borrowed=True))."""
    return name.startswith("$b")


@dataclass(frozen=True, slots=True)
class Var:
    name: str
    scope: str  # "local" | "global"
    type: Type
    span: Span


@dataclass(frozen=True, slots=True)
class Prim:
    """A resolved primitive operation (see codegen/primitives.py for the table)."""

    op: str
    args: tuple[Expr, ...]
    type: Type
    span: Span


@dataclass(frozen=True, slots=True)
class BoolChain:
    """`a and b` / `a or b` with Python's value semantics: the result is one of the
    operands (all of the same type), chosen by their truth."""

    op: str
    values: tuple[Expr, ...]
    type: Type
    span: Span


@dataclass(frozen=True, slots=True)
class CondExpr:
    test: Expr
    body: Expr
    orelse: Expr
    type: Type
    span: Span


@dataclass(frozen=True, slots=True)
class Let:
    """Evaluate `value` into the hidden local `var`, then `body` (which reads it).
    Comparison chains use it so that each operand is evaluated once, in order."""

    var: Var
    value: Expr
    body: Expr
    type: Type
    span: Span


@dataclass(frozen=True, slots=True)
class Call:
    """A call of a compiled function by its symbol; with vslot >= 0, a method call through
    the vtable of args[0]'s class (the symbol is then the statically known candidate)."""

    func: str
    args: tuple[Expr, ...]
    type: Type
    span: Span
    vslot: int = -1


@dataclass(frozen=True, slots=True)
class ListDisplay:
    """`[a, b, c]`: a new list of `type` holding the items in order."""

    items: tuple[Expr, ...]
    type: Type
    span: Span


@dataclass(frozen=True, slots=True)
class TupleDisplay:
    """`(a, b)`: a new tuple of `type` (a TupleT) holding the items, evaluated in order."""

    items: tuple[Expr, ...]
    type: Type
    span: Span


@dataclass(frozen=True, slots=True)
class StmtExpr:
    """Run `stmts`, then evaluate `result` (comprehensions, sorted(), sum() desugar to
    loops this way; their loop variables are hidden locals)."""

    stmts: tuple[Stmt, ...]
    result: Expr
    type: Type
    span: Span


Expr = Union[Const, Var, Prim, BoolChain, CondExpr, Let, Call, ListDisplay, TupleDisplay, StmtExpr]


# ---------------------------------------------------------------- statements


@dataclass(frozen=True, slots=True)
class Assign:
    target: Var
    value: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class ExprStmt:
    value: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class Print:
    """print(*args, sep=sep, end=end, file=sys.stderr if to_stderr); args are str."""

    args: tuple[Expr, ...]
    sep: Expr | None
    end: Expr | None
    to_stderr: bool
    span: Span


@dataclass(frozen=True, slots=True)
class If:
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
class ForRange:
    """`for var in range(start, stop, step)`; step != 0 is checked at run time."""

    var: Var
    start: Expr
    stop: Expr
    step: Expr
    body: tuple[Stmt, ...]
    orelse: tuple[Stmt, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class Break:
    span: Span


@dataclass(frozen=True, slots=True)
class Continue:
    span: Span


@dataclass(frozen=True, slots=True)
class Return:
    value: Expr | None
    span: Span


@dataclass(frozen=True, slots=True)
class Raise:
    """Raise a built-in exception class by name with an optional str message."""

    exc: str
    msg: Expr | None
    span: Span
    obj: Expr | None = None  # the exception object of a class with fields
    cause: Expr | None = None  # `raise ... from e`: the caught exception e (ExcT)
    cause_none: bool = False  # `raise ... from None`


@dataclass(frozen=True, slots=True)
class Handler:
    """`except (A, B) as var:` (classes empty for a bare `except:`)."""

    classes: tuple[str, ...]
    var: Var | None
    body: tuple[Stmt, ...]
    span: Span
    payload: bool = False  # var receives the exception's object (a class with fields)


@dataclass(frozen=True, slots=True)
class Try:
    """try/except/else/finally. `saved` is a hidden local that holds the exception being
    handled (and the one in flight while `finally` code runs)."""

    body: tuple[Stmt, ...]
    handlers: tuple[Handler, ...]
    orelse: tuple[Stmt, ...]
    finalbody: tuple[Stmt, ...]
    saved: Var
    span: Span


@dataclass(frozen=True, slots=True)
class Reraise:
    """A bare `raise` inside an except block, or `raise e` of a caught exception `exc`."""

    exc: Expr | None
    span: Span


@dataclass(frozen=True, slots=True)
class Release:
    """Drop the object a hidden local refers to, now (the local is not read again)."""

    var: Var
    span: Span


@dataclass(frozen=True, slots=True)
class Assert:
    test: Expr
    msg: Expr | None  # a str expression
    span: Span


@dataclass(frozen=True, slots=True)
class SysExit:
    code: Expr | None  # int; None for sys.exit() / sys.exit(None)
    span: Span


Stmt = Union[Assign, ExprStmt, Print, If, While, ForRange, Break, Continue, Return, Raise,
             Assert, SysExit, Try, Reraise, Release]


# ---------------------------------------------------------------- program


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    type: Type
    span: Span


@dataclass(frozen=True, slots=True)
class Function:
    symbol: str  # unique native name
    name: str  # Python name, shown in tracebacks
    params: tuple[Param, ...]
    ret: Type
    locals: tuple[tuple[str, Type], ...]  # every local, params included
    body: tuple[Stmt, ...]
    span: Span
    # cells holding the function's nested functions: at exit, a cycle among them and
    # their closures that nothing else references is broken (runtime py4c_break_cycles)
    cycle_cells: tuple[str, ...] = ()
    path: str = ""  # the source file (for tracebacks); "" for the program's entry file


@dataclass(frozen=True, slots=True)
class Global:
    name: str
    type: Type
    span: Span


@dataclass(frozen=True, slots=True)
class ClassDef:
    """A user class's runtime descriptor: field types (base fields first), method
    symbols by vtable slot, the special methods generic code calls, and py4c_class flags."""

    name: str
    base: str | None
    fields: tuple[Type, ...]
    vtable: tuple[str, ...]
    special: tuple[tuple[str, str], ...]  # ("eq" | "lt" | "hash" | "repr", symbol)
    flags: int


@dataclass(frozen=True, slots=True)
class ExtParam:
    """A parameter as CPython callers see it (extension modules, `py4c build --ext`)."""

    name: str
    type: Type
    kind: str  # "posonly" | "normal" | "kwonly"
    has_default: bool = False  # the caller may leave it out (see typecheck/exports.py)


@dataclass(frozen=True, slots=True)
class ExtFunc:
    """A compiled callable exposed to CPython: a module function, a method (self first,
    not listed in params), a static method, a property getter or a class constructor."""

    name: str
    symbol: str
    params: tuple[ExtParam, ...]
    ret: Type
    kind: str  # "function" | "method" | "static" | "property" | "setter" | "ctor"
    qualname: str = ""  # "f" / "C.f": what error messages name


@dataclass(frozen=True, slots=True)
class ExtClass:
    name: str
    base: str | None
    fields: tuple[tuple[str, Type], ...]  # every field, base fields first (slot order)
    frozen: bool
    methods: tuple[ExtFunc, ...]
    ctor: ExtFunc | None  # None: a parameter of __init__ cannot cross (CPython cannot construct it)
    public: bool  # defined in the entry module (an attribute of the extension module)
    consts: tuple[tuple[str, str], ...] = ()  # class-level constants: (name, Python literal source);
    # "$field:NAME": a field's class-level default, what reading NAME on the class gives
    exception: bool = False  # an exception class with fields: a Python exception class, no methods


@dataclass(frozen=True, slots=True)
class Interface:
    """What a module compiled as a CPython extension exposes (typecheck/exports.py)."""

    module: str
    functions: tuple[ExtFunc, ...]
    classes: tuple[ExtClass, ...]
    globals: tuple[tuple[str, str, Type], ...]  # (attribute, global variable, type)
    constants: tuple[tuple[str, str], ...]  # (attribute, Python literal source): folded Finals
    skipped: tuple[tuple[str, str], ...]  # (name, the sentence saying why it is not exposed)


@dataclass(frozen=True, slots=True)
class Program:
    path: str  # absolute path of the entry module, shown in tracebacks
    functions: tuple[Function, ...]
    globals: tuple[Global, ...]
    init: Function  # module-level code, "<module>" in tracebacks
    classes: tuple[ClassDef, ...] = ()
    exceptions: tuple[tuple[str, str], ...] = ()  # the program's exception classes, with their bases
    warnings: tuple[Diagnostic, ...] = ()  # diagnostics that did not stop the program (shown by the CLI)
    interface: Interface | None = None  # set when compiling an extension module
