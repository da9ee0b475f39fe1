"""User classes: fields, methods, construction, inheritance with virtual dispatch,
`@dataclass` (and `frozen=True`), special methods, and `X | None` references.

Phase: typecheck. A class is a fixed layout: base-class fields first, then its own,
each in one 8-byte slot. Fields are declared by annotations in the class body, by
`self.x: T = ...` in `__init__`, or by the first `self.x = value` in `__init__` (typed by
the value, as mypy infers it). Methods compile to functions taking `self`; a call goes
through the class's vtable only when some subclass overrides the method. Dataclass
methods (`__init__`, `__repr__`, `__eq__`) are synthesized as Python source would be and
checked like user code.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from py4c import tir
from py4c.frontend import ast
from py4c.typecheck import contracts
from py4c.typecheck.env import FuncScope, ModuleEnv, Signature
from py4c.types import BOOL, INT, NONE, STR, BoolT, ClassT, NoneT, OptT, StrT, Type

SPECIAL_SLOTS = ("__eq__", "__lt__", "__hash__", "__repr__")
BINARY_DUNDERS = {"+": "__add__", "-": "__sub__", "*": "__mul__", "/": "__truediv__", "//": "__floordiv__",
                  "%": "__mod__", "@": "__matmul__"}
COMPARE_DUNDERS = {"<": ("__lt__", "__gt__"), ">": ("__gt__", "__lt__"), "<=": ("__le__", "__ge__"),
                   ">=": ("__ge__", "__le__")}


@dataclass
class MethodInfo:
    name: str
    sig: Signature  # params exclude self
    owner: str  # the class that defines it
    static: bool = False
    prop: bool = False
    classm: bool = False  # a classmethod: compiled once per class that has it (cls is that class)
    cls_param: str = "cls"


@dataclass
class ClassInfo:
    name: str
    base: str | None
    node: ast.ClassDef
    own_fields: dict[str, Type] = field(default_factory=dict)
    defaults: dict[str, ast.Expr] = field(default_factory=dict)  # field -> default value expression
    consts: dict[str, ast.Expr] = field(default_factory=dict)  # class-level constants
    own_methods: dict[str, MethodInfo] = field(default_factory=dict)
    methods: dict[str, MethodInfo] = field(default_factory=dict)  # own and inherited
    dataclass: bool = False
    frozen: bool = False
    eq: bool = True
    subclasses: list[str] = field(default_factory=list)
    order: bool = False  # @dataclass(order=True)
    no_compare: set[str] = field(default_factory=set)  # field(compare=False)
    no_repr: set[str] = field(default_factory=set)  # field(repr=False)
    synthesized: list[ast.FunctionDef] = field(default_factory=list)


# ---------------------------------------------------------------- layout queries


def all_fields(env: ModuleEnv, name: str) -> list[tuple[str, Type]]:
    info = env.classes[name]
    base = all_fields(env, info.base) if info.base else []
    return base + list(info.own_fields.items())


def find_field(env: ModuleEnv, name: str, attr: str) -> tuple[int, Type] | None:
    for i, (n, t) in enumerate(all_fields(env, name)):
        if n == attr:
            return i, t
    return None


def root_class(env: ModuleEnv, name: str) -> str:
    """The topmost class of `name`'s hierarchy."""
    while env.classes[name].base is not None:
        base = env.classes[name].base
        assert base is not None
        name = base
    return name


def common_base(env: ModuleEnv, a: str, b: str) -> str | None:
    c: str | None = a
    while c is not None:
        if is_subclass(env, b, c):
            return c
        c = env.classes[c].base
    return None


def is_subclass(env: ModuleEnv, sub: str, base: str) -> bool:
    c: str | None = sub
    while c is not None:
        if c == base:
            return True
        c = env.classes[c].base
    return False


def vtable(env: ModuleEnv, name: str) -> list[str]:
    """Method names by vtable slot (a subclass keeps its base's slots)."""
    info = env.classes[name]
    slots = vtable(env, info.base) if info.base else []
    for m, mi in info.own_methods.items():
        if not mi.static and m not in slots:
            slots.append(m)
    return slots


def overridden(env: ModuleEnv, name: str, method: str) -> bool:
    """Does any subclass of `name` define `method` again?"""
    for sub in env.classes[name].subclasses:
        if method in env.classes[sub].own_methods or overridden(env, sub, method):
            return True
    return False


def method_symbol(cls: str, method: str) -> str:
    return f"py4c_m_{cls}_{method}"


# ---------------------------------------------------------------- scanning


