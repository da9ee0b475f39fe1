"""What a module compiled as a CPython extension exposes (`py4c build --ext`).

Phase: typecheck (after inference). Input: the checked modules' environments. Output: a
tir.Interface (the functions, classes, globals and folded Final constants CPython sees)
and the compiled entry points it calls:

- a function or method whose parameters have defaults gets a wrapper
  `py4c_ext_call.<symbol>(given_1, p_1, ..., p_n)` that evaluates the default of every
  parameter the caller left out (`given_i` false) exactly as a compiled call site does
  (literal, evaluated at the def, or a dataclass default), then calls the function;
- a class gets a constructor `py4c_ext_new.<Class>(...)` that allocates the object, sets
  its field defaults and runs `__init__`, as `C(...)` in compiled code does.

A callable whose signature holds a type that cannot cross the boundary (a callable, a
generator, a file) is not exposed; `skipped` says why, and the build warns.
"""

from __future__ import annotations

from py4c import tir
from py4c.frontend import ast
from py4c.typecheck.env import FuncScope, ModuleEnv, Signature
from py4c.types import (BoolT, ClassT, DictT, FloatT, IntT, ListT, NoneT, OptT, SetT, StrT, TupleT, Type)

# special methods CPython reaches through the type's slots (ext runtime), not as methods
SLOT_METHODS = ("__init__", "__eq__", "__hash__", "__repr__", "__str__")


def crossing_problem(t: Type, classes: set[str]) -> str | None:
    """Why values of t cannot cross the boundary, or None if they can."""
    from py4c.types import contains_type

    why: list[str] = []

    def bad(x: Type) -> bool:
        if isinstance(x, ClassT) and x.name not in classes:
            why.append(f"'{x.name}' is not a class CPython can see")
        elif not isinstance(x, (IntT, FloatT, BoolT, NoneT, StrT, ListT, SetT, DictT, TupleT, OptT, ClassT)):
            why.append(f"a '{x}' cannot cross to CPython")
        return bool(why)

    contains_type(t, bad)
    return why[0] if why else None


def _params_of(env: ModuleEnv, f: ast.FunctionDef, sig: Signature, skip_self: bool) -> tuple[tir.ExtParam, ...]:
    astp = [p for p in f.params.params if p.kind in ("posonly", "normal", "kwonly")]
    if skip_self:
        astp = astp[1:]
    out = []
    for i, (name, t) in enumerate(sig.params):
        kind = astp[i].kind if i < len(astp) else "normal"
        hoisted = any((sig.symbol, i) in e.hoisted_defaults for e in env.program.values())
        out.append(tir.ExtParam(name, t, kind, sig.defaults[i] is not None or hoisted))
    return tuple(out)


def _default_wrapper(env: ModuleEnv, sig: Signature, params: tuple[tir.ExtParam, ...], has_self: str | None,
                     span: ast.Span, out: list[tir.Function], target: str = "") -> str:
    """The wrapper that fills left-out defaults (see the module docstring) and calls
    `target` (default: sig's function); its symbol. sig says where the defaults are."""
    from py4c.typecheck.builtins import _hoisted_default
    from py4c.typecheck.expr import check_expr, coerce

    target = target or sig.symbol
    if not any(p.has_default for p in params):
        return target
    sc = FuncScope(env, sig.ret, is_module=False)
    tparams: list[tir.Param] = []
    args: list[tir.Expr] = []
    if has_self is not None:
        st = ClassT(has_self)
        sc.locals["self"] = st
        tparams.append(tir.Param("self", st, span))
        args.append(tir.Var("self", "local", st, span))
    body: list[tir.Stmt] = []
    for i, p in enumerate(params):
        var = tir.Var(p.name, "local", p.type, span)
        if p.has_default:
            flag = f"$given_{p.name}"
            sc.locals[flag] = BoolT()
            tparams.append(tir.Param(flag, BoolT(), span))
            default = _hoisted_default(sc, sig.symbol, i)
            if default is None:
                expr = sig.defaults[i]
                assert expr is not None
                default = coerce(sc, check_expr(sc, expr, p.type), p.type, expr.span, "default value")
            body.append(tir.If(tir.Var(flag, "local", BoolT(), span), (), (tir.Assign(var, default, span),), span))
        sc.locals[p.name] = p.type
        tparams.append(tir.Param(p.name, p.type, span))
        args.append(var)
    body.append(tir.Return(tir.Call(target, tuple(args), sig.ret, span), span))
    symbol = f"py4c_ext_call.{target}"
    out.append(tir.Function(symbol, sig.name, tuple(tparams), sig.ret, tuple(sc.locals.items()), tuple(body), span,
                            path=env.path))
    return symbol


