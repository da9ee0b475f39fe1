"""py4c's mypy plugin: `plugins = py4c.mypy_plugin` in a mypy config.

Phase: type checking inside mypy (plain `mypy`, every editor integration of mypy, and
`py4c check`, which runs mypy with this plugin). Input: mypy's nodes and types, through
the plugin API only (mypy's wheel is compiled: no visitor is subclassed). Output: mypy
errors with py4's codes and the messages of py4c's own checker (typecheck/contracts.py
builds both), each followed by a note with the hint of what to write instead.

Rules the plugin reports, and the hook that sees them:

| code | rule | hook |
|---|---|---|
| `value-range` | `u8(300)`, `i32(-2147483649)`: a value-integer constructor on a constant out of range | function hook on `py4.i64/i32/u8` and `mypy_extensions.*` |
| `dynamic` | `eval`, `exec`, `compile`, `__import__`, `globals`, `locals`, `vars`; `getattr` with a non-constant name or a default; `setattr`, `delattr`, `hasattr` | function hooks on the built-ins |
| `metaclass` | `class C(metaclass=M)` | the class-MRO hook, which mypy calls for every class |
| `multiple-inheritance` | `class C(A, B)` | class-MRO hook |
| `finalizer` | a `__del__` method | class-MRO hook (the class body, syntactically) |
| `nested-class` | a class inside a function or a class | class-MRO hook (the class's full name) |
| `class-body` | a statement in a class body other than fields, constants, methods, docstrings | class-MRO hook |
| `decorator` | a class decorator other than `dataclass`; a method decorator other than `staticmethod`, `classmethod`, `property`, `x.setter` | class-MRO hook |
| `not-deep-value` | a frozen dataclass with a field of a mutable type: a note (plain mypy has no warnings that keep the exit status 0), an error when `PY4C_STRICT_FROZEN=1`, as `py4c check --strict-frozen` | the class-decorator hook of `dataclasses.dataclass`, run after mypy's own dataclass hook (chained to it) |
| `class-attr-assign` | `C.attr = v` through the class; `obj.CONST = v` for a class constant (unannotated in the class body) through a name other than `self` | class-attribute and attribute hooks with `is_lvalue` |

mypy itself already reports what py4 takes from it: untyped defs and parameters
(`--strict`: `no-untyped-def`), explicit and implicit `Any` (`--disallow-any-explicit`,
`no-any-return`, ...), `method-assign`, assignment to a frozen field (also through an
alias or in a method) and to a `Final` name, and mixing value-integer widths (`operator`,
`assignment`, `arg-type`, `return-value`; `py4c check` adds the hint of the conversion
to write).

Only `py4c check` (and the language server) reports, because no plugin hook sees them:
constants out of range outside a constructor call (`a: u8 = 300`: mypy checks the
assignment of a literal without asking a plugin), heterogeneous containers (`[1, "a"]`:
mypy infers `list[object]` for a display, no hook runs), imports (`star-import`,
`unsupported-import`: no hook sees import statements), decorators, `async` and
`*args` of module-level functions (no hook sees a function definition), the
`self.CONST = v` case of `class-attr-assign` (a hook cannot tell `__init__` from other
methods), and py4c's own inference rules (`float-promotion`, `bool-promotion`,
`mixed-type`, `set-order`, `unhashable`, `unsupported`, ...), which need py4c's types.
"""

from __future__ import annotations

import os
from typing import Callable

from mypy.errorcodes import ErrorCode
from mypy.nodes import (
    AssignmentStmt, CallExpr, ClassDef, Context, Decorator, EllipsisExpr, Expression, ExpressionStmt, FuncDef,
    IntExpr, MemberExpr, NameExpr, OverloadedFuncDef, PassStmt, StrExpr, TypeInfo, UnaryExpr, Var,
)
from mypy.plugin import AttributeContext, ClassDefContext, FunctionContext, Plugin, ReportConfigContext
from mypy.types import (
    AnyType, Instance, NoneType, ProperType, TupleType, Type, UnionType, get_proper_type,
)