def scan_class(env: ModuleEnv, c: ast.ClassDef) -> None:
    """Register the class, its fields, constants and method signatures (first pass)."""
    from py4c.typecheck import signature

    d = env.diags
    info = env.classes[c.name]
    for dec in c.decorators:
        q = env.qualified(dec.func if isinstance(dec, ast.Call) else dec)
        if q != "dataclasses.dataclass":
            d.error("decorator", dec.span, contracts.decorator("class", contracts.written_name(dec)),
                    contracts.DECORATOR_HINTS["class"])
            continue
        info.dataclass = True
        if isinstance(dec, ast.Call):
            for k in dec.keywords:
                if k.name in ("frozen", "eq", "order") and isinstance(k.value, ast.BoolLit):
                    setattr(info, k.name, k.value.value)
                elif k.name in ("repr", "init") and isinstance(k.value, ast.BoolLit) and k.value.value:
                    pass
                else:
                    d.error("unsupported", k.span, f"dataclass({k.name}=...) is not supported")
    if info.base and env.classes[info.base].frozen != info.frozen and env.classes[info.base].dataclass:
        d.error("misc", c.span, "a frozen dataclass cannot inherit from a non-frozen one, nor the reverse")
    for s in c.body:
        if isinstance(s, ast.ExprStmt) and isinstance(s.value, (ast.StrLit, ast.EllipsisLit)) or isinstance(s, ast.Pass):
            continue
        if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name):
            final, inner = env.is_final_annotation(s.annotation)
            if final:
                if s.value is None:
                    d.error("misc", s.span, "a Final class constant needs a value")
                else:
                    info.consts[s.target.id] = s.value
                continue
            t = env.annotation(s.annotation)
            if t is None:
                continue
            info.own_fields[s.target.id] = t
            if s.value is not None:
                default = _default_expr(env, s.value, t, info, s.target.id)
                if default is not None:
                    info.defaults[s.target.id] = default
            continue
        if isinstance(s, ast.Assign) and len(s.targets) == 1 and isinstance(s.targets[0], ast.Name):
            name = s.targets[0].id
            if info.base is not None and _inherited_field(env, info.base, name):
                info.defaults[name] = s.value  # a new default for an inherited field
            else:
                info.consts[name] = s.value
            continue
        if isinstance(s, ast.FunctionDef):
            if s.name == "__del__":
                d.error("finalizer", s.span, contracts.FINALIZER, contracts.FINALIZER_HINT)
                continue
            _scan_method(env, info, s)
            continue
        if isinstance(s, ast.ClassDef):
            d.error("nested-class", s.span, contracts.NESTED_CLASS_IN_CLASS, contracts.NESTED_CLASS_HINT)
        else:
            d.error("class-body", s.span, contracts.CLASS_BODY, contracts.CLASS_BODY_HINT)
    if info.dataclass:
        _synthesize_dataclass(env, info)
        if info.frozen:
            from py4c.typecheck.classrules import check_deep
            check_deep(env, info)
    _synthesize_constants(env, info)
    if info.name in env.exceptions and info.base is None and "__str__" not in info.own_methods:
        # str(e) of an exception object: its message
        sp = c.span
        f = ast.FunctionDef("__str__", ast.Params((ast.Param("self", None, None, "normal", sp),), sp),
                            ast.Name("str", sp), (ast.Return(ast.Attribute(ast.Name("self", sp), "$msg", sp), sp),),
                            (), False, sp)
        info.synthesized.append(f)
        _scan_method(env, info, f)
    _ = signature


def is_deep(env: ModuleEnv, t: Type, seen: frozenset[str] = frozenset()) -> bool:
    """A deep value: numbers, str, bool, None, tuples of deep values and frozen
    dataclasses whose fields are all deep. Immutable all the way down, so it may be
    hashed, shared, and later passed by value or across threads."""
    from py4c.types import BoolT, FloatT, IntT, NoneT, StrT, TupleT

    if isinstance(t, (IntT, FloatT, BoolT, StrT, NoneT)):
        return True
    if isinstance(t, TupleT):
        return all(is_deep(env, x, seen) for x in t.items)
    if isinstance(t, OptT):
        return is_deep(env, t.inner, seen)
    if isinstance(t, ClassT):
        info = env.classes.get(t.name)
        if info is None or not (info.dataclass and info.frozen):
            return False
        if t.name in seen:
            return True
        return all(is_deep(env, ft, seen | {t.name}) for ft in info.own_fields.values())
    return False


