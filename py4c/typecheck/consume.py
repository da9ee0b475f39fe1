"""Consumers of iterables: list comprehensions, generator expressions passed to a
builtin, and list(), sorted(), sum(), min()/max() over an iterable, any(), all().

Phase: typecheck. Everything desugars to loops (`foreach`) inside a `StmtExpr`, so the
backend needs no iterator objects; a generator expression stays lazy (any/all stop at
the first decisive item, as in CPython).
"""

from __future__ import annotations

from typing import Callable, Union

from py4c import tir
from py4c.frontend import ast
from py4c.typecheck.env import FuncScope, ModuleEnv
from py4c.typecheck.iterate import bind, hidden, item_value, iterate, loop
from py4c.types import BOOL, FLOAT, INT, NONE, BoolT, ClassT, DictT, FloatT, IntT, ListT, SetT, StrT, TupleT, Type

Body = Callable[[list[tir.Expr]], list[tir.Stmt]]
Generators = tuple[ast.Comprehension, ...]


def foreach(sc: FuncScope, iterable: ast.Expr, body: Body, span: ast.Span,
            done: tir.Var | None = None, order_free: bool = False) -> list[tir.Stmt] | None:
    """Statements running `body(items)` for each item of `iterable` (a generator
    expression is walked lazily). With `done`, every loop level stops once it is set."""
    if isinstance(iterable, ast.GeneratorExp):
        return generators(sc, iterable.generators, lambda: [iterable_elt(sc, iterable.elt)], body, span, done)
    it = iterate(sc, iterable, order_free)
    if it is None:
        return None
    return loop(it, tuple(body([item_value(it, span)]) + _stop(done, span)), (), [], span)


def iterable_elt(sc: FuncScope, e: ast.Expr) -> tir.Expr:
    from py4c.typecheck.expr import check_expr

    return check_expr(sc, e)


def _stop(done: tir.Var | None, span: ast.Span) -> list[tir.Stmt]:
    return [] if done is None else [tir.If(done, (tir.Break(span),), (), span)]


def generators(sc: FuncScope, gens: Generators, elts: Callable[[], list[tir.Expr]], body: Body, span: ast.Span,
               done: tir.Var | None = None) -> list[tir.Stmt] | None:
    """Nested loops of comprehension clauses in a new scope of hidden loop variables."""
    from py4c.typecheck.expr import check_expr, truth

    sc.renames.append({})
    try:
        def level(k: int) -> list[tir.Stmt] | None:
            if k == len(gens):
                return body(elts())
            g = gens[k]
            if g.is_async:
                from py4c.typecheck import contracts
                sc.module.diags.error("async", g.span, contracts.async_construct("an async comprehension"),
                                      contracts.ASYNC_HINT)
                return None
            it = iterate(sc, g.iter)
            if it is None:
                return None
            binds = bind(sc, g.target, it.items, g.span, rename=True)
            if binds is None:
                return None
            from py4c.typecheck.expr import check_cond
            conds = [check_cond(sc, c) for c in g.ifs]
            from py4c.typecheck.narrow import narrowed, narrowings
            known: dict[str, Type] = {}
            for cond_ast in g.ifs:
                known.update(narrowings(sc, cond_ast, True))
            pre: list[tir.Stmt] = []
            with narrowed(sc, known, set(), g.span, pre):
                inner = level(k + 1)
            if inner is None:
                return None
            stmts: list[tir.Stmt] = pre + inner
            for c in reversed(conds):
                stmts = [tir.If(c, tuple(stmts), (), span)]
            return loop(it, tuple(stmts + _stop(done, span)), (), binds, span)

        return level(0)
    finally:
        sc.renames.pop()


def check_listcomp(sc: FuncScope, e: ast.ListComp) -> tir.Expr:
    from py4c.typecheck.expr import check_expr, error_expr

    acc_name = sc.new_temp(NONE)  # typed once the element type is known
    holder: list[tir.Var] = []

    def body(items: list[tir.Expr]) -> list[tir.Stmt]:
        elt = items[0]
        acc = tir.Var(acc_name, "local", ListT(elt.type), e.span)
        holder.append(acc)
        return [tir.ExprStmt(tir.Prim("list.append", (acc, elt), NONE, e.span), e.span)]

    stmts = generators(sc, e.generators, lambda: [check_expr(sc, e.elt)], body, e.span)
    if stmts is None or not holder:
        return error_expr(e.span, ListT(INT))
    acc = holder[0]
    sc.locals[acc_name] = acc.type
    init = tir.Assign(acc, tir.ListDisplay((), acc.type, e.span), e.span)
    return tir.StmtExpr((init, *stmts), acc, acc.type, e.span)