from py4c.typecheck import contracts
from py4c.types import INT_RANGES


def _code(name: str) -> ErrorCode:
    return ErrorCode(name, contracts.CODES[name], "py4")


VALUE_RANGE = _code("value-range")
DYNAMIC = _code("dynamic")
METACLASS = _code("metaclass")
MULTIPLE_INHERITANCE = _code("multiple-inheritance")
FINALIZER = _code("finalizer")
NESTED_CLASS = _code("nested-class")
CLASS_BODY = _code("class-body")
DECORATOR = _code("decorator")
NOT_DEEP_VALUE = _code("not-deep-value")
CLASS_ATTR_ASSIGN = _code("class-attr-assign")

_CTORS = {f"{mod}.{name}": name for mod in ("mypy_extensions", "py4") for name in contracts.VALUE_INTS}
_METHOD_DECORATORS = {"builtins.staticmethod", "builtins.classmethod", "builtins.property"}
_DEEP_NAMES = {"builtins.int", "builtins.float", "builtins.bool", "builtins.str",
               *(f"mypy_extensions.{k}" for k in contracts.VALUE_INTS)}


# ---------------------------------------------------------------- value-range


def _literal_value(node: object) -> int | None:
    if isinstance(node, IntExpr):
        return node.value
    if isinstance(node, UnaryExpr) and node.op == "-" and isinstance(node.expr, IntExpr):
        return -node.expr.value
    return None


def _check_ctor(kind: str) -> Callable[[FunctionContext], Type]:
    def hook(ctx: FunctionContext) -> Type:
        lo, hi = INT_RANGES[kind]
        for group in ctx.args:
            for arg in group:
                value = _literal_value(arg)
                if value is not None and not lo <= value <= hi:
                    _fail(ctx.api.msg, contracts.value_range(value, kind), arg, VALUE_RANGE,
                          contracts.value_range_hint(kind))
        return ctx.default_return_type

    return hook


# ---------------------------------------------------------------- dynamic built-ins


def _check_dynamic(name: str) -> Callable[[FunctionContext], Type]:
    def hook(ctx: FunctionContext) -> Type:
        args = [a for group in ctx.args for a in group]
        if name == "getattr" and len(args) == 2 and isinstance(args[1], StrExpr) and args[1].value.isidentifier():
            return ctx.default_return_type  # a constant name: an ordinary attribute read
        _fail(ctx.api.msg, contracts.dynamic(name), ctx.context, DYNAMIC, contracts.DYNAMIC_HINT)
        return ctx.default_return_type

    return hook


# ---------------------------------------------------------------- classes


def _dotted(e: Expression) -> str | None:
    """The name a decorator is written with (`dataclass`, `functools.cache`)."""
    if isinstance(e, CallExpr):
        return _dotted(e.callee)
    if isinstance(e, NameExpr):
        return e.name
    if isinstance(e, MemberExpr):
        base = _dotted(e.expr)
        return None if base is None else f"{base}.{e.name}"
    return None


def _resolve(ctx: ClassDefContext, e: Expression) -> str | None:
    """The full name a decorator refers to, looked up from the class's scope."""
    name = _dotted(e)
    if name is None:
        return None
    sym = ctx.api.lookup_qualified(name, e, suppress_errors=True)
    return sym.fullname if sym is not None and sym.fullname else name


def _is_docstring_or_pass(s: object) -> bool:
    return isinstance(s, PassStmt) or isinstance(s, ExpressionStmt) and isinstance(s.expr, (StrExpr, EllipsisExpr))