def _inherited_field(env: ModuleEnv, cls: str, name: str) -> bool:
    c: str | None = cls
    while c is not None:
        if name in env.classes[c].own_fields:
            return True
        c = env.classes[c].base
    return False


_LITERAL_TYPES = {ast.IntLit: "int", ast.FloatLit: "float", ast.StrLit: "str", ast.BoolLit: "bool"}


def const_method(name: str) -> str:
    return f"__py4c_const_{name}"


def _synthesize_constants(env: ModuleEnv, info: ClassInfo) -> None:
    """A constant read through an instance (`self.TAG`) finds the instance's class's
    value, so a subclass may redefine it: constants of literal values become methods."""
    for name, value in info.consts.items():
        v = value.operand if isinstance(value, ast.UnaryOp) and value.op == "-" else value
        tname = _LITERAL_TYPES.get(type(v))
        if tname is None:
            continue
        sp = value.span
        f = ast.FunctionDef(const_method(name), ast.Params((ast.Param("self", None, None, "normal", sp),), sp),
                            ast.Name(tname, sp), (ast.Return(value, sp),), (), False, sp)
        info.synthesized.append(f)
        _scan_method(env, info, f)


def _default_expr(env: ModuleEnv, v: ast.Expr, t: Type, info: ClassInfo, name: str) -> ast.Expr | None:
    """`x: list[int] = field(default_factory=list)` -> `[]` (a fresh value per instance);
    None for a field without a default (`field(compare=False)`)."""
    if not (isinstance(v, ast.Call) and env.qualified(v.func) == "dataclasses.field"):
        return v
    default: ast.Expr | None = None
    for k in v.keywords:
        if k.name == "default":
            default = k.value
        elif k.name == "default_factory":
            if isinstance(k.value, ast.Lambda):
                default = k.value.body
            elif isinstance(k.value, ast.Name):
                default = ast.Call(k.value, (), (), v.span)
        elif k.name in ("compare", "repr") and isinstance(k.value, ast.BoolLit):
            if not k.value.value:
                (info.no_compare if k.name == "compare" else info.no_repr).add(name)
        else:
            env.diags.error("unsupported", k.span, f"field({k.name}=...) is not supported",
                            "use default=, default_factory=, compare= or repr=")
    return default


def _scan_method(env: ModuleEnv, info: ClassInfo, f: ast.FunctionDef) -> None:
    from py4c.typecheck import signature

    d = env.diags
    static = prop = classm = False
    decorators = []
    key = f.name
    known = [dec for dec in f.decorators if env.qualified(dec) in ("staticmethod", "classmethod", "property")
             or (isinstance(dec, ast.Attribute) and dec.attr == "setter")]
    if len(known) > 1:  # CPython applies each: @property over @property is a property that cannot be called
        d.error("decorator", known[1].span, f"method '{f.name}' has more than one of @property, @staticmethod, "
                "@classmethod and @<name>.setter", "keep one: CPython applies them all, one on the other")
    for dec in f.decorators:
        q = env.qualified(dec)
        if isinstance(dec, ast.Attribute) and dec.attr == "setter" and isinstance(dec.value, ast.Name) \
                and dec.value.id == f.name:
            key = setter_key(f.name)  # @x.setter: `obj.x = v` calls it
            continue
        if q == "staticmethod":
            static = True
        elif q == "classmethod":
            classm = static = True
        elif q == "property":
            prop = True
        else:
            decorators.append(dec)
            d.error("decorator", dec.span, contracts.decorator("method", contracts.written_name(dec)),
                    contracts.DECORATOR_HINTS["method"])
    params = f.params.params
    cls_param = "cls"
    if classm:
        if not params:
            d.error("misc", f.span, f"classmethod '{f.name}' needs a 'cls' parameter")
            return
        cls_param = params[0].name
        params = params[1:]
    if not static:
        if not params or params[0].kind not in ("normal", "posonly"):
            d.error("misc", f.span, f"method '{f.name}' needs a 'self' parameter")
            return
        self_p = params[0]
        params = params[1:]
        if self_p.annotation is not None and env.annotation(self_p.annotation) != ClassT(info.name):
            d.error("misc", self_p.span, "'self' must be of the class's own type")
    if f.name in ("__eq__", "__ne__") and len(params) == 1 and isinstance(params[0].annotation, ast.Name) \
            and params[0].annotation.id == "object":
        # `def __eq__(self, other: object)`: py4 compares a class's instances with their own
        # class (mypy checks every use); `isinstance(other, C)` in the body is then true
        p0 = params[0]
        params = (ast.Param(p0.name, ast.Name(root_class(env, info.name), p0.span), p0.default, p0.kind, p0.span),)
    plain = ast.FunctionDef(f.name, ast.Params(params, f.params.span), f.returns, f.body, (), f.is_async, f.span)
    if f.name == "__init__" and f.returns is None:
        plain = ast.FunctionDef(f.name, plain.params, ast.NoneLit(f.span), f.body, (), f.is_async, f.span)
    sig = signature(env, plain)
    if sig is None:
        return
    sig = Signature(method_symbol(info.name, key.replace("$", "_")), f"{info.name}.{f.name}", sig.params,
                    sig.defaults, sig.ret, sig.span)
    if prop and sig.params:
        d.error("misc", f.span, "a property getter takes only 'self'")
    info.own_methods[key] = MethodInfo(key, sig, info.name, static, prop, classm, cls_param)