def accumulate(sc: FuncScope, iterable: ast.Expr, span: ast.Span, acc_type: Callable[[tir.Expr], Type | None],
               step: Callable[[tir.Var, tir.Expr], tir.Expr], init: Callable[[Type], tir.Expr],
               order_free: bool = False) -> tir.Expr | None:
    """A new container filled from an iterable: `acc_type(item)` gives its type (None after
    a reported error), `step(acc, item)` adds an item, `init(type)` makes the empty one."""
    acc_name = sc.new_temp(NONE)
    holder: list[tir.Var] = []

    def body(items: list[tir.Expr]) -> list[tir.Stmt]:
        t = acc_type(items[0])
        if t is None:
            return []
        acc = tir.Var(acc_name, "local", t, span)
        holder.append(acc)
        return [tir.ExprStmt(step(acc, items[0]), span)]

    stmts = foreach(sc, iterable, body, span, order_free=order_free)
    if stmts is None or not holder:
        return None
    acc = holder[0]
    sc.locals[acc_name] = acc.type
    return tir.StmtExpr((tir.Assign(acc, init(acc.type), span), *stmts), acc, acc.type, span)


def collect(sc: FuncScope, iterable: ast.Expr, span: ast.Span, order_free: bool = False) -> tir.Expr | None:
    """list(iterable): a new list of the items."""
    return accumulate(sc, iterable, span, lambda x: ListT(x.type),
                      lambda acc, x: tir.Prim("list.append", (acc, x), NONE, span),
                      lambda t: tir.ListDisplay((), t, span), order_free)


def collect_set(sc: FuncScope, iterable: ast.Expr, span: ast.Span) -> tir.Expr | None:
    """set(iterable) / frozenset(iterable): a new set of the items."""
    from py4c.typecheck.dicts import hashable

    return accumulate(sc, iterable, span, lambda x: SetT(x.type) if hashable(sc, x.type, span) else None,
                      lambda acc, x: tir.Prim("set.add", (acc, x), NONE, span),
                      lambda t: tir.Prim("set.new", (), t, span), order_free=True)


def collect_dict(sc: FuncScope, iterable: ast.Expr, span: ast.Span) -> tir.Expr | None:
    """dict(mapping) copies; dict(pairs) adds each (key, value) pair in order."""
    from py4c.typecheck.dicts import hashable
    from py4c.typecheck.expr import check_expr
    from py4c.typecheck.tuples import field

    if isinstance(iterable, ast.Name):
        x = check_expr(sc, iterable)
        if isinstance(x.type, DictT):
            return tir.Prim("dict.copy", (x,), x.type, span)
    acc_name = sc.new_temp(NONE)
    holder: list[tir.Var] = []

    def body(items: list[tir.Expr]) -> list[tir.Stmt]:
        pair = items[0]
        if not isinstance(pair.type, TupleT) or len(pair.type.items) != 2:
            sc.module.diags.error("arg-type", span, f"dict() needs (key, value) pairs, got items of type '{pair.type}'")
            return []
        kt, vt = pair.type.items
        if not hashable(sc, kt, span):
            return []
        acc = tir.Var(acc_name, "local", DictT(kt, vt), span)
        holder.append(acc)
        p = hidden(sc, pair.type, span)
        return [tir.Assign(p, pair, span),
                tir.ExprStmt(tir.Prim("dict.store", (acc, field(p, 0, span), field(p, 1, span)), NONE, span), span)]

    stmts = foreach(sc, iterable, body, span)
    if stmts is None or not holder:
        return None
    acc = holder[0]
    sc.locals[acc_name] = acc.type
    return tir.StmtExpr((tir.Assign(acc, tir.Prim("dict.new", (), acc.type, span), span), *stmts), acc, acc.type, span)


def collect_value(sc: FuncScope, x: tir.Expr, span: ast.Span) -> tir.Expr:
    """A new list of the items of the iterable value x (a tuple whose items share a type)."""
    from py4c.typecheck.iterate import _tuple

    it = _tuple(sc, x, span)
    item = item_value(it, span)
    acc = hidden(sc, ListT(item.type), span)
    body = (tir.ExprStmt(tir.Prim("list.append", (acc, item), NONE, span), span),)
    return tir.StmtExpr((tir.Assign(acc, tir.ListDisplay((), acc.type, span), span), *loop(it, body, (), [], span)),
                        acc, acc.type, span)