def _check_class(ctx: ClassDefContext) -> None:
    """The syntactic class rules, from the class-MRO hook (called once per class, before
    its body is analysed; mypy drops the duplicates of repeated passes)."""
    defn = ctx.cls
    msg = ctx.api.msg
    if "@" in defn.fullname or defn.fullname.rpartition(".")[0] != ctx.api.cur_mod_id:
        text = contracts.NESTED_CLASS_IN_FUNCTION if "@" in defn.fullname else contracts.NESTED_CLASS_IN_CLASS
        _fail(msg, text, defn, NESTED_CLASS, contracts.NESTED_CLASS_HINT)
        return
    bases = [b for b in defn.base_type_exprs + defn.removed_base_type_exprs
             if not (isinstance(b, NameExpr) and b.name == "object")]
    if defn.metaclass is not None:
        _fail(msg, contracts.metaclass(defn.name), defn, METACLASS, contracts.METACLASS_HINT)
        return
    if len(bases) > 1 or defn.keywords:
        _fail(msg, contracts.multiple_inheritance(defn.name), defn, MULTIPLE_INHERITANCE,
              contracts.MULTIPLE_INHERITANCE_HINT)
        return
    exception = any(base.fullname == "builtins.BaseException" for base in defn.info.mro)
    for dec in defn.decorators:
        if exception or _resolve(ctx, dec) != "dataclasses.dataclass":
            _fail(msg, contracts.decorator("class", _dotted(dec) or "this expression"), dec, DECORATOR,
                  contracts.DECORATOR_HINTS["exception class" if exception else "class"])
    for s in defn.defs.body:
        if _is_docstring_or_pass(s):
            continue
        if isinstance(s, AssignmentStmt) and len(s.lvalues) == 1 and isinstance(s.lvalues[0], NameExpr):
            continue
        if isinstance(s, (FuncDef, Decorator, OverloadedFuncDef)):
            _check_method(ctx, s)
            continue
        if isinstance(s, ClassDef):
            continue  # reported by its own MRO hook
        _fail(msg, contracts.CLASS_BODY, s, CLASS_BODY, contracts.CLASS_BODY_HINT)


def _check_method(ctx: ClassDefContext, s: FuncDef | Decorator | OverloadedFuncDef) -> None:
    if isinstance(s, OverloadedFuncDef):  # a property with its setter
        for item in s.items:
            _check_method(ctx, item)
        return
    func = s.func if isinstance(s, Decorator) else s
    if func.name == "__del__":
        _fail(ctx.api.msg, contracts.FINALIZER, func, FINALIZER, contracts.FINALIZER_HINT)
        return
    if not isinstance(s, Decorator):
        return
    for dec in s.original_decorators:
        if isinstance(dec, MemberExpr) and dec.name == "setter" and isinstance(dec.expr, NameExpr) \
                and dec.expr.name == func.name:
            continue
        if _resolve(ctx, dec) not in _METHOD_DECORATORS:
            _fail(ctx.api.msg, contracts.decorator("method", _dotted(dec) or "this expression"), dec, DECORATOR,
                  contracts.DECORATOR_HINTS["method"])


# ---------------------------------------------------------------- deep values


def _py4_name(t: Type) -> str:
    """A type as py4c prints it (`list[Point]`, `int | None`)."""
    p = get_proper_type(t)
    if isinstance(p, NoneType):
        return "None"
    if isinstance(p, TupleType):
        return "tuple[" + (", ".join(_py4_name(x) for x in p.items) or "()") + "]"
    if isinstance(p, UnionType):
        items = [x for x in p.items if not isinstance(get_proper_type(x), NoneType)]
        inner = " | ".join(_py4_name(x) for x in items)
        return f"{inner} | None" if len(items) < len(p.items) else inner
    if isinstance(p, Instance):
        if p.type.fullname == "builtins.tuple" and p.args:
            return f"tuple[{_py4_name(p.args[0])}, ...]"
        name = p.type.name
        return f"{name}[{', '.join(_py4_name(a) for a in p.args)}]" if p.args else name
    return str(p)


def _frozen_dataclass(info: TypeInfo) -> bool:
    meta = info.metadata.get("dataclass")
    return bool(meta and meta.get("frozen"))