def _constructor(env: ModuleEnv, name: str, out: list[tir.Function]) -> tir.ExtFunc:
    """`py4c_ext_new.<name>(...)`: what `name(...)` does in compiled code (classes.construct)."""
    from py4c.typecheck.classes import _all_defaults, set_field

    info = env.classes[name]
    init = info.methods.get("__init__")
    t = ClassT(name)
    span = info.node.span
    sc = FuncScope(env, t, is_module=False)
    params: tuple[tir.ExtParam, ...] = ()
    tparams: list[tir.Param] = []
    args: list[tir.Expr] = []
    if init is not None:
        node = _method_node(env, name, init.owner)
        params = _params_of(env, node, init.sig, True) if node is not None else tuple(
            tir.ExtParam(n, pt, "normal", d is not None) for (n, pt), d in zip(init.sig.params, init.sig.defaults))
        for p in params:
            sc.locals[p.name] = p.type
            tparams.append(tir.Param(p.name, p.type, span))
            args.append(tir.Var(p.name, "local", p.type, span))
    obj = tir.Var(sc.new_temp(t), "local", t, span)
    stmts: list[tir.Stmt] = [tir.Assign(obj, tir.Prim("obj.new", (), t, span), span)]
    if not info.dataclass:
        for fname, default in _all_defaults(env, name):
            stmts += set_field(sc, obj, fname, default, span)
    if init is not None:
        stmts.append(tir.ExprStmt(tir.Call(init.sig.symbol, (obj, *args), NoneT(), span), span))
    stmts.append(tir.Return(obj, span))
    symbol = f"py4c_ext_new.{name}"
    out.append(tir.Function(symbol, name, tuple(tparams), t, tuple(sc.locals.items()), tuple(stmts), span,
                            path=env.path))
    wrapped = symbol
    if init is not None and any(p.has_default for p in params):
        # the defaults are __init__'s: evaluated as a call of __init__ would (same symbol for hoisted ones)
        sig = Signature(init.sig.symbol, name, tuple((p.name, p.type) for p in params), init.sig.defaults, t, span)
        wrapped = _default_wrapper(env, sig, params, None, span, out, target=symbol)
    return tir.ExtFunc(name, wrapped, params, t, "ctor", name)


def _method_node(env: ModuleEnv, cls: str, owner: str) -> ast.FunctionDef | None:
    from py4c.typecheck.classes import method_key

    info = env.classes[owner]
    for s in [*info.node.body, *info.synthesized]:
        if isinstance(s, ast.FunctionDef) and method_key(s) == "__init__":
            return s
    return None