def check_sum(sc: FuncScope, iterable: ast.Expr, start: tir.Expr | None, span: ast.Span) -> tir.Expr | None:
    from py4c.typecheck.expr import binop

    d = sc.module.diags
    total_name = sc.new_temp(NONE)
    holder: list[tir.Var] = []

    def body(items: list[tir.Expr]) -> list[tir.Stmt]:
        item = items[0]
        t: Type = item.type
        if isinstance(t, BoolT):
            t = INT
        if not isinstance(t, (IntT, FloatT)):
            d.error("arg-type", span, f"sum() of '{item.type}' is not supported")
            return []
        if start is not None and isinstance(start.type, FloatT):
            t = FLOAT
        if isinstance(t, FloatT) and (start is None or not isinstance(start.type, FloatT)):
            d.error("float-promotion", span, "sum() of floats starts from the int 0",
                    "CPython returns the int 0 for an empty iterable; write sum(xs, 0.0)")
        total = tir.Var(total_name, "local", t, span)
        holder.append(total)
        return [tir.Assign(total, binop(sc, "+", total, item, span), span)]

    stmts = foreach(sc, iterable, body, span)
    if stmts is None or not holder:
        return None
    total = holder[0]
    sc.locals[total_name] = total.type
    first = start if start is not None else tir.Const(0, INT, span)
    if isinstance(total.type, FloatT) and not isinstance(first.type, FloatT):
        first = tir.Const(0.0, FLOAT, span)
    if isinstance(total.type, IntT) and first.type != total.type and isinstance(first.type, IntT):
        from py4c.typecheck.expr import fit
        first = fit(sc, first, total.type)  # sum of u8/i32 values: the start in their kind
    return tir.StmtExpr((tir.Assign(total, first, span), *stmts), total, total.type, span)


def check_anyall(sc: FuncScope, which: str, iterable: ast.Expr, span: ast.Span) -> tir.Expr | None:
    from py4c.typecheck.expr import truth

    result = hidden(sc, BOOL, span)
    done = hidden(sc, BOOL, span)
    found = which == "any"

    def body(items: list[tir.Expr]) -> list[tir.Stmt]:
        test = truth(sc, items[0])
        if not found:
            test = tir.Prim("bool.not", (test,), BOOL, span)
        return [tir.If(test, (tir.Assign(result, tir.Const(found, BOOL, span), span),
                              tir.Assign(done, tir.Const(True, BOOL, span), span)), (), span)]

    stmts = foreach(sc, iterable, body, span, done, order_free=True)
    if stmts is None:
        return None
    init = [tir.Assign(result, tir.Const(not found, BOOL, span), span), tir.Assign(done, tir.Const(False, BOOL, span), span)]
    return tir.StmtExpr((*init, *stmts), result, BOOL, span)


def check_minmax_iter(sc: FuncScope, which: str, iterable: ast.Expr, key: Key | None, span: ast.Span) -> tir.Expr | None:
    """min(xs)/max(xs) (key= a module-level function): the first extreme item, as CPython."""
    from py4c.typecheck.compare import compare_op, compare_prim

    d = sc.module.diags
    best_name, best_key_name = sc.new_temp(NONE), sc.new_temp(NONE)
    seen = hidden(sc, BOOL, span)
    holder: list[tir.Var] = []

    def body(items: list[tir.Expr]) -> list[tir.Stmt]:
        item = items[0]
        best = tir.Var(best_name, "local", item.type, span)
        holder.append(best)
        k: tir.Expr = item
        if key is not None:
            k = apply_key(sc, key, item, span)
        best_key = tir.Var(best_key_name, "local", k.type, span)
        holder.append(best_key)
        cur_key = hidden(sc, k.type, span)
        prim, a, b = compare_op(sc, "<" if which == "min" else ">", cur_key, best_key, span)
        better = compare_prim(prim, a, b, span)
        take = (tir.Assign(best, item, span), tir.Assign(best_key, cur_key, span),
                tir.Assign(seen, tir.Const(True, BOOL, span), span))
        first = tir.Prim("bool.not", (seen,), BOOL, span)
        return [tir.Assign(cur_key, k, span),
                tir.If(tir.BoolChain("or", (first, better), BOOL, span), take, (), span)]

    stmts = foreach(sc, iterable, body, span)
    if stmts is None or not holder:
        return None
    best, best_key = holder[0], holder[1]
    sc.locals[best_name] = best.type
    sc.locals[best_key_name] = best_key.type
    if not orderable(best_key.type, sc.module):
        d.error("unsupported", span, f"{which}() of '{best_key.type}' items is not supported yet")
    empty = tir.If(tir.Prim("bool.not", (seen,), BOOL, span),
                   (tir.Raise("ValueError", tir.Const(f"{which}() arg is an empty sequence", StrT(), span), span),), (), span)
    init = [tir.Assign(seen, tir.Const(False, BOOL, span), span)]
    return tir.StmtExpr((*init, *stmts, empty), best, best.type, span)