def _own_fields(info: TypeInfo) -> list[tuple[str, Type | None, Context]]:
    """The fields a class body declares (annotated, not Final), with their statements."""
    out: list[tuple[str, Type | None, Context]] = []
    for s in info.defn.defs.body:
        if isinstance(s, AssignmentStmt) and len(s.lvalues) == 1 and isinstance(s.lvalues[0], NameExpr) \
                and s.unanalyzed_type is not None and not s.is_final_def:
            sym = info.names.get(s.lvalues[0].name)
            t = sym.node.type if sym is not None and isinstance(sym.node, Var) else None
            out.append((s.lvalues[0].name, t, s))
    return out


def _is_deep(t: Type, seen: frozenset[str] = frozenset()) -> bool:
    """As typecheck/classes.is_deep, on mypy's types."""
    p: ProperType = get_proper_type(t)
    if isinstance(p, (NoneType, AnyType)):
        return True
    if isinstance(p, TupleType):
        return all(_is_deep(x, seen) for x in p.items)
    if isinstance(p, UnionType):
        return all(_is_deep(x, seen) for x in p.items)
    if isinstance(p, Instance):
        if p.type.fullname in _DEEP_NAMES:
            return True
        if not _frozen_dataclass(p.type):
            return False
        if p.type.fullname in seen:
            return True
        return all(ft is None or _is_deep(ft, seen | {p.type.fullname}) for _, ft, _ in _own_fields(p.type))
    return False


def _check_deep(ctx: ClassDefContext) -> None:
    frozen = False
    if isinstance(ctx.reason, CallExpr):
        for name, arg in zip(ctx.reason.arg_names, ctx.reason.args):
            if name == "frozen":
                frozen = bool(ctx.api.parse_bool(arg))
    if not frozen:
        return
    for name, t, where in _own_fields(ctx.cls.info):
        if t is None or _is_deep(t):
            continue
        text = contracts.not_deep_value(ctx.cls.name, name, _py4_name(t))
        if os.environ.get("PY4C_STRICT_FROZEN"):
            _fail(ctx.api.msg, text, where, NOT_DEEP_VALUE, contracts.NOT_DEEP_VALUE_HINT)
        else:
            # a note keeps mypy's exit status 0, as a warning keeps py4c check's
            ctx.api.msg.note(f"{text}  [{NOT_DEEP_VALUE.code}]", where)
            ctx.api.msg.note(contracts.NOT_DEEP_VALUE_HINT, where)


# ---------------------------------------------------------------- assignments through the class


def _check_class_attr(plugin: Plugin, fullname: str) -> Callable[[AttributeContext], Type]:
    def hook(ctx: AttributeContext) -> Type:
        sym = plugin.lookup_fully_qualified(fullname) if ctx.is_lvalue else None
        if sym is not None and isinstance(sym.node, Var) and not sym.node.is_final:
            # (mypy itself rejects assigning a method, `method-assign`, or a Final name)
            owner, _, attr = fullname.rpartition(".")
            _fail(ctx.api.msg, contracts.class_attr_assign(owner.rpartition(".")[2], attr), ctx.context,
                  CLASS_ATTR_ASSIGN, contracts.CLASS_ATTR_ASSIGN_HINT)
        return ctx.default_attr_type

    return hook


def _class_constant(var: Var) -> bool:
    """A name the class body assigns without an annotation, and no base declares as a
    field: py4 reads it as a class constant."""
    if not (var.is_inferred and var.is_initialized_in_class) or var.is_property:
        return False
    info = var.info
    for base in info.mro[1:]:
        sym = base.names.get(var.name)
        if sym is not None and isinstance(sym.node, Var) and not sym.node.is_inferred:
            return False  # a new default for an inherited field
    return True