def interface(envs: dict[str, ModuleEnv], entry: ast.Module, ext_name: str,
              out: list[tir.Function]) -> tir.Interface:
    from py4c.typecheck.classes import all_fields, classmethod_symbol, method_key, setter_key

    env = envs["__main__"]
    skipped: list[tuple[str, str]] = []
    names = [n for n in env.classes if n not in env.synthetic_classes]
    visible = {n for n in names if n not in env.exceptions}

    def problem(params: tuple[tir.ExtParam, ...], ret: Type) -> str | None:
        for p in params:
            why = crossing_problem(p.type, visible)
            if why:
                return f"parameter '{p.name}': {why}"
        why = crossing_problem(ret, visible)
        return f"its result: {why}" if why else None

    functions: list[tir.ExtFunc] = []
    for s in entry.body:
        if not isinstance(s, ast.FunctionDef):
            continue
        sig = env.functions.get(s.name)
        if sig is None or sig.span != s.span:
            continue
        params = _params_of(env, s, sig, False)
        why = problem(params, sig.ret)
        if why:
            skipped.append((s.name, f"'{s.name}' is not callable from CPython: {why}"))
            continue
        functions.append(tir.ExtFunc(s.name, _default_wrapper(env, sig, params, None, s.span, out), params,
                                     sig.ret, "function", s.name))
    classes: list[tir.ExtClass] = []
    for name in names:
        info = env.classes[name]
        if name in env.exceptions:  # an exception class with fields: its constructor and fields only
            exc_ctor = _constructor(env, name, out)
            fields_ok = all(crossing_problem(t, visible) is None for _, t in all_fields(env, name))
            if fields_ok and problem(exc_ctor.params, NoneT()) is None:
                classes.append(tir.ExtClass(name, None, tuple(all_fields(env, name)), False, (), exc_ctor, False,
                                            exception=True))
            continue
        methods: list[tir.ExtFunc] = []
        nodes = {method_key(f): f for f in [*info.node.body, *info.synthesized] if isinstance(f, ast.FunctionDef)}
        for key, m in info.own_methods.items():
            node = nodes.get(key)
            setter = key == setter_key(m.name) or m.name.endswith("$set")
            pyname = m.name.removesuffix("$set")
            if m.name in SLOT_METHODS or m.classm or node is None or (key != m.name and not setter):
                continue
            params = _params_of(env, node, m.sig, not m.static)
            why = problem(params, m.sig.ret)
            if why:
                skipped.append((f"{name}.{m.name}", f"'{name}.{m.name}' is not callable from CPython: {why}"))
                continue
            kind = "static" if m.static else "setter" if setter else "property" if m.prop else "method"
            sym = _default_wrapper(env, m.sig, params, None if m.static else name, node.span, out)
            methods.append(tir.ExtFunc(pyname, sym, params, m.sig.ret, kind, f"{name}.{pyname}"))
        for key, m in info.methods.items():  # class methods: one version per class (cls is that class)
            if not m.classm:
                continue
            owner = env.classes[m.owner]
            node = next((f for f in [*owner.node.body, *owner.synthesized]
                         if isinstance(f, ast.FunctionDef) and method_key(f) == key), None)
            if node is None:
                continue
            params = _params_of(env, node, m.sig, True)
            why = problem(params, m.sig.ret)
            if why:
                skipped.append((f"{name}.{m.name}", f"'{name}.{m.name}' is not callable from CPython: {why}"))
                continue
            target = classmethod_symbol(name, m.name)
            sym = _default_wrapper(env, m.sig, params, None, node.span, out, target=target)
            methods.append(tir.ExtFunc(m.name, sym, params, m.sig.ret, "static", f"{name}.{m.name}"))
        fields = tuple(all_fields(env, name))
        ctor: tir.ExtFunc | None = _constructor(env, name, out)
        assert ctor is not None
        why = problem(ctor.params, NoneT())
        if why:
            skipped.append((name, f"'{name}' cannot be constructed from CPython: {why}"))
            ctor = None
        public = any(s is info.node for s in entry.body)
        consts = tuple((n, src) for n, e in info.consts.items() if (src := literal_source(e)) is not None)
        # a field's class-level default (`sides: int = 0`) is also what the class attribute reads
        consts += tuple(("$field:" + n, src) for n, e in info.defaults.items() if (src := literal_source(e)) is not None)
        classes.append(tir.ExtClass(name, info.base, fields, info.frozen, tuple(methods), ctor, public, consts))
    globals_: list[tuple[str, str, Type]] = []
    constants: list[tuple[str, str]] = []
    for s in entry.body:
        if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name):
            n = s.target.id
        elif isinstance(s, ast.Assign) and len(s.targets) == 1 and isinstance(s.targets[0], ast.Name):
            n = s.targets[0].id
        else:
            continue
        if n in env.globals and crossing_problem(env.globals[n], visible) is None:
            if n not in (g[0] for g in globals_):
                globals_.append((n, env.gname(n), env.globals[n]))
        elif n in env.finals and s.value is not None and literal_source(s.value) is not None:
            constants.append((n, literal_source(s.value) or ""))
    _define_boxes(env, [t for f in _all_funcs(functions, classes) for t in (*(p.type for p in f.params), f.ret)]
                  + [t for c in classes for _, t in c.fields] + [t for _, _, t in globals_], entry.span)
    return tir.Interface(ext_name, tuple(functions), tuple(classes), tuple(globals_), tuple(constants),
                         tuple(skipped))


def _all_funcs(functions: list[tir.ExtFunc], classes: list[tir.ExtClass]) -> list[tir.ExtFunc]:
    out = list(functions)
    for c in classes:
        out += [*c.methods, *([c.ctor] if c.ctor else [])]
    return out


def _define_boxes(env: ModuleEnv, types: list[Type], span: ast.Span) -> None:
    """The boundary makes `X | None` boxes of numbers the program itself may never make:
    their classes (cell[X]) must exist."""
    from py4c.typecheck.closures import cell_class
    from py4c.types import contains_type, is_object

    def visit(t: Type) -> bool:
        if isinstance(t, OptT) and not is_object(t.inner):
            cell_class(env, t.inner, span)
        return False

    for t in types:
        contains_type(t, visit)


def literal_source(e: ast.Expr) -> str | None:
    """Python source of a literal expression (a folded Final's value), or None."""
    if isinstance(e, (ast.IntLit, ast.FloatLit, ast.StrLit, ast.BoolLit)):
        return repr(e.value)
    if isinstance(e, ast.NoneLit):
        return "None"
    if isinstance(e, ast.UnaryOp) and e.op == "-":
        inner = literal_source(e.operand)
        return None if inner is None else f"-{inner}"
    if isinstance(e, ast.TupleExpr):
        items = [literal_source(x) for x in e.elts]
        if any(x is None for x in items):
            return None
        return "(" + ", ".join(x for x in items if x) + ("," if len(items) == 1 else "") + ")"
    return None
