"""Functions as values: `Callable[[A], R]`, lambdas, nested functions that read (or, with
`nonlocal`, write) enclosing variables, module-level functions and bound methods.

Phase: typecheck. A function value is an object of a synthesized class whose fields are
the captured variables and whose vtable slot 0 is the code; calling one is a call
through slot 0. A captured variable that is assigned again (by the enclosing function or
through `nonlocal`) lives in a cell (an object of one field) shared by both functions,
so each sees the other's writes, as in CPython; any other captured variable is copied
when the function value is created.
"""

from __future__ import annotations

from py4c import tir
from py4c.frontend import ast
from py4c.typecheck.env import FuncScope, ModuleEnv, Signature
from py4c.types import NONE, ClassT, FuncT, Type

CALL = "__call__"


# ---------------------------------------------------------------- name analysis


def names_read(node: object) -> set[str]:
    """Every name read in an AST subtree (nested functions included)."""
    out: set[str] = set()
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, ast.Name):
            out.add(n.id)
        stack.extend(ast.children(n))
    return out


def nonlocals(body: tuple[ast.Stmt, ...]) -> set[str]:
    out: set[str] = set()
    stack: list[object] = list(body)
    while stack:
        n = stack.pop()
        if isinstance(n, ast.Nonlocal):
            out.update(n.names)
        stack.extend(ast.children(n))
    return out


def assignment_count(body: tuple[ast.Stmt, ...]) -> dict[str, int]:
    """How often each name is bound in a function body (not inside nested functions)."""
    counts: dict[str, int] = {}

    def bind(t: ast.Expr) -> None:
        if isinstance(t, ast.Name):
            counts[t.id] = counts.get(t.id, 0) + 1
        elif isinstance(t, (ast.TupleExpr, ast.ListExpr)):
            for x in t.elts:
                bind(x)

    def walk(stmts: tuple[ast.Stmt, ...], loop: int) -> None:
        for s in stmts:
            if isinstance(s, ast.Assign):
                for t in s.targets:
                    for _ in range(1 + loop):
                        bind(t)
            elif isinstance(s, ast.AugAssign):
                bind(s.target)
                bind(s.target)  # an update is a second binding
            elif isinstance(s, ast.AnnAssign) and s.value is not None:
                bind(s.target)
                if loop:
                    bind(s.target)
            elif isinstance(s, ast.For):
                bind(s.target)
                bind(s.target)
                walk(s.body, 1)
                walk(s.orelse, loop)
            elif isinstance(s, ast.While):
                walk(s.body, 1)
                walk(s.orelse, loop)
            elif isinstance(s, ast.If):
                walk(s.body, loop)
                walk(s.orelse, loop)
            elif isinstance(s, ast.Try):
                walk(s.body, loop)
                for h in s.handlers:
                    walk(h.body, loop)
                walk(s.orelse, loop)
                walk(s.finalbody, loop)
            elif isinstance(s, ast.FunctionDef):
                counts[s.name] = counts.get(s.name, 0) + 1 + loop

    walk(body, 0)
    return counts


def cell_names(env: ModuleEnv, body: tuple[ast.Stmt, ...], params: set[str]) -> set[str]:
    """The enclosing function's variables that need cells: captured by a nested
    function or lambda, and bound more than once (a parameter counts as one binding)
    or written by the nested function (`nonlocal`)."""
    inner_reads: set[str] = set()
    inner_writes: set[str] = set()
    stack: list[object] = list(body)
    while stack:
        n = stack.pop()
        if isinstance(n, ast.FunctionDef):
            inner_reads |= names_read(n.body)
            inner_writes |= nonlocals(n.body)
            continue
        if isinstance(n, ast.Lambda):
            inner_reads |= names_read(n.body)
            continue
        stack.extend(ast.children(n))
    counts = assignment_count(body)
    defs = {s.name for s in _all_stmts(body) if isinstance(s, ast.FunctionDef)}
    out = set()
    for name in inner_reads | inner_writes:
        bound = counts.get(name, 0) + (1 if name in params else 0)
        # a nested function read by nested functions (itself, recursively, or a later
        # sibling) is shared: it may be read before its `def` has run
        if name in inner_writes or bound > 1 or name in defs:
            out.add(name)
    return out


def def_names(body: tuple[ast.Stmt, ...]) -> set[str]:
    return {s.name for s in _all_stmts(body) if isinstance(s, ast.FunctionDef)}