def setter_key(name: str) -> str:
    return f"{name}$set"


def method_key(f: ast.FunctionDef) -> str:
    """The name a method is registered under (a property's setter has its own)."""
    for dec in f.decorators:
        if isinstance(dec, ast.Attribute) and dec.attr == "setter" and isinstance(dec.value, ast.Name) \
                and dec.value.id == f.name:
            return setter_key(f.name)
    return f.name


def classmethod_symbol(cls: str, name: str) -> str:
    """The version of a classmethod whose `cls` is the class `cls`."""
    return f"py4c_cm_{cls}_{name}"


def classmethod_classes(env: ModuleEnv, owner: str, name: str) -> list[str]:
    """The classes that call the owner's classmethod `name` their own (not overriding it)."""
    out = [owner]
    for sub in env.classes[owner].subclasses:
        if name not in env.classes[sub].own_methods:
            out += classmethod_classes(env, sub, name)
    return out


def finish_scan(env: ModuleEnv) -> None:
    """Inherited methods and subclass lists, once every class is scanned."""
    for info in env.classes.values():
        inherited = dict(env.classes[info.base].methods) if info.base else {}
        inherited.update(info.own_methods)
        info.methods = inherited
        if info.base:
            env.classes[info.base].subclasses.append(info.name)
            base_m = env.classes[info.base].methods
            for name, m in info.own_methods.items():
                old = base_m.get(name)
                if old is not None and name != "__init__" and not m.static and \
                        (len(old.sig.params) != len(m.sig.params) or old.sig.ret != m.sig.ret
                         or any(a[1] != b[1] for a, b in zip(old.sig.params, m.sig.params))):
                    env.diags.error("override", m.sig.span,
                                    f"'{name}' overrides '{info.base}.{name}' with a different signature",
                                    "an overriding method must take and return the same types")


