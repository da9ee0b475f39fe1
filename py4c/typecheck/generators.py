"""Generator functions: a function whose body yields is called to make a generator
object; its body runs on the generator's own stack (runtime/gen.c), one value per
`next`, so laziness, `finally`, `return` and early `break` by the consumer behave as in
CPython.

Phase: typecheck. A generator function `f` becomes two functions: `f` itself, which
makes the generator (its arguments stored in it), and `f`'s body, which reads the
arguments back and runs, each `yield v` handing v to the consumer.
"""

from __future__ import annotations

from py4c import tir
from py4c.frontend import ast
from py4c.typecheck.env import FuncScope, ModuleEnv, Signature
from py4c.types import BOOL, INT, NONE, STR, GenT, TupleT, Type

GEN_VAR = "$gen"


def is_generator(body: tuple[ast.Stmt, ...]) -> bool:
    stack: list[object] = list(body)
    while stack:
        n = stack.pop()
        if isinstance(n, (ast.Yield, ast.YieldFrom)):
            return True
        if isinstance(n, (ast.FunctionDef, ast.Lambda, ast.ClassDef)):
            continue
        stack.extend(ast.children(n))
    return False


def body_symbol(sig: Signature) -> str:
    return sig.symbol + "_gen"


def maker(sig: Signature, span: ast.Span) -> tir.Function:
    """`f(args)`: a new generator holding the arguments."""
    params = tuple(tir.Param(n, t, span) for n, t in sig.params)
    args = tuple(tir.Var(n, "local", t, span) for n, t in sig.params)
    new = tir.Prim("gen.new", (tir.Const(body_symbol(sig), STR, span), *args), sig.ret, span)
    return tir.Function(sig.symbol, sig.name, params, sig.ret, tuple(sig.params), (tir.Return(new, span),), span)


def prologue(sig: Signature, span: ast.Span) -> list[tir.Stmt]:
    """The body's first statements: the arguments, read back from the generator."""
    g = tir.Var(GEN_VAR, "local", sig.ret, span)
    return [tir.Assign(tir.Var(n, "local", t, span), tir.Prim("gen.arg", (g, tir.Const(i + 1, INT, span)), t, span), span)
            for i, (n, t) in enumerate(sig.params)]


def check_yield(sc: FuncScope, e: ast.Yield | ast.YieldFrom, span: ast.Span) -> list[tir.Stmt]:
    from py4c.typecheck.expr import check_expr, coerce
    from py4c.typecheck.stmt import check_stmt

    d = sc.module.diags
    if GEN_VAR not in sc.locals or not isinstance(sc.ret, GenT):
        d.error("unsupported", span, "yield outside a generator function (annotated -> Iterator[T])")
        return []
    if isinstance(e, ast.YieldFrom):
        name = sc.new_temp(NONE)
        del sc.locals[name]
        loop = ast.For(ast.Name(name, span), e.value, (ast.ExprStmt(ast.Yield(ast.Name(name, span), span), span),), (),
                       False, span)
        sc.assigned.add(name)
        return check_stmt(sc, loop)
    elem = sc.ret.elem
    v = tir.Const(None, NONE, span) if e.value is None else check_expr(sc, e.value, elem)
    v = coerce(sc, v, elem, span, "yielded value")
    g = tir.Var(GEN_VAR, "local", sc.ret, span)
    return [tir.ExprStmt(tir.Prim("gen.yield", (g, v), NONE, span), span)]


def iterate_gen(sc: FuncScope, x: tir.Expr, span: ast.Span) -> object:
    """The iteration recipe over a generator value."""
    from py4c.typecheck.iterate import Iter, hidden

    assert isinstance(x.type, GenT)
    g, item = hidden(sc, x.type, span), hidden(sc, x.type.elem, span)
    # the loop's reference goes when the loop ends (a `break` then closes the generator
    # at once, as CPython does when its last reference goes)
    return Iter([tir.Assign(g, x, span)], tir.Prim("gen.advance", (g,), BOOL, span),
                [tir.Assign(item, tir.Prim("gen.take", (g,), x.type.elem, span), span)], [item],
                [tir.Release(g, span)])


def next_value(sc: FuncScope, g: tir.Expr, span: ast.Span) -> tir.Expr:
    """next(g): the next value, or StopIteration."""
    assert isinstance(g.type, GenT)
    tmp = tir.Var(sc.new_temp(g.type), "local", g.type, span)
    done = tir.Prim("bool.not", (tir.Prim("gen.advance", (tmp,), BOOL, span),), BOOL, span)
    stop = tir.If(done, (tir.Raise("StopIteration", None, span),), (), span)
    return tir.StmtExpr((tir.Assign(tmp, g, span), stop), tir.Prim("gen.take", (tmp,), g.type.elem, span),
                        g.type.elem, span)


def arg_types(sig: Signature) -> Type:
    return TupleT(tuple(t for _, t in sig.params))


_ = ModuleEnv