def _check_const_assign(plugin: Plugin, fullname: str) -> Callable[[AttributeContext], Type]:
    def hook(ctx: AttributeContext) -> Type:
        target = ctx.context
        if not ctx.is_lvalue or not isinstance(target, MemberExpr):
            return ctx.default_attr_type
        if isinstance(target.expr, NameExpr) and target.expr.name == "self":
            return ctx.default_attr_type  # in __init__ it declares a field; a hook cannot tell which method
        sym = plugin.lookup_fully_qualified(fullname)
        if sym is not None and isinstance(sym.node, Var) and not sym.node.is_final and _class_constant(sym.node):
            _fail(ctx.api.msg, contracts.class_attr_assign(sym.node.info.name, sym.node.name), ctx.context,
                  CLASS_ATTR_ASSIGN, contracts.CLASS_ATTR_ASSIGN_HINT)
        return ctx.default_attr_type

    return hook


# ---------------------------------------------------------------- the plugin


def _fail(msg: object, text: str, where: Context, code: ErrorCode, hint: str) -> None:
    """An error with its hint as a note on the same line (py4c folds it into the hint)."""
    from mypy.messages import MessageBuilder

    assert isinstance(msg, MessageBuilder)
    msg.fail(text, where, code=code)
    msg.note(hint, where, code=code)


def _fingerprint() -> str:
    """A hash of the rules' code (this module and contracts.py)."""
    import hashlib

    h = hashlib.sha256()
    for path in (__file__, contracts.__file__):
        with open(path, "rb") as f:
            h.update(f.read())
    return h.hexdigest()[:16]


_RULES_FINGERPRINT = _fingerprint()


class Py4Plugin(Plugin):
    def __init__(self, options: object) -> None:
        from mypy.options import Options

        assert isinstance(options, Options)
        super().__init__(options)
        self._default: Plugin | None = None

    def _default_plugin(self) -> Plugin:
        """mypy's own plugin (dataclasses, ...): a hook this plugin also wants for a name
        runs mypy's first, since mypy asks the plugins in order and takes the first hook."""
        if self._default is None:
            from mypy.plugins.default import DefaultPlugin

            self._default = DefaultPlugin(self.options)
            if self._modules is not None:
                self._default.set_modules(self._modules)
        return self._default

    def report_config_data(self, ctx: ReportConfigContext) -> object:
        # mypy's cache keeps a module's errors: changed rules or strictness must re-check it
        return {"rules": _RULES_FINGERPRINT, "strict_frozen": bool(os.environ.get("PY4C_STRICT_FROZEN"))}

    def get_function_hook(self, fullname: str) -> Callable[[FunctionContext], Type] | None:
        kind = _CTORS.get(fullname)
        if kind:
            return _check_ctor(kind)
        mod, _, name = fullname.rpartition(".")
        if mod == "builtins" and name in contracts.DYNAMIC_BUILTINS:
            return _check_dynamic(name)
        return None

    def get_customize_class_mro_hook(self, fullname: str) -> Callable[[ClassDefContext], None] | None:
        return _check_class

    def get_class_decorator_hook_2(self, fullname: str) -> Callable[[ClassDefContext], bool] | None:
        default = self._default_plugin().get_class_decorator_hook_2(fullname)
        if fullname != "dataclasses.dataclass" or default is None:
            return default
        mypy_hook = default

        def hook(ctx: ClassDefContext) -> bool:
            done = mypy_hook(ctx)
            if done:
                _check_deep(ctx)
            return done

        return hook

    def get_class_attribute_hook(self, fullname: str) -> Callable[[AttributeContext], Type] | None:
        default = self._default_plugin().get_class_attribute_hook(fullname)
        if default is not None or fullname.startswith(("builtins.", "typing.", "mypy_extensions.")):
            return default
        return _check_class_attr(self, fullname)

    def get_attribute_hook(self, fullname: str) -> Callable[[AttributeContext], Type] | None:
        default = self._default_plugin().get_attribute_hook(fullname)
        if default is not None or fullname.startswith(("builtins.", "typing.")):
            return default
        return _check_const_assign(self, fullname)


def plugin(version: str) -> type[Plugin]:
    return Py4Plugin