def _synthesize_dataclass(env: ModuleEnv, info: ClassInfo) -> None:
    """The methods @dataclass generates, as source: __init__, __repr__, __eq__."""
    c = info.node
    sp = c.span
    fields: list[tuple[str, ast.Expr | None, ast.Expr | None]] = []  # name, annotation, default
    base_info = env.classes[info.base] if info.base else None
    if base_info is not None and base_info.dataclass:
        for s in _field_decls(base_info):
            fields.append(s)
    fields += _field_decls(info)
    self_name = ast.Name("self", sp)

    def attr(obj: str, name: str) -> ast.Expr:
        return ast.Attribute(ast.Name(obj, sp), name, sp)

    if "__init__" not in info.own_methods:
        params = [ast.Param("self", None, None, "normal", sp)]
        body: list[ast.Stmt] = []
        for name, ann, default in fields:
            assert ann is not None
            params.append(ast.Param(name, ann, default, "normal", sp))
            body.append(ast.Assign((attr("self", name),), ast.Name(name, sp), sp))
        if not body:
            body.append(ast.Pass(sp))
        init = ast.FunctionDef("__init__", ast.Params(tuple(params), sp), ast.NoneLit(sp), tuple(body), (), False, sp)
        info.synthesized.append(init)
        _scan_method(env, info, init)
    shown = [f for f in fields if f[0] not in _all_sets(env, info, "no_repr")]
    compared = [f for f in fields if f[0] not in _all_sets(env, info, "no_compare")]
    if "__repr__" not in info.own_methods:
        text: ast.Expr = ast.StrLit(f"{info.name}(", sp)
        for i, (name, _, _) in enumerate(shown):
            text = ast.BinOp("+", text, ast.StrLit(f"{', ' if i else ''}{name}=", sp), sp)
            text = ast.BinOp("+", text, ast.Call(ast.Name("repr", sp), (attr("self", name),), (), sp), sp)
        text = ast.BinOp("+", text, ast.StrLit(")", sp), sp)
        rep = ast.FunctionDef("__repr__", ast.Params((ast.Param("self", None, None, "normal", sp),), sp),
                              ast.Name("str", sp), (ast.Return(text, sp),), (), False, sp)
        info.synthesized.append(rep)
        _scan_method(env, info, rep)
    if info.eq and "__eq__" not in info.own_methods:
        # as dataclasses' __eq__: equal only to an instance of exactly this class with
        # equal fields (the parameter has the hierarchy's root type, so that overriding
        # methods agree)
        test: ast.Expr = ast.BoolLit(True, sp)
        tests = [ast.Compare(attr("self", n), ("==",), (attr("other", n),), sp) for n, _, _ in compared]
        if tests:
            test = tests[0] if len(tests) == 1 else ast.BoolOp("and", tuple(tests), sp)
        same = ast.BoolOp("and", (ast.Call(ast.Name("isinstance", sp), (ast.Name("other", sp), ast.Name(info.name, sp)),
                                           (), sp),
                                  ast.Call(ast.Name("__py4c_same_class__", sp), (self_name, ast.Name("other", sp)), (),
                                           sp)), sp)
        guard = ast.If(ast.UnaryOp("not", same, sp), (ast.Return(ast.BoolLit(False, sp), sp),), (), sp)
        eq = ast.FunctionDef("__eq__", ast.Params((ast.Param("self", None, None, "normal", sp),
                                                   ast.Param("other", ast.Name(root_class(env, info.name), sp), None,
                                                             "normal", sp)), sp),
                             ast.Name("bool", sp), (guard, ast.Return(test, sp)), (), False, sp)
        info.synthesized.append(eq)
        _scan_method(env, info, eq)
    if info.order:
        # order=True: compare the fields as tuples, as dataclasses does
        mine = ast.TupleExpr(tuple(attr("self", n) for n, _, _ in compared), sp)
        theirs = ast.TupleExpr(tuple(attr("other", n) for n, _, _ in compared), sp)
        for op, dunder in (("<", "__lt__"), ("<=", "__le__"), (">", "__gt__"), (">=", "__ge__")):
            if dunder in info.own_methods:
                continue
            guard = ast.If(ast.UnaryOp("not", ast.Call(ast.Name("isinstance", sp), (ast.Name("other", sp),
                                                                                   ast.Name(info.name, sp)), (), sp),
                                       sp), (ast.Return(ast.BoolLit(False, sp), sp),), (), sp)
            fn = ast.FunctionDef(dunder, ast.Params((ast.Param("self", None, None, "normal", sp),
                                                     ast.Param("other", ast.Name(root_class(env, info.name), sp), None,
                                                               "normal", sp)), sp),
                                 ast.Name("bool", sp), (guard, ast.Return(ast.Compare(mine, (op,), (theirs,), sp), sp)),
                                 (), False, sp)
            info.synthesized.append(fn)
            _scan_method(env, info, fn)
    _ = self_name


def _all_sets(env: ModuleEnv, info: ClassInfo, which: str) -> set[str]:
    """A field-name set of the class and its dataclass bases (no_compare / no_repr)."""
    out: set[str] = set(getattr(info, which))
    c = info.base
    while c is not None:
        out |= getattr(env.classes[c], which)
        c = env.classes[c].base
    return out


def _field_decls(info: ClassInfo) -> list[tuple[str, ast.Expr | None, ast.Expr | None]]:
    out: list[tuple[str, ast.Expr | None, ast.Expr | None]] = []
    for s in info.node.body:
        if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name) and s.target.id in info.own_fields:
            out.append((s.target.id, s.annotation, info.defaults.get(s.target.id)))
    return out


# ---------------------------------------------------------------- expressions