KEY_BUILTINS = ("len", "abs", "str", "ord", "int", "float", "bool", "repr", "chr", "round")
Key = Union[str, ast.Lambda]  # a function's name, or a one-parameter lambda


def is_key_function(sc: FuncScope, name: str) -> bool:
    """A usable key=: a module-level function of one argument, or len/abs/str/ord."""
    if name in sc.module.functions:
        return len(sc.module.functions[name].params) == 1
    return name in KEY_BUILTINS and name not in sc.module.globals


def key_of(sc: FuncScope, value: ast.Expr) -> Key | None:
    """The key function of `key=value`, or None (reported) if py4c cannot use it."""
    if isinstance(value, ast.Name) and is_key_function(sc, value.id):
        return value.id
    if isinstance(value, ast.Attribute) and isinstance(value.value, ast.Name) \
            and (value.value.id in ("str", "int", "float") or value.value.id in sc.module.classes):
        # key=str.lower / key=Card.rank: the method called on each item
        sp = value.span
        item = ast.Name("$key", sp)
        return ast.Lambda(ast.Params((ast.Param("$key", None, None, "normal", sp),), sp),
                          ast.Call(ast.Attribute(item, value.attr, sp), (), (), sp), sp)
    if isinstance(value, ast.Lambda) and len(value.params.params) == 1 \
            and value.params.params[0].kind == "normal" and value.params.params[0].default is None:
        return value
    sc.module.diags.error("unsupported", value.span,
                          "key= must be a lambda of one parameter or name a module-level function of one argument")
    return None


def apply_key(sc: FuncScope, key: Key, item: tir.Expr, span: ast.Span) -> tir.Expr:
    from py4c.typecheck.builtins import check_builtin_value

    if isinstance(key, ast.Lambda):
        # the lambda's body, with its parameter bound to the item (a hidden local)
        from py4c.typecheck.expr import check_expr

        param = hidden(sc, item.type, key.span)
        sc.renames.append({key.params.params[0].name: param})
        try:
            body = check_expr(sc, key.body)
        finally:
            sc.renames.pop()
        return tir.Let(param, item, body, body.type, key.span)
    if key in sc.module.functions:
        sig = sc.module.functions[key]
        from py4c.typecheck.expr import coerce

        return tir.Call(sig.symbol, (coerce(sc, item, sig.params[0][1], span, f"argument 1 of '{key}'"),), sig.ret, span)
    return check_builtin_value(sc, key, item, span)


def check_sorted(sc: FuncScope, iterable: ast.Expr, key: Key | None, reverse: tir.Expr, span: ast.Span) -> tir.Expr | None:
    # With a key, items with equal keys keep the iteration order: a set's is CPython's hash
    # order, which py4c does not reproduce.
    items = collect(sc, iterable, span, order_free=key is None)
    if items is None:
        return None
    assert isinstance(items, tir.StmtExpr)
    return sort_stmt_expr(sc, items, key, reverse, span)


def sort_stmt_expr(sc: FuncScope, xs: tir.Expr, key: Key | None, reverse: tir.Expr, span: ast.Span) -> tir.Expr | None:
    """Sort the list value `xs` in place (stable, by key) and yield it."""
    assert isinstance(xs.type, ListT)
    target = hidden(sc, xs.type, span)
    stmts: list[tir.Stmt] = [tir.Assign(target, xs, span)]
    stmts += sort_in_place(sc, target, key, reverse, span)
    return tir.StmtExpr(tuple(stmts), target, xs.type, span)