def _all_stmts(body: tuple[ast.Stmt, ...]) -> list[ast.Stmt]:
    """The statements of a function body, nested blocks included (not nested functions)."""
    from py4c.typecheck import _nested_blocks

    out: list[ast.Stmt] = []
    for s in body:
        out.append(s)
        for block in _nested_blocks(s):
            out += _all_stmts(block)
    return out


# ---------------------------------------------------------------- synthesized classes


def cell_class(env: ModuleEnv, t: Type, span: ast.Span) -> str:
    from py4c.typecheck.classes import ClassInfo

    name = f"cell[{t}]"
    if name not in env.classes:
        info = ClassInfo(name, None, ast.ClassDef(name, (), (), (), (), span))
        info.own_fields["v"] = t
        env.classes[name] = info
        env.synthetic_classes.append(name)
    return name


def _closure_class(env: ModuleEnv, base_name: str, fields: dict[str, Type], sig: Signature,
                   span: ast.Span) -> str:
    from py4c.typecheck.classes import ClassInfo, MethodInfo

    env.closure_count += 1
    name = f"{base_name}#{env.mangle}{env.closure_count}"
    info = ClassInfo(name, None, ast.ClassDef(name, (), (), (), (), span))
    info.own_fields.update(fields)
    m = MethodInfo(CALL, sig, name)
    info.own_methods[CALL] = m
    info.methods[CALL] = m
    env.classes[name] = info
    env.synthetic_classes.append(name)
    return name


def new_object(sc: FuncScope, cls: str, fields: list[tuple[int, tir.Expr]], result: Type,
               span: ast.Span) -> tir.Expr:
    t = ClassT(cls)
    obj = tir.Var(sc.new_temp(t), "local", t, span)
    stmts: list[tir.Stmt] = [tir.Assign(obj, tir.Prim("obj.new", (), t, span), span)]
    for idx, v in fields:
        stmts.append(tir.ExprStmt(tir.Prim("obj.setattr", (v, obj, tir.Const(idx, _INT(), span)), NONE, span), span))
    made = tir.StmtExpr(tuple(stmts), obj, t, span)
    return made if result == t else tir.Prim("obj.upcast", (made,), result, span)


def _BOOL() -> Type:
    from py4c.types import BOOL

    return BOOL


def _INT() -> Type:
    from py4c.types import INT

    return INT


# ---------------------------------------------------------------- cells in the enclosing function


def cell_get(sc: FuncScope, name: str, span: ast.Span) -> tir.Expr | None:
    """The value of a cell variable (own or captured), or None if `name` is not one."""
    cell = cell_ref(sc, name, span)
    if cell is None:
        return None
    assert isinstance(cell.type, ClassT)
    t = sc.module.classes[cell.type.name].own_fields["v"]
    return tir.Prim("obj.getattr", (cell, tir.Const(0, _INT(), span), tir.Const(f"{name}.v", _str(), span)), t,
                    span)


def cell_ref(sc: FuncScope, name: str, span: ast.Span) -> tir.Expr | None:
    if name in sc.cells:
        v = sc.cells[name]
        return tir.Var(v.name, v.scope, v.type, span)
    cap = sc.captures.get(name)
    if cap is not None and cap[1]:
        return cap[0]
    return None


def cell_set(sc: FuncScope, name: str, value: tir.Expr, span: ast.Span) -> list[tir.Stmt] | None:
    from py4c.typecheck.expr import coerce

    if name in sc.pending_cells:
        # a shared variable typed by its first assignment: its cell is made when the
        # function first assigns it (whichever assignment runs first), then reused
        if name not in sc.cells:
            sc.locals.setdefault(name, value.type)
            cls = cell_class(sc.module, value.type, span)
            sc.cells[name] = tir.Var(sc.new_temp(ClassT(cls)), "local", ClassT(cls), span)
        var = sc.cells[name]
        assert isinstance(var.type, ClassT)
        v = coerce(sc, value, sc.module.classes[var.type.name].own_fields["v"], span, f"assignment to '{name}'")
        tmp = tir.Var(sc.new_temp(v.type), "local", v.type, span)
        make = tir.Assign(var, new_object(sc, var.type.name, [(0, tmp)], var.type, span), span)
        store = tir.ExprStmt(tir.Prim("obj.setattr", (tmp, var, tir.Const(0, _INT(), span)), NONE, span), span)
        return [tir.Assign(tmp, v, span), tir.If(tir.Prim("obj.is_null", (var,), _BOOL(), span), (make,), (store,), span)]
    cell = cell_ref(sc, name, span)
    if cell is None:
        return None
    assert isinstance(cell.type, ClassT)
    t = sc.module.classes[cell.type.name].own_fields["v"]
    v = coerce(sc, value, t, span, f"assignment to '{name}'")
    return [tir.ExprStmt(tir.Prim("obj.setattr", (v, cell, tir.Const(0, _INT(), span)), NONE, span), span)]