def construct(sc: FuncScope, name: str, e: ast.Call) -> tir.Expr:
    """C(args): allocate, fill field defaults, call __init__ (resolved statically)."""
    from py4c.typecheck.builtins import call_args

    env = sc.module
    info = env.classes[name]
    t = ClassT(name)
    obj = tir.Var(sc.new_temp(t), "local", t, e.span)
    stmts: list[tir.Stmt] = []
    init = info.methods.get("__init__")
    args: list[tir.Expr] = []
    if init is not None:
        args = call_args(sc, init.sig, e)
    elif e.args or e.keywords:
        env.diags.error("call-arg", e.span, f"{name}() takes no arguments")
    # arguments first (CPython evaluates them before creating the instance)
    temps = [tir.Var(sc.new_temp(a.type), "local", a.type, a.span) for a in args]
    stmts += [tir.Assign(v, a, e.span) for v, a in zip(temps, args)]
    stmts.append(tir.Assign(obj, tir.Prim("obj.new", (), t, e.span), e.span))
    if not info.dataclass:
        for fname, default in _all_defaults(env, name):
            stmts += set_field(sc, obj, fname, default, e.span)
    if init is not None:
        stmts.append(tir.ExprStmt(tir.Call(init.sig.symbol, (obj, *temps), NONE, e.span), e.span))
    return tir.StmtExpr(tuple(stmts), obj, t, e.span)


def _all_defaults(env: ModuleEnv, name: str) -> list[tuple[str, ast.Expr]]:
    info = env.classes[name]
    out = _all_defaults(env, info.base) if info.base else []
    return out + list(info.defaults.items())


def set_field(sc: FuncScope, obj: tir.Expr, attr: str, value_ast: ast.Expr, span: ast.Span) -> list[tir.Stmt]:
    from py4c.typecheck.expr import check_expr, coerce

    assert isinstance(obj.type, ClassT)
    found = find_field(sc.module, obj.type.name, attr)
    assert found is not None
    idx, ft = found
    v = coerce(sc, check_expr(sc, value_ast, ft), ft, span, f"field '{attr}'")
    return [tir.ExprStmt(tir.Prim("obj.setattr", (v, obj, tir.Const(idx, INT, span)), NONE, span), span)]


def assign_attr(sc: FuncScope, target: ast.Attribute, value: ast.Expr | None, span: ast.Span,
                declared: Type | None = None, checked: tir.Expr | None = None) -> list[tir.Stmt]:
    """`obj.attr = value` (value an AST, or already checked). In the class's own __init__,
    the first assignment to a new `self.attr` declares the field (typed by the
    annotation, else by the value)."""
    from py4c.typecheck.expr import check_expr, coerce, poisoned

    env, d = sc.module, sc.module.diags
    from py4c.typecheck.classrules import class_assignment, class_const

    if checked is None and class_assignment(sc, target, span):
        return []
    obj = unwrap(sc, check_expr(sc, target.value), target.attr, span)
    if poisoned(obj):
        return []
    if not isinstance(obj.type, ClassT):
        d.error("unsupported", span, f"assigning an attribute of a '{obj.type}' is not supported")
        return []
    cls = obj.type.name
    found = find_field(env, cls, target.attr)
    setter = env.classes[cls].methods.get(setter_key(target.attr))
    if found is None and setter is not None:
        v0 = _value(sc, value, checked, setter.sig.params[0][1] if setter.sig.params else None)
        if poisoned(v0) or len(setter.sig.params) != 1:
            return []
        arg = coerce(sc, v0, setter.sig.params[0][1], span, f"property '{target.attr}'")
        return [tir.ExprStmt(call_method(sc, obj, setter, [arg], span), span)]
    is_self_init = sc.in_init and sc.cls == cls and isinstance(obj, tir.Var) and obj.name == _self_name(sc)
    if found is None and setter is None and target.attr in env.classes[cls].methods:
        d.error("method-assign", span, contracts.METHOD_ASSIGN, contracts.METHOD_ASSIGN_HINT)
        return []
    if found is None and not is_self_init and class_const(env, cls, target.attr):
        d.error("class-attr-assign", span, contracts.class_attr_assign(cls, target.attr), contracts.CLASS_ATTR_ASSIGN_HINT)
        return []
    if found is None:
        if not is_self_init:
            d.error("attr-defined", span, f"'{cls}' object has no attribute '{target.attr}'",
                    "declare the field in the class body or assign it in __init__")
            return []
        v = _value(sc, value, checked, declared)
        if poisoned(v):
            return []
        if isinstance(v.type, NoneT) and declared is None:
            d.error("py4c-infer", span, f"cannot infer the type of field '{target.attr}' from None",
                    f"annotate it: self.{target.attr}: SomeType | None = None")
            return []
        env.classes[cls].own_fields[target.attr] = declared or v.type
        found = find_field(env, cls, target.attr)
        assert found is not None
    else:
        v = _value(sc, value, checked, found[1])
        if poisoned(v):
            return []
    idx, ft = found
    if env.classes[cls].frozen and not is_self_init:
        d.error("misc", span, f"cannot assign to field '{target.attr}' of frozen dataclass '{cls}'",
                "frozen instances are immutable; build a new one (dataclasses.replace is not supported yet)")
        return []
    v = coerce(sc, v, ft, span, f"field '{target.attr}'")
    return [tir.ExprStmt(tir.Prim("obj.setattr", (v, obj, tir.Const(idx, INT, span)), NONE, span), span)]