def sort_in_place(sc: FuncScope, target: tir.Expr, key: Key | None, reverse: tir.Expr, span: ast.Span) -> list[tir.Stmt]:
    assert isinstance(target.type, ListT)
    if key is None:
        check_orderable(sc, target.type.elem, span)
        return [tir.ExprStmt(tir.Prim("list.sort", (target, target, reverse), NONE, span), span)]
    it = iterate_var(sc, target, span)
    item = item_value(it, span)
    k = apply_key(sc, key, item, span)
    check_orderable(sc, k.type, span)
    keys = hidden(sc, ListT(k.type), span)
    body = [tir.ExprStmt(tir.Prim("list.append", (keys, k), NONE, span), span)]
    return ([tir.Assign(keys, tir.ListDisplay((), keys.type, span), span)] + loop(it, tuple(body), (), [], span)
            + [tir.ExprStmt(tir.Prim("list.sort", (target, keys, reverse), NONE, span), span)])


def orderable(t: Type, env: ModuleEnv | None = None) -> bool:
    if isinstance(t, TupleT):
        return all(orderable(x, env) for x in t.items)
    if isinstance(t, ListT):
        return orderable(t.elem, env)
    if isinstance(t, ClassT):
        from py4c.typecheck.classes import special
        return env is not None and special(env, t, "__lt__") is not None
    return isinstance(t, (IntT, FloatT, BoolT, StrT))


def check_orderable(sc: FuncScope, t: Type, span: ast.Span) -> None:
    if not orderable(t, sc.module):
        sc.module.diags.error("unsupported", span, f"ordering values of type '{t}' is not supported")


def iterate_var(sc: FuncScope, x: tir.Expr, span: ast.Span) -> "Iter":
    from py4c.typecheck.iterate import _list

    return _list(sc, x, span)


from py4c.typecheck.iterate import Iter  # noqa: E402  (used in an annotation above)

_ = BOOL


def check_dictcomp(sc: FuncScope, e: ast.DictComp, expected: Type | None = None) -> tir.Expr:
    """{k: v for ...}: a new dict filled in iteration order (later keys overwrite)."""
    from py4c.typecheck.dicts import hashable
    from py4c.typecheck.expr import check_expr, error_expr

    acc_name = sc.new_temp(NONE)
    holder: list[tir.Var] = []

    from py4c.typecheck.expr import coerce

    want = expected if isinstance(expected, DictT) else None

    def body(items: list[tir.Expr]) -> list[tir.Stmt]:
        k, v = items
        if want is not None:  # the declared type of the target: `d: dict[str, int | None] = {...}`
            k, v = coerce(sc, k, want.key, e.span, "dict key"), coerce(sc, v, want.val, e.span, "dict value")
        if not hashable(sc, k.type, e.span):
            return []
        acc = tir.Var(acc_name, "local", want or DictT(k.type, v.type), e.span)
        holder.append(acc)
        return [tir.ExprStmt(tir.Prim("dict.store", (acc, k, v), NONE, e.span), e.span)]

    stmts = generators(sc, e.generators, lambda: [check_expr(sc, e.key, want.key if want else None),
                                                  check_expr(sc, e.value, want.val if want else None)], body, e.span)
    if stmts is None or not holder:
        return error_expr(e.span, DictT(INT, INT))
    acc = holder[0]
    sc.locals[acc_name] = acc.type
    init = tir.Assign(acc, tir.Prim("dict.new", (), acc.type, e.span), e.span)
    return tir.StmtExpr((init, *stmts), acc, acc.type, e.span)


def check_setcomp(sc: FuncScope, e: ast.SetComp) -> tir.Expr:
    """{x for ...}: a new set of the items (iteration order is insertion order; printing
    or iterating the set is rejected as for every set)."""
    from py4c.typecheck.dicts import hashable
    from py4c.typecheck.expr import check_expr, error_expr

    acc_name = sc.new_temp(NONE)
    holder: list[tir.Var] = []

    def body(items: list[tir.Expr]) -> list[tir.Stmt]:
        x = items[0]
        if not hashable(sc, x.type, e.span):
            return []
        acc = tir.Var(acc_name, "local", SetT(x.type), e.span)
        holder.append(acc)
        return [tir.ExprStmt(tir.Prim("set.add", (acc, x), NONE, e.span), e.span)]

    stmts = generators(sc, e.generators, lambda: [check_expr(sc, e.elt)], body, e.span)
    if stmts is None or not holder:
        return error_expr(e.span, SetT(INT))
    acc = holder[0]
    sc.locals[acc_name] = acc.type
    init = tir.Assign(acc, tir.Prim("set.new", (), acc.type, e.span), e.span)
    return tir.StmtExpr((init, *stmts), acc, acc.type, e.span)