def _str() -> Type:
    from py4c.types import STR

    return STR


def make_cells(sc: FuncScope, names: set[str], params: dict[str, Type], span: ast.Span,
               body: tuple[ast.Stmt, ...] = ()) -> list[tir.Stmt]:
    """Create the cells of a function's cell variables at its entry (a parameter's cell
    starts with the argument). Their types must be declared (an annotation or a parameter)."""
    out: list[tir.Stmt] = []
    defs = {s.name: s for s in _all_stmts(body) if isinstance(s, ast.FunctionDef)}
    for name in sorted(names):
        t = params.get(name) or sc.locals.get(name)
        if t is None and name in defs:
            from py4c.typecheck import signature
            sig = signature(sc.module, defs[name])
            if sig is not None:
                t = FuncT(tuple(x for _, x in sig.params), sig.ret)
                sc.locals[name] = t
        if t is None:
            sc.pending_cells.add(name)  # typed, and made, at its first assignment
            continue
        cls = cell_class(sc.module, t, span)
        var = tir.Var(sc.new_temp(ClassT(cls)), "local", ClassT(cls), span)
        fields: list[tuple[int, tir.Expr]] = []
        if name in params:
            fields.append((0, tir.Var(name, "local", t, span)))
        out.append(tir.Assign(var, new_object(sc, cls, fields, ClassT(cls), span), span))
        sc.cells[name] = var
    return out


# ---------------------------------------------------------------- creating function values


def _captured(sc: FuncScope, names: set[str], span: ast.Span) -> list[tuple[str, tir.Expr, bool]]:
    """(name, value or cell, is_cell) for the enclosing variables the inner code reads."""
    from py4c.typecheck.expr import check_name

    out: list[tuple[str, tir.Expr, bool]] = []
    for name in sorted(names):
        cell = cell_ref(sc, name, span)
        if cell is not None:
            out.append((name, cell, True))
            continue
        is_var = any(name in r for r in sc.renames) or name in sc.captures or \
            (not sc.is_module and name in sc.assigned and name not in sc.declared_global)
        if is_var:
            out.append((name, check_name(sc, ast.Name(name, span)), False))
    return out


def _code_function(sc: FuncScope, name: str, cls: str, sig: Signature, caps: list[tuple[str, tir.Expr, bool]],
                   body: tuple[ast.Stmt, ...], span: ast.Span) -> None:
    """Check the inner code as a function of (closure, params...) and queue it for the program."""
    from py4c.typecheck.classes import find_field
    from py4c.typecheck.env import assigned_names
    from py4c.typecheck.stmt import check_block

    env = sc.module
    inner = FuncScope(env, sig.ret, is_module=False)
    self_t = ClassT(cls)
    self_v = tir.Var("$closure", "local", self_t, span)
    inner.locals["$closure"] = self_t
    params = dict(sig.params)
    writes = nonlocals(body)
    inner.assigned = (assigned_names(body) | set(params)) - writes
    for pname, t in sig.params:
        inner.locals[pname] = t
    from py4c.typecheck import _annotated_locals

    for lname, ann in _annotated_locals(body):
        declared = env.annotation(ann)
        if declared is not None and lname not in inner.locals:
            inner.locals[lname] = declared
    for cname, value, is_cell in caps:
        found = find_field(env, cls, cname)
        assert found is not None
        idx, ft = found
        read = tir.Prim("obj.getattr", (self_v, tir.Const(idx, _INT(), span), tir.Const(f"{name}.{cname}", _str(), span)),
                        ft, span)
        inner.captures[cname] = (read, is_cell)
    from py4c.typecheck import generators
    from py4c.types import GenT

    gen = isinstance(sig.ret, GenT) and generators.is_generator(body)
    gsig = Signature(sig.symbol, name, (("$closure", self_t), *sig.params), (None,) * (len(sig.params) + 1),
                     sig.ret, span)
    if gen:  # a nested generator function: the generator holds the closure and the arguments
        inner.locals = {generators.GEN_VAR: sig.ret, **inner.locals}
        inner.assigned.add(generators.GEN_VAR)
    own_cells = cell_names(env, body, set(params)) - writes
    prelude = [*(generators.prologue(gsig, span) if gen else []), *make_cells(inner, own_cells, params, span, body)]
    checked = check_block(inner, body)
    defs = def_names(body)
    cycle = tuple(v.name for n, v in inner.cells.items() if n in defs)
    if gen:
        env.extra_functions.append(generators.maker(gsig, span))
        env.extra_functions.append(tir.Function(generators.body_symbol(gsig), name,
                                                (tir.Param(generators.GEN_VAR, sig.ret, span),), NONE,
                                                tuple(inner.locals.items()), (*prelude, *checked), span, cycle))
        return
    env.extra_functions.append(tir.Function(sig.symbol, name, (tir.Param("$closure", self_t, span),
                                                                *(tir.Param(n, t, span) for n, t in sig.params)),
                                            sig.ret, tuple(inner.locals.items()), (*prelude, *checked), span, cycle))