def _value(sc: FuncScope, value: ast.Expr | None, checked: tir.Expr | None, expected: Type | None) -> tir.Expr:
    from py4c.typecheck.expr import check_expr

    if checked is not None:
        return checked
    assert value is not None
    return check_expr(sc, value, expected)


def _self_name(sc: FuncScope) -> str:
    return next(iter(sc.locals), "self")


def unwrap(sc: FuncScope, x: tir.Expr, what: str, span: ast.Span) -> tir.Expr:
    """The object an `X | None` value refers to; AttributeError if it is None."""
    if not isinstance(x.type, OptT):
        return x
    return tir.Prim("opt.check", (x, tir.Const(what, STR, span)), x.type.inner, span)


def get_attr(sc: FuncScope, obj: tir.Expr, attr: str, span: ast.Span) -> tir.Expr | None:
    """obj.attr for an object (None if obj is not an instance of a user class)."""
    from py4c.typecheck.expr import check_expr, error_expr

    env = sc.module
    obj = unwrap(sc, obj, attr, span)
    if not isinstance(obj.type, ClassT):
        return None
    name = obj.type.name
    found = find_field(env, name, attr)
    if found is not None:
        idx, ft = found
        return tir.Prim("obj.getattr", (obj, tir.Const(idx, INT, span), tir.Const(f"{name}.{attr}", STR, span)),
                        ft, span)
    m = env.classes[name].methods.get(attr)
    if m is not None and m.prop:
        return call_method(sc, obj, m, [], span)
    m = env.classes[name].methods.get(const_method(attr))
    if m is not None:
        return call_method(sc, obj, m, [], span)
    m = env.classes[name].methods.get(attr)
    if m is not None and not m.static:
        from py4c.typecheck.closures import bound_method
        return bound_method(sc, obj, m, span)
    c: str | None = name
    while c is not None:
        if attr in env.classes[c].consts:
            return check_expr(sc, env.classes[c].consts[attr])
        c = env.classes[c].base
    env.diags.error("attr-defined", span, f"'{name}' object has no attribute '{attr}'",
                    "declare fields in the class body or assign them in __init__")
    return error_expr(span)


def call_method(sc: FuncScope, obj: tir.Expr, m: MethodInfo, args: list[tir.Expr], span: ast.Span,
                direct: bool = False) -> tir.Expr:
    assert isinstance(obj.type, ClassT)
    env = sc.module
    if m.classm:  # through an instance: the version of its static class
        return tir.Call(classmethod_symbol(obj.type.name, m.name), tuple(args), m.sig.ret, span)
    if m.static:
        return tir.Call(m.sig.symbol, tuple(args), m.sig.ret, span)
    if direct or not overridden(env, obj.type.name, m.name):
        # no subclass redefines it: the implementation is known
        return tir.Call(m.sig.symbol, (obj, *args), m.sig.ret, span)
    slot = vtable(env, obj.type.name).index(m.name)
    return tir.Call(m.sig.symbol, (obj, *args), m.sig.ret, span, vslot=slot)


def method_call(sc: FuncScope, recv: tir.Expr, e: ast.Call, attr: str) -> tir.Expr:
    from py4c.typecheck.builtins import call_args
    from py4c.typecheck.expr import error_expr

    recv = unwrap(sc, recv, attr, e.span)
    assert isinstance(recv.type, ClassT)
    m = sc.module.classes[recv.type.name].methods.get(attr)
    if m is None and find_field(sc.module, recv.type.name, attr) is not None:
        from py4c.types import FuncT
        f = get_attr(sc, recv, attr, e.span)
        if f is not None and isinstance(f.type, FuncT):
            from py4c.typecheck.closures import call_value
            return call_value(sc, f, e)  # a field holding a function
    if m is None or m.prop:
        sc.module.diags.error("attr-defined", e.span, f"'{recv.type.name}' object has no method '{attr}'")
        return error_expr(e.span)
    args = call_args(sc, m.sig, e)
    return call_method(sc, recv, m, args, e.span)