def lambda_value(sc: FuncScope, e: ast.Lambda, expected: Type | None) -> tir.Expr:
    from py4c.typecheck.expr import error_expr

    d = sc.module.diags
    if not isinstance(expected, FuncT) or len(expected.params) != len(e.params.params):
        d.error("py4c-infer", e.span, "a lambda needs a known type here",
                "assign it to a variable annotated Callable[[...], ...], or pass it where one is expected")
        return error_expr(e.span, expected or FuncT((), NONE))
    params = tuple((p.name, t) for p, t in zip(e.params.params, expected.params))
    return _function_value(sc, "<lambda>", params, expected.ret, (ast.Return(e.body, e.span),), e.span,
                           names_read(e.body) - {p for p, _ in params})


def nested_def(sc: FuncScope, f: ast.FunctionDef) -> list[tir.Stmt]:
    """`def inner(...)` inside a function: the local `inner` gets a function value."""
    from py4c.typecheck import signature
    from py4c.typecheck.stmt import assign_name

    sig0 = signature(sc.module, f)
    if sig0 is None:
        sc.poisoned.add(f.name)
        return []
    inner_locals = set(sig0.params and [p for p, _ in sig0.params]) | _bound_in(f.body)
    free = (names_read(f.body) - inner_locals) | nonlocals(f.body)
    value = _function_value(sc, f.name, sig0.params, sig0.ret, f.body, f.span, free)
    return [assign_name(sc, ast.Name(f.name, f.span), value, f.span)]


def _bound_in(body: tuple[ast.Stmt, ...]) -> set[str]:
    from py4c.typecheck.env import assigned_names

    return assigned_names(body) - nonlocals(body)


def _function_value(sc: FuncScope, name: str, params: tuple[tuple[str, Type], ...], ret: Type,
                    body: tuple[ast.Stmt, ...], span: ast.Span, free: set[str]) -> tir.Expr:
    env = sc.module
    caps = _captured(sc, free, span)
    fields = {c: v.type for c, v, _ in caps}
    ft = FuncT(tuple(t for _, t in params), ret)
    env.closure_count += 1
    symbol = f"py4c_c_{env.mangle}{env.closure_count}"
    sig = Signature(symbol, name, params, tuple(None for _ in params), ret, span)
    cls = _closure_class(env, name, fields, sig, span)
    _code_function(sc, name, cls, sig, caps, body, span)
    return new_object(sc, cls, [(i, v) for i, (_, v, _) in enumerate(caps)], ft, span)


def function_value(sc: FuncScope, fname: str, span: ast.Span, owner: ModuleEnv | None = None) -> tir.Expr:
    """A module-level function used as a value (`apply(double, 3)`)."""
    env = sc.module
    sig = (owner or env).functions[fname]
    ft = FuncT(tuple(t for _, t in sig.params), sig.ret)
    cls = env.function_classes.get(sig.symbol)  # keyed by symbol: modules may reuse a name
    if cls is None:
        env.closure_count += 1
        code = Signature(f"py4c_fv_{env.mangle}{env.closure_count}", fname, sig.params,
                         tuple(None for _ in sig.params), sig.ret, span)
        cls = _closure_class(env, f"function {fname}", {}, code, span)
        env.function_classes[sig.symbol] = cls
        self_t = ClassT(cls)
        args = tuple(tir.Var(p, "local", t, span) for p, t in sig.params)
        call = tir.Call(sig.symbol, args, sig.ret, span)
        body: tuple[tir.Stmt, ...] = (tir.Return(call, span),) if sig.ret != NONE else \
            (tir.ExprStmt(call, span), tir.Return(None, span))
        env.extra_functions.append(tir.Function(code.symbol, fname, (tir.Param("$closure", self_t, span),
                                                                     *(tir.Param(p, t, span) for p, t in sig.params)),
                                                sig.ret, (("$closure", self_t), *sig.params), body, span))
    return new_object(sc, cls, [], ft, span)


def bound_method(sc: FuncScope, obj: tir.Expr, m: object, span: ast.Span) -> tir.Expr:
    """`obj.method` as a value: a function value holding obj."""
    from py4c.typecheck.classes import MethodInfo, call_method

    assert isinstance(m, MethodInfo) and isinstance(obj.type, ClassT)
    env = sc.module
    ft = FuncT(tuple(t for _, t in m.sig.params), m.sig.ret)
    env.closure_count += 1
    code = Signature(f"py4c_bm_{env.mangle}{env.closure_count}", m.name, m.sig.params, tuple(None for _ in m.sig.params),
                     m.sig.ret, span)
    cls = _closure_class(env, f"method {m.name}", {"obj": obj.type}, code, span)
    self_t = ClassT(cls)
    self_v = tir.Var("$closure", "local", self_t, span)
    target = tir.Prim("obj.getattr", (self_v, tir.Const(0, _INT(), span), tir.Const(f"{m.name}.obj", _str(), span)),
                      obj.type, span)
    args: list[tir.Expr] = [tir.Var(p, "local", t, span) for p, t in m.sig.params]
    call = call_method(sc, target, m, args, span)
    body: tuple[tir.Stmt, ...] = (tir.Return(call, span),) if m.sig.ret != NONE else \
        (tir.ExprStmt(call, span), tir.Return(None, span))
    env.extra_functions.append(tir.Function(code.symbol, m.name, (tir.Param("$closure", self_t, span),
                                                                  *(tir.Param(p, t, span) for p, t in m.sig.params)),
                                            m.sig.ret, (("$closure", self_t), *m.sig.params), body, span))
    return new_object(sc, cls, [(0, obj)], ft, span)


def call_value(sc: FuncScope, f: tir.Expr, e: ast.Call) -> tir.Expr:
    """f(args) for a function value f: through slot 0 of its class's vtable."""
    from py4c.typecheck.expr import check_expr, coerce, error_expr

    from py4c.typecheck.expr import poisoned

    assert isinstance(f.type, FuncT)
    ft = f.type
    if poisoned(f):
        return error_expr(e.span, ft.ret)
    if e.keywords or len(e.args) != len(ft.params):
        sc.module.diags.error("call-arg", e.span, f"a '{ft}' takes {len(ft.params)} positional argument(s)")
        return error_expr(e.span, ft.ret)
    args = [coerce(sc, check_expr(sc, a, t), t, a.span, f"argument {i + 1}") for i, (a, t) in
            enumerate(zip(e.args, ft.params))]
    return tir.Call("", (f, *args), ft.ret, e.span, vslot=0)


def genexp_value(sc: FuncScope, e: ast.GeneratorExp) -> tir.Expr:
    """A generator expression used as a value (stored, passed, iterated with next()):
    a nested generator function `<genexpr>` made and called on the spot. Its element
    type is the element expression's, found by checking the loops once."""
    from py4c.typecheck.consume import generators
    from py4c.typecheck.expr import check_expr, error_expr
    from py4c.types import GenT

    elem: list[Type] = []

    def probe(items: list[tir.Expr]) -> list[tir.Stmt]:
        elem.append(items[0].type)
        return []

    mark = len(sc.module.diags.items)
    if generators(sc, e.generators, lambda: [check_expr(sc, e.elt)], probe, e.span) is None or not elem:
        return error_expr(e.span, GenT(NONE))
    if len(sc.module.diags.items) > mark:
        return error_expr(e.span, GenT(elem[0]))
    sp = e.span
    body: ast.Stmt = ast.ExprStmt(ast.Yield(e.elt, sp), sp)
    for g in reversed(e.generators):
        for cond in reversed(g.ifs):
            body = ast.If(cond, (body,), (), sp)
        body = ast.For(g.target, g.iter, (body,), (), False, sp)
    from py4c.typecheck.env import assigned_names

    bound = assigned_names((body,))
    f = _function_value(sc, "<genexpr>", (), GenT(elem[0]), (body,), sp, names_read(body) - bound)
    return tir.Call("", (f,), GenT(elem[0]), sp, vslot=0)