def class_attr_call(sc: FuncScope, cls: str, e: ast.Call, attr: str) -> tir.Expr:
    """C.static_method(args) or C.method(obj, args)."""
    from py4c.typecheck.builtins import call_args
    from py4c.typecheck.expr import error_expr

    m = sc.module.classes[cls].methods.get(attr)
    if m is None:
        sc.module.diags.error("attr-defined", e.span, f"class '{cls}' has no method '{attr}'")
        return error_expr(e.span)
    if m.classm:
        return tir.Call(classmethod_symbol(cls, attr), tuple(call_args(sc, m.sig, e)), m.sig.ret, e.span)
    if m.static:
        return tir.Call(m.sig.symbol, tuple(call_args(sc, m.sig, e)), m.sig.ret, e.span)
    sc.module.diags.error("unsupported", e.span, f"calling '{cls}.{attr}' through the class is not supported",
                          "call it on an instance")
    return error_expr(e.span)


def super_call(sc: FuncScope, e: ast.Call, attr: str) -> tir.Expr:
    """super().method(args) inside a method: the base class's implementation."""
    from py4c.typecheck.builtins import call_args
    from py4c.typecheck.expr import error_expr

    d = sc.module.diags
    cls = sc.cls
    base = sc.module.classes[cls].base if cls else None
    if base is None and cls is not None and cls in sc.module.exceptions and attr == "__init__":
        # an exception class's Exception.__init__(message): the message str(e) shows
        from py4c.typecheck.builtins import str_of
        from py4c.typecheck.expr import check_expr
        if e.keywords or len(e.args) > 1:
            d.error("unsupported", e.span, "super().__init__() of an exception takes at most one message here")
            return error_expr(e.span, NONE)
        msg = str_of(sc, check_expr(sc, e.args[0])) if e.args else tir.Const("", STR, e.span)
        self_v0 = tir.Var(_self_name(sc), "local", ClassT(cls), e.span)
        idx = find_field(sc.module, cls, "$msg")
        assert idx is not None
        return tir.Prim("obj.setattr", (msg, self_v0, tir.Const(idx[0], INT, e.span)), NONE, e.span)
    if base is None:
        d.error("misc", e.span, "super() needs a class with a base class")
        return error_expr(e.span)
    m = sc.module.classes[base].methods.get(attr)
    self_t = ClassT(cls) if cls else NONE
    if m is None:
        if attr == "__init__":
            return tir.Const(None, NONE, e.span)  # object.__init__
        d.error("attr-defined", e.span, f"'super' object has no attribute '{attr}'")
        return error_expr(e.span)
    args = call_args(sc, m.sig, e)
    self_v = tir.Var("self", "local", self_t, e.span)
    return call_method(sc, self_v, m, args, e.span, direct=True)


def special(env: ModuleEnv, t: Type, name: str) -> MethodInfo | None:
    if isinstance(t, ClassT):
        return env.classes[t.name].methods.get(name)
    return None


def printable(env: ModuleEnv, t: Type) -> bool:
    """A class prints deterministically only through its own __str__/__repr__."""
    return isinstance(t, ClassT) and (special(env, t, "__repr__") is not None or special(env, t, "__str__") is not None)


def obj_str(sc: FuncScope, x: tir.Expr, use_repr: bool) -> tir.Expr | None:
    """str(x) / repr(x) for an instance, through __str__ / __repr__."""
    assert isinstance(x.type, ClassT)
    m = None if use_repr else special(sc.module, x.type, "__str__")
    m = m or special(sc.module, x.type, "__repr__")
    if m is None:
        sc.module.diags.error("unsupported", x.span, f"printing a '{x.type}' without __repr__ or __str__ shows its address",
                              "define __repr__ (or make it a @dataclass)")
        return None
    return call_method(sc, x, m, [], x.span)


def hashable_class(env: ModuleEnv, t: ClassT) -> bool:
    info = env.classes[t.name]
    if special(env, t, "__hash__") is not None or info.frozen:
        return True
    return special(env, t, "__eq__") is None  # identity hash, as object.__hash__


def class_flags(env: ModuleEnv, name: str) -> int:
    info = env.classes[name]
    t = ClassT(name)
    if special(env, t, "__hash__") is not None:
        return 0
    if info.frozen:
        return 1
    return 2 if special(env, t, "__eq__") is not None else 0


def is_none_check(x: tir.Expr, negate: bool, span: ast.Span) -> tir.Expr:
    return tir.Prim("opt.is_none" if not negate else "opt.is_not_none", (x,), BOOL, span)


_ = (StrT, BoolT, NoneT)
